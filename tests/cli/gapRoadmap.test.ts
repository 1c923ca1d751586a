import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { el, plan } from '../fixtures/planFixture.ts'
import { runCli } from './runCli.ts'

const example = join(import.meta.dirname, '..', '..', 'examples', 'kabupaten-contoh.cetakbiru.json')
const dir = mkdtempSync(join(tmpdir(), 'cetakbiru-plan-'))

const run = runCli

describe('cetakbiru gap', () => {
  it('prints changes and findings as JSON, exit 0 when the target has no error findings', async () => {
    const r = await run('gap', example)
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out) as { changes: Record<string, unknown>[]; findings: Record<string, unknown>[]; from: { id: string } }
    expect(j.from.id).toBe('asis')
    expect(j.changes.find((c) => c.id === 'apl-sirujuk')).toMatchObject({ type: 'element', change: 'added', domain: 'aplikasi' })
    expect(j.changes.find((c) => c.id === 'inf-jip')).toMatchObject({ change: 'changed', fields: expect.arrayContaining([{ field: 'bandwidthMbps', before: 200, after: 1000 }]) })
    expect(j.changes.every((c) => ['id', 'type', 'change', 'domain'].every((k) => k in c))).toBe(true)
    expect(j.findings[0]).toEqual(expect.objectContaining({ rule: expect.any(String), severity: expect.any(String), elements: expect.any(Array) }))
  })

  it('compares any two states, and names an unknown one', async () => {
    const back = JSON.parse((await run('gap', example, '--from', 'target', '--to', 'asis')).out) as { changes: { id: string; change: string }[] }
    expect(back.changes.find((c) => c.id === 'apl-sirujuk')!.change).toBe('removed')
    const bad = await run('gap', example, '--to', '2031')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('State "2031" does not exist (there are: asis, target)')
  })

  it('exits 1 when the target still has error findings', async () => {
    const path = join(dir, 'findings.cetakbiru.json')
    writeFileSync(path, serializeProject(plan([el('svc', 'layanan-publik', 'new')])))
    const r = await run('gap', path)
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).findings).toContainEqual(expect.objectContaining({ rule: 'service-without-application', severity: 'error', elements: ['svc'] }))
  })

  it('writes Markdown and CSV', async () => {
    const md = await run('gap', example, '--format', 'md')
    expect(md.out).toContain('| Domain | Baru | Berubah | Dihentikan | Tetap |')
    const csv = await run('gap', example, '--format', 'csv')
    expect(csv.out.split('\n')[0]).toBe('type,id,change,domain,kind,name,ownerOpd,fields')
  })
})

describe('cetakbiru roadmap', () => {
  it('prints period, activities and unscheduled as JSON', async () => {
    const r = await run('roadmap', example)
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out) as { period: { startYear: number; years: number[] }; activities: Record<string, unknown>[]; unscheduled: unknown[] }
    expect(j.period).toMatchObject({ name: 'RPJMD 2025-2029', startYear: 2025, endYear: 2029 })
    const splp = j.activities.find((a) => a.id === 'k-add-inf-splp')!
    expect(splp).toMatchObject({ category: 'infrastruktur', startYear: 2026, endYear: 2026, opd: 'opd-diskominfo', closes: expect.arrayContaining(['add:inf-splp']), budget: { '2026': 1_100_000_000 } })
    for (const key of ['id', 'name', 'category', 'startYear', 'endYear', 'opd', 'closes', 'dependsOn', 'budget']) expect(splp).toHaveProperty(key)
    expect(j.unscheduled).toEqual([])
    const projected = (j as unknown as { projectedStates: { year: number; openGaps: number; closedGaps: number }[] }).projectedStates
    expect(projected.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029])
    expect(projected[4]!.openGaps).toBe(0)
    expect(projected[0]!.closedGaps).toBeLessThan(projected[4]!.closedGaps)
  })

  it('prints the Peta Rencana table in Markdown: muatan, program, kegiatan, a column per year, OPD, pagu', async () => {
    const r = await run('roadmap', example, '--format', 'md')
    expect(r.out).toContain('| Muatan | Program | Kegiatan | 2025 | 2026 | 2027 | 2028 | 2029 | OPD pelaksana | Pagu indikatif | Keterkaitan RPJMD |')
    expect(r.out).toMatch(/\| PR\.04 Infrastruktur SPBE \| PR\.04\.01 Pembangunan Infrastruktur \|/)
    expect(r.out).toContain('Rp1.100.000.000')
  })

  it('exits 1 and names the cycle when dependencies go round', async () => {
    const path = join(dir, 'cycle.cetakbiru.json')
    writeFileSync(path, serializeProject(plan([el('a', 'server', 'new'), el('b', 'server', 'new')], [], {
      manualDependencies: [{ from: 'k-add-a', to: 'k-add-b' }, { from: 'k-add-b', to: 'k-add-a' }],
    })))
    const r = await run('roadmap', path)
    expect(r.code).toBe(1)
    expect(r.err).toContain('Dependency cycle: Pengadaan a -> Pengadaan b -> Pengadaan a')
    expect(JSON.parse(r.out).unscheduled).toHaveLength(2)
  })

  it('keeps what users typed intact and inert in Markdown and CSV', async () => {
    const path = join(dir, 'nasty.cetakbiru.json')
    writeFileSync(path, serializeProject(plan([el('x', 'aplikasi-khusus', 'new', { name: '=HYPERLINK("http://x") | <script>alert(1)</script> *tebal* 🚀' })])))
    const md = (await run('roadmap', path, '--format', 'md')).out
    expect(md).toContain('Pembangunan Aplikasi =HYPERLINK("http://x") \\| &lt;script&gt;alert(1)&lt;/script&gt; \\*tebal\\* 🚀')
    expect(md).not.toContain('<script>')
    const csv = (await run('roadmap', path, '--format', 'csv')).out
    expect(csv).toContain('Pembangunan Aplikasi =HYPERLINK')
    const gapCsv = (await run('gap', path, '--format', 'csv')).out
    expect(gapCsv).toContain(`"'=HYPERLINK(""http://x"") | <script>alert(1)</script> *tebal* 🚀"`)
  })

  it('exits 2 for an unreadable file and for bad arguments', async () => {
    expect((await run('roadmap', join(dir, 'missing.json'))).code).toBe(2)
    expect((await run('roadmap', example, '--format', 'pdf')).code).toBe(2)
    expect((await run('roadmap', example, '--bogus')).code).toBe(2)
  })
})
