import * as Y from 'yjs'
import { localOrigin } from '../model/origin.ts'
import { ROOT } from '../model/ydoc/docSchema.ts'

/**
 * Undo and redo for one user: only transactions carrying that user's local origin are captured,
 * so undoing never takes back a colleague's edit, a remote update or a system write.
 */
export function createUserUndo(doc: Y.Doc, userId: string, captureTimeout = 500): Y.UndoManager {
  const scope = Object.values(ROOT).map((name) => doc.getMap(name))
  return new Y.UndoManager(scope, { trackedOrigins: new Set([localOrigin(userId)]), captureTimeout })
}
