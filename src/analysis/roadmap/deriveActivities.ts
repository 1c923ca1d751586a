import type { ProjectData, Relation } from '../../model/project.ts'
import type { Severity } from '../../model/validation/finding.ts'
import type { ElementChange, GapAnalysis, RelationChange } from '../gap/gapAnalysis.ts'
import type { RuleFinding } from '../rules/architectureRule.ts'
import type { StateView } from '../stateView.ts'
import { newActivity, type Action, type Activity, type Delivery } from './activity.ts'
import { RULE_ACTIVITY, alignName, buildName, developName, integrateName, migrateName, retireName } from './activityNames.ts'
import { muatanOfElement } from './muatan.ts'

/** Which kegiatan carries the work on each element, for the dependency step. */
export interface ActivityIndex {
  /** element id -> kegiatan that builds, develops or retires it */
  readonly byElement: Map<string, string>
  /** app id -> kegiatan that migrates or integrates it (its relations change, the app does not) */
  readonly relinkByElement: Map<string, string[]>
  /** retired local duplicate -> the national application (element id) that replaces it */
  readonly replacedBy: ReadonlyMap<string, string>
}

export interface DeriveInput {
  readonly data: ProjectData
  readonly gap: GapAnalysis
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

/**
 * Turns gaps into draft kegiatan. Ids are derived from what a kegiatan closes (`k-add-<element>`,
 * `k-mig-<app>`, `k-rule-<rule>-<opd>`), so they stay the same when the Peta Rencana is
 * regenerated and the user's overrides, keyed by id, keep applying.
 */
export function deriveActivities(input: DeriveInput): { activities: Activity[]; index: ActivityIndex } {
  const { data, gap, from, to } = input
  const elements = new Map(data.elements.map((e) => [e.id, e]))
  const activities = new Map<string, Activity>()
  const byElement = new Map<string, string>()
  const relinkByElement = new Map<string, string[]>()
  const changeOf = new Map<string, ElementChange>()
  for (const c of gap.changes) if (c.type === 'element') changeOf.set(c.id, c)

  const replacedBy = consolidations(input)

  /** Elements each kegiatan's gaps involve, for its related OPD. */
  const touched = new Map<string, string[]>()
  const touch = (activity: string, ...ids: string[]): void => {
    const list = touched.get(activity)
    if (list) list.push(...ids)
    else touched.set(activity, ids)
  }
  const make = (id: string, fields: Omit<Parameters<typeof newActivity>[0], 'id'>): Activity => {
    const a = newActivity({ id, ...fields })
    activities.set(id, a)
    return a
  }

  // 1. Elements added, developed or retired: one kegiatan each.
  for (const c of changeOf.values()) {
    if (c.change === 'unchanged') continue
    const e = elements.get(c.id)!
    const view = c.change === 'removed' ? from.get(c.id) : to.get(c.id)
    const budget = c.change === 'removed' ? 0 : Number(view?.attrs.indicativeBudget ?? 0)
    const [prefix, action, delivery, name]: [string, Action, Delivery, string] =
      c.change === 'added' ? ['add', 'pembangunan', 'baru', buildName(e.kind, c.domain, e.name)]
        : c.change === 'changed' ? ['dev', 'pengembangan', 'pengembangan', developName(c.domain, e.name)]
          : ['ret', 'penghentian', 'dihentikan', retireName(e.name, to.get(replacedBy.get(e.id) ?? '')?.name)]
    const id = `k-${prefix}-${e.id}`
    make(id, {
      generatedName: name, muatan: muatanOfElement(c.domain, e.kind), action, closes: [`${prefix}:${e.id}`],
      delivers: [{ element: e.id, delivery }], opd: e.ownerOpd, relatedOpd: [...(e.userOpds ?? [])], totalBudget: budget, goals: [...(e.goals ?? [])],
    })
    byElement.set(e.id, id)
  }

  // 2. Relations that change between elements that stay: a migration, an integration or an alignment.
  const relationsById = new Map<string, Relation>(data.relations.map((r) => [r.id, r]))
  for (const c of gap.changes) {
    if (c.type !== 'relation' || c.change === 'unchanged') continue
    const owner = relationOwner(c, changeOf, byElement)
    const gapId = `rel:${c.id}`
    if (owner) {
      activities.get(owner)!.closes.push(gapId)
      touch(owner, c.source, c.target)
      continue
    }
    const source = elements.get(c.source)!
    const action: 'migrasi' | 'integrasi' | 'penyelarasan' = RELINK_ACTION[c.kind] ?? 'penyelarasan'
    const id = `k-${action === 'migrasi' ? 'mig' : action === 'integrasi' ? 'int' : 'sel'}-${source.id}`
    const existing = activities.get(id)
    touch(id, c.source, c.target)
    if (existing) {
      existing.closes.push(gapId)
      continue
    }
    const rel = relationsById.get(c.id)!
    const domain = from.get(source.id)?.domain ?? to.get(source.id)!.domain
    const name = action === 'migrasi' ? migrateName(source.name, hostsOf(to, source.id).map((h) => h.name))
      : action === 'integrasi' ? integrateName(source.name, viaName(to, rel))
        : alignName(source.name)
    make(id, {
      generatedName: name, muatan: action === 'migrasi' ? 'infrastruktur' : muatanOfElement(domain, source.kind), action, closes: [gapId],
      delivers: [{ element: source.id, delivery: action }], opd: source.ownerOpd, relatedOpd: [...(source.userOpds ?? [])], goals: [...(source.goals ?? [])],
    })
    const relinks = relinkByElement.get(source.id)
    if (relinks) relinks.push(id)
    else relinkByElement.set(source.id, [id])
  }

  // 3. What the rules still find in the target: one kegiatan per rule (and OPD, for some rules).
  const ruleGroups = new Map<string, RuleFinding[]>()
  const opdShortNames = new Map(data.opd.map((o) => [o.id, o.shortName]))
  for (const f of input.targetFindings) {
    const spec = RULE_ACTIVITY[f.rule]
    const owner = elements.get(f.elements[0] ?? '')?.ownerOpd ?? 'tanpa-opd'
    const id = spec?.per === 'project' ? `k-rule-${f.rule}` : `k-rule-${f.rule}-${owner}`
    const group = ruleGroups.get(id)
    if (group) group.push(f)
    else ruleGroups.set(id, [f])
  }
  for (const [id, findings] of ruleGroups) {
    const rule = findings[0]!.rule
    const spec = RULE_ACTIVITY[rule] ?? { muatan: 'tata-kelola' as const, name: `Penanganan Temuan ${rule}`, per: 'opd' as const }
    const lead = mostCommon(findings.map((f) => elements.get(f.elements[0] ?? '')?.ownerOpd).filter((o): o is string => o !== undefined))
    const shortName = lead === undefined ? undefined : opdShortNames.get(lead)
    make(id, {
      generatedName: spec.per === 'opd' && shortName ? `${spec.name} (${shortName})` : spec.name, muatan: spec.muatan, action: 'perbaikan',
      closes: findings.map((f) => `rule:${f.rule}:${f.elements.join('+')}`), delivers: [], opd: lead,
      priority: findings.reduce((p, f) => Math.max(p, SEVERITY_PRIORITY[f.severity]), 0),
    })
    for (const f of findings) touch(id, ...f.elements)
  }

  // Related OPD: the owners of everything a kegiatan touches, other than its own.
  for (const a of activities.values()) {
    const related = new Set(a.relatedOpd)
    for (const id of touched.get(a.id) ?? []) {
      const owner = elements.get(id)?.ownerOpd
      if (owner) related.add(owner)
    }
    if (a.opd) related.delete(a.opd)
    a.relatedOpd = [...related].sort()
  }
  return { activities: [...activities.values()], index: { byElement, relinkByElement, replacedBy } }
}

/** The most frequent value, ties broken by code-point order; undefined for none. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | undefined
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best) && v < best)) best = v
  return best
}

/** The kegiatan that should carry a relation change: the work on its source, else on its target. */
function relationOwner(c: RelationChange, changes: ReadonlyMap<string, ElementChange>, byElement: ReadonlyMap<string, string>): string | undefined {
  const sourceChange = changes.get(c.source)?.change
  if (sourceChange && sourceChange !== 'unchanged') return byElement.get(c.source)
  if (RELINK_ACTION[c.kind]) return undefined // an app that stays, moving or integrating: its own kegiatan
  const targetChange = changes.get(c.target)?.change
  if (targetChange === 'added' || targetChange === 'changed') return byElement.get(c.target)
  return undefined
}

/** The hosts an element runs on in a state (for the migration kegiatan's name). */
function hostsOf(view: StateView, id: string): { name: string }[] {
  return [...view.out(id, 'runs-on'), ...view.out(id, 'located-in')].map((r) => view.get(r.target)!).filter(Boolean)
}

function viaName(view: StateView, rel: Relation): string | undefined {
  const via = rel.attrs.via
  if (typeof via === 'string') return view.get(via)?.name
  const splp = view.out(rel.source, 'connects-through')[0]
  return splp ? view.get(splp.target)?.name : undefined
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
