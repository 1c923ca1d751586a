import { useCallback, useEffect, useRef } from 'react'
import type * as Y from 'yjs'
import { fail, type CommandContext, type CommandResult } from '../../model/commands/commandContext.ts'
import type { Message } from '../../model/message.ts'
import { localOrigin } from '../../model/origin.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import { isTextField } from './undoKeys.ts'
import { useReadOnly } from './readOnly.ts'

/** Runs one command as this user; its result says whether the model took it. */
export type RunCommand = <T>(command: (ctx: CommandContext) => CommandResult<T>) => CommandResult<T>

/**
 * Writing from a workspace section (Peta Rencana, SPBE index): every command runs with the
 * user's origin and is its own undo step (two edits a moment apart are not merged), and Ctrl+Z /
 * Ctrl+Shift+Z (Ctrl+Y) undo and redo this user's changes while the section is open. In a text
 * field those keys stay the field's own; a key another handler already took is left alone.
 * A viewer's commands are refused here with `viewerRefusal`, whatever control sent them.
 */
export function useSectionEditing(doc: Y.Doc, userId: string, viewerRefusal: Message): RunCommand {
  const undo = useRef<Y.UndoManager>(undefined)
  const readOnly = useReadOnly()
  useEffect(() => {
    const manager = createUserUndo(doc, userId)
    undo.current = manager
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.defaultPrevented || isTextField(e.target)) return
      const key = e.key.toLowerCase()
      if (key === 'z') {
        e.preventDefault()
        if (e.shiftKey) manager.redo()
        else manager.undo()
      } else if (key === 'y') {
        e.preventDefault()
        manager.redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      if (undo.current === manager) undo.current = undefined
      manager.destroy()
    }
  }, [doc, userId])
  return useCallback(<T,>(command: (ctx: CommandContext) => CommandResult<T>): CommandResult<T> => {
    if (readOnly) return fail(viewerRefusal.id, viewerRefusal.en)
    const result = command({ doc, origin: localOrigin(userId) })
    undo.current?.stopCapturing()
    return result
  }, [doc, userId, readOnly, viewerRefusal])
}
