import { useCallback, useContext, useEffect, useRef, type KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import { fail, type CommandContext, type CommandResult } from '../../model/commands/commandContext.ts'
import { localOrigin } from '../../model/origin.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import { useReadOnly } from '../project/readOnly.ts'
import type { RunCommand } from '../roadmap/useRoadmapEditing.ts'
import { IndexRunContext } from './useIndexPageEditing.ts'
import { isTextField } from '../project/undoKeys.ts'

export interface IndexEditing {
  readonly run: RunCommand
  /** Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) inside the panel: this user's undo and redo. */
  readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void
}

/**
 * Writing from the projection panel: every command runs with the user's origin and is its own
 * undo step. Inside the index page it runs through the page's runner (IndexRunContext), whose
 * window-wide undo keys serve both; alone (tests, another host) it keeps its own history and
 * catches the undo keys on the panel. A viewer's commands are refused, whatever control sent them.
 */
export function useIndexEditing(doc: Y.Doc, userId: string): IndexEditing {
  const shared = useContext(IndexRunContext)
  const undo = useRef<Y.UndoManager>(undefined)
  const readOnly = useReadOnly()
  useEffect(() => {
    if (shared) return
    const manager = createUserUndo(doc, userId)
    undo.current = manager
    return () => {
      if (undo.current === manager) undo.current = undefined
      manager.destroy()
    }
  }, [doc, userId, shared])
  const own = useCallback(<T,>(command: (ctx: CommandContext) => CommandResult<T>): CommandResult<T> => {
    if (readOnly) return fail('Anda membuka proyek ini sebagai peninjau: proyeksi indeks hanya dapat dibaca.', 'You opened this project as a viewer: the index projection can only be read.')
    const result = command({ doc, origin: localOrigin(userId) })
    undo.current?.stopCapturing()
    return result
  }, [doc, userId, readOnly])
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>): void => {
    if (shared) return
    const manager = undo.current
    if (!manager || readOnly || !(e.ctrlKey || e.metaKey) || isTextField(e.target)) return
    const key = e.key.toLowerCase()
    if (key !== 'z' && key !== 'y') return
    e.preventDefault()
    e.stopPropagation()
    if (key === 'y' || e.shiftKey) manager.redo()
    else manager.undo()
  }, [readOnly, shared])
  return { run: shared ?? own, onKeyDown }
}
