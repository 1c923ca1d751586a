import * as Y from 'yjs'
import { storageError, type LocalProjectError } from './localProjectError.ts'
import { COMPACT_ABOVE, STORAGE_ORIGIN } from './loadProjectDoc.ts'
import { projectDatabase } from './projectDatabase.ts'

/**
 * This browser's copy of a server project: the same Dexie update log as local projects, under
 * the key `server:<projectId>` (a colon never occurs in a local id, and the project list never
 * shows these). Every update of the doc, local or from the server, is appended, so the project
 * opens offline and edits made offline survive a closed tab; the provider sends them on the next
 * sync. The number of local changes the server had not confirmed is kept beside it (meta).
 */
export const SERVER_KEY_PREFIX = 'server:'
export const serverCacheKey = (projectId: string): string => SERVER_KEY_PREFIX + projectId
export const isServerCacheKey = (key: string): boolean => key.startsWith(SERVER_KEY_PREFIX)
const pendingKey = (projectId: string): string => `serverPending:${projectId}`

export interface ServerDocCache {
  readonly doc: Y.Doc
  /** Whether the browser held a copy before (the project can be shown before the server answers). */
  readonly hadCopy: boolean
  /** Unconfirmed local changes counted when the page that made them was left. */
  readonly storedPending: number
  /** Remembers the unconfirmed count (written with the next flush). */
  setPending(count: number): void
  flush(): Promise<void>
  /** Stops writing, writes what waits and destroys the doc. */
  close(): Promise<void>
}

export async function openServerDocCache(projectId: string, options: { readonly batchMs?: number; readonly onError?: (e: LocalProjectError) => void } = {}): Promise<ServerDocCache> {
  const db = projectDatabase()
  const key = serverCacheKey(projectId)
  const doc = new Y.Doc()
  let hadCopy = false
  let storedPending = 0
  try {
    await db.transaction('rw', db.updates, db.meta, async () => {
      const rows = await db.updates.where('projectId').equals(key).toArray()
      hadCopy = rows.length > 0
      doc.transact(() => {
        for (const row of rows) Y.applyUpdate(doc, row.data)
      }, STORAGE_ORIGIN)
      if (rows.length > COMPACT_ABOVE) {
        await db.updates.where('projectId').equals(key).delete()
        await db.updates.add({ projectId: key, data: Y.encodeStateAsUpdate(doc) })
      }
      const meta = await db.meta.get(pendingKey(projectId))
      storedPending = typeof meta?.value === 'number' ? meta.value : 0
    })
  } catch (e) {
    doc.destroy()
    throw storageError(e)
  }

  const pending: Uint8Array[] = []
  let pendingCount: number | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> = Promise.resolve()
  const report = (e: unknown): void => options.onError?.(storageError(e))

  const write = (): Promise<void> => {
    writing = writing.catch(() => {}).then(async () => {
      if (pending.length === 0 && pendingCount === undefined) return
      const batch = pending.splice(0)
      const count = pendingCount
      pendingCount = undefined
      try {
        await db.transaction('rw', db.updates, db.meta, async () => {
          if (batch.length > 0) await db.updates.add({ projectId: key, data: batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch) })
          if (count !== undefined) await db.meta.put({ key: pendingKey(projectId), value: count })
        })
      } catch (e) {
        // Kept for the next attempt: nothing is dropped before it is on disk.
        pending.unshift(...batch)
        pendingCount ??= count
        throw storageError(e)
      }
    })
    return writing
  }
  const schedule = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined
      write().catch(report)
    }, options.batchMs ?? 8)
  }
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN) return
    pending.push(update)
    schedule()
  }
  doc.on('update', onUpdate)

  const flush = async (): Promise<void> => {
    clearTimeout(timer)
    timer = undefined
    await write()
  }
  let closed = false
  return {
    doc,
    hadCopy,
    storedPending,
    setPending(count) {
      pendingCount = count
      schedule()
    },
    flush,
    async close() {
      if (closed) return
      doc.off('update', onUpdate)
      await flush()
      closed = true
      doc.destroy()
    },
  }
}

/** Forgets this browser's copy of a server project (it was deleted there). */
export async function deleteServerDocCache(projectId: string): Promise<void> {
  const db = projectDatabase()
  try {
    await db.transaction('rw', db.updates, db.meta, async () => {
      await db.updates.where('projectId').equals(serverCacheKey(projectId)).delete()
      await db.meta.delete(pendingKey(projectId))
    })
  } catch (e) {
    throw storageError(e)
  }
}
