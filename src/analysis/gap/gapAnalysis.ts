import { DOMAINS } from '../../model/metamodel/metamodel.ts'
import type { DomainId, StateStatus } from '../../model/metamodel/types.ts'
import type { AttributeValue, Attributes, Element, Membership, ProjectData, State } from '../../model/project.ts'
import { compareStrings } from '../../model/order.ts'
import { ProjectIndex } from '../projectIndex.ts'
import { sortedOrderByKey } from '../sortedOrder.ts'

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
  return analyzeGapIndexed(data, from, to, new ProjectIndex(data)).gap
}

/** The gap, and for each change the position of its element or relation in the project (for the roadmap). */
export interface IndexedGap {
  readonly gap: GapAnalysis
  /** Aligned with `gap.changes`: a position in `data.elements` or `data.relations`. */
  readonly positions: Int32Array
}

/** analyzeGap on a project index the caller shares (the roadmap builds one for all its steps). */
export function analyzeGapIndexed(data: ProjectData, from: State, to: State, index: ProjectIndex): IndexedGap {
  const elementList = data.elements
  const relationList = data.relations
  const n = elementList.length
  const m = relationList.length

  // A function per loop: each is optimised on its own, and none stops the other.
  const rankOf = new Map<DomainId, number>(DOMAINS.map((d, i) => [d.id, i]))
  const elementChanges = new Array<ElementChange | undefined>(n).fill(undefined)
  const domainRank = new Uint8Array(n)
  const perDomain = new Int32Array(DOMAINS.length + 1)
  compareElements(data, index, from.id, to.id, rankOf, elementChanges, domainRank, perDomain)
  const relationChanges = new Array<RelationChange | undefined>(m).fill(undefined)
  const relationAt = new Int32Array(m)
  const relationCount = compareRelations(data, index, from.id, to.id, relationChanges, relationAt)

  const { changes, positions, elementCount } = ordered(elementChanges, domainRank, perDomain, relationChanges, relationAt, relationCount)
  return { gap: { from, to, changes, summary: summarize(changes as ElementChange[], elementCount) }, positions }
}

/** Elements in domain order (a counting sort, stable), each domain by id; then relations by id; with their positions. */
function ordered(
  elementChanges: readonly (ElementChange | undefined)[], domainRank: Uint8Array, perDomain: Int32Array,
  relationChanges: readonly (RelationChange | undefined)[], relationAt: Int32Array, relationCount: number,
): { changes: Change[]; positions: Int32Array; elementCount: number } {
  const n = elementChanges.length
  for (let d = 0; d < DOMAINS.length; d++) perDomain[d + 1]! += perDomain[d]!
  const elementCount = perDomain[DOMAINS.length]!
  const byDomain = new Int32Array(elementCount)
  const fill = perDomain.slice(0, DOMAINS.length)
  for (let i = 0; i < n; i++) if (elementChanges[i]) byDomain[fill[domainRank[i]!]!++] = i
  const changes = new Array<Change>(elementCount + relationCount)
  const positions = new Int32Array(elementCount + relationCount)
  for (let d = 0; d < DOMAINS.length; d++) {
    const first = perDomain[d]!
    const ids: string[] = []
    for (let k = first; k < perDomain[d + 1]!; k++) ids.push(elementChanges[byDomain[k]!]!.id)
    const order = sortedOrderByKey(ids)
    for (let k = 0; k < order.length; k++) {
      const i = byDomain[first + order[k]!]!
      changes[first + k] = elementChanges[i]!
      positions[first + k] = i
    }
  }
  const ids: string[] = []
  for (let k = 0; k < relationCount; k++) ids.push(relationChanges[relationAt[k]!]!.id)
  const order = sortedOrderByKey(ids)
  for (let k = 0; k < relationCount; k++) {
    const j = relationAt[order[k]!]!
    changes[elementCount + k] = relationChanges[j]!
    positions[elementCount + k] = j
  }
  return { changes, positions, elementCount }
}

/** Each element's change by position, its domain's rank, and the count per domain (shifted by one). */
function compareElements(
  data: ProjectData, index: ProjectIndex, from: string, to: string, rankOf: ReadonlyMap<DomainId, number>,
  changes: (ElementChange | undefined)[], domainRank: Uint8Array, perDomain: Int32Array,
): void {
  const elements = data.elements
  const beforeOf = index.elementsIn(from)
  const afterOf = index.elementsIn(to)
  const domains = index.domain
  for (let i = 0; i < elements.length; i++) {
    const domain = domains[i]
    if (!domain) continue
    const e = elements[i]!
    const after = afterOf[i]
    const c = compare(e.attrs, beforeOf[i], after)
    if (c === undefined) continue
    changes[i] = elementChange(e, domain, c, after?.status)
    const rank = rankOf.get(domain)!
    domainRank[i] = rank
    perDomain[rank + 1]!++
  }
}

