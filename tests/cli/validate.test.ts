import { execFile } from 'node:child_process'
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { smallProject } from '../fixtures/smallProject.ts'
import { runCli } from './runCli.ts'

const root = join(import.meta.dirname, '..', '..')
const example = join(root, 'examples', 'kabupaten-contoh.cetakbiru.json')
const dir = mkdtempSync(join(tmpdir(), 'cetakbiru-cli-'))

const run = runCli

function file(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('cetakbiru validate', () => {
  it('exits 0 for the example project and prints the counts in both languages', async () => {
    const r = await run('validate', example)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/0 galat, 0 peringatan, \d+ info \/ 0 errors, 0 warnings, \d+ info/)
  })

  it('exits 1 with findings when the model has errors, as text and as JSON', async () => {
    const p = smallProject()
    const broken = serializeProject({ ...p, elements: p.elements.map((e) => (e.id === 'apl-siak' ? { ...e, ownerOpd: 'opd-x', refCodes: ['RAB.01'] } : e)) })
    const path = file('broken.cetakbiru.json', broken)
    const text = await run('validate', path)
    expect(text.code).toBe(1)
    expect(text.out).toContain('GALAT/ERROR  elements[0].ownerOpd  [dangling-reference]  Perangkat daerah "opd-x" tidak ada / OPD "opd-x" does not exist')
    const json = await run('validate', path, '--format', 'json')
    expect(json.code).toBe(1)
    const report = JSON.parse(json.out) as { valid: boolean; counts: { error: number }; findings: { rule: string; path: string }[] }
    expect(report.valid).toBe(false)
    expect(report.counts.error).toBe(2)
    expect(report.findings.map((f) => f.rule)).toEqual(['dangling-reference', 'misplaced-reference-code', 'low-confidence-reference-code'])
  })

  it('exits 2 when the file cannot be read or parsed, naming the place', async () => {
    const missing = await run('validate', join(dir, 'nope.json'))
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('Berkas tidak ditemukan / File not found')
    const notJson = await run('validate', file('bad.json', '{\n "schemaVersion": 2,\n}'))
    expect(notJson.code).toBe(2)
    expect(notJson.err).toMatch(/bad\.json: 3:1: Bukan JSON yang sah di baris 3, kolom 1 .* \/ Not valid JSON at line 3, column 1/)
    const wrongShape = await run('validate', file('shape.json', JSON.stringify({ schemaVersion: 2, project: {} })), '--format', 'json')
    expect(wrongShape.code).toBe(2)
    expect((JSON.parse(wrongShape.out) as { errors: { path: string }[] }).errors[0]!.path).toBe('(root)')
  })

  it('refuses a 200 MB file by its size, without reading it', async () => {
    const path = join(dir, 'huge.cetakbiru.json')
    const fd = openSync(path, 'w')
    ftruncateSync(fd, 200 * 1024 * 1024) // sparse: takes no disk space
    closeSync(fd)
    const r = await run('validate', path)
    expect(r.code).toBe(2)
    expect(r.err).toContain('Berkas terlalu besar: 200 MB (batas 128 MB) / File too large: 200 MB (limit 128 MB)')
  })

  it('prints usage for wrong arguments and lists the commands in --help', async () => {
    expect((await run('validate')).code).toBe(2)
    expect((await run('validate', example, '--format', 'xml')).code).toBe(2)
    expect((await run('frobnicate')).code).toBe(2)
    const help = await run('--help')
    expect(help.code).toBe(0)
    expect(help.out).toContain('validate')
  })

  it('works through the installed bin, as `npx cetakbiru` runs it', async () => {
    const bin = join(root, 'bin', 'cetakbiru.mjs')
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'validate', example, '--format', 'json'])
    expect((JSON.parse(stdout) as { valid: boolean }).valid).toBe(true)
    const failure = await promisify(execFile)(process.execPath, [bin, 'validate', join(dir, 'nope.json')]).catch((e: { code: number }) => e)
    expect((failure as { code: number }).code).toBe(2)
  })
})
