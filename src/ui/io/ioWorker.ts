import { runIoJob } from './ioJobs.ts'
import { transferables, type IoReply, type IoRequest } from './ioProtocol.ts'

/**
 * The io worker: exports and imports run here, off the page's thread, so a large report or
 * exchange file never freezes the editor. Only this file (through ioJobs.ts) imports docx,
 * exceljs, jszip, csv-parse and the XML parser; the page talks to it through ioClient.ts.
 */
// The DOM lib is in scope (not the webworker one, which conflicts with it): the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<IoRequest>) => void) | null
  postMessage: (message: IoReply, transfer: Transferable[]) => void
}

scope.onmessage = (event: MessageEvent<IoRequest>) => {
  const { id, job } = event.data
  const post = (reply: IoReply, transfer: Transferable[] = []): void => scope.postMessage(reply, transfer)
  void runIoJob(job, (progress) => post({ id, kind: 'progress', progress })).then((outcome) => {
    post({ id, kind: 'done', outcome }, outcome.ok ? transferables(outcome.value) : [])
  })
}
