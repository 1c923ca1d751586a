import type { EditorEnv } from '../editorEnv.ts'
import { buildCopy } from './copySelection.ts'
import { pasteElements, type PasteOutcome } from './pasteElements.ts'

/**
 * Ctrl+D: copies the selection and pastes it as new elements beside it, in one step (one undo).
 * The clipboard is left alone: duplicating is not copying.
 */
export function duplicateSelection(env: EditorEnv): PasteOutcome | undefined {
  const copy = buildCopy(env)
  return copy ? pasteElements(env, copy, { duplicate: true }) : undefined
}
