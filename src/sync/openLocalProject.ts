import * as Y from 'yjs'
import { msg } from '../model/message.ts'
import { LocalProjectError, storageError } from './localProjectError.ts'
import { COMPACT_ABOVE, loadProjectDoc, projectExists } from './loadProjectDoc.ts'
import { projectDatabase, type ProjectDatabase } from './projectDatabase.ts'
import { summarizeDoc } from './projectSummary.ts'

/** A project opened from this browser's storage; every change to `doc` is written back. */
export interface LocalProject {
  readonly id: string
  readonly doc: Y.Doc
  /** Writes what is waiting now (the page is being hidden, or a test wants it on disk). */
  flush(): Promise<void>
  /**
   * Stops listening, writes everything still waiting and destroys the doc. If writing fails the
   * doc is kept and the promise rejects; calling `close` again tries again.
   */
  close(): Promise<void>
}

export interface OpenLocalProjectOptions {
  /** Updates arriving within this many ms go into one IndexedDB transaction. */
  readonly batchMs?: number
  /** The list's index row is refreshed this long after the last change. */
  readonly indexDelayMs?: number
  readonly compactAbove?: number
  /** A background write failed; the updates are kept and retried with the next change or flush. */
  readonly onError?: (error: LocalProjectError) => void
}

export const BATCH_MS = 8
export const INDEX_DELAY_MS = 400

export async function openLocalProject(id: string, options: OpenLocalProjectOptions = {}): Promise<LocalProject> {
  const db = projectDatabase()
  const batchMs = options.batchMs ?? BATCH_MS
  const indexDelayMs = options.indexDelayMs ?? INDEX_DELAY_MS
  const report = (e: unknown): void => options.onError?.(storageError(e))

  const doc = await loadProjectDoc(db, id, options.compactAbove ?? COMPACT_ABOVE)
  // The stored index row may be stale (written by an older version, or a write lost on a crash).
  await refreshIndexRow(db, id, doc, false).catch(report)

  const pending: Uint8Array[] = []
  let batchTimer: ReturnType<typeof setTimeout> | undefined
  let indexTimer: ReturnType<typeof setTimeout> | undefined
  let indexDirty = false
  let deleted = false
  // Writes run one after another, so batches land in the order they were made.
  let writing: Promise<void> = Promise.resolve()

  const writeUpdates = (): Promise<void> => {
    writing = writing.catch(() => {}).then(async () => {
      if (pending.length === 0 || deleted) return
      const batch = pending.splice(0)
      try {
        await db.transaction('rw', db.updates, async () => {
          // Deleted in another tab: appending would bring back a headless fragment of it.
          if (!(await projectExists(db, id))) {
            deleted = true
            return
          }
          await db.updates.add({ projectId: id, data: batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch) })
        })
      } catch (e) {
        // Kept for the next attempt: an update is only dropped once it is on disk.
        pending.unshift(...batch)
        throw storageError(e)
      }
      if (deleted) throw deletedElsewhere()
    })
    return writing
  }

  const writeIndex = async (): Promise<void> => {
    if (!indexDirty || deleted) return
    indexDirty = false
    try {
      await refreshIndexRow(db, id, doc, true)
    } catch (e) {
      indexDirty = true
      throw e
    }
  }

  const onUpdate = (update: Uint8Array): void => {
    pending.push(update)
    indexDirty = true
    batchTimer ??= setTimeout(() => {
      batchTimer = undefined
      writeUpdates().catch(report)
    }, batchMs)
    clearTimeout(indexTimer)
    indexTimer = setTimeout(() => {
      indexTimer = undefined
      writeIndex().catch(report)
    }, indexDelayMs)
  }
  doc.on('update', onUpdate)

  const flush = async (): Promise<void> => {
    clearTimeout(batchTimer)
    batchTimer = undefined
    clearTimeout(indexTimer)
    indexTimer = undefined
    await writeUpdates()
    await writeIndex().catch((e: unknown) => {
      throw storageError(e)
    })
  }

  let destroyed = false
  return {
    id,
    doc,
    flush,
    async close() {
      if (destroyed) return
      doc.off('update', onUpdate)
      await flush()
      destroyed = true
      doc.destroy()
    },
  }
}

/** Updates the list's row from the doc; `touch` marks it changed now. Never creates a row. */
async function refreshIndexRow(db: ProjectDatabase, id: string, doc: Y.Doc, touch: boolean): Promise<void> {
  const summary = summarizeDoc(doc)
  await db.projects.update(id, touch ? { ...summary, updatedAt: Date.now() } : summary)
}

function deletedElsewhere(): LocalProjectError {
  return new LocalProjectError(msg(
    'Proyek ini telah dihapus di tab lain; perubahan di sini tidak disimpan lagi.',
    'This project was deleted in another tab; changes here are no longer saved.',
  ))
}
