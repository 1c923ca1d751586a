import { analyzeGap, type GapAnalysis } from '../../analysis/gap/gapAnalysis.ts'
import type { Attributes, Element, Membership, ProjectData, Relation, State } from '../../model/project.ts'

/**
 * "What changed since the workshop": a saved version and the current document compared through
 * the gap analysis engine. The engine compares two states of one project by identity, so the
 * two are folded into one synthetic project with two states, "version" and "now": each element or
 * relation is a member of "version" when the version had it in the chosen state (with its values
 * there) and of "now" when the current document has it. Names and shared fields are compared as
 * attributes, so a rename shows as a changed field. Statuses are left out except "dihentikan"
 * (an element retired since then counts as removed): a planned "pengembangan" is not a change
 * between two moments.
 */
export const VERSION_STATE: State = { id: 'versi', name: 'Versi', role: 'asis' }
export const NOW_STATE: State = { id: 'sekarang', name: 'Sekarang', role: 'target' }

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

export function compareWithVersion(version: ProjectData, now: ProjectData, stateId: string): GapAnalysis {
  const elements = new Map<string, Element>()
  const fold = (e: Element, key: 'versi' | 'sekarang'): void => {
    const m = e.states[stateId]
    const prev = elements.get(e.id)
    const states = { ...(prev?.states ?? {}), ...(m ? { [key]: member(elementValues(e, m), m) } : {}) }
    // The current element's identity (kind, name) wins; its values live in the memberships.
    elements.set(e.id, { ...(key === 'sekarang' || !prev ? e : prev), attrs: {}, states })
  }
  for (const e of version.elements) fold(e, 'versi')
  for (const e of now.elements) fold(e, 'sekarang')

  const relations = new Map<string, Relation>()
  const foldRelation = (r: Relation, key: 'versi' | 'sekarang'): void => {
    const m = r.states[stateId]
    const prev = relations.get(r.id)
    const states = { ...(prev?.states ?? {}), ...(m ? { [key]: member(relationValues(r, m), m) } : {}) }
    relations.set(r.id, { ...(key === 'sekarang' || !prev ? r : prev), attrs: {}, states })
  }
  for (const r of version.relations) foldRelation(r, 'versi')
  for (const r of now.relations) foldRelation(r, 'sekarang')

  const data: ProjectData = { ...now, states: [VERSION_STATE, NOW_STATE], elements: [...elements.values()], relations: [...relations.values()] }
  return analyzeGap(data, VERSION_STATE, NOW_STATE)
}
