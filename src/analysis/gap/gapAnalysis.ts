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
  /**
   * What is added, changed or removed: elements first (in domain order), then relations; each
   * group by id. Unchanged ones are left out (every reader skipped them, and they are most of a
   * model): their counts are in the summary, and `allChanges` lists them for a reader that needs them.
   */
  readonly changes: readonly Change[]
  /** Element changes only: relations follow the elements they connect. */
  readonly summary: GapSummary
}

export interface GapOptions {
  /** List the unchanged elements and relations in `changes` too (default: only their counts). */
  readonly unchanged?: boolean
}

/**
 * Compares two states of a project by identity: every element and relation in either state is
 * added, removed, changed (with the attribute-level differences) or unchanged. An element marked
 * "dihentikan" in the later state counts as removed; one marked "pengembangan" counts as changed
 * even where no attribute differs yet (its development is planned, not yet described).
 */
export function analyzeGap(data: ProjectData, from: State, to: State, options: GapOptions = {}): GapAnalysis {
  return analyzeGapIndexed(data, from, to, new ProjectIndex(data), options.unchanged === true).gap
}

/**
 * The gap's changes with the unchanged elements and relations among them, in the same order, for
 * a reader that lists every element (the report's domain tables). Compared again: only such a
 * reader pays for the unchanged entries.
 */
export function allChanges(data: ProjectData, gap: GapAnalysis): readonly Change[] {
  return analyzeGap(data, gap.from, gap.to, { unchanged: true }).changes
}

/** The gap, and for each change the position of its element or relation in the project (for the roadmap). */
export interface IndexedGap {
  readonly gap: GapAnalysis
  /** Aligned with `gap.changes`: a position in `data.elements` or `data.relations`. */
  readonly positions: Int32Array
}

/**
 * analyzeGap on a project index the caller shares (the roadmap builds one for all its steps);
 * `withUnchanged` lists the unchanged entries too.
 */
