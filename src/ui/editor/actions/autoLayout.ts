import { ok } from '../../../model/commands/commandContext.ts'
import { placeInView } from '../../../model/commands/viewCommands.ts'
import { perform, type EditorEnv } from '../editorEnv.ts'
import { elkEngine } from '../layout/elkEngine.ts'
import { layoutInput, layoutStyleOf } from '../layout/layoutInput.ts'
import { belowExisting, layoutView } from '../layout/viewLayout.ts'
import type { ELK } from 'elkjs/lib/elk-api.js'

/** Re-lays out every node of a view: one command, one undo step. */
export async function autoLayoutView(env: EditorEnv, viewId: string, elk?: ELK): Promise<boolean> {
  const view = env.store.getState().views.get(viewId)
  if (!view || view.nodes.length === 0) return false
  return placeWithLayout(env, viewId, view.nodes.map((n) => n.element), { relayout: true, elk })
}

/**
 * Places elements in a view at positions from the automatic layout. New elements in a view that
 * already shows others are laid out among themselves and put below, so nothing the user arranged
 * moves; with `relayout` the whole view is arranged afresh.
 */
export async function placeWithLayout(
  env: EditorEnv, viewId: string, elementIds: readonly string[], options: { readonly relayout?: boolean; readonly elk?: ELK | undefined } = {},
): Promise<boolean> {
  const before = env.store.getState()
  const view = before.views.get(viewId)
  if (!view || elementIds.length === 0) return false
  const { items, links } = layoutInput(before, view, elementIds)
  const placed = await layoutView(options.elk ?? (await elkEngine()), layoutStyleOf(view), items, links)
  // The layout ran asynchronously: place only what still exists, in the view as it is now.
  const now = env.store.getState()
  const current = now.views.get(viewId)
  if (!current) return false
  const ids = new Set(elementIds)
  const existing = options.relayout ? [] : current.nodes.filter((n) => !ids.has(n.element))
  const positions = belowExisting(placed, existing).filter((p) => now.elements.has(p.id))
  if (positions.length === 0) return false
  const result = perform(env, () => {
    const r = placeInView(env.ctx, viewId, positions.map((p) => ({ element: p.id, x: p.x, y: p.y, w: p.w, h: p.h })))
    return r.ok ? ok(undefined) : r
  })
  return result.ok
}
