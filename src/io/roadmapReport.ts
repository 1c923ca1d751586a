import { stringify } from 'csv-stringify/sync'
import type { Activity, Roadmap, ScheduledActivity } from '../analysis/roadmap/activity.ts'
import { MUATAN } from '../analysis/roadmap/muatan.ts'
import type { ProjectedState } from '../analysis/roadmap/projectedStates.ts'
import type { ProjectData } from '../model/project.ts'
import { csvSafe } from './csvSafe.ts'
import { mdTable, mdText, rupiah } from './markdown.ts'

function activityJson(a: Activity): Record<string, unknown> {
  return {
    id: a.id, code: a.code, name: a.name, generatedName: a.generatedName, category: a.muatan, program: `p-${a.muatan}-${a.action}`,
    origin: a.origin, opd: a.opd ?? null, relatedOpd: a.relatedOpd, closes: a.closes, delivers: a.delivers,
    dependsOn: a.dependencies.map((d) => d.on), dependencies: a.dependencies, duration: a.duration, goals: a.goals,
    totalBudget: a.totalBudget, pinnedYear: a.pinnedYear ?? null,
  }
}

/** The Peta Rencana as the JSON the CLI prints; with projected states, a summary of each year's end. */
export function roadmapToJson(roadmap: Roadmap, projected: readonly ProjectedState[] = []): unknown {
  return {
    period: roadmap.period,
    programs: roadmap.programs,
    activities: roadmap.activities.map((a) => ({ ...activityJson(a), startYear: a.startYear, endYear: a.endYear, budget: a.budget, reason: a.reason })),
    unscheduled: roadmap.unscheduled.map((a) => ({ ...activityJson(a), reason: a.reason })),
    yearTotals: roadmap.yearTotals,
    projectedStates: projected.map((p) => ({ year: p.year, elements: p.elements.length, developed: p.developed.length, byDomain: p.byDomain, closedGaps: p.closedGaps, openGaps: p.openGaps })),
    errors: roadmap.errors,
    warnings: roadmap.warnings,
  }
}

interface Row {
  readonly muatan: string
  readonly program: string
  readonly activity: ScheduledActivity
}

function rows(roadmap: Roadmap): Row[] {
  const byId = new Map(roadmap.activities.map((a) => [a.id, a]))
  const out: Row[] = []
  for (const p of roadmap.programs) {
    const muatan = MUATAN.find((m) => m.id === p.muatan)!
    for (const id of p.activities) {
      const a = byId.get(id)
      if (a) out.push({ muatan: `${muatan.code} ${muatan.label.id}`, program: `${p.code} ${p.name.id}`, activity: a })
    }
  }
  return out
}

/**
 * The Peta Rencana table as Pemda print it: muatan, program, kegiatan, one column per plan year
 * (the pagu for that year, or a mark where it has none), OPD pelaksana, total pagu indikatif, and
 * the RPJMD sasaran it serves. Unscheduled kegiatan follow with their reasons.
 */
export function roadmapToMarkdown(data: ProjectData, roadmap: Roadmap): string {
  const opd = new Map(data.opd.map((o) => [o.id, o.shortName]))
  const goals = new Map(data.plan.goals.map((g) => [g.id, g.code ?? g.text]))
  const years = roadmap.period.years
  const out: string[] = [
    `# Peta Rencana SPBE: ${mdText(data.project.organization)}`,
    '',
    `${mdText(roadmap.period.name)} (${roadmap.period.startYear}–${roadmap.period.endYear}). ${roadmap.activities.length} kegiatan terjadwal, ${roadmap.unscheduled.length} belum terjadwal.`,
    '',
  ]
  let lastMuatan = ''
  let lastProgram = ''
  const table = rows(roadmap).map(({ muatan, program, activity: a }) => {
    const showMuatan = muatan !== lastMuatan
    const showProgram = program !== lastProgram
    lastMuatan = muatan
    lastProgram = program
    return [
      showMuatan ? mdText(muatan) : '', showProgram ? mdText(program) : '', `${a.code} ${mdText(a.name)}`,
      ...years.map((y) => (y >= a.startYear && y <= a.endYear ? (a.budget[String(y)] ? rupiah(a.budget[String(y)]!) : '✓') : '')),
      a.opd ? mdText(opd.get(a.opd) ?? a.opd) : '', a.totalBudget ? rupiah(a.totalBudget) : '–',
      mdText(a.goals.map((g) => goals.get(g) ?? g).join(', ')),
    ]
  })
  out.push(mdTable(
    ['Muatan', 'Program', 'Kegiatan', ...years.map(String), 'OPD pelaksana', 'Pagu indikatif', 'Keterkaitan RPJMD'],
    table,
    ['left', 'left', 'left', ...years.map(() => 'right' as const), 'left', 'right', 'left'],
  ), '')
  out.push('## Pagu per tahun', '', mdTable(
    ['Tahun', 'Pagu kegiatan', 'Batas pagu'],
    years.map((y) => {
      const t = roadmap.yearTotals[String(y)]!
      return [String(y), rupiah(t.budget), t.ceiling === undefined ? '–' : rupiah(t.ceiling)]
    }),
    ['left', 'right', 'right'],
  ), '')
  if (roadmap.unscheduled.length > 0) {
    out.push('## Belum terjadwal', '', mdTable(['Kegiatan', 'OPD', 'Alasan'], roadmap.unscheduled.map((a) => [
      `${a.code} ${mdText(a.name)}`, a.opd ? mdText(opd.get(a.opd) ?? a.opd) : '', mdText(a.reason.id),
    ])), '')
  }
  for (const e of roadmap.errors) out.push(`> **Galat:** ${mdText(e.message.id)}`, '')
  return out.join('\n')
}

/** The same table, one kegiatan per row, for a spreadsheet. */
export function roadmapToCsv(data: ProjectData, roadmap: Roadmap): string {
  const years = roadmap.period.years
  const opd = new Map(data.opd.map((o) => [o.id, o.name]))
  const records = rows(roadmap).map(({ muatan, program, activity: a }) => [
    muatan, program, a.code, a.name, ...years.map((y) => (y >= a.startYear && y <= a.endYear ? String(a.budget[String(y)] ?? 0) : '')),
    a.opd ? opd.get(a.opd) ?? a.opd : '', String(a.totalBudget), a.goals.join(' '), a.reason.id,
  ])
  for (const a of roadmap.unscheduled) {
    const m = MUATAN.find((x) => x.id === a.muatan)!
    records.push([`${m.code} ${m.label.id}`, '', a.code, a.name, ...years.map(() => ''), a.opd ? opd.get(a.opd) ?? a.opd : '', String(a.totalBudget), a.goals.join(' '), `BELUM TERJADWAL: ${a.reason.id}`])
  }
  return stringify(records, {
    header: true,
    columns: ['muatan', 'program', 'kode', 'kegiatan', ...years.map(String), 'opd_pelaksana', 'pagu_indikatif', 'keterkaitan_rpjmd', 'alasan'],
    cast: { string: csvSafe },
  })
}
