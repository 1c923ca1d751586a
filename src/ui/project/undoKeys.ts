/**
 * Whether Ctrl+Z belongs to the focused control (a text field undoes its own typing) rather than
 * to the user's undo history. A level select is not a text field: Ctrl+Z there undoes the level
 * just chosen.
 */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type)
}
