import { copySelection, rememberedCopy } from '../actions/copySelection.ts'
import { parsePayload, serializePayload, type ClipboardPayload } from '../actions/clipboardPayload.ts'
import { pasteElements } from '../actions/pasteElements.ts'
import type { EditorEnv } from '../editorEnv.ts'
import { isCanvasSide } from '../keyTargets.ts'

/**
 * The editor's side of the system clipboard. Ctrl+C and Ctrl+V arrive as the browser's copy and
 * paste events, which carry the clipboard with them: no permission prompt, and they work on a
 * workshop server reached over plain http, where the async clipboard API does not exist. The
 * toolbar buttons have no such event and use the async API, falling back to this tab's memory.
 */
export function handleCopyEvent(env: EditorEnv, event: ClipboardEvent): void {
  if (!isCanvasSide(event.target) || hasTextSelection()) return
  const payload = copySelection(env)
  if (!payload) return
  event.preventDefault()
  event.clipboardData?.setData('text/plain', serializePayload(payload))
}

export function handlePasteEvent(env: EditorEnv, event: ClipboardEvent): void {
  if (!isCanvasSide(event.target)) return
  const payload = fromClipboardText(event.clipboardData?.getData('text/plain'))
  if (!payload) return
  event.preventDefault()
  pasteElements(env, payload)
}

/** The copy button: the system clipboard when the browser lets us write it; the tab's memory always. */
export async function copyWithButton(env: EditorEnv): Promise<boolean> {
  const payload = copySelection(env)
  if (!payload) return false
  try {
    await navigator.clipboard?.writeText(serializePayload(payload))
  } catch {
    // Refused or unavailable: the copy stays in this tab's memory, which paste falls back to.
  }
  return true
}

/** The paste button: the system clipboard when readable, else the tab's last copy. */
export async function pasteWithButton(env: EditorEnv): Promise<boolean> {
  let text: string | undefined
  try {
    text = await navigator.clipboard?.readText()
  } catch {
    text = undefined
  }
  // Unlike Ctrl+V, fall back to memory also over someone else's text: the copy button may not
  // have been allowed to write the system clipboard.
  const payload = (text ? parsePayload(text) : undefined) ?? rememberedCopy()
  return payload ? pasteElements(env, payload) !== undefined : false
}

/** Our payload in the clipboard's text; the tab's memory when the clipboard holds no text at all. */
function fromClipboardText(text: string | undefined): ClipboardPayload | undefined {
  if (text) return parsePayload(text)
  return rememberedCopy()
}

function hasTextSelection(): boolean {
  const selection = globalThis.getSelection?.()
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== ''
}
