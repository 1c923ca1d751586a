import * as Y from 'yjs'
import { roots } from '../model/ydoc/docSchema.ts'

/**
 * Brings `doc` back to a saved version as a NEW change (history is not rewritten; everyone
 * connected receives it like any edit, and the user's undo can take it back).
 *
 * The version is a past state of this same document, so every change made since is in `doc` and
 * not in the version. Those changes are replayed onto a copy of the version under an undo
 * manager and undone there; the update that undo produced, relative to what `doc` has, is the
 * restoring change. Applied with `origin` (the local user's), it is one transaction.
 */
export function restoreVersion(doc: Y.Doc, versionState: Uint8Array, origin: unknown): void {
  const past = new Y.Doc()
  try {
    Y.applyUpdate(past, versionState)
    const sinceVersion = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(past))
    const replay = Symbol('replay')
    const undo = new Y.UndoManager(Object.values(roots(past)), { trackedOrigins: new Set([replay]), captureTimeout: 0 })
    // One capture for the whole replay, so a single undo reverts all of it.
    Y.applyUpdate(past, sinceVersion, replay)
    undo.undo()
    undo.destroy()
    const restoring = Y.encodeStateAsUpdate(past, Y.encodeStateVector(doc))
    doc.transact(() => Y.applyUpdate(doc, restoring), origin)
  } finally {
    past.destroy()
  }
}
