import type { ProjectData, Relation } from '../../model/project.ts'
import type { Severity } from '../../model/validation/finding.ts'
import type { ChangeType, GapAnalysis } from '../gap/gapAnalysis.ts'
import type { ProjectIndex } from '../projectIndex.ts'
import type { RuleFinding } from '../rules/architectureRule.ts'
import type { StateView } from '../stateView.ts'
import { generatedActivity, type Action, type Activity, type Delivery } from './activity.ts'
import { RULE_ACTIVITY, alignName, buildName, developName, integrateName, migrateName, retireName } from './activityNames.ts'
import { muatanOfElement } from './muatan.ts'

/** Which kegiatan carries the work on each element, for the dependency step. */
export interface ActivityIndex {
  readonly project: ProjectIndex
  /** Per element position: the kegiatan that builds, develops or retires it. */
  readonly byElement: (string | undefined)[]
  /** Per element position (an app): kegiatan that migrate or integrate it (its relations change, the app does not). */
  readonly relinkByElement: (string[] | undefined)[]
  /** retired local duplicate -> the national application (element id) that replaces it */
  readonly replacedBy: ReadonlyMap<string, string>
}

/**
 * The same as ActivityIndex by position in the list of kegiatan, with the element each kegiatan
 * delivers, for the dependency step's loops. deriveActivities gives it for its own list; after
 * the user's overrides change the list, workOrdinals reads it from the index.
 */
export interface WorkOrdinals {
  /** Per element position: the position of the kegiatan that builds, develops or retires it, -1 for none. */
  readonly main: Int32Array
  /** Per element position: 1 when that kegiatan builds it new (work on it then waits a year). */
  readonly isNew: Uint8Array
  /** Per element position: the positions of the kegiatan that migrate or integrate it. */
  readonly relinks: readonly (readonly number[] | undefined)[]
  /** Per kegiatan position: the element position it delivers, when it delivers exactly one (else -1). */
  readonly deliverAt?: Int32Array
}

/** WorkOrdinals for any list of kegiatan, from the index's ids (one lookup per element worked on). */
export function workOrdinals(index: ActivityIndex, position: ReadonlyMap<string, number>): WorkOrdinals {
  const n = index.byElement.length
  const main = new Int32Array(n).fill(-1)
  const isNew = new Uint8Array(n)
  const relinks = new Array<number[] | undefined>(n).fill(undefined)
  for (let p = 0; p < n; p++) {
    const id = index.byElement[p]
    if (id !== undefined) {
      main[p] = position.get(id) ?? -1
      if (id.startsWith('k-add-')) isNew[p] = 1
    }
    const ids = index.relinkByElement[p]
    if (ids) relinks[p] = ids.map((x) => position.get(x) ?? -1)
  }
  return { main, isNew, relinks }
}

export interface DeriveInput {
  readonly data: ProjectData
  readonly gap: GapAnalysis
  /** Aligned with `gap.changes`: the position of each change's element or relation. */
  readonly positions: Int32Array
  readonly project: ProjectIndex
  readonly from: StateView
  readonly to: StateView
  /** Rule findings in the target: each is a gap to close. */
  readonly targetFindings: readonly RuleFinding[]
  /** Duplicate applications found in the earlier state, to name consolidations. */
  readonly fromDuplicates: readonly RuleFinding[]
}

const SEVERITY_PRIORITY: Record<Severity, number> = { error: 50, warning: 20, info: 0 }
const RELINK_ACTION: Readonly<Record<string, 'migrasi' | 'integrasi'>> = {
  'runs-on': 'migrasi', 'located-in': 'migrasi', 'integrates-with': 'integrasi', 'connects-through': 'integrasi',
}
const RELINK_ACTIONS = ['migrasi', 'integrasi', 'penyelarasan'] as const
const RELINK_PREFIX = ['mig', 'int', 'sel'] as const

/**
 * Turns gaps into draft kegiatan. Ids are derived from what a kegiatan closes (`k-add-<element>`,
 * `k-mig-<app>`, `k-rule-<rule>-<opd>`), so they stay the same when the Peta Rencana is
 * regenerated and the user's overrides, keyed by id, keep applying. Elements are addressed by
 * their position in the project (from the gap), so no step looks an id up twice.
 */
