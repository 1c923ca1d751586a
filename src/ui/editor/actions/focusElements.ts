import type { Element, View } from '../../../model/project.ts'
import type { ProjectionState } from '../../../model/projection/projection.ts'
import { uiMessage, type EditorEnv } from '../editorEnv.ts'
import { notify, orderViews, requestFrame, selectOnly, selectState, selectView, type GapSettings } from '../editorStore.ts'

export interface FocusOptions {
  /** Show this view (when it exists) rather than choosing one. */
  readonly viewId?: string | undefined
  /** The state to switch to when the current one shows none of the elements (a finding's state, say). */
  readonly stateId?: string | undefined
}

/** What focusing did: the view now shown, or why nothing could be framed. */
export type FocusOutcome =
  | { readonly framed: true; readonly viewId: string; readonly stateId: string }
  | { readonly framed: false; readonly reason: 'missing' | 'no-view' }

/**
 * Shows some elements: switches to the requested view, else stays on the current view when it
 * holds as many of them as any view, else goes to the view holding most of them (tab order breaks
 * ties); likewise switches to the state that shows most of them; selects them and asks
 * the canvas to frame them. Used by the gap panel, the model browser and search alike.
 */
export function focusElements(env: EditorEnv, elementIds: readonly string[], options: FocusOptions = {}): FocusOutcome {
  const s = env.store.getState()
  // A view asked for with no elements (search chose a diagram): just show it.
  if (elementIds.length === 0 && options.viewId && s.views.has(options.viewId)) {
    selectView(env.ui, options.viewId)
    return { framed: true, viewId: options.viewId, stateId: env.ui.getState().stateId }
  }
  const ids = [...new Set(elementIds)].filter((id) => s.elements.has(id))
  if (ids.length === 0) {
    notify(env.ui, 'error', uiMessage('editor.focus.missing'))
    return { framed: false, reason: 'missing' }
  }
  const view = chooseView(s, ids, options.viewId, env.ui.getState().viewId)
  if (!view) {
    // Still select them: the properties panel shows an element that no diagram holds.
    selectOnly(env.ui, ids)
    notify(env.ui, 'info', uiMessage('editor.focus.noView', { name: nameList(s, ids) }))
    return { framed: false, reason: 'no-view' }
  }
  const placed = ids.filter((id) => view.nodes.some((n) => n.element === id))
  const { stateId, gap } = env.ui.getState()
  const state = chooseState(s, placed, stateId, gap, options.stateId)
  selectView(env.ui, view.id)
  if (state !== stateId) selectState(env.ui, state)
  selectOnly(env.ui, placed)
  requestFrame(env.ui, view.id, placed)
  return { framed: true, viewId: view.id, stateId: state }
}

/** The view to show, by the rule above; undefined when no view holds any of the elements. */
export function chooseView(s: ProjectionState, ids: readonly string[], requested: string | undefined, current: string | undefined): View | undefined {
  const asked = requested ? s.views.get(requested) : undefined
  if (asked) return asked
  const wanted = new Set(ids)
  const count = (v: View): number => v.nodes.reduce((n, node) => n + (wanted.has(node.element) ? 1 : 0), 0)
  let best: View | undefined
  let bestCount = 0
  const currentView = current ? s.views.get(current) : undefined
  // The current view first, so it wins a tie and the user is not moved without need.
  for (const v of currentView ? [currentView, ...orderViews(s.views).filter((v) => v.id !== current)] : orderViews(s.views)) {
    const c = count(v)
    if (c > bestCount) [best, bestCount] = [v, c]
  }
  return best
}

/** Whether the canvas draws `e` in `stateId`: a member, or marked removed by the overlay. */
export function isVisibleIn(e: Element, stateId: string, gap: GapSettings): boolean {
  if (e.states[stateId]) return true
  return gap.on && gap.from !== gap.to && e.states[gap.from] !== undefined && e.states[gap.to] === undefined
}

function chooseState(s: ProjectionState, ids: readonly string[], current: string, gap: GapSettings, preferred: string | undefined): string {
  const elements = ids.map((id) => s.elements.get(id)!)
  const shown = (stateId: string): number => elements.filter((e) => isVisibleIn(e, stateId, gap)).length
  // The state showing most of them; the current one wins a tie (the user is not moved without
  // need), then the preferred one (a finding's state), then the project's order.
  const order = [current, ...(preferred && preferred !== current ? [preferred] : []), ...s.states.map((st) => st.id)]
  let best = current
  let bestCount = -1
  for (const id of order) {
    if (id !== current && !s.states.some((st) => st.id === id)) continue
    const c = shown(id)
    if (c > bestCount) [best, bestCount] = [id, c]
  }
  return best
}

/** "A", "A, B" or "A, B and 3 more" style: names, never ids, and short enough for a notice. */
function nameList(s: ProjectionState, ids: readonly string[]): string {
  const names = ids.slice(0, 3).map((id) => `“${s.elements.get(id)!.name}”`)
  return ids.length > 3 ? `${names.join(', ')} (+${ids.length - 3})` : names.join(', ')
}
