import type { ProjectionState } from '../../../model/projection/projection.ts'

export interface DeleteImpact {
  readonly elements: number
  /** Relations (in any state) that deleting the elements from the model deletes with them. */
  readonly relations: number
  /** Other views that show at least one of the elements, by name. */
  readonly otherViews: readonly string[]
}

/** What "delete from the model" takes with it, so the dialog can say so before it happens. */
export function deleteImpact(state: ProjectionState, viewId: string | undefined, elementIds: readonly string[]): DeleteImpact {
  const ids = new Set(elementIds.filter((id) => state.elements.has(id)))
  let relations = 0
  for (const r of state.relations.values()) if (ids.has(r.source) || ids.has(r.target)) relations++
  const otherViews: string[] = []
  for (const v of state.views.values()) {
    if (v.id !== viewId && v.nodes.some((n) => ids.has(n.element))) otherViews.push(v.name)
  }
  return { elements: ids.size, relations, otherViews: otherViews.sort((a, b) => a.localeCompare(b, 'id')) }
}
