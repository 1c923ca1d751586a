import type { XYPosition } from '@xyflow/react'
import { placeInView } from '../../../model/commands/viewCommands.ts'
import { msg } from '../../../model/message.ts'
import { translate, translator } from '../../i18n/translate.ts'
import { stateLabel } from '../toolbar/stateLabel.ts'
import { perform, type EditorEnv } from '../editorEnv.ts'
import { notify, selectOnly } from '../editorStore.ts'
import { focusElements } from './focusElements.ts'
import { snap } from '../layout/viewLayout.ts'
import { freeSpot, NEW_NODE_SIZE } from './addElement.ts'

/**
 * What became of a drop: `placed` in the view, already `present` there (then selected and framed
 * instead), or `refused` (no view, or the element or view is gone: a notice says so).
 */
export type PlaceOutcome = 'placed' | 'present' | 'refused'

/**
 * Places an existing element (dragged from the model browser, or Shift+Enter there) in the
 * current view, centred on `centre` (canvas coordinates), and selects it: one undo step. The element itself is untouched;
 * a view holds placements, so it is the same element as in every other view.
 */
export function placeExisting(env: EditorEnv, elementId: string, centre: XYPosition, options: { readonly avoidOverlap?: boolean } = {}): PlaceOutcome {
  const { viewId, stateId } = env.ui.getState()
  if (!viewId) return 'refused'
  const state = env.store.getState()
  if (state.views.get(viewId)?.nodes.some((n) => n.element === elementId)) {
    focusElements(env, [elementId], { viewId })
    return 'present'
  }
  let x = snap(centre.x - NEW_NODE_SIZE.w / 2)
  let y = snap(centre.y - NEW_NODE_SIZE.h / 2)
  // From the keyboard the spot is the middle of the canvas: several in a row fan out.
  if (options.avoidOverlap) ({ x, y } = freeSpot(state.views.get(viewId)?.nodes ?? [], x, y))
  const result = perform(env, () => placeInView(env.ctx, viewId, [{ element: elementId, x, y, ...NEW_NODE_SIZE }]))
  if (!result.ok) return 'refused'
  selectOnly(env.ui, [elementId])
  // The canvas shows only the elements of the chosen state: say why the drop seems to show nothing.
  const element = env.store.getState().elements.get(elementId)
  const shown = state.states.find((s) => s.id === stateId)
  if (element && shown && element.states[stateId] === undefined) {
    const name = element.name
    notify(env.ui, 'info', msg(
      translate('id', 'browser.notice.placedHidden', { name, state: stateLabel(shown, translator('id')) }),
      translate('en', 'browser.notice.placedHidden', { name, state: stateLabel(shown, translator('en')) }),
    ))
  }
  return 'placed'
}
