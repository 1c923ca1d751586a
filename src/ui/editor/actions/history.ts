import type { EditorEnv } from '../editorEnv.ts'
import { closeDialog } from '../editorStore.ts'

/** Undo the local user's last step (never a colleague's edit: see createUserUndo). */
export function undo(env: EditorEnv): void {
  closeDialog(env.ui)
  env.history.current?.undo()
}

export function redo(env: EditorEnv): void {
  closeDialog(env.ui)
  env.history.current?.redo()
}