/** Each relation's change by position, and the positions of those with one (the first `count`, returned). */
function compareRelations(
  data: ProjectData, index: ProjectIndex, from: string, to: string, changes: (RelationChange | undefined)[], at: Int32Array,
): number {
  const relations = data.relations
  const before = index.relationsIn(from)
  const after = index.relationsIn(to)
  const sources = index.source
  const domains = index.domain
  let count = 0
  for (let j = 0; j < relations.length; j++) {
    const source = sources[j]!
    const domain = source < 0 ? undefined : domains[source]
    if (!domain) continue
    const r = relations[j]!
    const c = compare(r.attrs, before[j], after[j])
    if (c === undefined) continue
    changes[j] = {
      type: 'relation', id: r.id, change: typeof c === 'string' ? c : 'changed', kind: r.kind, domain, source: r.source, target: r.target,
      fields: typeof c === 'string' ? NO_FIELDS : c,
    }
    at[count++] = j
  }
  return count
}

/**
 * The optional keys come last and only when set, as a literal with spreads would have them; one
 * literal per combination so each object is allocated at its final size.
 */
function elementChange(e: Element, domain: DomainId, c: Exclude<ChangeType, 'changed'> | FieldChange[], status: StateStatus | undefined): ElementChange {
  const change = typeof c === 'string' ? c : 'changed'
  const refCodes = e.refCodes ?? NO_CODES
  const fields = typeof c === 'string' ? NO_FIELDS : c
  const ownerOpd = e.ownerOpd
  if (ownerOpd) {
    return status
      ? { type: 'element', id: e.id, change, kind: e.kind, domain, name: e.name, refCodes, fields, ownerOpd, status }
      : { type: 'element', id: e.id, change, kind: e.kind, domain, name: e.name, refCodes, fields, ownerOpd }
  }
  return status
    ? { type: 'element', id: e.id, change, kind: e.kind, domain, name: e.name, refCodes, fields, status }
    : { type: 'element', id: e.id, change, kind: e.kind, domain, name: e.name, refCodes, fields }
}

const NO_FIELDS: readonly FieldChange[] = Object.freeze([])
const NO_CODES: readonly string[] = Object.freeze([])

/**
 * How a record changed between two memberships: undefined when it is in neither, the fields
 * that differ when it changed (never empty), else the kind of change. No object per record.
 */
function compare(base: Attributes, before: Membership | undefined, after: Membership | undefined): Exclude<ChangeType, 'changed'> | FieldChange[] | undefined {
  const retiredInAfter = after?.status === 'dihentikan'
  if (!before) return after && !retiredInAfter ? 'added' : undefined
  if (!after || retiredInAfter) return 'removed'
  const b = before.attrs
  const a = after.attrs
  if (b !== undefined || a !== undefined) {
    let fields: FieldChange[] | undefined
    for (const name of fieldNames(b, a)) {
      const vb = b?.[name] ?? base[name]
      const va = a?.[name] ?? base[name]
      if (vb !== va) (fields ??= []).push(withValues(name, vb, va))
    }
    if (fields) return fields
  }
  if (after.status === 'pengembangan') return [withValues('status', before.status, after.status)]
  return 'unchanged'
}

/** The attribute names either membership sets, once each, in code-point order. */
function fieldNames(b: Attributes | undefined, a: Attributes | undefined): string[] {
  const names = b ? Object.keys(b) : []
  if (a) for (const name of Object.keys(a)) if (!b || !Object.hasOwn(b, name)) names.push(name)
  return names.length > 1 ? names.sort(compareStrings) : names
}

function withValues(field: string, before: AttributeValue | undefined, after: AttributeValue | undefined): FieldChange {
  if (before === undefined) return after === undefined ? { field } : { field, after }
  return after === undefined ? { field, before } : { field, before, after }
}

function emptyCounts(): CountsByChange {
  return { added: 0, changed: 0, removed: 0, unchanged: 0 }
}

/** Counts over the first `count` changes, the element ones. */
function summarize(elements: readonly ElementChange[], count: number): GapSummary {
  const byChange = emptyCounts()
  const byDomain: Record<string, CountsByChange> = Object.fromEntries(DOMAINS.map((d) => [d.id, emptyCounts()]))
  const byOpd = new Map<string, CountsByChange>()
  const byRefCode = new Map<string, CountsByChange>()
  for (let i = 0; i < count; i++) {
    const c = elements[i]!
    byChange[c.change]++
    byDomain[c.domain]![c.change]++
    countIn(byOpd, c.ownerOpd ?? '(tanpa OPD)')[c.change]++
    if (c.refCodes.length === 0) countIn(byRefCode, '(tanpa kode)')[c.change]++
    else for (const code of c.refCodes) countIn(byRefCode, code)[c.change]++
  }
  return { byChange, byDomain, byOpd: sortedRecord(byOpd), byRefCode: sortedRecord(byRefCode) }
}

function countIn(map: Map<string, CountsByChange>, key: string): CountsByChange {
  let counts = map.get(key)
  if (!counts) map.set(key, (counts = emptyCounts()))
  return counts
}

function sortedRecord<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  return Object.fromEntries([...map].sort(([a], [b]) => compareStrings(a, b)))
}
