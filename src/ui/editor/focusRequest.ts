/**
 * A request from outside the canvas (the gap panel, the model browser, Ctrl+K search) to show
 * some elements: the editor switches to `viewId` or to a view that holds them, selects them and
 * frames them. `nonce` changes with every request, so asking twice for the same element works.
 */
export interface FocusRequest {
  readonly elementIds: readonly string[]
  readonly viewId?: string
  readonly nonce: number
}
