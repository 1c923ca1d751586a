import { DOMAINS, elementKind } from '../../model/metamodel/metamodel.ts'
import type { DomainId, StateStatus } from '../../model/metamodel/types.ts'
import type { AttributeValue, Attributes, Membership, ProjectData, State } from '../../model/project.ts'
import { compareStrings } from '../../model/order.ts'

export type ChangeType = 'added' | 'removed' | 'changed' | 'unchanged'
export const CHANGE_TYPES: readonly ChangeType[] = ['added', 'changed', 'removed', 'unchanged']

export interface FieldChange {
  readonly field: string
  readonly before?: AttributeValue
  readonly after?: AttributeValue
}

interface ChangeBase {
  readonly id: string
  readonly change: ChangeType
  readonly kind: string
  readonly domain: DomainId
  readonly fields: readonly FieldChange[]
}

export interface ElementChange extends ChangeBase {
  readonly type: 'element'
  readonly name: string
  readonly ownerOpd?: string
  readonly refCodes: readonly string[]
  /** Status recorded in the later state (baru, pengembangan, ...), when there is one. */
  readonly status?: StateStatus
}

export interface RelationChange extends ChangeBase {
  readonly type: 'relation'
  readonly source: string
  readonly target: string
}

export type Change = ElementChange | RelationChange

export type CountsByChange = Record<ChangeType, number>

export interface GapSummary {
  readonly byChange: CountsByChange
  readonly byDomain: Readonly<Record<string, CountsByChange>>
  readonly byOpd: Readonly<Record<string, CountsByChange>>
  readonly byRefCode: Readonly<Record<string, CountsByChange>>
}

export interface GapAnalysis {
  readonly from: State
  readonly to: State
  /** Elements first (in domain order), then relations; each group by id. */
  readonly changes: readonly Change[]
  /** Element changes only: relations follow the elements they connect. */
  readonly summary: GapSummary
}

/**
 * Compares two states of a project by identity: every element and relation in either state is
 * added, removed, changed (with the attribute-level differences) or unchanged. An element marked
 * "dihentikan" in the later state counts as removed; one marked "pengembangan" counts as changed
 * even where no attribute differs yet (its development is planned, not yet described).
 */
export function analyzeGap(data: ProjectData, from: State, to: State): GapAnalysis {
  const domainOf = new Map<string, DomainId>()
  const elements: ElementChange[] = []
  for (const e of data.elements) {
    const domain = elementKind(e.kind)?.domain
    if (!domain) continue
    domainOf.set(e.id, domain)
    const c = compare(e.attrs, e.states[from.id], e.states[to.id])
    if (!c) continue
    const status = e.states[to.id]?.status
    elements.push({
      type: 'element', id: e.id, change: c.change, kind: e.kind, domain, name: e.name, refCodes: e.refCodes ?? [], fields: c.fields,
      ...(e.ownerOpd ? { ownerOpd: e.ownerOpd } : {}), ...(status ? { status } : {}),
    })
  }
  const relations: RelationChange[] = []
  for (const r of data.relations) {
    const domain = domainOf.get(r.source)
    if (!domain) continue
    const c = compare(r.attrs, r.states[from.id], r.states[to.id])
    if (c) relations.push({ type: 'relation', id: r.id, change: c.change, kind: r.kind, domain, source: r.source, target: r.target, fields: c.fields })
  }
  const domainRank = new Map(DOMAINS.map((d, i) => [d.id, i]))
  elements.sort((a, b) => domainRank.get(a.domain)! - domainRank.get(b.domain)! || compareStrings(a.id, b.id))
  relations.sort((a, b) => compareStrings(a.id, b.id))
  return { from, to, changes: [...elements, ...relations], summary: summarize(elements) }
}

function compare(base: Attributes, before: Membership | undefined, after: Membership | undefined): { change: ChangeType; fields: FieldChange[] } | undefined {
  const retiredInAfter = after?.status === 'dihentikan'
  if (!before && (!after || retiredInAfter)) return undefined
  if (!before) return { change: 'added', fields: [] }
  if (!after || retiredInAfter) return { change: 'removed', fields: [] }
  const fields: FieldChange[] = []
  const names = new Set([...Object.keys(before.attrs ?? {}), ...Object.keys(after.attrs ?? {})])
  for (const name of [...names].sort(compareStrings)) {
    const b = before.attrs?.[name] ?? base[name]
    const a = after.attrs?.[name] ?? base[name]
    if (b !== a) fields.push(withValues(name, b, a))
  }
  if (fields.length > 0) return { change: 'changed', fields }
  if (after.status === 'pengembangan') return { change: 'changed', fields: [withValues('status', before.status, after.status)] }
  return { change: 'unchanged', fields: [] }
}

function withValues(field: string, before: AttributeValue | undefined, after: AttributeValue | undefined): FieldChange {
  return { field, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) }
}

function emptyCounts(): CountsByChange {
  return { added: 0, changed: 0, removed: 0, unchanged: 0 }
}

function summarize(elements: readonly ElementChange[]): GapSummary {
  const byChange = emptyCounts()
  const byDomain: Record<string, CountsByChange> = Object.fromEntries(DOMAINS.map((d) => [d.id, emptyCounts()]))
  const byOpd: Record<string, CountsByChange> = {}
  const byRefCode: Record<string, CountsByChange> = {}
  for (const c of elements) {
    byChange[c.change]++
    byDomain[c.domain]![c.change]++
    ;(byOpd[c.ownerOpd ?? '(tanpa OPD)'] ??= emptyCounts())[c.change]++
    for (const code of c.refCodes.length > 0 ? c.refCodes : ['(tanpa kode)']) (byRefCode[code] ??= emptyCounts())[c.change]++
  }
  return { byChange, byDomain, byOpd: sortRecord(byOpd), byRefCode: sortRecord(byRefCode) }
}

function sortRecord<V>(r: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => compareStrings(a, b)))
}
