import { elementKind } from '../../../model/metamodel/metamodel.ts'
import type { View } from '../../../model/project.ts'
import type { ProjectionState } from '../../../model/projection/projection.ts'
import type { LayoutItem, LayoutLink, LayoutStyle } from './viewLayout.ts'

export const DEFAULT_SIZE = { w: 180, h: 64 } as const

/** Layered views get lanes; domain and custom views flow left to right. */
export function layoutStyleOf(view: Pick<View, 'layout'>): LayoutStyle {
  return view.layout === 'layered' ? 'lanes' : 'flow'
}

/**
 * The boxes and links to lay out for some elements: their current size in the view (or the
 * default), and every relation between two of them in any state, so the arrangement does not
 * jump when the user switches between as-is and target.
 */
export function layoutInput(state: ProjectionState, view: View | undefined, elementIds: readonly string[]): { items: LayoutItem[]; links: LayoutLink[] } {
  const sizes = new Map(view?.nodes.map((n) => [n.element, n]) ?? [])
  const items: LayoutItem[] = []
  for (const id of elementIds) {
    const e = state.elements.get(id)
    const domain = e && elementKind(e.kind)?.domain
    if (!e || !domain) continue
    const size = sizes.get(id) ?? DEFAULT_SIZE
    items.push({ id, domain, w: size.w, h: size.h })
  }
  // Model order: by name, so a fresh layout reads alphabetically where relations do not decide.
  const names = new Map(items.map((i) => [i.id, state.elements.get(i.id)!.name]))
  items.sort((a, b) => names.get(a.id)!.localeCompare(names.get(b.id)!, 'id') || (a.id < b.id ? -1 : 1))
  const ids = new Set(items.map((i) => i.id))
  const links: LayoutLink[] = []
  for (const r of state.relations.values()) if (ids.has(r.source) && ids.has(r.target)) links.push({ source: r.source, target: r.target })
  return { items, links }
}
