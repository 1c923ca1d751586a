import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { createUserUndo } from '../../sync/userUndo.ts'

/** Text fields keep their own Ctrl+Z (the filter box, a cell being edited). */
function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.matches('textarea, [data-cell-editor], input:not([type=checkbox], [type=radio], [type=button])') || target.isContentEditable)
}

/**
 * This user's undo while the catalogue is open (like the Peta Rencana page): Ctrl+Z undoes,
 * Ctrl+Shift+Z and Ctrl+Y redo; only this user's own edits, never a colleague's. The manager is
 * returned so every catalogue write can close its undo step (stopCapturing): two quick cell edits
 * stay two steps instead of merging within the capture timeout.
 */
export function useCatalogueUndo(doc: Y.Doc, userId: string): Y.UndoManager | undefined {
  const [manager, setManager] = useState<Y.UndoManager>()
  useEffect(() => {
    const undo = createUserUndo(doc, userId)
    setManager(undo)
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextEntry(e.target)) return
      const key = e.key.toLowerCase()
      if (key === 'z') {
        e.preventDefault()
        if (e.shiftKey) undo.redo()
        else undo.undo()
      } else if (key === 'y') {
        e.preventDefault()
        undo.redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      undo.destroy()
      setManager(undefined)
    }
  }, [doc, userId])
  return manager
}
