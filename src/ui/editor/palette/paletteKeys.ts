/** The buttons keyboard focus walks through in the palette: domain headers and (enabled) kinds, in page order. */
const STOPS = '.palette-group__toggle, .palette-item:not(:disabled)'

/**
 * Moves focus among the palette's buttons for Up / Down (one step) and Home / End (the ends);
 * returns whether the key was one of those, so the caller can stop the browser from scrolling.
 * Tab still works as usual: this only adds the list keys people expect in a side list.
 */
export function moveFocusInList(list: HTMLElement, key: string): boolean {
  if (key !== 'ArrowDown' && key !== 'ArrowUp' && key !== 'Home' && key !== 'End') return false
  const stops = [...list.querySelectorAll<HTMLElement>(STOPS)]
  if (stops.length === 0) return false
  const at = stops.indexOf(list.ownerDocument.activeElement as HTMLElement)
  const next =
    key === 'Home' ? 0
    : key === 'End' ? stops.length - 1
    : key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1)
    : Math.max(at - 1, 0)
  stops[next]!.focus()
  return true
}
