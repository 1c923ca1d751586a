import { verificationWarning } from '../analysis/index/builtinFrameworks.ts'
import type { GroupScore } from '../analysis/index/computeIndex.ts'
import { indicatorsOf, type EvaluationFramework, type FrameworkText } from '../analysis/index/framework.ts'
import { formatIndex } from '../analysis/index/predicate.ts'
import { projectIndexReport, type ProjectIndexReport, type YearScore } from '../analysis/index/projectIndexReport.ts'
import type { Roadmap } from '../analysis/roadmap/activity.ts'
import { generateRoadmap } from '../analysis/roadmap/generateRoadmap.ts'
import { formatLoadError } from '../model/file/loadError.ts'
import { bilingual } from '../model/message.ts'
import type { ProjectData } from '../model/project.ts'
import { EXIT, type CliIo } from './cliCommand.ts'
import { indexText } from './indexCommand.ts'
import { readProjectFile } from './readProjectFile.ts'

/**
 * `cetakbiru index <project-file> [--year Y]`: what the project says about its SPBE index (the
 * history, one year's assessment, the projection over the plan years, the target plan), computed
 * by projectIndexReport with the Peta Rencana as generateRoadmap schedules it.
 */
export async function indexOfProject(file: string, yearArg: string | undefined, format: 'text' | 'json', io: CliIo): Promise<number> {
  if (yearArg !== undefined && !/^\d{4}$/.test(yearArg)) {
    io.err(`--year "${yearArg}": harus tahun empat angka, misalnya 2024 / must be a four-digit year, for example 2024`)
    return EXIT.unreadable
  }
  const loaded = await readProjectFile(file)
  if (!loaded.ok) {
    for (const e of loaded.errors) io.err(formatLoadError(e, file))
    return EXIT.unreadable
  }
  const data = loaded.data
  const { roadmap } = generateRoadmap(data)
  const r = projectIndexReport(data, roadmap)
  const known = r.years.map((y) => y.year)
  if (yearArg !== undefined && !known.includes(Number(yearArg))) {
    const list = known.length > 0 ? known.join(', ') : '–'
    io.err(`${file}: tahun ${yearArg} tidak ada dalam penilaian indeks proyek (tahun yang ada: ${list}) / year ${yearArg} is not among the project's index assessments (years present: ${list})`)
    return EXIT.unreadable
  }
  // Default: the latest year with levels, else the latest year at all.
  const chosen = yearArg !== undefined
    ? r.years.find((y) => y.year === Number(yearArg))
    : ([...r.years].reverse().find((y) => y.assessed > 0) ?? r.years[r.years.length - 1])

  const position = new Map(data.index.assessments.map((a, i) => [a.year, i]))
  const where = (year: number, path: string): string => {
    const at = `index.assessments[${position.get(year)}]`
    return path === String(year) ? `${at}.framework` : `${at}.${path.replace(/^\d+\./, '').replace(/^levels/, 'indicators')}`
  }
  const yearErrors = [
    ...(chosen?.errors ?? []).map((e) => ({ year: chosen!.year, path: e.path, message: e.message })),
    ...r.historyErrors.filter((e) => e.year !== chosen?.year),
  ]
  // The projection starts from the latest year with levels: its errors are that year's, said once.
  const said = new Set(yearErrors.map((e) => e.message.en))
  const errors = [
    ...r.frameworks.problems.flatMap((p) => p.errors.map((e) => formatLoadError(e, file))),
    ...yearErrors.map((e) => `${file}: ${where(e.year, e.path)}: ${bilingual(e.message)}`),
    ...r.projectionErrors.filter((e) => !said.has(e.message.en)).map((e) => `${file}: ${e.path}: ${bilingual(e.message)}`),
  ]
  const warnings = r.warnings.map((w) => bilingual(w))
  const cited = new Set([...r.history.map((p) => p.framework), ...(chosen ? [chosen.framework] : [])])
  const unverified = [...cited].map((id) => r.frameworks.get(id)).filter((f): f is EvaluationFramework => f !== undefined && !f.verified)

  if (format === 'json') io.out(JSON.stringify(projectJson(file, r, chosen, roadmap, errors, warnings, unverified), null, 2))
  else {
    for (const f of unverified) io.err(`PERHATIAN/WARNING  ${f.id}: ${verificationWarning(f)}`)
    io.out(projectText(file, r, chosen, roadmap, data.index.target))
  }
  for (const e of errors) io.err(`GALAT/ERROR: ${e}`)
  for (const w of warnings) io.err(`PERINGATAN/WARNING: ${w}`)
  return errors.length > 0 ? EXIT.findings : EXIT.ok
}