export function deriveActivities(input: DeriveInput): { activities: Activity[]; index: ActivityIndex; work: WorkOrdinals } {
  const { data, gap, positions, project, to } = input
  const elements = data.elements
  const n = elements.length
  /** In creation order, which is the order the kegiatan are listed in. */
  const activities: Activity[] = []
  /** Per kegiatan (by creation order): the owner OPD of everything its gaps involve. */
  const touchedOwners: (string[] | undefined)[] = []
  const changeAt = new Array<ChangeType | undefined>(n).fill(undefined)
  const byElement = new Array<string | undefined>(n).fill(undefined)
  const relinkByElement = new Array<string[] | undefined>(n).fill(undefined)
  /** Per element position: the creation number of its kegiatan (-1 for none). */
  const workAt = new Int32Array(n).fill(-1)
  /** Per element position and relink action: the creation number of its kegiatan (-1 for none). */
  const relinkAt = new Int32Array(n * RELINK_ACTIONS.length).fill(-1)
  const relinkOrdinals = new Array<number[] | undefined>(n).fill(undefined)
  const isNew = new Uint8Array(n)
  /** Per kegiatan (by creation order): the element position it delivers, -1 for none. */
  const deliverAt: number[] = []

  const replacedBy = consolidations(input)

  const touch = (ordinal: number, element: number): void => {
    const owner = element < 0 ? undefined : elements[element]!.ownerOpd
    // Its own OPD, or the one just noted, would be dropped from the related ones anyway.
    if (!owner || owner === activities[ordinal]!.opd) return
    const list = touchedOwners[ordinal]
    if (!list) touchedOwners[ordinal] = [owner]
    else if (list[list.length - 1] !== owner) list.push(owner)
  }
  const make = (a: Activity, delivers: number): number => {
    activities.push(a)
    touchedOwners.push(undefined)
    deliverAt.push(delivers)
    return activities.length - 1
  }

  // Each step in a function of its own, so each is optimised on its own and none stops the other.
  const changes = gap.changes
  relationWork(elementWork())
  ruleWork()
  relatedWork()
  return {
    activities,
    index: { project, byElement, relinkByElement, replacedBy },
    work: { main: workAt, isNew, relinks: relinkOrdinals, deliverAt: Int32Array.from(deliverAt) },
  }

  /** 1. Elements added, developed or retired: one kegiatan each. Returns where the relation changes start. */
  function elementWork(): number {
    let k = 0
    for (; k < changes.length; k++) {
      const c = changes[k]!
      if (c.type !== 'element') break
      const p = positions[k]!
      changeAt[p] = c.change
      if (c.change === 'unchanged') continue
      const e = elements[p]!
      let prefix: string, action: Action, delivery: Delivery, name: string, budget: number
      if (c.change === 'removed') {
        prefix = 'ret'
        action = 'penghentian'
        delivery = 'dihentikan'
        name = retireName(e.name, to.get(replacedBy.get(e.id) ?? '')?.name)
        budget = 0
      } else {
        budget = Number(to.atPosition(p)?.attrs.indicativeBudget ?? 0)
        if (c.change === 'added') {
          prefix = 'add'
          action = 'pembangunan'
          delivery = 'baru'
          name = buildName(e.kind, c.domain, e.name)
        } else {
          prefix = 'dev'
          action = 'pengembangan'
          delivery = 'pengembangan'
          name = developName(c.domain, e.name)
        }
      }
      const id = `k-${prefix}-${e.id}`
      workAt[p] = make(generatedActivity(
        id, name, muatanOfElement(c.domain, e.kind), action, [`${prefix}:${e.id}`], [{ element: e.id, delivery }],
        e.ownerOpd, e.userOpds ? e.userOpds.slice() : [], budget, e.goals ? e.goals.slice() : [], 0,
      ), p)
      byElement[p] = id
      if (prefix === 'add') isNew[p] = 1
    }
    return k
  }

  /** 2. Relations that change between elements that stay: a migration, an integration or an alignment. */
  function relationWork(first: number): void {
    // Which kegiatan closes each relation change; the closes lists are written afterwards, each
    // at its final length, rather than grown one push at a time.
    const carrier = new Int32Array(changes.length - first).fill(-1)
    for (let k = first; k < changes.length; k++) {
      const c = changes[k]!
      if (c.type !== 'relation' || c.change === 'unchanged') continue
      const j = positions[k]!
      const s = project.source[j]!
      const t = project.target[j]!
      const owner = relationOwner(c.kind, changeAt[s], t < 0 ? undefined : changeAt[t])
      if (owner !== undefined) {
        const ordinal = workAt[owner === 'source' ? s : t]!
        if (ordinal >= 0) {
          carrier[k - first] = ordinal
          touch(ordinal, s)
          touch(ordinal, t)
          continue
        }
      }
      const relink = RELINK_ACTION[c.kind]
      const actionNo = relink === 'migrasi' ? 0 : relink === 'integrasi' ? 1 : 2
      const existing = relinkAt[s * RELINK_ACTIONS.length + actionNo]!
      if (existing >= 0) {
        touch(existing, s)
        touch(existing, t)
        carrier[k - first] = existing
        continue
      }
      const source = elements[s]!
      const action = RELINK_ACTIONS[actionNo]!
      const id = `k-${RELINK_PREFIX[actionNo]!}-${source.id}`
      const rel = data.relations[j]!
      const domain = project.domain[s]!
      const name = action === 'migrasi' ? migrateName(source.name, hostNames(to, s))
        : action === 'integrasi' ? integrateName(source.name, viaName(to, rel, s))
          : alignName(source.name)
      const ordinal = make(generatedActivity(
        id, name, action === 'migrasi' ? 'infrastruktur' : muatanOfElement(domain, source.kind), action, [], [{ element: source.id, delivery: action }],
        source.ownerOpd, source.userOpds ? source.userOpds.slice() : [], 0, source.goals ? source.goals.slice() : [], 0,
      ), s)
      carrier[k - first] = ordinal
      touch(ordinal, s)
      touch(ordinal, t)
      relinkAt[s * RELINK_ACTIONS.length + actionNo] = ordinal
      const relinks = relinkByElement[s]
      if (relinks) {
        relinks.push(id)
        relinkOrdinals[s]!.push(ordinal)
      } else {
        relinkByElement[s] = [id]
        relinkOrdinals[s] = [ordinal]
      }
    }
    appendCloses(first, carrier)
  }

  /** Each kegiatan's closes: what it had, then its relation changes in gap order. */
  function appendCloses(first: number, carrier: Int32Array): void {
    const extra = new Int32Array(activities.length)
    for (let k = 0; k < carrier.length; k++) if (carrier[k]! >= 0) extra[carrier[k]!]!++
    const closes = new Array<string[] | undefined>(activities.length).fill(undefined)
    const next = new Int32Array(activities.length)
    for (let o = 0; o < activities.length; o++) {
      if (extra[o] === 0) continue
      const had = activities[o]!.closes
      const list = new Array<string>(had.length + extra[o]!)
      for (let i = 0; i < had.length; i++) list[i] = had[i]!
      closes[o] = list
      next[o] = had.length
    }
    for (let k = 0; k < carrier.length; k++) {
      const o = carrier[k]!
      if (o >= 0) closes[o]![next[o]!++] = `rel:${changes[first + k]!.id}`
    }
    for (let o = 0; o < activities.length; o++) if (closes[o]) activities[o]!.closes = closes[o]!
  }

  /** 3. What the rules still find in the target: one kegiatan per rule (and OPD, for some rules). */
  function ruleWork(): void {
    /** Kegiatan id -> its findings, with the owner of each one's subject element. */
    const ruleGroups = new Map<string, { readonly findings: RuleFinding[]; readonly owners: (string | undefined)[] }>()
    /** Per rule, per owner (or for the whole project): the kegiatan id, so it is written once, not per finding. */
    const ids = new Map<string, Map<string, string>>()
    const opdShortNames = new Map(data.opd.map((o) => [o.id, o.shortName]))
    const ownerOf = (id: string): string | undefined => {
      const p = project.position.get(id)
      return p === undefined ? undefined : elements[p]!.ownerOpd
    }
    const targetFindings = input.targetFindings
    for (let i = 0; i < targetFindings.length; i++) {
      const f = targetFindings[i]!
      const owner = ownerOf(f.elements[0] ?? '')
      const perProject = RULE_ACTIVITY[f.rule]?.per === 'project'
      const key = perProject ? '' : owner ?? 'tanpa-opd'
      let byOwner = ids.get(f.rule)
      if (!byOwner) ids.set(f.rule, (byOwner = new Map()))
      let id = byOwner.get(key)
      if (id === undefined) byOwner.set(key, (id = perProject ? `k-rule-${f.rule}` : `k-rule-${f.rule}-${key}`))
      const group = ruleGroups.get(id)
      if (group) {
        group.findings.push(f)
        group.owners.push(owner)
      } else ruleGroups.set(id, { findings: [f], owners: [owner] })
    }
    for (const [id, group] of ruleGroups) {
      const findings = group.findings
      const rule = findings[0]!.rule
      const spec = RULE_ACTIVITY[rule] ?? { muatan: 'tata-kelola' as const, name: `Penanganan Temuan ${rule}`, per: 'opd' as const }
      const owners: string[] = []
      let priority = 0
      const closes: string[] = []
      for (let k = 0; k < findings.length; k++) {
        const f = findings[k]!
        const owner = group.owners[k]
        if (owner !== undefined) owners.push(owner)
        priority = Math.max(priority, SEVERITY_PRIORITY[f.severity])
        closes.push(`rule:${f.rule}:${f.elements.join('+')}`)
      }
      const lead = mostCommon(owners)
      const shortName = lead === undefined ? undefined : opdShortNames.get(lead)
      const name = spec.per === 'opd' && shortName ? `${spec.name} (${shortName})` : spec.name
      const ordinal = make(generatedActivity(id, name, spec.muatan, 'perbaikan', closes, [], lead, [], 0, [], priority), -1)
      for (let k = 0; k < findings.length; k++) {
        const subjects = findings[k]!.elements
        for (let e = 0; e < subjects.length; e++) touch(ordinal, project.positionOf(subjects[e]!))
      }
    }
  }

  /** Related OPD: the owners of everything a kegiatan touches, other than its own. */
  function relatedWork(): void {
    for (let i = 0; i < activities.length; i++) {
      const a = activities[i]!
      const owners = touchedOwners[i]
      if (owners || a.relatedOpd.length > 0) a.relatedOpd = relatedOpd(a.relatedOpd, owners, a.opd)
    }
  }
}