export function analyzeGapIndexed(data: ProjectData, from: State, to: State, index: ProjectIndex, withUnchanged = false): IndexedGap {
  const elementList = data.elements
  const relationList = data.relations
  const n = elementList.length
  const m = relationList.length

  // A function per loop: each is optimised on its own, and none stops the other.
  const rankOf = new Map<DomainId, number>(DOMAINS.map((d, i) => [d.id, i]))
  const elementChanges = new Array<ElementChange | undefined>(n).fill(undefined)
  const domainRank = new Uint8Array(n)
  const perDomain = new Int32Array(DOMAINS.length + 1)
  /** Positions of the unchanged elements left out of the list (the first `unchangedCount`), for the summary. */
  const unchanged = new Int32Array(withUnchanged ? 0 : n)
  const unchangedCount = compareElements(data, index, from.id, to.id, rankOf, elementChanges, domainRank, perDomain, withUnchanged, unchanged)
  const relationChanges = new Array<RelationChange | undefined>(m).fill(undefined)
  const relationAt = new Int32Array(m)
  const relationCount = compareRelations(data, index, from.id, to.id, relationChanges, relationAt, withUnchanged)

  const { changes, positions, elementCount } = ordered(elementChanges, domainRank, perDomain, relationChanges, relationAt, relationCount)
  const summary = summarize(changes as ElementChange[], elementCount, data.elements, index, unchanged, unchangedCount)
  return { gap: { from, to, changes, summary }, positions }
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

/**
 * Each element's change by position, its domain's rank, and the count per domain (shifted by
 * one). Unchanged elements are listed only `withUnchanged`; else their positions go to
 * `unchanged` and their number is returned.
 */
function compareElements(
  data: ProjectData, index: ProjectIndex, from: string, to: string, rankOf: ReadonlyMap<DomainId, number>,
  changes: (ElementChange | undefined)[], domainRank: Uint8Array, perDomain: Int32Array, withUnchanged: boolean, unchanged: Int32Array,
): number {
  const elements = data.elements
  const beforeOf = index.elementsIn(from)
  const afterOf = index.elementsIn(to)
  const domains = index.domain
  let unchangedCount = 0
  for (let i = 0; i < elements.length; i++) {
    const domain = domains[i]
    if (!domain) continue
    const e = elements[i]!
    const after = afterOf[i]
    const c = compare(e.attrs, beforeOf[i], after)
    if (c === undefined) continue
    if (c === 'unchanged' && !withUnchanged) {
      unchanged[unchangedCount++] = i
      continue
    }
    changes[i] = elementChange(e, domain, c, after?.status)
    const rank = rankOf.get(domain)!
    domainRank[i] = rank
    perDomain[rank + 1]!++
  }
  return unchangedCount
}

/** Each relation's change by position, and the positions of those with one (the first `count`, returned). */
function compareRelations(
  data: ProjectData, index: ProjectIndex, from: string, to: string, changes: (RelationChange | undefined)[], at: Int32Array, withUnchanged: boolean,
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
    if (c === undefined || (c === 'unchanged' && !withUnchanged)) continue
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

/**
 * Counts over the first `count` changes, the element ones, and the unchanged elements left out of
 * them (their positions, the first `unchangedCount` of `unchanged`), read from the project.
 */
function summarize(
  changes: readonly ElementChange[], count: number, elements: readonly Element[], index: ProjectIndex, unchanged: Int32Array, unchangedCount: number,
): GapSummary {
  // Counted in integer arrays (four per key: added, changed, removed, unchanged), turned into records at the end.
  const perDomain = new Int32Array(DOMAINS.length * 4)
  const byOpd = new Map<string, Int32Array>()
  const byRefCode = new Map<string, Int32Array>()
  const add = (change: number, domain: DomainId, ownerOpd: string | undefined, refCodes: readonly string[]): void => {
    perDomain[DOMAIN_RANK.get(domain)! * 4 + change]!++
    // As on an ElementChange, which carries no empty owner.
    countIn(byOpd, ownerOpd || '(tanpa OPD)')[change]!++
    if (refCodes.length === 0) countIn(byRefCode, '(tanpa kode)')[change]!++
    else for (let k = 0; k < refCodes.length; k++) countIn(byRefCode, refCodes[k]!)[change]!++
  }
  for (let i = 0; i < count; i++) {
    const c = changes[i]!
    add(c.change === 'added' ? 0 : c.change === 'changed' ? 1 : c.change === 'removed' ? 2 : 3, c.domain, c.ownerOpd, c.refCodes)
  }
  for (let k = 0; k < unchangedCount; k++) {
    const p = unchanged[k]!
    const e = elements[p]!
    add(3, index.domain[p]!, e.ownerOpd, e.refCodes ?? NO_CODES)
  }
  const total = new Int32Array(4)
  for (let i = 0; i < perDomain.length; i++) total[i & 3]! += perDomain[i]!
  const byDomain: Record<string, CountsByChange> = {}
  for (let d = 0; d < DOMAINS.length; d++) byDomain[DOMAINS[d]!.id] = counts(perDomain, d * 4)
  return { byChange: counts(total, 0), byDomain, byOpd: sortedRecord(byOpd), byRefCode: sortedRecord(byRefCode) }
}

const DOMAIN_RANK = new Map<string, number>(DOMAINS.map((d, i) => [d.id, i]))

/** The four counts from `at` (added, changed, removed, unchanged) as a record. */
function counts(values: Int32Array, at: number): CountsByChange {
  return { added: values[at]!, changed: values[at + 1]!, removed: values[at + 2]!, unchanged: values[at + 3]! }
}

function countIn(map: Map<string, Int32Array>, key: string): Int32Array {
  let found = map.get(key)
  if (!found) map.set(key, (found = new Int32Array(4)))
  return found
}

function sortedRecord(map: ReadonlyMap<string, Int32Array>): Record<string, CountsByChange> {
  // fromEntries, not assignment: an id such as "__proto__" stays a key.
  return Object.fromEntries([...map.keys()].sort(compareStrings).map((key) => [key, counts(map.get(key)!, 0)]))
}