const SOURCE = { computed: 'dihitung/computed', published: 'terbit/published' } as const

function predicateText(p: FrameworkText | null | undefined): string {
  if (!p) return '-'
  return p.en && p.en !== p.id ? `${p.id} (${p.en})` : p.id
}

function kegiatanNames(roadmap: Roadmap): (id: string) => string {
  const names = new Map([...roadmap.activities, ...roadmap.unscheduled].map((a) => [a.id, `${a.code} ${a.name}`]))
  return (id) => names.get(id) ?? id
}

function projectText(file: string, r: ProjectIndexReport, chosen: YearScore | undefined, roadmap: Roadmap, goal: ProjectData['index']['target']): string {
  const name = kegiatanNames(roadmap)
  const lines = [`Indeks SPBE / SPBE index: ${file}`, '', 'Riwayat / history (tahun/year, kerangka/framework, indeks/index, predikat/predicate, sumber/source):']
  if (r.history.length === 0) lines.push('  (belum ada / none yet)')
  for (const p of r.history) {
    const differs = p.differsFromPublished !== undefined ? `  (terbit/published ${formatIndex(p.differsFromPublished)})` : ''
    lines.push(`  ${p.year}  ${p.framework.padEnd(12)}  ${formatIndex(p.index)}  ${predicateText(p.predicate).padEnd(22)}  ${SOURCE[p.source]}${differs}`)
  }
  lines.push('')
  if (!chosen) lines.push('Belum ada penilaian / no assessment yet.')
  else if (chosen.result) {
    const f = r.frameworks.get(chosen.framework)!
    lines.push(`Penilaian / assessment ${chosen.year} (${chosen.assessed}/${chosen.total} indikator/indicators):`, indexText(f, chosen.result))
  } else if (chosen.published !== undefined) {
    const point = r.history.find((p) => p.year === chosen.year)
    lines.push(`Tahun / year ${chosen.year}: indeks terbit / published index ${formatIndex(chosen.published)}  ${predicateText(point?.predicate)}` +
      ' (tingkat per indikator tidak tersimpan / no levels per indicator stored)')
  } else if (chosen.errors.length > 0) lines.push(`Tahun / year ${chosen.year}: tidak dapat dihitung, lihat galat / cannot be computed, see the errors`)
  else lines.push(`Tahun / year ${chosen.year}: belum dinilai / not assessed`)

  if (r.baseline && r.projection) {
    lines.push('', `Proyeksi / projection (dari penilaian / from the assessment ${r.baseline.year}: ${formatIndex(r.baseline.index)}):`)
    for (const y of r.projection) {
      const raised = y.raised.map((x) => `${x.indicator} (${x.from === 0 ? '-' : x.from}->${x.to})`).join(', ')
      const by = [...new Set(y.raised.flatMap((x) => x.activities))].map(name).join('; ')
      lines.push(`  ${y.year}  ${formatIndex(y.index)}  ${predicateText(y.predicate).padEnd(22)}${raised ? `  naik/raised: ${raised}` : ''}${by ? `  kegiatan: ${by}` : ''}`.trimEnd())
    }
  }
  const t = r.target
  if (t && r.baseline) {
    const names = new Map(indicatorsOf(r.baseline.framework).map((i) => [i.number, i.name.id]))
    lines.push('', `Target ${t.year}: ${formatIndex(t.target)}; proyeksi/projected ${formatIndex(t.projected)}; ` +
      (t.reached ? 'tercapai / reached' : `kekurangan/shortfall ${formatIndex(t.shortfall)}${t.unreachable ? ' (tidak terjangkau / unreachable)' : ''}`))
    if (!t.reached) {
      lines.push('  Indikator menurut bobot × ruang naik / indicators by weight × headroom:')
      for (const h of t.ranking.slice(0, 10)) lines.push(`    ${String(h.indicator).padStart(3)}  bobot/weight ${h.weight}  tingkat/level ${h.level}  +${formatIndex(h.potential)}  ${names.get(h.indicator) ?? ''}`)
      if (t.movable.length > 0) {
        lines.push(`  Kegiatan yang dapat dimajukan / kegiatan that could end earlier (dengan semuanya / with all: ${formatIndex(t.withAllMoved)}):`)
        for (const m of t.movable) lines.push(`    +${formatIndex(m.gain)}  selesai/ends ${m.endYear}  ${name(m.id)}`)
      }
    }
  } else if (goal) lines.push('', `Target ${goal.year}: ${formatIndex(goal.index)}; belum dapat diproyeksikan tanpa penilaian bertingkat / cannot be projected without an assessment with levels`)
  return lines.join('\n')
}

