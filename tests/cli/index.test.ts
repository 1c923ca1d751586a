import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { runCli } from './runCli.ts'

const root = join(import.meta.dirname, '..', '..')
const dir = mkdtempSync(join(tmpdir(), 'cetakbiru-index-'))

const run = runCli

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

const levels = (n: number, level: (i: number) => number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i + 1), level(i + 1)]))

interface IndexJson {
  framework: { id: string; verified: boolean; warning?: string }
  index: number
  predicate: string
  partial: boolean
  missing: number[]
  aspects: { code: string; index: number | null; predicate: string | null }[]
  domains: { code: string; index: number | null }[]
}

describe('cetakbiru index', () => {
  it('all 47 SPBE 2020 indicators at 3: 3.00 Baik, as text with aspects and domains', async () => {
    const r = await run('index', '--framework', 'spbe-2020', '--levels', file('l3.json', levels(47, () => 3)))
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(r.out).toContain('Indeks / index: 3.00  Baik (Good)')
    expect(r.out).toContain(') / 100 = 3.00')
    expect(r.out).toMatch(/ {2}D3 {2}Manajemen SPBE +16\.5% {2}3\.00 {2}Baik \(Good\)/)
    expect(r.out).toMatch(/ {2}A8 {2}Layanan Publik Berbasis Elektronik +18% {2}3\.00 {2}Baik/)
  })

  it('JSON has index, predicate, aspects and domains: indicators 1..23 at 4, 24..47 at 2', async () => {
    // Weights of 1..23: 13 (A1) + 25 (A2-A4) + 1.5×3 (21-23) = 42.5; the rest 57.5. (42.5×4 + 57.5×2) / 100 = 2.85.
    const r = await run('index', '--framework', 'spbe-2020', '--levels', file('mixed.json', levels(47, (i) => (i <= 23 ? 4 : 2))), '--format', 'json')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out) as IndexJson
    expect([j.index, j.predicate, j.partial]).toEqual([2.85, 'Baik', false])
    expect(j.framework).toMatchObject({ id: 'spbe-2020', verified: true })
    expect(j.aspects.map((a) => a.index)).toEqual([4, 4, 4, 4, 2.75, 2, 2, 2])
    expect(j.aspects[4]!.predicate).toBe('Baik')
    expect(j.domains.map((d) => d.index)).toEqual([4, 4, 2.55, 2])
  })

  it('pemdi-2026 prints its "perlu verifikasi" warning, and JSON carries it', async () => {
    const path = file('pemdi.json', levels(20, () => 4))
    const text = await run('index', '--framework', 'pemdi-2026', '--levels', path)
    expect(text.code).toBe(0)
    expect(text.err).toMatch(/^PERHATIAN\/WARNING {2}Perlu verifikasi/)
    expect(text.out).toContain('Indeks / index: 4.00  Memuaskan (Satisfactory)')
    const json = JSON.parse((await run('index', '--framework', 'pemdi-2026', '--levels', path, '--format', 'json')).out) as IndexJson
    expect(json.framework.verified).toBe(false)
    expect(json.framework.warning).toMatch(/^Perlu verifikasi/)
  })

  it('exit 1 naming an out-of-range level, an unknown and a missing indicator', async () => {
    const bad = { ...levels(47, () => 3), '5': 0, '48': 2 } as Record<string, number>
    delete bad['47']
    const r = await run('index', '--framework', 'spbe-2020', '--levels', file('bad.json', bad))
    expect(r.code).toBe(1)
    expect(r.out).toBe('')
    expect(r.err.trim().split('\n')).toEqual([
      `${join(dir, 'bad.json')}: levels["5"]: tingkat indikator 5 harus bilangan bulat 1 sampai 5, bukan 0 / the level of indicator 5 must be a whole number from 1 to 5, not 0`,
      `${join(dir, 'bad.json')}: levels["48"]: indikator "48" tidak ada dalam kerangka spbe-2020 / indicator "48" is not in framework spbe-2020`,
      `${join(dir, 'bad.json')}: levels: indikator tanpa tingkat: 47 (gunakan --partial untuk penilaian sebagian) / indicators without a level: 47 (use --partial for a partial assessment)`,
    ])
    const json = await run('index', '--framework', 'spbe-2020', '--levels', join(dir, 'bad.json'), '--format', 'json')
    expect(json.code).toBe(1)
    expect((JSON.parse(json.out) as { errors: { code: string }[] }).errors.map((e) => e.code)).toEqual(['out-of-range', 'unknown-indicator', 'missing-indicator'])
  })

  it('--partial computes over the assessed indicators and lists the missing ones', async () => {
    const r = await run('index', '--framework', 'spbe-2020', '--levels', file('part.json', { 42: 4, 43: 3 }), '--partial', '--format', 'json')
    expect(r.code).toBe(0)
    const j = JSON.parse(r.out) as IndexJson
    expect([j.index, j.predicate, j.partial, j.missing.length]).toEqual([3.5, 'Sangat Baik', true, 45])
    const text = await run('index', '--framework', 'spbe-2020', '--levels', join(dir, 'part.json'), '--partial')
    expect(text.out).toContain('partial assessment: 6% of the weight assessed')
    expect(text.out).toContain('indicators without a level: 1, 2, 3,')
  })

  it('a framework file: a good copy loads, a broken one is refused with its paths (exit 2)', async () => {
    const spbe = JSON.parse(readFileSync(join(root, 'src/analysis/index/frameworks/spbe-2020.json'), 'utf8')) as { aspects: { weight: number }[]; predicates: unknown }
    const good = await run('index', '--framework', file('fw.json', spbe), '--levels', join(dir, 'l3.json'))
    expect(good.code).toBe(0)
    expect(good.out).toContain('Indeks / index: 3.00')
    spbe.aspects[7]!.weight = 20
    spbe.predicates = 'none'
    const bad = await run('index', '--framework', file('fw-bad.json', spbe), '--levels', join(dir, 'l3.json'))
    expect(bad.code).toBe(2)
    expect(bad.err).toContain(`${join(dir, 'fw-bad.json')}: predicates: harus bertipe daftar (array) / must be an array`)
    const bad2 = await run('index', '--framework', file('fw-bad2.json', { ...spbe, predicates: (JSON.parse(readFileSync(join(root, 'src/analysis/index/frameworks/spbe-2020.json'), 'utf8')) as { predicates: unknown }).predicates }), '--levels', join(dir, 'l3.json'))
    expect(bad2.code).toBe(2)
    expect(bad2.err).toContain('aspects[7].weight: bobot aspek 20 tidak sama dengan jumlah bobot indikatornya (18)')
  })

  it('usage errors and unreadable files exit 2', async () => {
    expect((await run('index', '--framework', 'spbe-2020')).code).toBe(2)
    expect((await run('index', '--framework', 'spbe-2020', '--levels', join(dir, 'l3.json'), '--format', 'xml')).code).toBe(2)
    const project = await run('index', 'proyek.cetakbiru.json')
    expect([project.code, project.err.includes('proyek.cetakbiru.json: (file): Berkas tidak ditemukan / File not found')]).toEqual([2, true])
    const missing = await run('index', '--framework', 'spbe-2021', '--levels', join(dir, 'l3.json'))
    expect([missing.code, missing.err.trim()]).toEqual([2, 'Kerangka "spbe-2021" tidak dikenal (bawaan: spbe-2020, pemdi-2026; atau berikan berkas .json) / unknown framework "spbe-2021" (shipped: spbe-2020, pemdi-2026; or give a .json file)'])
    const noFile = await run('index', '--framework', join(dir, 'none.json'), '--levels', join(dir, 'l3.json'))
    expect([noFile.code, noFile.err.trim()]).toEqual([2, `${join(dir, 'none.json')}: Berkas tidak ditemukan / File not found`])
    const notJson = await run('index', '--framework', 'spbe-2020', '--levels', file('nj.json', '{"1": 3,'))
    expect(notJson.code).toBe(2)
    expect(notJson.err).toMatch(/nj\.json: Bukan JSON yang sah: .* \/ Not valid JSON/)
  })

  it('is listed by --help and works through the installed bin', async () => {
    expect((await run('--help')).out).toContain('cetakbiru index --framework spbe-2020|pemdi-2026|<berkas-kerangka.json>')
    const bin = join(root, 'bin', 'cetakbiru.mjs')
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'index', '--framework', 'spbe-2020', '--levels', join(dir, 'l3.json'), '--format', 'json'])
    expect((JSON.parse(stdout) as IndexJson).index).toBe(3)
    const failure = await promisify(execFile)(process.execPath, [bin, 'index', '--framework', 'spbe-2020', '--levels', join(dir, 'bad.json')]).catch((e: { code: number }) => e)
    expect((failure as { code: number }).code).toBe(1)
  })
})
