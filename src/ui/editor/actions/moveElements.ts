import type { XYPosition } from '@xyflow/react'
import { placeInView } from '../../../model/commands/viewCommands.ts'
import type { ViewNode } from '../../../model/project.ts'
import { perform, type EditorEnv, type PerformOptions } from '../editorEnv.ts'

/**
 * Stores new positions of nodes of the current view (a finished drag, or an arrow-key nudge):
 * one command. Nudges merge into the previous step, so a burst of arrow presses undoes at once.
 */
export function moveElements(env: EditorEnv, positions: ReadonlyMap<string, XYPosition>, options: PerformOptions = {}): void {
  const { viewId } = env.ui.getState()
  const view = viewId ? env.store.getState().views.get(viewId) : undefined
  if (!view || positions.size === 0) return
  const moved: ViewNode[] = []
  for (const n of view.nodes) {
    const p = positions.get(n.element)
    if (p && (p.x !== n.x || p.y !== n.y)) moved.push({ ...n, x: Math.round(p.x), y: Math.round(p.y) })
  }
  if (moved.length > 0) perform(env, () => placeInView(env.ctx, view.id, moved), options)
}

/** Moves the selected nodes by (dx, dy). */
export function nudgeSelection(env: EditorEnv, dx: number, dy: number): void {
  const { viewId, selection } = env.ui.getState()
  const view = viewId ? env.store.getState().views.get(viewId) : undefined
  if (!view || selection.nodes.size === 0) return
  const positions = new Map<string, XYPosition>()
  for (const n of view.nodes) if (selection.nodes.has(n.element)) positions.set(n.element, { x: n.x + dx, y: n.y + dy })
  moveElements(env, positions, { burst: 'nudge' })
}
