import type { ProjectionState } from './projection.ts'

/**
 * The promises the projection keeps under any interleaving of concurrent edits (DESIGN.md §2):
 * returns a description of each broken one, so tests can print them with the seed.
 */
export function projectionViolations(s: ProjectionState): string[] {
  const problems: string[] = []
  const stateIds = new Set(s.states.map((st) => st.id))
  for (const e of s.elements.values()) {
    if (!Object.keys(e.states).some((id) => stateIds.has(id))) problems.push(`element ${e.id} is in no state`)
  }
  for (const r of s.relations.values()) {
    if (!s.elements.has(r.source)) problems.push(`relation ${r.id} has missing source ${r.source}`)
    if (!s.elements.has(r.target)) problems.push(`relation ${r.id} has missing target ${r.target}`)
    if (!Object.keys(r.states).some((id) => stateIds.has(id))) problems.push(`relation ${r.id} is in no state`)
  }
  for (const v of s.views.values()) {
    for (const n of v.nodes) if (!s.elements.has(n.element)) problems.push(`view ${v.id} shows missing element ${n.element}`)
  }
  return problems
}