/** The OPD given and the owners touched, once each, without the kegiatan's own, in code-point order. */
function relatedOpd(given: readonly string[], owners: readonly string[] | undefined, own: string | undefined): string[] {
  if (owners && owners.length > 16) {
    // A kegiatan for many findings touches many elements: a Set then.
    const related = new Set(given)
    for (const o of owners) related.add(o)
    if (own) related.delete(own)
    return [...related].sort()
  }
  const out: string[] = []
  for (let i = 0; i < given.length; i++) insertSorted(out, given[i]!, own)
  if (owners) for (let i = 0; i < owners.length; i++) insertSorted(out, owners[i]!, own)
  return out
}

/** Few OPD per kegiatan: an insertion into the sorted list beats a Set and a sort. */
function insertSorted(out: string[], o: string, own: string | undefined): void {
  if (own && o === own) return
  let i = out.length
  while (i > 0 && out[i - 1]! > o) i--
  if (i > 0 && out[i - 1] === o) return
  out.push(o)
  for (let k = out.length - 1; k > i; k--) out[k] = out[k - 1]!
  out[i] = o
}

/** The most frequent value, ties broken by code-point order; undefined for none. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | undefined
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best) && v < best)) best = v
  return best
}

/** Whose kegiatan should carry a relation change: the work on its source, else on its target. */
function relationOwner(kind: string, sourceChange: ChangeType | undefined, targetChange: ChangeType | undefined): 'source' | 'target' | undefined {
  if (sourceChange && sourceChange !== 'unchanged') return 'source'
  if (RELINK_ACTION[kind]) return undefined // an app that stays, moving or integrating: its own kegiatan
  if (targetChange === 'added' || targetChange === 'changed') return 'target'
  return undefined
}

