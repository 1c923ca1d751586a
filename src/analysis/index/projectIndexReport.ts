/**
 * Everything a project says about its SPBE index, computed in one place for the editor's view,
 * the CLI (`cetakbiru index <project-file>`) and the reports: the frameworks it can use (shipped
 * plus its own, each of its own checked), each assessed year's index (partial while indicators are
 * still open), the history, the projection over the plan years from the latest assessment and the
 * kegiatan links, the target plan, and what each kegiatan alone adds to the index.
 */
import { msg, type Message } from '../../model/message.ts'
import type { IndexAssessment, ProjectData } from '../../model/project.ts'
import type { LoadError } from '../../model/file/loadError.ts'
import type { Roadmap } from '../roadmap/activity.ts'
import { builtinFramework, BUILTIN_FRAMEWORK_IDS } from './builtinFrameworks.ts'
import { computeIndex, type IndexError, type IndexResult } from './computeIndex.ts'
import { hundredths, indicatorsOf, type EvaluationFramework } from './framework.ts'
import { indexHistory, type HistoryPoint, type YearAssessment } from './indexHistory.ts'
import { projectIndex, type IndicatorLink, type ProjectedYear } from './indexProjection.ts'
import { loadFramework } from './loadFramework.ts'
import { planForTarget, type TargetPlan } from './targetPlan.ts'

export interface FrameworkEntry {
  readonly id: string
  readonly framework: EvaluationFramework
  readonly shipped: boolean
}

export interface FrameworkProblem {
  /** Position in `index.frameworks`. */
  readonly position: number
  readonly id: string
  readonly errors: readonly LoadError[]
}

export interface ProjectFrameworks {
  readonly entries: readonly FrameworkEntry[]
  readonly problems: readonly FrameworkProblem[]
  get(id: string): EvaluationFramework | undefined
}

/** The shipped frameworks, then the project's own ones that pass loadFramework. */
export function projectFrameworks(data: ProjectData): ProjectFrameworks {
  const entries: FrameworkEntry[] = BUILTIN_FRAMEWORK_IDS.map((id) => ({ id, framework: builtinFramework(id)!, shipped: true }))
  const problems: FrameworkProblem[] = []
  data.index.frameworks.forEach((raw, position) => {
    const r = loadFramework(raw)
    if (r.ok && !BUILTIN_FRAMEWORK_IDS.includes(r.framework.id)) entries.push({ id: r.framework.id, framework: r.framework, shipped: false })
    else if (!r.ok) problems.push({ position, id: String(raw.id), errors: r.errors.map((e) => ({ ...e, path: `index.frameworks[${position}].${e.path}` })) })
  })
  const byId = new Map(entries.map((e) => [e.id, e.framework]))
  return { entries, problems, get: (id) => byId.get(id) }
}

export interface YearScore {
  readonly year: number
  readonly framework: string
  /** Indicators with a level, and the framework's indicator count. */
  readonly assessed: number
  readonly total: number
  /** The computed index (partial while indicators are open); absent when no level was entered. */
  readonly result?: IndexResult
  readonly published?: number
  readonly errors: readonly IndexError[]
}

export interface IndexImpact {
  readonly activity: string
  /** What this kegiatan alone adds to the baseline index (weight / 100 x levels raised). */
  readonly gain: number
  readonly raises: readonly { readonly indicator: number; readonly from: number; readonly to: number }[]
}

export interface ProjectIndexReport {
  readonly frameworks: ProjectFrameworks
  readonly years: readonly YearScore[]
  readonly history: readonly HistoryPoint[]
  readonly historyErrors: readonly (IndexError & { readonly year: number })[]
  /** The latest year with levels: what the projection starts from. */
  readonly baseline?: { readonly year: number; readonly framework: EvaluationFramework; readonly index: number; readonly partial: boolean }
  readonly projection?: readonly ProjectedYear[]
  readonly projectionErrors: readonly IndexError[]
  /** Links whose kegiatan is not in the Peta Rencana, and links outside the framework. */
  readonly warnings: readonly Message[]
  readonly target?: TargetPlan
  /** Per linked kegiatan, by gain (largest first), then id. */
  readonly impact: readonly IndexImpact[]
}

function levelsOf(a: IndexAssessment): Map<number, number> {
  const levels = new Map<number, number>()
  for (const [n, i] of Object.entries(a.indicators)) if (i.level !== undefined) levels.set(Number(n), i.level)
  return levels
}

function scoreYear(a: IndexAssessment, f: EvaluationFramework | undefined): YearScore {
  const levels = levelsOf(a)
  const base = { year: a.year, framework: a.framework, assessed: levels.size, total: f ? indicatorsOf(f).length : 0, ...(a.published !== undefined ? { published: a.published } : {}) }
  if (!f) return { ...base, errors: [{ code: 'unknown-framework', path: `${a.year}`, message: msg(`kerangka "${a.framework}" tidak dikenal atau tidak sah`, `framework "${a.framework}" is unknown or not valid`) }] }
  if (levels.size === 0) return { ...base, errors: [] }
  const r = computeIndex(f, levels, { partial: true })
  return r.ok ? { ...base, result: r.result, errors: [] } : { ...base, errors: r.errors }
}

