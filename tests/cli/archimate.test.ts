import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cliCommand.ts'
import { exportCommand } from '../../src/cli/exportCommand.ts'
import { importCommand } from '../../src/cli/importCommand.ts'
import { importArchimate } from '../../src/io/archimate/importArchimate.ts'
import { compareRoundTrip, inventory } from '../../src/io/archimate/roundTripCheck.ts'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { smallProject } from '../fixtures/smallProject.ts'

const root = join(import.meta.dirname, '..', '..')
const dir = mkdtempSync(join(tmpdir(), 'cetakbiru-archimate-cli-'))

function fakeIo(): CliIo & { out_: string[]; err_: string[] } {
  const out_: string[] = []
  const err_: string[] = []
  return { out_, err_, out: (t) => out_.push(t), err: (t) => err_.push(t) }
}

describe('cetakbiru import/export --format archimate', () => {
  it('imports an exchange file into one project file (no sidecar) and exports it again with every concept, folder and node kept', async () => {
    const source = join(root, 'tests', 'fixtures', 'archimate', 'multilang.xml')
    const project = join(dir, 'm.cetakbiru.json')
    const io = fakeIo()
    expect(await importCommand.run([source, '--format', 'archimate', '-o', project], io)).toBe(0)
    expect(io.err_).toEqual([])
    expect(io.out_.join('\n')).toMatch(/2 relasi ArchiMate dan 1 properti disimpan bersama proyek untuk ekspor/)
    expect(existsSync(join(dir, 'm.cetakbiru.archimate.json'))).toBe(false)
    const saved = JSON.parse(readFileSync(project, 'utf8')) as { interop?: { archimate?: { format?: string } } }
    expect(saved.interop?.archimate?.format).toBe('cetakbiru-archimate-extras')
    const out = join(dir, 'm.xml')
    const io2 = fakeIo()
    expect(await exportCommand.run([project, '--format', 'archimate', '-o', out], io2)).toBe(0)
    expect(io2.err_).toEqual([])
    const report = compareRoundTrip(inventory(readFileSync(source, 'utf8')), inventory(readFileSync(out, 'utf8')))
    expect(report.problems).toEqual([])
  })

  it('still reads a legacy sidecar beside a project without interop data, and says so', async () => {
    const source = join(root, 'tests', 'fixtures', 'archimate', 'multilang.xml')
    const r = importArchimate(readFileSync(source, 'utf8'))
    if (!r.ok) throw new Error('import failed')
    // A project as earlier versions wrote it: the model in the file, the extras beside it.
    const { interop: _kept, ...older } = r.data
    const project = join(dir, 'old.cetakbiru.json')
    writeFileSync(project, serializeProject(older))
    writeFileSync(join(dir, 'old.cetakbiru.archimate.json'), JSON.stringify(r.extras))
    const out = join(dir, 'old.xml')
    const io = fakeIo()
    expect(await exportCommand.run([project, '--format', 'archimate', '-o', out], io)).toBe(0)
    expect(io.err_.join('\n')).toMatch(/old\.cetakbiru\.archimate\.json: pendamping lama dibaca; simpan ulang proyek untuk memasukkannya \/ legacy sidecar read/)
    expect(compareRoundTrip(inventory(readFileSync(source, 'utf8')), inventory(readFileSync(out, 'utf8'))).problems).toEqual([])
    // Without the sidecar the foreign relationship is lost: the check above depended on it.
    const bare = join(dir, 'bare.cetakbiru.json')
    writeFileSync(bare, serializeProject(older))
    expect(await exportCommand.run([bare, '--format', 'archimate', '-o', join(dir, 'bare.xml')], fakeIo())).toBe(0)
    expect(inventory(readFileSync(join(dir, 'bare.xml'), 'utf8')).relationships.has('r.assign')).toBe(false)
  })

  it('exports a project whose interop.archimate has the wrong shape without it, warning in both languages', async () => {
    const project = join(dir, 'odd.cetakbiru.json')
    writeFileSync(project, serializeProject({ ...smallProject(), interop: { archimate: { format: 'x' } } }))
    const io = fakeIo()
    expect(await exportCommand.run([project, '--format', 'archimate', '-o', join(dir, 'odd.xml')], io)).toBe(0)
    expect(io.err_.join('\n')).toMatch(/PERINGATAN\/WARNING .*odd\.cetakbiru\.json: Data interop\.archimate .* \/ The project's interop\.archimate data/)
    expect(readFileSync(join(dir, 'odd.xml'), 'utf8')).toContain('xsi:type="WorkPackage"')
  })

  it('exports a project with its Peta Rencana', async () => {
    const project = join(dir, 'small.cetakbiru.json')
    writeFileSync(project, serializeProject(smallProject()))
    const out = join(dir, 'small.xml')
    expect(await exportCommand.run([project, '--format', 'archimate', '-o', out], fakeIo())).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('xsi:type="WorkPackage"')
  })

  it('writes nothing and exits 2 on a refused file, naming file and line in both languages', async () => {
    const source = join(root, 'tests', 'fixtures', 'archimate', 'billion-laughs.xml')
    const project = join(dir, 'bad.cetakbiru.json')
    const io = fakeIo()
    expect(await importCommand.run([source, '--format', 'archimate', '-o', project], io)).toBe(2)
    expect(existsSync(project)).toBe(false)
    expect(io.err_[0]).toMatch(/billion-laughs\.xml: baris\/line 2: .*tidak diterima.* \/ DOCTYPE\/ENTITY declarations are refused/)
  })

  it('names the known formats for an unknown one', async () => {
    const io = fakeIo()
    expect(await exportCommand.run(['x.json', '--format', 'nope', '-o', 'y'], io)).toBe(2)
    expect(io.err_.join('\n')).toMatch(/Unknown format "nope" \(available: .*archimate/)
  })
})
