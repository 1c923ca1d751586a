import { indicatorsOf, type EvaluationFramework, type FrameworkText } from '../../analysis/index/framework.ts'
import { projectIndexReport, type ProjectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import type { Roadmap } from '../../analysis/roadmap/activity.ts'
import type { Evidence, ProjectData } from '../../model/project.ts'

/**
 * The "Indeks SPBE" chapter of the report: history, the latest self-assessment with its formula,
 * the projection over the plan years and the target plan, computed once by projectIndexReport
 * from the Peta Rencana the report already scheduled. Plain text and numbers only: each renderer
 * escapes and formats for its own file type.
 */
export interface IndexSection {
  /** Every framework the chapter cites, with its "perlu verifikasi" note when unverified. */
  readonly frameworks: readonly FrameworkNote[]
  readonly history: readonly HistoryRow[]
  readonly latest?: LatestAssessment
  readonly projection?: Projection
  readonly target?: TargetSection
  /** The figure: one bar per history year, per plan year projected, and the target. */
  readonly chart: readonly ChartBar[]
  /** The top capability level: the chart's scale runs from 0 to it. */
  readonly scaleMax: number
  /** Problems worth a reader's eye (unscheduled kegiatan, a framework of the project's own that does not load). */
  readonly warnings: readonly string[]
}

export interface ChartBar {
  /** "2023", "2027 (proyeksi)", "Target 2027". */
  readonly label: string
  readonly index: number
  readonly kind: 'history' | 'projection' | 'target'
}

export interface FrameworkNote {
  readonly id: string
  readonly name: string
  readonly regulation: string
  readonly verified: boolean
  /** "perlu verifikasi: ..." for an unverified framework, '' otherwise. */
  readonly note: string
}

export interface HistoryRow {
  readonly year: number
  /** Framework name, with "(perlu verifikasi)" when unverified. */
  readonly framework: string
  readonly index: number
  readonly predicate: string
  /** "dihitung" (from the levels) or "terbit" (the published total). */
  readonly source: string
}

export interface GroupRow {
  readonly code: string
  readonly name: string
  readonly weight: number
  readonly index: number | null
  readonly predicate: string
}

export interface IndicatorRow {
  readonly number: number
  readonly name: string
  readonly aspect: string
  readonly weight: number
  readonly level: number | null
  /** "3 Terdefinisi", or "belum dinilai". */
  readonly levelText: string
  readonly justification: string
  /** One line per bukti dukung: a URL, a document name, or an element name from the model. */
  readonly evidence: readonly string[]
}

export interface LatestAssessment {
  readonly year: number
  readonly framework: string
  readonly index: number
  readonly predicate: string
  readonly partial: boolean
  readonly assessed: number
  readonly total: number
  /** The formula in words (Indonesian) and filled in with this year's numbers. */
  readonly formula: string
  readonly expression: string
  readonly domains: readonly GroupRow[]
  readonly aspects: readonly GroupRow[]
  readonly indicators: readonly IndicatorRow[]
}

export interface ProjectionRow {
  readonly year: number
  readonly index: number
  readonly predicate: string
  /** "7 (2 → 3)": the indicator's number (named in the indicator table) and its levels. */
  readonly raised: readonly string[]
  /** "PR.01.02.003 Nama kegiatan" for each kegiatan that ends that year and raises an indicator. */
  readonly activities: readonly string[]
}

export interface LinkRow {
  readonly activity: string
  /** The year the kegiatan ends ('' when it is not scheduled). */
  readonly endYear: number | ''
  readonly indicator: number
  readonly indicatorName: string
  readonly from: number | null
  readonly to: number
}

export interface Projection {
  readonly baselineYear: number
  readonly baseline: number
  readonly rows: readonly ProjectionRow[]
  readonly links: readonly LinkRow[]
}

export interface RankedIndicator {
  readonly number: number
  readonly name: string
  readonly weight: number
  readonly level: number
  readonly headroom: number
  readonly potential: number
}

export interface MovableRow {
  readonly activity: string
  readonly endYear: number
  readonly gain: number
}

export interface TargetSection {
  readonly year: number
  readonly target: number
  /** Absent when the project has a target but no assessment to project from. */
  readonly projected?: number
  readonly shortfall?: number
  readonly reached?: boolean
  /** The ten indicators with the most weight x headroom. */
  readonly ranking: readonly RankedIndicator[]
  /** "7 (2 → 3), 18 (2 → 3)": the fewest one-level raises that would reach the target. */
  readonly steps: string
  readonly unreachable: boolean
  readonly movable: readonly MovableRow[]
  readonly withAllMoved?: number
}

export const SOURCE_LABEL = { computed: 'dihitung', published: 'terbit' } as const
export const UNVERIFIED = 'perlu verifikasi'
const RANKED = 10

const name = (t: FrameworkText | null | undefined): string => t?.id ?? '–'

function frameworkLabel(f: EvaluationFramework): string {
  return f.verified ? f.name.id : `${f.name.id} (${UNVERIFIED})`
}

/** "Perlu verifikasi: ..." from the framework's own note, which may or may not start so. */
function unverifiedNote(f: EvaluationFramework): string {
  const text = (f.verificationNote?.id ?? 'teks peraturan belum dikonfirmasi').replace(/\.$/, '')
  return text.toLowerCase().startsWith(UNVERIFIED) ? text : `Perlu verifikasi: ${text}`
}

function evidenceText(e: Evidence, elements: ReadonlyMap<string, string>): string {
  if (e.kind === 'url') return e.value
  if (e.kind === 'document') return `Dokumen: ${e.value}`
  const found = elements.get(e.value)
  return found === undefined ? `Elemen tidak ada lagi dalam model (${e.value})` : `Elemen: ${found}`
}

/** The chapter's content, or undefined when the project has neither an assessment nor a target. */
export function indexSection(data: ProjectData, roadmap: Roadmap): IndexSection | undefined {
  if (data.index.assessments.length === 0 && !data.index.target) return undefined
  const r = projectIndexReport(data, roadmap)
  const kegiatan = new Map<string, string>([...roadmap.activities, ...roadmap.unscheduled].map((a) => [a.id, `${a.code} ${a.name}`]))
  const activityText = (id: string): string => kegiatan.get(id) ?? `Kegiatan tidak ada dalam Peta Rencana (${id})`

  const cited = new Map<string, EvaluationFramework>()
  const cite = (id: string): EvaluationFramework | undefined => {
    const f = r.frameworks.get(id)
    if (f) cited.set(f.id, f)
    return f
  }
  const history: HistoryRow[] = r.history.map((p) => {
    const f = cite(p.framework)
    return { year: p.year, framework: f ? frameworkLabel(f) : p.framework, index: p.index, predicate: name(p.predicate), source: SOURCE_LABEL[p.source] }
  })

  const latest = latestAssessment(data, r, cite)
  const projection = r.projection && r.baseline ? projectionOf(data, r, activityText, roadmap) : undefined
  const target = targetOf(data, r, activityText)
  const warnings = [
    ...r.frameworks.problems.map((p) => `Kerangka milik proyek "${p.id}" (index.frameworks[${p.position}]) tidak sah dan tidak dipakai: ${p.errors.map((e) => `${e.path}: ${e.message.id}`).join('; ')}`),
    ...r.historyErrors.map((e) => `Riwayat ${e.year}: ${e.message.id}`),
    ...r.projectionErrors.filter((e) => !r.historyErrors.some((h) => h.message.id === e.message.id)).map((e) => `Proyeksi: ${e.path}: ${e.message.id}`),
    ...r.warnings.map((w) => w.id),
  ]
  const frameworks: FrameworkNote[] = [...cited.values()].map((f) => ({
    id: f.id, name: f.name.id, regulation: f.regulation ?? '', verified: f.verified,
    note: f.verified ? '' : unverifiedNote(f),
  }))
  const chart: ChartBar[] = [
    ...history.map((p): ChartBar => ({ label: String(p.year), index: p.index, kind: 'history' })),
    ...(projection?.rows ?? []).map((y): ChartBar => ({ label: `${y.year} (proyeksi)`, index: y.index, kind: 'projection' })),
    ...(target ? [{ label: `Target ${target.year}`, index: target.target, kind: 'target' as const }] : []),
  ]
  const scale = r.baseline?.framework ?? [...cited.values()][0]
  return {
    frameworks, history, warnings, chart,
    scaleMax: scale ? Math.max(...scale.levels.map((l) => l.level)) : 5,
    ...(latest ? { latest } : {}),
    ...(projection ? { projection } : {}),
    ...(target ? { target } : {}),
  }
}

function latestAssessment(data: ProjectData, r: ProjectIndexReport, cite: (id: string) => EvaluationFramework | undefined): LatestAssessment | undefined {
  const year = [...r.years].reverse().find((y) => y.result)
  if (!year?.result) return undefined
  const f = cite(year.framework)!
  const res = year.result
  const assessment = data.index.assessments.find((a) => a.year === year.year)!
  const elements = new Map(data.elements.map((e) => [e.id, e.name]))
  const levelNames = new Map(f.levels.map((l) => [l.level, l.name.id]))
  const names = new Map(indicatorsOf(f).map((i) => [i.number, i.name.id]))
  const group = (g: (typeof res.aspects)[number]): GroupRow => ({ code: g.code, name: g.name.id, weight: g.weight, index: g.index, predicate: name(g.predicate) })
  return {
    year: year.year,
    framework: frameworkLabel(f),
    index: res.index,
    predicate: name(res.predicate),
    partial: res.partial,
    assessed: year.assessed,
    total: year.total,
    formula: res.formula.id,
    expression: res.expression,
    domains: res.domains.map(group),
    aspects: res.aspects.map(group),
    indicators: res.indicators.map((i) => {
      const a = assessment.indicators[String(i.number)]
      return {
        number: i.number, name: names.get(i.number) ?? '', aspect: i.aspect, weight: i.weight, level: i.level,
        levelText: i.level === null ? 'belum dinilai' : `${i.level} ${levelNames.get(i.level) ?? ''}`.trim(),
        justification: a?.justification ?? '',
        evidence: (a?.evidence ?? []).map((e) => evidenceText(e, elements)),
      }
    }),
  }
}

function projectionOf(data: ProjectData, r: ProjectIndexReport, activityText: (id: string) => string, roadmap: Roadmap): Projection {
  const f = r.baseline!.framework
  const names = new Map(indicatorsOf(f).map((i) => [i.number, i.name.id]))
  const ends = new Map(roadmap.activities.map((a) => [a.id, a.endYear]))
  const rows: ProjectionRow[] = r.projection!.map((y) => ({
    year: y.year,
    index: y.index,
    predicate: name(y.predicate),
    raised: y.raised.map((x) => `${x.indicator} (${x.from === 0 ? '–' : x.from} → ${x.to})`),
    activities: [...new Set(y.raised.flatMap((x) => x.activities))].sort().map(activityText),
  }))
  const year = r.years.find((y) => y.year === r.baseline!.year)
  const base = new Map(year?.result?.indicators.map((i) => [i.number, i.level]) ?? [])
  const links: LinkRow[] = data.index.links.map((l) => ({
    activity: activityText(l.activity), endYear: ends.get(l.activity) ?? '', indicator: l.indicator,
    indicatorName: names.get(l.indicator) ?? '', from: base.get(l.indicator) ?? null, to: l.level,
  }))
  links.sort((a, b) => (a.endYear === '' ? 1 : 0) - (b.endYear === '' ? 1 : 0) || Number(a.endYear) - Number(b.endYear) || (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : a.indicator - b.indicator))
  return { baselineYear: r.baseline!.year, baseline: r.baseline!.index, rows, links }
}

function targetOf(data: ProjectData, r: ProjectIndexReport, activityText: (id: string) => string): TargetSection | undefined {
  const goal = data.index.target
  if (!goal) return undefined
  const t = r.target
  if (!t) return { year: goal.year, target: goal.index, ranking: [], steps: '', unreachable: false, movable: [] }
  const names = new Map(indicatorsOf(r.baseline!.framework).map((i) => [i.number, i.name.id]))
  return {
    year: t.year, target: t.target, projected: t.projected, shortfall: t.shortfall, reached: t.reached,
    ranking: t.ranking.slice(0, RANKED).map((h) => ({ number: h.indicator, name: names.get(h.indicator) ?? '', weight: h.weight, level: h.level, headroom: h.headroom, potential: h.potential })),
    steps: mergedSteps(t.steps),
    unreachable: t.unreachable,
    movable: t.movable.map((m) => ({ activity: activityText(m.id), endYear: m.endYear, gain: m.gain })),
    withAllMoved: t.withAllMoved,
  }
}

/** One-level raises joined per indicator: "43 (3 → 5), 44 (4 → 5)". */
function mergedSteps(steps: readonly { readonly indicator: number; readonly from: number; readonly to: number }[]): string {
  const merged: { indicator: number; from: number; to: number }[] = []
  for (const s of steps) {
    const last = merged[merged.length - 1]
    if (last && last.indicator === s.indicator && last.to === s.from) last.to = s.to
    else merged.push({ ...s })
  }
  return merged.map((s) => `${s.indicator} (${s.from} → ${s.to})`).join(', ')
}
