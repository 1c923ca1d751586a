import { analyzeGap, type GapAnalysis } from '../../analysis/gap/gapAnalysis.ts'
import type { Attributes, Element, Membership, ProjectData, Relation, State } from '../../model/project.ts'

/**
 * "What changed since the workshop": two moments of one project (a saved version and the current
 * document, or two versions) compared through the gap analysis engine. The engine compares two
 * states of one project by identity, so the moments are folded into one synthetic project with
 * two states, "before" and "after": each element or relation is a member of "before" when the
 * earlier moment had it in the chosen state (with its values there) and of "after" when the later
 * one has it. Names and shared fields are compared as attributes, so a rename shows as a changed
 * field. Statuses are left out except "dihentikan" (an element retired since then counts as
 * removed): a planned "pengembangan" is not a change between two moments.
 */
export const BEFORE_STATE: State = { id: 'sebelum', name: 'Sebelum', role: 'asis' }
export const AFTER_STATE: State = { id: 'sesudah', name: 'Sesudah', role: 'target' }

type Side = 'sebelum' | 'sesudah'

function elementValues(e: Element, m: Membership): Attributes {
  const shared: Record<string, string | number | boolean> = { name: e.name }
  if (e.code) shared.code = e.code
  if (e.description) shared.description = e.description
  if (e.ownerOpd) shared.ownerOpd = e.ownerOpd
  if (e.refCodes?.length) shared.refCodes = [...e.refCodes].sort().join(', ')
  return { ...shared, ...e.attrs, ...m.attrs }
}

const relationValues = (r: Relation, m: Membership): Attributes => ({ ...r.attrs, ...m.attrs })

function member(values: Attributes, m: Membership): Membership {
  return m.status === 'dihentikan' ? { status: 'dihentikan', attrs: values } : { attrs: values }
}

/**
 * The gap from `before` to `after` in the state `stateId` (as-is, target or an intermediate one).
 * A state one of the two moments does not have counts as empty there: everything in it is then
 * added (or removed).
 */
export function compareMoments(before: ProjectData, after: ProjectData, stateId: string): GapAnalysis {
  const elements = new Map<string, Element>()
  const fold = (e: Element, side: Side): void => {
    const m = e.states[stateId]
    const prev = elements.get(e.id)
    const states = { ...(prev?.states ?? {}), ...(m ? { [side]: member(elementValues(e, m), m) } : {}) }
    // The later element's identity (kind, name) wins; its values live in the memberships.
    elements.set(e.id, { ...(side === 'sesudah' || !prev ? e : prev), attrs: {}, states })
  }
  for (const e of before.elements) fold(e, 'sebelum')
  for (const e of after.elements) fold(e, 'sesudah')

  const relations = new Map<string, Relation>()
  const foldRelation = (r: Relation, side: Side): void => {
    const m = r.states[stateId]
    const prev = relations.get(r.id)
    const states = { ...(prev?.states ?? {}), ...(m ? { [side]: member(relationValues(r, m), m) } : {}) }
    relations.set(r.id, { ...(side === 'sesudah' || !prev ? r : prev), attrs: {}, states })
  }
  for (const r of before.relations) foldRelation(r, 'sebelum')
  for (const r of after.relations) foldRelation(r, 'sesudah')

  const data: ProjectData = { ...after, states: [BEFORE_STATE, AFTER_STATE], elements: [...elements.values()], relations: [...relations.values()] }
  return analyzeGap(data, BEFORE_STATE, AFTER_STATE)
}

/** The states a comparison can look at: the later moment's, in its order, then any only the earlier one had. */
export function comparableStates(before: ProjectData, after: ProjectData): State[] {
  const ids = new Set(after.states.map((s) => s.id))
  return [...after.states, ...before.states.filter((s) => !ids.has(s.id))]
}

/** The target state by default: workshops edit the target. */
export function defaultCompareState(states: readonly State[]): State | undefined {
  return states.find((s) => s.role === 'target') ?? states[states.length - 1]
}
