import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportCommand } from '../../src/cli/exportCommand.ts'
import { importCommand } from '../../src/cli/importCommand.ts'
import { parseProjectText } from '../../src/model/file/loadProject.ts'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { captured, type CliRun } from './runCli.ts'

const root = join(import.meta.dirname, '..', '..')
const example = join(root, 'examples', 'kabupaten-contoh.cetakbiru.json')
const fixtures = join(root, 'tests', 'fixtures')
const dir = mkdtempSync(join(tmpdir(), 'cetakbiru-csv-cli-'))

const run = (command: typeof importCommand, ...args: string[]): Promise<CliRun> => captured((io) => command.run(args, io))

function project(path: string) {
  const r = parseProjectText(readFileSync(path, 'utf8'))
  if (!r.ok) throw new Error(`${path} does not load`)
  return r.data
}

describe('cetakbiru export/import --format archi-csv', () => {
  it('exports the example as three files and imports them into a new project with the same elements', async () => {
    const exported = await run(exportCommand, example, '--format', 'archi-csv', '-o', join(dir, 'contoh'))
    expect(exported.code).toBe(0)
    for (const role of ['elements', 'relations', 'properties']) expect(existsSync(join(dir, `contoh-${role}.csv`))).toBe(true)
    // Only the elements file is named: its siblings are found as Archi does.
    const out = join(dir, 'contoh.cetakbiru.json')
    const imported = await run(importCommand, join(dir, 'contoh-elements.csv'), '--format', 'archi-csv', '-o', out)
    expect(imported.err).toBe('')
    expect(imported.code).toBe(0)
    const original = project(example)
    const back = project(out)
    expect(back.elements.map((e) => e.id).sort()).toEqual(original.elements.map((e) => e.id).sort())
    expect(back.relations).toHaveLength(original.relations.length)
  })

  it('keeps what the model cannot hold in the project file (no companion file) and gives it back on export', async () => {
    const shared = join(root, '..', 'shared', 'interop', 'archi-csv')
    const out = join(dir, 'test1.cetakbiru.json')
    const r = await run(importCommand, join(shared, 'archi-test1-elements.csv'), '--format', 'archi-csv', '-o', out)
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/disimpan bersama proyek untuk ekspor/)
    expect(existsSync(join(dir, 'test1.cetakbiru.archicsv.json'))).toBe(false)
    expect(project(out).interop?.archiCsv).toMatchObject({ format: 'cetakbiru-archi-csv-extras/1' })
    const back = await run(exportCommand, out, '--format', 'archi-csv', '-o', join(dir, 'again-elements.csv'))
    expect(back.code).toBe(0)
    expect(back.err).toBe('')
    expect(readFileSync(join(dir, 'again-properties.csv'), 'utf8')).toContain('"f00aa5b4","Property 2","Another one ""here"""')
    expect(readFileSync(join(dir, 'again-relations.csv'), 'utf8')).toContain('"5854f8a3","CompositionRelationship","Compo"')
  })

  it('reads a legacy companion file beside a project without interop.archiCsv, on export and on --into', async () => {
    const shared = join(root, '..', 'shared', 'interop', 'archi-csv')
    const fresh = join(dir, 'legacy-src.cetakbiru.json')
    expect((await run(importCommand, join(shared, 'archi-test1-elements.csv'), '--format', 'archi-csv', '-o', fresh)).code).toBe(0)
    const { interop, ...older } = project(fresh)
    const old = join(dir, 'legacy.cetakbiru.json')
    writeFileSync(old, serializeProject(older))
    writeFileSync(join(dir, 'legacy.cetakbiru.archicsv.json'), JSON.stringify(interop!.archiCsv))
    const exported = await run(exportCommand, old, '--format', 'archi-csv', '-o', join(dir, 'legacy-out-elements.csv'))
    expect(exported.code).toBe(0)
    expect(exported.err).toMatch(/legacy\.cetakbiru\.archicsv\.json: pendamping lama dibaca; simpan ulang proyek untuk memasukkannya \/ legacy sidecar read/)
    expect(readFileSync(join(dir, 'legacy-out-relations.csv'), 'utf8')).toContain('"5854f8a3","CompositionRelationship","Compo"')
    // An import --into such a project folds the companion file into the new project file.
    const merged = join(dir, 'legacy-merged.cetakbiru.json')
    const into = await run(importCommand, join(shared, 'archi-test2-elements.csv'), '--format', 'archi-csv', '--into', old, '-o', merged)
    expect(into.code).toBe(0)
    expect(into.err).toMatch(/pendamping lama dibaca/)
    const relations = (project(merged).interop?.archiCsv as { relations: { id: string }[] }).relations
    expect(relations.map((x) => x.id)).toEqual(['cdbfc933', '5854f8a3'])
  })

  it('refuses a bad set, names the places and writes nothing', async () => {
    const out = join(dir, 'bad.cetakbiru.json')
    const r = await run(importCommand, join(fixtures, 'archi-csv', 'bad-elements.csv'), '--format', 'archi-csv', '-o', out)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/bad-elements\.csv, baris 3, kolom 2 \(Type\)/)
    expect(existsSync(out)).toBe(false)
  })
})

describe('cetakbiru import --format table', () => {
  it('prints a suggested mapping when none is given, and writes nothing', async () => {
    const out = join(dir, 'none.cetakbiru.json')
    const r = await run(importCommand, join(fixtures, 'inventory', 'aplikasi-semicolon-bom.csv'), '--format', 'table', '-o', out)
    expect(r.code).toBe(2)
    const suggestion = JSON.parse(r.out) as { domain: string; columns: Record<string, string> }
    expect(suggestion.domain).toBe('aplikasi')
    expect(suggestion.columns['Nama Aplikasi']).toBe('name')
    expect(existsSync(out)).toBe(false)
  })

  it('refuses the fixture with invalid cells, listing each, and imports once the rows are fixed', async () => {
    const mapping = join(fixtures, 'inventory', 'aplikasi.mapping.json')
    const out = join(dir, 'inv.cetakbiru.json')
    const bad = await run(importCommand, join(fixtures, 'inventory', 'aplikasi-semicolon-bom.csv'), '--format', 'table', '--mapping', mapping, '--into', example, '-o', out)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/baris 6, kolom 6 \(Basis Aplikasi\)/)
    expect(bad.err).toMatch(/baris 9: kode "APL-900" sudah dipakai di baris 2/)
    expect(existsSync(out)).toBe(false)

    const fixed = readFileSync(join(fixtures, 'inventory', 'aplikasi-semicolon-bom.csv'), 'utf8').split('\r\n').filter((l) => !/^(4|7);/.test(l)).join('\r\n')
    const fixedPath = join(dir, 'aplikasi-fixed.csv')
    writeFileSync(fixedPath, fixed)
    const good = await run(importCommand, fixedPath, '--format', 'table', '--mapping', mapping, '--into', example, '-o', out)
    expect(good.code).toBe(0)
    expect(good.out).toMatch(/3 created, 1 updated, 1 rows without a name skipped, 1 new OPD/)
    expect(good.err).toMatch(/"Aplikasi e-Kinerja BKN" mungkin sama dengan \/ may duplicate "e-Kinerja BKN"/)
    expect(project(out).elements).toHaveLength(project(example).elements.length + 3)
  })
})
