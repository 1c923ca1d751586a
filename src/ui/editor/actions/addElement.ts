import type { XYPosition } from '@xyflow/react'
import { createElement } from '../../../model/commands/elementCommands.ts'
import { placeInView } from '../../../model/commands/viewCommands.ts'
import { ok } from '../../../model/commands/commandContext.ts'
import { elementKind } from '../../../model/metamodel/metamodel.ts'
import type { Element } from '../../../model/project.ts'
import { localeStore } from '../../i18n/locale.ts'
import { localized, translate } from '../../i18n/translate.ts'
import { perform, type EditorEnv } from '../editorEnv.ts'
import { selectOnly } from '../editorStore.ts'
import { snap } from '../layout/viewLayout.ts'
import { newElementStates } from './newElementStates.ts'

export const NEW_NODE_SIZE = { w: 180, h: 64 } as const

/**
 * Creates an element of `kindId` centred on `centre` (canvas coordinates) in the current view
 * and state, named "<kind> baru", and selects it: one undo step.
 */
export function addElementAt(env: EditorEnv, kindId: string, centre: XYPosition, options: { readonly avoidOverlap?: boolean } = {}): string | undefined {
  const { viewId, stateId } = env.ui.getState()
  const kind = elementKind(kindId)
  if (!viewId || !kind) return undefined
  const state = env.store.getState()
  const locale = localeStore.getState().locale
  const name = uniqueName(translate(locale, 'editor.newElementName', { kind: localized(kind.label, locale) }), state.elements.values())
  const states = newElementStates(state.states, stateId)
  let x = snap(centre.x - NEW_NODE_SIZE.w / 2)
  let y = snap(centre.y - NEW_NODE_SIZE.h / 2)
  if (options.avoidOverlap) ({ x, y } = freeSpot(state.views.get(viewId)?.nodes ?? [], x, y))
  const result = perform(env, () => {
    const created = createElement(env.ctx, states ? { kind: kindId, name, states } : { kind: kindId, name })
    if (!created.ok) return created
    const placed = placeInView(env.ctx, viewId, [{ element: created.value, x, y, ...NEW_NODE_SIZE }])
    return placed.ok ? ok(created.value) : placed
  })
  if (!result.ok) return undefined
  selectOnly(env.ui, [result.value])
  return result.value
}

/** `base`, or `base 2`, `base 3` ... when an element already has that name. */
export function uniqueName(base: string, elements: Iterable<Element>): string {
  const taken = new Set<string>()
  for (const e of elements) if (e.name.startsWith(base)) taken.add(e.name)
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base} ${n}`)) n++
  return `${base} ${n}`
}

/** The first spot down and to the right of (x, y) where no node of the view starts: repeated clicks fan out. */
export function freeSpot(nodes: readonly { readonly x: number; readonly y: number }[], x: number, y: number): XYPosition {
  const near = (p: XYPosition): boolean => nodes.some((n) => Math.abs(n.x - p.x) < 16 && Math.abs(n.y - p.y) < 16)
  let p = { x, y }
  for (let i = 0; i < 50 && near(p); i++) p = { x: p.x + 24, y: p.y + 24 }
  return p
}
