import { useCallback, useEffect, useState } from 'react'
import { createProjection, type Projection } from '../../model/projection/projection.ts'
import { fetchAndOpenProject, type OpenFailure } from './openProject.ts'

export type OpenedProjectState =
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'error'; readonly url: string; readonly failure: OpenFailure }
  | { readonly status: 'ready'; readonly url: string; readonly projection: Projection }

/**
 * Opens the project at `url` and keeps its Y.Doc and projection alive while the component is
 * mounted; `retry` opens it again. The Y.Doc holds the durable data; this hook only owns it.
 */
export function useOpenedProject(url: string): { readonly state: OpenedProjectState; readonly retry: () => void } {
  const [attempt, setAttempt] = useState(0)
  const [state, setState] = useState<OpenedProjectState>({ status: 'loading', url })

  useEffect(() => {
    const abort = new AbortController()
    let release: (() => void) | undefined
    setState({ status: 'loading', url })

    const open = async (): Promise<void> => {
      try {
        const outcome = await fetchAndOpenProject(url, abort.signal)
        if (!outcome.ok) {
          if (!abort.signal.aborted) setState({ status: 'error', url, failure: outcome.failure })
          return
        }
        if (abort.signal.aborted) {
          outcome.doc.destroy()
          return
        }
        const projection = createProjection(outcome.doc)
        release = () => {
          projection.destroy()
          outcome.doc.destroy()
        }
        setState({ status: 'ready', url, projection })
      } catch (e) {
        if (abort.signal.aborted) return
        setState({ status: 'error', url, failure: { kind: 'unexpected', url, detail: e instanceof Error ? e.message : String(e) } })
      }
    }
    void open()

    return () => {
      abort.abort()
      release?.()
    }
  }, [url, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { state, retry }
}
