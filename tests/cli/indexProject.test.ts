import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './runCli.ts'

const root = join(import.meta.dirname, '..', '..')
const EXAMPLE = join(root, 'examples', 'kabupaten-contoh.cetakbiru.json')
const dir = mkdtempSync(join(tmpdir(), 'cetakbiru-index-project-'))

const run = runCli

/** The example project with its `index` changed by `edit`, written to a temporary file. */
function exampleWith(name: string, edit: (index: Record<string, unknown>) => void): string {
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { index: Record<string, unknown> }
  edit(file.index)
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(file))
  return path
}

interface ProjectIndexJson {
  history: { year: number; framework: string; index: number; predicate: string; source: string }[]
  year: number | null
  source: string | null
  index: number | null
  predicate: string | null
  expression: string | null
  aspects: { code: string; index: number | null }[]
  domains: { code: string; index: number | null }[]
  projection: { year: number; index: number; raised: { indicator: number; kegiatan: string[] }[] }[]
  target: { year: number; target: number; projected: number; shortfall: number; reached: boolean; movable: { id: string; name: string; gain: number }[] } | null
  warnings: string[]
  errors: string[]
}

describe('cetakbiru index <project-file>', () => {
  it('prints the history, the 2024 assessment with its formula, the projection and the target plan', async () => {
    const r = await run('index', EXAMPLE)
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    const history = r.out.split('\n').filter((l) => /^ {2}20\d\d {2}spbe-2020/.test(l))
    expect(history.map((l) => l.trim().split(/\s+/).slice(0, 3).join(' '))).toEqual([
      '2021 spbe-2020 2.56', '2022 spbe-2020 2.60', '2023 spbe-2020 2.93', '2024 spbe-2020 3.02',
    ])
    expect(history[0]).toContain('terbit/published')
    expect(history[3]).toContain('dihitung/computed')
    expect(r.out).toContain('Penilaian / assessment 2024 (47/47 indikator/indicators)')
    expect(r.out).toContain('Indeks / index: 3.02  Baik (Good)')
    expect(r.out).toMatch(/\) \/ 100 = 3\.02/)
    expect(r.out).toMatch(/ {2}D4 {2}Layanan SPBE +45\.5% {2}3\.68 {2}Sangat Baik/)
    expect(r.out).toMatch(/^ {2}2027 {2}3\.36 {2}Baik/m)
    expect(r.out).toMatch(/^ {2}2029 {2}3\.43 {2}Baik/m)
    expect(r.out).toContain('Target 2027: 3.80; proyeksi/projected 3.36; kekurangan/shortfall 0.44')
    expect(r.out).toMatch(/\+0\.04 {2}selesai\/ends 2028 {2}PR\.\d\d\.\d\d\.\d{3} Pelaksanaan Audit Keamanan SPBE/)
  })

  it('JSON carries history, year, index, predicate, aspects, domains, projection, target and warnings', async () => {
    const r = await run('index', EXAMPLE, '--format', 'json')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out) as ProjectIndexJson
    expect(j.history.map((p) => [p.year, p.index, p.source])).toEqual([[2021, 2.56, 'published'], [2022, 2.6, 'published'], [2023, 2.93, 'published'], [2024, 3.02, 'computed']])
    expect([j.year, j.index, j.predicate, j.source]).toEqual([2024, 3.02, 'Baik', 'computed'])
    expect(j.aspects).toHaveLength(8)
    expect(j.domains.map((d) => d.index)).toEqual([2.4, 2.7, 2.18, 3.68])
    expect(j.expression).toMatch(/= 3\.02$/)
    expect(j.projection.map((p) => [p.year, p.index])).toEqual([[2025, 3.24], [2026, 3.32], [2027, 3.36], [2028, 3.43], [2029, 3.43]])
    expect(j.projection[2]!.raised.flatMap((x) => x.kegiatan)).toContain('PR.04.02.004 Peningkatan Pusat Data Daerah menjadi Tier 2')
    expect(j.target).toMatchObject({ year: 2027, target: 3.8, projected: 3.36, shortfall: 0.44, reached: false })
    expect(j.target!.movable.map((m) => m.gain)).toEqual([0.04, 0.03])
    expect(j.warnings).toEqual([])
    expect(j.errors).toEqual([])
  })

  it('--year 2021 prints the published total, without aspects', async () => {
    const r = await run('index', EXAMPLE, '--year', '2021')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Tahun / year 2021: indeks terbit / published index 2.56  Cukup (Fair)')
    expect(r.out).not.toContain('Aspek / aspects')
    const j = JSON.parse((await run('index', EXAMPLE, '--year', '2021', '--format', 'json')).out) as ProjectIndexJson
    expect([j.year, j.index, j.predicate, j.source, j.aspects.length]).toEqual([2021, 2.56, 'Cukup', 'published', 0])
  })

  it('--year 2030 exits 2 naming the year and the years there are', async () => {
    const r = await run('index', EXAMPLE, '--year', '2030')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toContain('tahun 2030 tidak ada dalam penilaian indeks proyek (tahun yang ada: 2021, 2022, 2023, 2024)')
    expect(r.err).toContain('year 2030 is not among')
    expect((await run('index', EXAMPLE, '--year', 'dua')).code).toBe(2)
  })

  it('one form at a time: a project file with --levels, or --year without a project file, is a usage error', async () => {
    const both = await run('index', EXAMPLE, '--framework', 'spbe-2020', '--levels', 'x.json')
    expect(both.code).toBe(2)
    expect(both.err).toContain('not both')
    expect(both.err).toContain('cetakbiru index <berkas.cetakbiru.json> [--year <tahun>]')
    expect(both.err).toContain('--levels <tingkat.json>')
    expect((await run('index', '--framework', 'spbe-2020', '--levels', 'x.json', '--year', '2024')).code).toBe(2)
  })

  it('warns with the path of a framework of the project\'s own that does not load, and exits 1 when a year uses it', async () => {
    const path = exampleWith('broken-framework.cetakbiru.json', (index) => {
      index.frameworks = [{ id: 'kerangka-2027', name: { id: 'Kerangka 2027' } }]
      ;(index.assessments as unknown[]).push({ year: 2027, framework: 'kerangka-2027', indicators: { 1: { level: 3 } } })
    })
    const r = await run('index', path, '--year', '2027')
    expect(r.code).toBe(1)
    expect(r.err).toMatch(new RegExp(`GALAT/ERROR: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: index\\.frameworks\\[0\\]\\.`))
    expect(r.err).toContain('framework "kerangka-2027" is unknown or not valid')
    expect(r.out).toContain('Tahun / year 2027: tidak dapat dihitung, lihat galat / cannot be computed, see the errors')
  })

  it('exits 1 naming the path of an invalid level, once; a year without anything says it was not assessed', async () => {
    const path = exampleWith('bad-level.cetakbiru.json', (index) => {
      const assessments = index.assessments as { year: number; indicators: Record<string, unknown> }[]
      assessments.find((a) => a.year === 2024)!.indicators['1'] = { level: 9 }
      assessments.push({ year: 2025, framework: 'spbe-2020', indicators: {} } as never)
    })
    const r = await run('index', path, '--year', '2024')
    expect(r.code).toBe(1)
    const errors = r.err.trim().split('\n').filter((l) => l.startsWith('GALAT/ERROR'))
    expect(errors).toEqual([`GALAT/ERROR: ${path}: index.assessments[3].indicators["1"]: tingkat indikator 1 harus bilangan bulat 1 sampai 5, bukan 9 / the level of indicator 1 must be a whole number from 1 to 5, not 9`])
    const empty = await run('index', path, '--year', '2025')
    expect(empty.out).toContain('Tahun / year 2025: belum dinilai / not assessed')
  })

  it('names a linked kegiatan that is not in the Peta Rencana, and the unverified Pemdi 2026 framework', async () => {
    const path = exampleWith('pemdi.cetakbiru.json', (index) => {
      ;(index.assessments as unknown[]).push({ year: 2025, framework: 'pemdi-2026', indicators: { 1: { level: 3 }, 2: { level: 4 } } })
      index.links = [{ activity: 'k-tidak-ada', indicator: 1, level: 4 }]
    })
    const r = await run('index', path)
    expect(r.code).toBe(0)
    expect(r.err).toMatch(/^PERHATIAN\/WARNING {2}pemdi-2026: Perlu verifikasi/m)
    expect(r.err).toContain('PERINGATAN/WARNING: Kegiatan "k-tidak-ada" tertaut ke indikator tetapi tidak terjadwal')
    expect(r.out).toContain('Penilaian / assessment 2025 (2/20 indikator/indicators)')
    expect(r.out).toContain('partial assessment')
  })

  it('an unreadable project file exits 2 naming it', async () => {
    const path = join(dir, 'rusak.cetakbiru.json')
    writeFileSync(path, '{ bukan json')
    const r = await run('index', path)
    expect(r.code).toBe(2)
    expect(r.err).toContain(path)
  })
})
