import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cliCommand.ts'
import { exportCommand } from '../../src/cli/exportCommand.ts'
import { importCommand } from '../../src/cli/importCommand.ts'
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
  it('imports an exchange file and exports it again with every concept, folder and node kept', async () => {
    const source = join(root, 'tests', 'fixtures', 'archimate', 'multilang.xml')
    const project = join(dir, 'm.cetakbiru.json')
    const io = fakeIo()
    expect(await importCommand.run([source, '--format', 'archimate', '-o', project], io)).toBe(0)
    expect(io.err_).toEqual([])
    expect(existsSync(join(dir, 'm.cetakbiru.archimate.json'))).toBe(true)
    const out = join(dir, 'm.xml')
    const io2 = fakeIo()
    expect(await exportCommand.run([project, '--format', 'archimate', '-o', out], io2)).toBe(0)
    const report = compareRoundTrip(inventory(readFileSync(source, 'utf8')), inventory(readFileSync(out, 'utf8')))
    expect(report.problems).toEqual([])
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
