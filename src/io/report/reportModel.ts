import type { ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import { ruleById } from '../../analysis/rules/registry.ts'
import { DOMAINS } from '../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import type { ProjectData } from '../../model/project.ts'
import { domainSections, type DomainSection } from './domainSections.ts'
import { catalogueSections, type CatalogueSection } from './catalogueSections.ts'
import { indexSection, type IndexSection } from './indexSection.ts'
import { indonesianDate } from './indonesianDate.ts'
import { reportDiagrams, type ReportDiagram } from './reportDiagrams.ts'
import { roadmapTable, type RoadmapTable } from './roadmapTable.ts'

/**
 * The content of the Arsitektur SPBE and Peta Rencana SPBE report, computed once from a project
 * and handed to every renderer (DOCX, XLSX, HTML/PDF, Markdown), so all formats say the same.
 * Every string in it is plain text as the user typed it: each renderer escapes for its format.
 */
export interface ReportModel {
  readonly cover: Cover
  readonly summary: Summary
  readonly domains: readonly DomainSection[]
  readonly findings: readonly FindingRow[]
  /** The chosen views drawn in the target state (BAB IV). */
  readonly diagrams: readonly ReportDiagram[]
  readonly roadmap: RoadmapTable
  /** BAB VI Indeks SPBE; absent when the project has neither an assessment nor a target. */
  readonly index?: IndexSection
  readonly catalogue: readonly CatalogueSection[]
}

export interface Cover {
  readonly organization: string
  readonly projectName: string
  readonly title: string
  readonly planName: string
  /** "2025–2029". */
  readonly period: string
  /** "23 November 2026". */
  readonly date: string
  readonly fromState: string
  readonly toState: string
}

export interface DomainCount {
  readonly domain: DomainId
  readonly label: string
  readonly asIs: number
  readonly toBe: number
  readonly added: number
  readonly changed: number
  readonly removed: number
  readonly unchanged: number
  readonly activities: number
}

type CountKey = Exclude<keyof DomainCount, 'domain' | 'label'>

export interface Summary {
  readonly domains: readonly DomainCount[]
  readonly totals: Readonly<Record<CountKey, number>>
  readonly opd: number
  readonly activities: number
  readonly unscheduled: number
  readonly totalBudget: number
  readonly findings: Readonly<Record<'error' | 'warning' | 'info', number>>
}

export interface FindingRow {
  readonly rule: string
  readonly title: string
  readonly severity: 'error' | 'warning' | 'info'
  readonly severityLabel: string
  /** Names of the elements involved, the one the finding is about first. */
  readonly elements: string
  readonly message: string
  readonly remedy: string
}

export interface ReportOptions {
  /** The date printed on the cover (default: today). */
  readonly date?: Date
  readonly from?: string
  readonly to?: string
  /** Ids of the views to draw in BAB IV, in that order (default: the layered views, then each domain view with nodes). */
  readonly views?: readonly string[]
}

export const REPORT_TITLE = 'Arsitektur SPBE dan Peta Rencana SPBE'
export const SEVERITY_LABEL = { error: 'Galat', warning: 'Peringatan', info: 'Info' } as const

/** Project -> the report's content. Pure apart from the default date. */
export function buildReport(data: ProjectData, options: ReportOptions = {}): ReportModel {
  const { gap, targetFindings, roadmap } = generateRoadmap(data, { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) })
  const names = new Map(data.elements.map((e) => [e.id, e.name]))
  const activitiesByElement = new Map<string, ScheduledActivity[]>()
  for (const a of roadmap.activities) {
    for (const d of a.delivers) {
      const list = activitiesByElement.get(d.element)
      if (list) { if (!list.includes(a)) list.push(a) } else activitiesByElement.set(d.element, [a])
    }
  }
  const domains = domainSections(data, gap, activitiesByElement)
  const table = roadmapTable(data, roadmap)

  const counts: DomainCount[] = DOMAINS.map((d) => {
    const c = gap.summary.byDomain[d.id]!
    const section = domains.find((s) => s.id === d.id)!
    return {
      domain: d.id, label: d.label.id,
      asIs: c.removed + c.changed + c.unchanged, toBe: c.added + c.changed + c.unchanged,
      added: c.added, changed: c.changed, removed: c.removed, unchanged: c.unchanged,
      activities: new Set(section.rows.flatMap((r) => r.activities.map((a) => a.code))).size,
    }
  })
  const sum = (k: CountKey): number => counts.reduce((n, c) => n + c[k], 0)
  const severities = { error: 0, warning: 0, info: 0 }
  for (const f of targetFindings) severities[f.severity]++

  const years = roadmap.period.years
  const index = indexSection(data, roadmap)
  return {
    cover: {
      organization: data.project.organization,
      projectName: data.project.name,
      title: REPORT_TITLE,
      planName: data.plan.name,
      period: `${years[0]}–${years[years.length - 1]}`,
      date: indonesianDate(options.date ?? new Date()),
      fromState: gap.from.name,
      toState: gap.to.name,
    },
    summary: {
      domains: counts,
      totals: { asIs: sum('asIs'), toBe: sum('toBe'), added: sum('added'), changed: sum('changed'), removed: sum('removed'), unchanged: sum('unchanged'), activities: roadmap.activities.length },
      opd: data.opd.length,
      activities: roadmap.activities.length,
      unscheduled: roadmap.unscheduled.length,
      totalBudget: table.totalBudget,
      findings: severities,
    },
    domains,
    findings: targetFindings.map((f) => ({
      rule: f.rule,
      title: ruleById(f.rule)?.title.id ?? f.rule,
      severity: f.severity,
      severityLabel: SEVERITY_LABEL[f.severity],
      elements: f.elements.map((id) => names.get(id) ?? id).join(', '),
      message: f.message.id,
      remedy: f.remedy.id,
    })),
    diagrams: reportDiagrams(data, gap.to.id, options.views),
    roadmap: table,
    ...(index ? { index } : {}),
    catalogue: catalogueSections(data, gap.from.id, gap.to.id),
  }
}
