import { useEffect, useState } from 'react'
import { watchProjects, type LocalProjectError, type LocalProjectSummary } from '../../sync/localProjects.ts'

export type ProjectListState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly projects: readonly LocalProjectSummary[] }
  | { readonly status: 'error'; readonly error: LocalProjectError }

/** The stored projects, newest change first, kept current (also after changes in other tabs). */
export function useProjectList(): ProjectListState {
  const [state, setState] = useState<ProjectListState>({ status: 'loading' })
  useEffect(
    () => watchProjects((projects) => setState({ status: 'ready', projects }), (error) => setState({ status: 'error', error })),
    [],
  )
  return state
}
