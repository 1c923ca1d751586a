/** Typing in a field keeps the browser's own keys (undo inside the field, Backspace, copy ...). */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.matches('input, textarea, select')
}

/**
 * Whether a key or clipboard event is meant for the diagram: it happened in the editor (or on
 * the page body), not in a field, the right panel, the left column (palette and model browser,
 * whose rows have keys of their own) or a dialog, where keys keep their usual meaning.
 */
export function isCanvasSide(target: EventTarget | null): boolean {
  if (isEditable(target)) return false
  const el = target instanceof Element ? target : null
  const inEditor = !el || el === document.body || el.closest('.editor') !== null
  return inEditor && !el?.closest('.editor__panel, .editor-palette, [role="dialog"]')
}