function groupJson(g: GroupScore): object {
  return { code: g.code, name: g.name.id, nameEn: g.name.en, weight: g.weight, index: g.index, predicate: g.predicate?.id ?? null }
}

function projectJson(file: string, r: ProjectIndexReport, chosen: YearScore | undefined, roadmap: Roadmap, errors: readonly string[], warnings: readonly string[], unverified: readonly EvaluationFramework[]): object {
  const name = kegiatanNames(roadmap)
  const f = chosen ? r.frameworks.get(chosen.framework) : undefined
  const point = chosen ? r.history.find((p) => p.year === chosen.year) : undefined
  return {
    file,
    history: r.history.map((p) => ({ year: p.year, framework: p.framework, index: p.index, predicate: p.predicate?.id ?? null, source: p.source, ...(p.differsFromPublished !== undefined ? { differsFromPublished: p.differsFromPublished } : {}) })),
    year: chosen?.year ?? null,
    framework: f ? { id: f.id, name: f.name.id, verified: f.verified, ...(f.verified ? {} : { warning: verificationWarning(f) }) } : (chosen ? { id: chosen.framework } : null),
    source: chosen?.result ? 'computed' : chosen?.published !== undefined ? 'published' : null,
    index: chosen?.result?.index ?? chosen?.published ?? null,
    predicate: chosen?.result ? (chosen.result.predicate?.id ?? null) : (point?.predicate?.id ?? null),
    partial: chosen?.result?.partial ?? null,
    assessed: chosen?.assessed ?? 0,
    formula: chosen?.result?.formula ?? null,
    expression: chosen?.result?.expression ?? null,
    domains: chosen?.result?.domains.map(groupJson) ?? [],
    aspects: chosen?.result?.aspects.map(groupJson) ?? [],
    projection: (r.projection ?? []).map((y) => ({
      year: y.year, index: y.index, predicate: y.predicate?.id ?? null,
      raised: y.raised.map((x) => ({ indicator: x.indicator, from: x.from, to: x.to, kegiatan: x.activities.map(name) })),
    })),
    target: r.target ? { ...r.target, movable: r.target.movable.map((m) => ({ ...m, name: name(m.id) })) } : null,
    impact: r.impact.map((i) => ({ ...i, name: name(i.activity) })),
    unverifiedFrameworks: unverified.map((u) => ({ id: u.id, warning: verificationWarning(u) })),
    errors,
    warnings,
  }
}
