import { useEffect, useState } from 'react'
import type { Message } from '../../model/message.ts'
import { createProjection, type Projection } from '../../model/projection/projection.ts'
import { LocalProjectError, openLocalProject, type LocalProject } from '../../sync/localProjects.ts'

export type LocalProjectState =
  | { readonly status: 'loading' }
  /** `error` is undefined for a fault in Cetakbiru itself (logged, not shown). */
  | { readonly status: 'error'; readonly error: Message | undefined }
  | { readonly status: 'ready'; readonly project: LocalProject; readonly projection: Projection }

/**
 * Opens a stored project while the component is mounted and closes it (writing what is still
 * waiting) when it unmounts, i.e. when the route changes. When the page is hidden or left
 * (`pagehide`, switching tabs) it writes at once, since the page may never come back.
 */
export function useLocalProject(id: string): { readonly state: LocalProjectState; readonly saveError: Message | undefined } {
  const [state, setState] = useState<LocalProjectState>({ status: 'loading' })
  const [saveError, setSaveError] = useState<Message>()

  useEffect(() => {
    let cancelled = false
    let opened: { readonly project: LocalProject; readonly projection: Projection } | undefined
    setState({ status: 'loading' })
    setSaveError(undefined)

    const report = (e: unknown): void => {
      if (e instanceof LocalProjectError) {
        if (!cancelled) setSaveError(e.detail)
        else console.error(e.message)
      } else console.error(e)
    }

    openLocalProject(id, { onError: report }).then(
      (project) => {
        if (cancelled) {
          project.close().catch(report)
          return
        }
        opened = { project, projection: createProjection(project.doc) }
        setState({ status: 'ready', ...opened })
      },
      (e: unknown) => {
        if (cancelled) return
        if (!(e instanceof LocalProjectError)) console.error(e)
        setState({ status: 'error', error: e instanceof LocalProjectError ? e.detail : undefined })
      },
    )

    const flush = (): void => {
      opened?.project.flush().catch(report)
    }
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)

    return () => {
      cancelled = true
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      if (opened) {
        opened.projection.destroy()
        opened.project.close().catch(report)
      }
    }
  }, [id])

  return { state, saveError }
}
