import type { Roadmap, ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { muatanInfo } from '../../analysis/roadmap/muatan.ts'
import { compareStrings } from '../../model/order.ts'
import type { ProjectData } from '../../model/project.ts'

/** One kegiatan of the Peta Rencana table, in the form Pemda use. */
export interface RoadmapRow {
  readonly muatan: string
  readonly program: string
  /** True on the first row of its muatan / program: renderers merge or blank the repeats. */
  readonly firstOfMuatan: boolean
  readonly firstOfProgram: boolean
  /** How many rows the muatan / program spans from its first row (0 on later rows). */
  readonly muatanSpan: number
  readonly programSpan: number
  readonly code: string
  readonly name: string
  /** Per plan year: the cumulative completion target ("50%", "100%"), '' outside the kegiatan's years. */
  readonly targets: readonly string[]
  readonly opd: string
  /** Pagu indikatif per plan year in Rupiah (0 where none). */
  readonly budget: readonly number[]
  readonly total: number
  readonly rpjmd: string
}

export interface RoadmapTable {
  readonly planName: string
  readonly years: readonly number[]
  readonly rows: readonly RoadmapRow[]
  readonly unscheduled: readonly { readonly code: string; readonly name: string; readonly opd: string; readonly reason: string }[]
  /** Per plan year: the sum of the kegiatan's pagu and the ceiling, if the Pemda set one. */
  readonly yearTotals: readonly { readonly year: number; readonly budget: number; readonly ceiling?: number }[]
  readonly totalBudget: number
  /** The RPJMD goals the table refers to, code and text, for a legend. */
  readonly goals: readonly { readonly code: string; readonly text: string }[]
}

/** "50%" in the second of two years: how far the kegiatan should be by the end of that year. */
function target(a: ScheduledActivity, year: number): string {
  if (year < a.startYear || year > a.endYear) return ''
  const span = a.endYear - a.startYear + 1
  return `${Math.round((100 * (year - a.startYear + 1)) / span)}%`
}

export function roadmapTable(data: ProjectData, roadmap: Roadmap): RoadmapTable {
  const opd = new Map(data.opd.map((o) => [o.id, o.shortName]))
  const goalById = new Map(data.plan.goals.map((g) => [g.id, g]))
  const byId = new Map(roadmap.activities.map((a) => [a.id, a]))
  const years = roadmap.period.years
  const used = new Set<string>()
  const raw: Omit<RoadmapRow, 'firstOfMuatan' | 'firstOfProgram' | 'muatanSpan' | 'programSpan'>[] = []
  for (const p of roadmap.programs) {
    const m = muatanInfo(p.muatan)
    for (const id of p.activities) {
      const a = byId.get(id)
      if (!a) continue
      for (const g of a.goals) used.add(g)
      const budget = years.map((y) => a.budget[String(y)] ?? 0)
      raw.push({
        muatan: `${m.code} ${m.label.id}`,
        program: `${p.code} ${p.name.id}`,
        code: a.code,
        name: a.name,
        targets: years.map((y) => target(a, y)),
        opd: a.opd ? opd.get(a.opd) ?? a.opd : '',
        budget,
        total: budget.reduce((s, b) => s + b, 0),
        rpjmd: a.goals.map((g) => goalById.get(g)?.code ?? goalById.get(g)?.text ?? g).sort(compareStrings).join(', '),
      })
    }
  }
  const rows = raw.map((r, i) => {
    const firstOfMuatan = i === 0 || raw[i - 1]!.muatan !== r.muatan
    const firstOfProgram = firstOfMuatan || raw[i - 1]!.program !== r.program
    let muatanSpan = 0
    let programSpan = 0
    if (firstOfMuatan) while (raw[i + muatanSpan]?.muatan === r.muatan) muatanSpan++
    if (firstOfProgram) while (raw[i + programSpan]?.program === r.program && raw[i + programSpan]?.muatan === r.muatan) programSpan++
    return { ...r, firstOfMuatan, firstOfProgram, muatanSpan, programSpan }
  })
  const yearTotals = years.map((y, i) => {
    const t = roadmap.yearTotals[String(y)]
    const budget = rows.reduce((s, r) => s + r.budget[i]!, 0)
    return t?.ceiling === undefined ? { year: y, budget } : { year: y, budget, ceiling: t.ceiling }
  })
  return {
    planName: roadmap.period.name,
    years,
    rows,
    unscheduled: roadmap.unscheduled.map((a) => ({ code: a.code, name: a.name, opd: a.opd ? opd.get(a.opd) ?? a.opd : '', reason: a.reason.id })),
    yearTotals,
    totalBudget: yearTotals.reduce((s, t) => s + t.budget, 0),
    goals: [...used].map((g) => goalById.get(g)).filter((g) => g !== undefined)
      .map((g) => ({ code: g.code ?? '', text: g.text }))
      .sort((a, b) => compareStrings(a.code, b.code)),
  }
}
