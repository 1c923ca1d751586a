import { analyzeGap, type Change } from '../../../analysis/gap/gapAnalysis.ts'
import type { RuleFinding } from '../../../analysis/rules/architectureRule.ts'
import { ARCHITECTURE_RULES, evaluateRules } from '../../../analysis/rules/registry.ts'
import { attributeDef, DOMAINS, elementKind, relationKind } from '../../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../../model/metamodel/types.ts'
import type { Severity } from '../../../model/validation/finding.ts'
import type { Element, ProjectData, State } from '../../../model/project.ts'
import { localized, type Locale, type Translate } from '../../i18n/translate.ts'
import type { GapMark } from './gapMarks.ts'

/** The analysis behind the gap panel: the changes between two states, and the rules' findings in the later one. */
export interface GapReport {
  readonly from: State
  readonly to: State
  readonly changes: readonly Change[]
  readonly findings: readonly RuleFinding[]
}

export function buildGapReport(data: ProjectData, from: State, to: State): GapReport {
  return { from, to, changes: analyzeGap(data, from, to).changes, findings: evaluateRules(data, to.id) }
}

export type GapTypeFilter = 'all' | GapMark | 'findings'

export interface GapFilter {
  readonly text: string
  readonly domain: DomainId | 'all'
  readonly type: GapTypeFilter
}

export const NO_FILTER: GapFilter = { text: '', domain: 'all', type: 'all' }

/** One clickable line: what it says, and what clicking shows (elements, and the state to see them in). */
export interface GapEntry {
  readonly key: string
  readonly label: string
  readonly detail?: string
  readonly elementIds: readonly string[]
  readonly stateId: string
  readonly mark?: GapMark
  readonly severity?: Severity
}

export interface GapSubgroup {
  readonly key: string
  readonly title: string
  readonly entries: readonly GapEntry[]
}

export interface GapGroup {
  readonly key: string
  readonly section: 'changes' | 'findings'
  readonly title: string
  readonly count: number
  readonly mark?: GapMark
  readonly severity?: Severity
  readonly subgroups: readonly GapSubgroup[]
}

const MARKS: readonly GapMark[] = ['added', 'changed', 'removed']

/**
 * The report as the panel lists it, filtered: changes grouped by type (new, changed, retired)
 * then by domain, findings grouped by rule with its severity; empty groups are left out. Every
 * text is in `locale`, with element names where the analysis has ids.
 */
export function gapGroups(report: GapReport, elements: ReadonlyMap<string, Element>, filter: GapFilter, locale: Locale, t: Translate): GapGroup[] {
  const needle = filter.text.trim().toLocaleLowerCase(locale)
  const keep = (entry: GapEntry, domain: DomainId | undefined): boolean =>
    (filter.domain === 'all' || domain === filter.domain) &&
    (!needle || entry.label.toLocaleLowerCase(locale).includes(needle) || (entry.detail ?? '').toLocaleLowerCase(locale).includes(needle))
  const name = (id: string): string => elements.get(id)?.name ?? '?'
  const groups: GapGroup[] = []

  for (const mark of MARKS) {
    if (filter.type !== 'all' && filter.type !== mark) continue
    const byDomain = new Map<DomainId, GapEntry[]>()
    for (const c of report.changes) {
      if (c.change !== mark) continue
      const entry = changeEntry(c, report, name, locale, t)
      if (keep(entry, c.domain)) (byDomain.get(c.domain) ?? byDomain.set(c.domain, []).get(c.domain)!).push(entry)
    }
    const subgroups = DOMAINS.filter((d) => byDomain.has(d.id)).map((d) => ({ key: `${mark}:${d.id}`, title: localized(d.label, locale), entries: byDomain.get(d.id)! }))
    const count = subgroups.reduce((n, g) => n + g.entries.length, 0)
    if (count > 0) groups.push({ key: mark, section: 'changes', title: t(`gapPanel.type.${mark}`), count, mark, subgroups })
  }

  if (filter.type === 'all' || filter.type === 'findings') {
    for (const rule of ARCHITECTURE_RULES) {
      const entries: GapEntry[] = []
      report.findings.forEach((f, i) => {
        if (f.rule !== rule.id) return
        const entry: GapEntry = {
          key: `${f.rule}:${i}`, label: localized(f.message, locale), detail: localized(f.remedy, locale), elementIds: f.elements, stateId: f.stateId, severity: f.severity,
        }
        const first = f.elements[0] ? elements.get(f.elements[0]) : undefined
        if (keep(entry, first ? elementKind(first.kind)?.domain : undefined)) entries.push(entry)
      })
      if (entries.length > 0) {
        groups.push({ key: rule.id, section: 'findings', title: localized(rule.title, locale), count: entries.length, severity: rule.severity, subgroups: [{ key: rule.id, title: '', entries }] })
      }
    }
  }
  return groups
}

function changeEntry(c: Change, report: GapReport, name: (id: string) => string, locale: Locale, t: Translate): GapEntry {
  // A retired element is seen in the earlier state; a new or changed one in the later state.
  const stateId = c.change === 'removed' ? report.from.id : report.to.id
  const mark = c.change as GapMark
  if (c.type === 'element') {
    const kind = elementKind(c.kind)
    const kindLabel = kind ? localized(kind.label, locale) : ''
    const fields = c.change === 'changed' ? c.fields.map((f) => fieldLabel(c.kind, f.field, locale, t)) : []
    const detail = fields.length > 0 ? `${kindLabel} · ${t('gapPanel.fields', { fields: fields.join(', ') })}` : kindLabel
    return { key: c.id, label: c.name, detail, elementIds: [c.id], stateId, mark }
  }
  const rk = relationKind(c.kind)
  const verb = rk ? localized(rk.verb, locale) : c.kind
  return {
    key: c.id, label: t('gapPanel.relation', { source: name(c.source), verb, target: name(c.target) }),
    detail: rk ? `${t('gapPanel.relationKind')} · ${localized(rk.label, locale)}` : t('gapPanel.relationKind'),
    elementIds: [c.source, c.target], stateId, mark,
  }
}

function fieldLabel(kind: string, field: string, locale: Locale, t: Translate): string {
  if (field === 'status') return t('gapPanel.field.status')
  const def = attributeDef(kind, field)
  return def ? localized(def.label, locale) : field
}