/** The hosts an element runs on in a state (for the migration kegiatan's name). */
function hostNames(view: StateView, p: number): string[] {
  const names: string[] = []
  for (const kind of HOSTING) {
    const code = view.index.kindCode(kind)
    for (let k = view.outStart[p]!, end = view.outStart[p + 1]!; k < end; k++) {
      const j = view.outRel[k]!
      if (view.index.kind[j] === code) names.push(view.atPosition(view.index.target[j]!)!.name)
    }
  }
  return names
}

const HOSTING = ['runs-on', 'located-in'] as const

function viaName(view: StateView, rel: Relation, source: number): string | undefined {
  const via = rel.attrs.via
  if (typeof via === 'string') return view.get(via)?.name
  const code = view.index.kindCode('connects-through')
  for (let k = view.outStart[source]!, end = view.outStart[source + 1]!; k < end; k++) {
    const j = view.outRel[k]!
    if (view.index.kind[j] === code) return view.atPosition(view.index.target[j]!)?.name
  }
  return undefined
}

/**
 * Local duplicates of a national application (found in the as-is) that the target retires while
 * it holds the national one: their retirement is a consolidation, named after the replacement.
 */
function consolidations(input: DeriveInput): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of input.fromDuplicates) {
    if (f.rule !== 'duplicate-application') continue
    const [local, ...others] = f.elements
    if (!local || input.to.get(local)) continue
    const replacement = others.map((id) => input.to.get(id)).find((e) => e?.kind === 'aplikasi-umum')
    if (replacement) out.set(local, replacement.id)
  }
  return out
}
