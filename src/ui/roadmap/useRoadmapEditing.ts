import { useCallback, useEffect, useRef } from 'react'
import type * as Y from 'yjs'
import { fail, type CommandContext, type CommandResult } from '../../model/commands/commandContext.ts'
import { localOrigin } from '../../model/origin.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import { useReadOnly } from '../project/readOnly.ts'

/** Runs one roadmap command as this user; its result says whether the model took it. */
export type RunCommand = <T>(command: (ctx: CommandContext) => CommandResult<T>) => CommandResult<T>

/**
 * Writing to the Peta Rencana from its page: every command runs with the user's origin and is
 * its own undo step (two edits a moment apart are not merged), and Ctrl+Z / Ctrl+Shift+Z
 * (Ctrl+Y) undo and redo this user's changes while the page is open. In a text field those keys
 * stay the field's own. A viewer's commands are refused here, whatever control sent them.
 */
export function useRoadmapEditing(doc: Y.Doc, userId: string): RunCommand {
  const undo = useRef<Y.UndoManager>(undefined)
  const readOnly = useReadOnly()
  useEffect(() => {
    const manager = createUserUndo(doc, userId)
    undo.current = manager
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || isTextField(e.target)) return
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
    if (readOnly) return fail('Anda membuka proyek ini sebagai peninjau: Peta Rencana hanya dapat dibaca.', 'You opened this project as a viewer: the Peta Rencana can only be read.')
    const result = command({ doc, origin: localOrigin(userId) })
    undo.current?.stopCapturing()
    return result
  }, [doc, userId, readOnly])
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
}
