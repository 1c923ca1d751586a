/// <reference types="vite/client" />
import { createContext, useContext } from 'react'
import { msg } from '../../model/message.ts'
import type { IoJob, IoOutcome, IoProgress, IoReply, IoRequest } from './ioProtocol.ts'

/** A running job: its outcome (or `cancelled`), and the way to stop it. */
export interface IoTask {
  readonly result: Promise<IoOutcome | 'cancelled'>
  readonly cancel: () => void
}

/** Starts a job; `transfer` lists the buffers moved into it (the picked files' bytes). */
export type IoRunner = (job: IoJob, onProgress: (progress: IoProgress) => void, transfer?: readonly ArrayBuffer[]) => IoTask

let nextId = 1

/**
 * Runs each job in its own Web Worker (ioWorker.ts, a chunk of its own that the page fetches on
 * the first export or import). Cancelling terminates the worker, so the work really stops, and
 * nothing half-done reaches the page.
 */
export const workerRunner: IoRunner = (job, onProgress, transfer = []) => {
  const worker = new Worker(new URL('./ioWorker.ts', import.meta.url), { type: 'module' })
  const id = nextId++
  let settle: (value: IoOutcome | 'cancelled') => void = () => {}
  const result = new Promise<IoOutcome | 'cancelled'>((resolve) => {
    settle = (value) => {
      worker.terminate()
      resolve(value)
    }
  })
  worker.onmessage = (event: MessageEvent<IoReply>) => {
    const reply = event.data
    if (reply.id !== id) return
    if (reply.kind === 'progress') onProgress(reply.progress)
    else settle(reply.outcome)
  }
  worker.onerror = (event) => {
    // A worker that cannot start or crashes: say so plainly; the details are in the console.
    console.error(event.message)
    event.preventDefault()
    settle({ ok: false, issues: [{ severity: 'error', message: msg('Proses latar untuk ekspor dan impor gagal berjalan. Muat ulang halaman lalu coba lagi.', 'The background process for export and import failed to run. Reload the page and try again.') }] })
  }
  const request: IoRequest = { id, job }
  worker.postMessage(request, [...transfer])
  return { result, cancel: () => settle('cancelled') }
}

/** A runner on the calling thread, for tests and tools that have the job function at hand. */
export function inThreadRunner(run: (job: IoJob, report: (p: IoProgress) => void) => Promise<IoOutcome>): IoRunner {
  return (job, onProgress) => {
    let cancelled = false
    let stop: (value: 'cancelled') => void = () => {}
    const stopped = new Promise<'cancelled'>((resolve) => (stop = resolve))
    const result = Promise.race([run(job, (p) => { if (!cancelled) onProgress(p) }), stopped])
    return { result, cancel: () => { cancelled = true; stop('cancelled') } }
  }
}

/** Which runner components use: the worker, unless a test provides another. */
export const IoRunnerContext = createContext<IoRunner>(workerRunner)

export function useIoRunner(): IoRunner {
  return useContext(IoRunnerContext)
}
