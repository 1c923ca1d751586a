import { useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import { projectionToData, type ProjectionState } from '../../model/projection/projection.ts'
import type { Finding } from '../../model/validation/finding.ts'
import { validateProject } from '../../model/validation/validateProject.ts'

/**
 * The validation findings of the projected project, recomputed once per applied transaction.
 * Fine for an overview of a few thousand elements; large projects will move this to a worker.
 */
export function useFindings(store: StoreApi<ProjectionState>): readonly Finding[] {
  const revision = useStore(store, (s) => s.revision)
  // The revision is the cache key: the state read below is the one that revision names.
  return useMemo(() => validateProject(projectionToData(store.getState())), [store, revision])
}
