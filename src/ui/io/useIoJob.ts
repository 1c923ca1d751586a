import { useCallback, useEffect, useRef, useState } from 'react'
import { useIoRunner, type IoTask } from './ioClient.ts'
import type { IoIssue, IoJob, IoProgress, IoValue } from './ioProtocol.ts'

export type IoJobState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly title: string; readonly progress?: IoProgress }
  | { readonly status: 'failed'; readonly title: string; readonly issues: readonly IoIssue[] }

/** The dialog's heading while the job runs, and if it fails. */
export interface JobTitles {
  readonly running: string
  readonly failed: string
}

export interface IoJobControl {
  readonly state: IoJobState
  /** Runs a job; resolves with its value, or undefined when it failed (see state) or was cancelled. */
  readonly run: (titles: JobTitles, job: IoJob, transfer?: readonly ArrayBuffer[]) => Promise<IoValue | undefined>
  /** Shows a later stage done on the page (storing a new project) in the same dialog. */
  readonly progress: (progress: IoProgress) => void
  readonly cancel: () => void
  /** Back to idle: after a success, or to close the failure. */
  readonly reset: () => void
  readonly fail: (title: string, issues: readonly IoIssue[]) => void
}

/** One io job at a time for a component: its progress for the dialog, cancel, and its failure. */
export function useIoJob(): IoJobControl {
  const runner = useIoRunner()
  const [state, setState] = useState<IoJobState>({ status: 'idle' })
  const task = useRef<IoTask | undefined>(undefined)
  const mounted = useRef(true)
  const runs = useRef(0)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      task.current?.cancel()
    }
  }, [])

  const run = useCallback(async (titles: JobTitles, job: IoJob, transfer?: readonly ArrayBuffer[]) => {
    task.current?.cancel()
    const title = titles.running
    setState({ status: 'running', title })
    // A runner may report progress before it returns its task (an in-thread one does): compare runs, not tasks.
    const runId = ++runs.current
    const current = runner(job, (progress) => {
      if (mounted.current && runs.current === runId) setState({ status: 'running', title, progress })
    }, transfer)
    task.current = current
    const outcome = await current.result
    if (task.current !== current || !mounted.current) return undefined
    task.current = undefined
    if (outcome === 'cancelled') {
      setState({ status: 'idle' })
      return undefined
    }
    if (!outcome.ok) {
      setState({ status: 'failed', title: titles.failed, issues: outcome.issues })
      return undefined
    }
    return outcome.value
  }, [runner])

  const cancel = useCallback(() => {
    const current = task.current
    task.current = undefined
    runs.current++
    current?.cancel()
    setState({ status: 'idle' })
  }, [])
  const reset = useCallback(() => setState({ status: 'idle' }), [])
  const progress = useCallback((p: IoProgress) => setState((s) => (s.status === 'running' ? { ...s, progress: p } : s)), [])
  const fail = useCallback((title: string, issues: readonly IoIssue[]) => setState({ status: 'failed', title, issues }), [])
  return { state, run, progress, cancel, reset, fail }
}
