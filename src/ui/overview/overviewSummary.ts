import { DOMAINS, elementKind } from '../../model/metamodel/metamodel.ts'
import type { Domain, DomainId } from '../../model/metamodel/types.ts'
import type { Element, Opd, State } from '../../model/project.ts'

/**
 * The figures of the project overview, computed from the projection. A quick count for the
 * dashboard, not the gap analysis (src/analysis will own that): it compares the as-is and the
 * target state by element identity and reads the target status.
 */
export interface DomainCounts {
  readonly domain: Domain
  /** Elements in Kondisi Saat Ini. */
  readonly asis: number
  /** Elements in Kondisi Target, those marked "dihentikan" there excluded. */
  readonly target: number
  /** In the target and new there: status "baru", or not in the as-is at all. */
  readonly baru: number
  readonly pengembangan: number
  /** In the as-is and not carried into the target (absent there, or marked "dihentikan"). */
  readonly dihentikan: number
}

export interface StatePair {
  readonly asis?: State
  readonly target?: State
}

export function statePair(states: readonly State[]): StatePair {
  const asis = states.find((s) => s.role === 'asis')
  const target = states.find((s) => s.role === 'target')
  return { ...(asis ? { asis } : {}), ...(target ? { target } : {}) }
}

/** Counts per domain, in document order; all six domains always appear. */
export function summarizeDomains(elements: Iterable<Element>, states: readonly State[]): DomainCounts[] {
  const { asis, target } = statePair(states)
  const counts = new Map<DomainId, { asis: number; target: number; baru: number; pengembangan: number; dihentikan: number }>(
    DOMAINS.map((d) => [d.id, { asis: 0, target: 0, baru: 0, pengembangan: 0, dihentikan: 0 }]),
  )
  for (const e of elements) {
    const kind = elementKind(e.kind)
    // An unknown kind has no domain; validation reports it.
    const c = kind && counts.get(kind.domain)
    if (!c) continue
    const inAsis = asis !== undefined && asis.id in e.states
    const targetMembership = target ? e.states[target.id] : undefined
    const inTarget = targetMembership !== undefined && targetMembership.status !== 'dihentikan'
    if (inAsis) c.asis++
    if (inTarget) {
      c.target++
      if (targetMembership.status === 'baru' || !inAsis) c.baru++
      else if (targetMembership.status === 'pengembangan') c.pengembangan++
    }
    if (inAsis && target && !inTarget) c.dihentikan++
  }
  return DOMAINS.map((domain) => ({ domain, ...counts.get(domain.id)! }))
}

export interface OwnerCount {
  readonly opd: Opd
  readonly elements: number
}

export interface OwnerSummary {
  /** Every OPD, most elements first, then by name. */
  readonly rows: readonly OwnerCount[]
  /** Elements with no owner, or an owner id that is not in the OPD list. */
  readonly unowned: number
}

export function summarizeOwners(elements: Iterable<Element>, opd: ReadonlyMap<string, Opd>): OwnerSummary {
  const byOwner = new Map<string, number>()
  let unowned = 0
  for (const e of elements) {
    if (e.ownerOpd !== undefined && opd.has(e.ownerOpd)) byOwner.set(e.ownerOpd, (byOwner.get(e.ownerOpd) ?? 0) + 1)
    else unowned++
  }
  const rows = [...opd.values()]
    .map((o) => ({ opd: o, elements: byOwner.get(o.id) ?? 0 }))
    .sort((a, b) => b.elements - a.elements || a.opd.name.localeCompare(b.opd.name, 'id'))
  return { rows, unowned }
}