/** The index a project's data gives; `roadmap` is the scheduled Peta Rencana (for projection, target and impact). */
export function projectIndexReport(data: ProjectData, roadmap?: Roadmap): ProjectIndexReport {
  const frameworks = projectFrameworks(data)
  const assessments = [...data.index.assessments].sort((a, b) => a.year - b.year)
  const years = assessments.map((a) => scoreYear(a, frameworks.get(a.framework)))

  // A year counts in the history once it has levels or a published total.
  const historyInput: YearAssessment[] = assessments
    .filter((a) => levelsOf(a).size > 0 || a.published !== undefined)
    .map((a) => {
      const levels = levelsOf(a)
      return { year: a.year, framework: a.framework, ...(levels.size > 0 ? { levels, partial: true } : {}), ...(a.published !== undefined ? { published: a.published } : {}) }
    })
  const h = indexHistory(historyInput, frameworks.get)
  const history = h.ok ? h.points : []
  const historyErrors = h.ok ? [] : h.errors

  const latest = [...assessments].reverse().find((a) => levelsOf(a).size > 0 && frameworks.get(a.framework))
  const empty = { frameworks, years, history, historyErrors, projectionErrors: [], warnings: [], impact: [] }
  if (!latest) return empty
  const framework = frameworks.get(latest.framework)!
  const baselineLevels = levelsOf(latest)
  const baselineScore = computeIndex(framework, baselineLevels, { partial: true })
  if (!baselineScore.ok) return { ...empty, projectionErrors: baselineScore.errors }
  const baseline = { year: latest.year, framework, index: baselineScore.result.index, partial: baselineScore.result.partial }

  const known = new Set(indicatorsOf(framework).map((i) => i.number))
  const warnings: Message[] = []
  const outside = data.index.links.filter((l) => !known.has(l.indicator))
  for (const l of outside) warnings.push(msg(`Tautan kegiatan "${l.activity}" ke indikator ${l.indicator} tidak ada dalam kerangka ${framework.id}; tidak dihitung`, `The link of kegiatan "${l.activity}" to indicator ${l.indicator} is not in framework ${framework.id}; not counted`))
  const top = Math.max(...framework.levels.map((l) => l.level))
  const links: IndicatorLink[] = data.index.links.filter((l) => known.has(l.indicator)).map((l) => ({ ...l, level: Math.min(l.level, top) }))
  const scheduled = roadmap?.activities ?? []
  const names = new Map(scheduled.map((a) => [a.id, a.name]))
  const activities = scheduled.map((a) => ({ id: a.id, name: a.name, startYear: a.startYear, endYear: a.endYear }))
  for (const id of new Set(links.map((l) => l.activity))) {
    if (roadmap && !names.has(id)) warnings.push(msg(`Kegiatan "${id}" tertaut ke indikator tetapi tidak terjadwal dalam Peta Rencana; tautannya tidak dihitung`, `Kegiatan "${id}" is linked to indicators but not scheduled in the Peta Rencana; its links are not counted`))
  }

  const impact = indexImpact(framework, baselineLevels, links)
  if (!roadmap) return { ...empty, baseline, warnings, impact }
  const planYears = roadmap.period.years
  const p = projectIndex(framework, { baseline: baselineLevels, links, activities, years: planYears, partial: true })
  const projection = p.ok ? p.years : undefined
  const target = data.index.target
  const t = target ? planForTarget(framework, { baseline: baselineLevels, links, activities, years: planYears, partial: true, target: target.index, year: target.year }) : undefined
  return {
    frameworks, years, history, historyErrors, baseline, warnings, impact,
    ...(projection ? { projection } : {}),
    projectionErrors: p.ok ? [] : p.errors,
    ...(t?.ok ? { target: t.plan } : {}),
  }
}

/**
 * What each linked kegiatan alone would add to the baseline index: Σ weight / 100 x (level it
 * brings - baseline level), only where it raises. An indicator the baseline did not assess counts
 * as raised from below the lowest level (0 on a 1..5 scale).
 */
export function indexImpact(framework: EvaluationFramework, baseline: ReadonlyMap<number, number>, links: readonly IndicatorLink[]): IndexImpact[] {
  const weights = new Map(indicatorsOf(framework).map((i) => [i.number, hundredths(i.weight)]))
  const floor = Math.min(...framework.levels.map((l) => l.level)) - 1
  const byActivity = new Map<string, { gainH: number; raises: { indicator: number; from: number; to: number }[] }>()
  const sorted = [...links].sort((a, b) => (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : a.indicator - b.indicator))
  for (const l of sorted) {
    const from = baseline.get(l.indicator) ?? floor
    const w = weights.get(l.indicator)
    if (w === undefined || l.level <= from) continue
    let entry = byActivity.get(l.activity)
    if (!entry) byActivity.set(l.activity, (entry = { gainH: 0, raises: [] }))
    entry.gainH += w * (l.level - from)
    entry.raises.push({ indicator: l.indicator, from, to: l.level })
  }
  return [...byActivity]
    .map(([activity, e]) => ({ activity, gain: Math.round(e.gainH / 100) / 100, raises: e.raises }))
    .sort((a, b) => b.gain - a.gain || (a.activity < b.activity ? -1 : 1))
}
