import * as Y from 'yjs'
import { projectNotFound, storageError } from './localProjectError.ts'
import type { ProjectDatabase } from './projectDatabase.ts'

/** More stored updates than this and opening the project replaces them by one. */
export const COMPACT_ABOVE = 500

/** Origin of the updates read back from storage, so observers can tell them from edits. */
export const STORAGE_ORIGIN = Object.freeze({ kind: 'storage' as const })

/**
 * Reads every stored update of a project into a fresh Y.Doc. When there are more than
 * `compactAbove` rows it replaces them by the document's full state, in the same IndexedDB
 * transaction as the read, so no update written meanwhile by another tab can be lost.
 */
export async function loadProjectDoc(db: ProjectDatabase, id: string, compactAbove = COMPACT_ABOVE): Promise<Y.Doc> {
  const doc = new Y.Doc()
  try {
    await db.transaction('rw', db.updates, async () => {
      const rows = await db.updates.where('projectId').equals(id).toArray()
      if (rows.length === 0) throw projectNotFound()
      // One Yjs transaction for all: observers (none yet) and integration run once.
      doc.transact(() => {
        for (const row of rows) Y.applyUpdate(doc, row.data)
      }, STORAGE_ORIGIN)
      if (rows.length > compactAbove) {
        await db.updates.where('projectId').equals(id).delete()
        await db.updates.add({ projectId: id, data: Y.encodeStateAsUpdate(doc) })
      }
    })
  } catch (e) {
    doc.destroy()
    throw storageError(e)
  }
  return doc
}

/** Whether any update of the project is stored: reads keys only, never a (possibly large) row. */
export async function projectExists(db: ProjectDatabase, id: string): Promise<boolean> {
  const keys = await db.updates.where('projectId').equals(id).limit(1).primaryKeys()
  return keys.length > 0
}
