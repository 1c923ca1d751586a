import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { archiCsvRole, type ArchiCsvSet, type NamedText } from '../../src/io/archiCsv/archiCsvFiles.ts'
import { exportArchiCsv } from '../../src/io/archiCsv/archiCsvExport.ts'
import { checkArchiCsvRoundTrip, groupArchiCsvFiles } from '../../src/io/archiCsv/archiCsvRoundTrip.ts'
import { importArchiCsv } from '../../src/io/archiCsv/archiCsvImport.ts'
import { ARCHI_CSV_MAPPING } from '../../src/io/archiCsv/archiCsvMapping.ts'
import { formatCsvIssue } from '../../src/io/archiCsv/csvIssue.ts'
import { countRecords, readCsv } from '../../src/io/archiCsv/csvTable.ts'
import { parseProjectJson, parseProjectText } from '../../src/model/file/loadProject.ts'
import { CURRENT_SCHEMA_VERSION } from '../../src/model/file/schemaVersion.ts'
import type { ProjectData } from '../../src/model/project.ts'
import type { ArchiCsvExtras } from '../../src/io/archiCsv/archiCsvExtras.ts'
import { readArchiCsvInterop } from '../../src/io/archiCsv/archiCsvInterop.ts'
import type { CommandContext } from '../../src/model/commands/commandContext.ts'
import { deleteElement, updateElement } from '../../src/model/commands/elementCommands.ts'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { localOrigin } from '../../src/model/origin.ts'
import { readProjectData } from '../../src/model/projection/projection.ts'
import { createDocFromProject } from '../../src/model/ydoc/writeProject.ts'

const OWN = join(__dirname, '../fixtures/archi-csv')
const SHARED = join(__dirname, '../../../shared/interop/archi-csv')
const NBILITY = join(__dirname, '../../../shared/interop/nbility-csv')

function file(dir: string, name: string): NamedText {
  return { name, content: new Uint8Array(readFileSync(join(dir, name))) }
}
function set(dir: string, ...names: string[]): ArchiCsvSet {
  return Object.fromEntries(names.map((n) => [archiCsvRole(n)!, file(dir, n)]))
}
let counter = 0
const options = (into?: ProjectData) => ({ mapping: ARCHI_CSV_MAPPING, newId: (p: string) => `${p}new${++counter}`, ...(into ? { into } : {}) })

function imported(s: ArchiCsvSet, into?: ProjectData): ProjectData {
  const result = importArchiCsv(s, options(into))
  if (!result.ok) throw new Error(result.issues.map(formatCsvIssue).join('\n'))
  return result.data
}
const valid = (data: ProjectData): boolean => parseProjectJson({ schemaVersion: CURRENT_SCHEMA_VERSION, ...data }).ok
const asSet = (x: { elements: string; relations: string; properties: string }): ArchiCsvSet => ({
  elements: { name: 'x-elements.csv', content: x.elements }, relations: { name: 'x-relations.csv', content: x.relations }, properties: { name: 'x-properties.csv', content: x.properties },
})

describe('CSV reading', () => {
  it('detects the delimiter, strips the BOM, skips # comments and keeps multi-line fields with their start line', () => {
    const r = readCsv(readFileSync(join(OWN, 'bom-semicolon-elements.csv')), 'e.csv', { comments: true })
    if (!r.ok) throw new Error('not read')
    expect(r.table.delimiter).toBe(';')
    expect(r.table.header[0]).toBe('ID')
    expect(r.table.rows.map((row) => row.line)).toEqual([3, 5, 6])
    expect(r.table.rows[0]!.cells[2]).toBe('SIMPEG; kepegawaian')
    expect(r.table.rows[0]!.cells[3]).toBe('Line one\r\nLine two with "quotes"')
  })

  it('refuses a 10^6-row CSV by its row count before parsing, quickly', () => {
    const text = '"ID","Key","Value"\n' + 'a,k,v\n'.repeat(1_000_000)
    const started = performance.now()
    const r = readCsv(text, 'big.csv')
    expect(performance.now() - started).toBeLessThan(2000)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]!.message.en).toMatch(/Too many rows: about 1000000 \(limit 100000\)/)
  })

  it('refuses input over the byte limit and names the limit', () => {
    const r = readCsv('x'.repeat(2000), 'b.csv', { limits: { maxBytes: 1000, maxRows: 10 } })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]!.message.id).toMatch(/terlalu besar/)
  })

  it('counts records, not lines', () => {
    expect(countRecords('a,b\n"x\ny",z\n\nq,r')).toBe(3)
  })

  it('names line and column of an unclosed quote', () => {
    const r = readCsv('"ID","Key","Value"\n"a","b","c\n', 'p.csv')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(formatCsvIssue(r.issues[0]!)).toMatch(/^p\.csv, baris \d+.*A quote is never closed/)
  })
})

describe('Archi CSV import', () => {
  it('imports a set with BOM, semicolons, tabs, comments and multi-line fields into a valid project', () => {
    const result = importArchiCsv(set(OWN, 'bom-semicolon-elements.csv', 'bom-semicolon-relations.csv', 'bom-semicolon-properties.csv'), options())
    if (!result.ok) throw new Error(result.issues.map(formatCsvIssue).join('\n'))
    const { data, report } = result
    expect(valid(data)).toBe(true)
    const app = data.elements.find((e) => e.id === 'a1')!
    expect(app).toMatchObject({ kind: 'aplikasi-khusus', name: 'SIMPEG; kepegawaian', code: 'APL-001', attrs: { platform: 'web' } })
    expect(app.description).toBe('Line one\r\nLine two with "quotes"')
    expect(data.opd.find((o) => o.id === app.ownerOpd)?.name).toBe('Badan Kepegawaian Daerah')
    expect(report.opdCreated).toEqual(['Badan Kepegawaian Daerah'])
    // The empty id got a new one; the Serving relationship from a node became "runs-on" from the application.
    expect(data.elements).toHaveLength(3)
    expect(data.elements.find((e) => e.name === 'Data Pegawai')!.id).toMatch(/^enew\d+$/)
    expect(data.relations).toEqual([expect.objectContaining({ id: 'r1', kind: 'runs-on', source: 'a1', target: 'n1' })])
    expect(report.properties).toEqual({ kept: 3, notKept: 1 })
    expect(report.warnings.map((w) => w.message.en).join('\n')).toMatch(/Property "Warna" has no counterpart/)
  })

  it('refuses a set with a duplicate id, an unknown type and a missing relation end, naming file, line and column, and changes nothing', () => {
    const result = importArchiCsv(set(OWN, 'bad-elements.csv', 'bad-relations.csv'), options())
    expect(result.ok).toBe(false)
    if (result.ok) return
    const lines = result.issues.map(formatCsvIssue)
    expect(lines).toContainEqual(expect.stringMatching(/^bad-elements\.csv, baris 3, kolom 2 \(Type\): "Banana" bukan jenis elemen ArchiMate.* \/ .*is not an ArchiMate element type/))
    expect(lines).toContainEqual(expect.stringMatching(/^bad-elements\.csv, baris 4, kolom 1 \(ID\): ID "x1" sudah dipakai/))
    expect(lines).toContainEqual(expect.stringMatching(/^bad-relations\.csv, baris 2, kolom 6 \(Target\): Target "nowhere" tidak ditemukan/))
  })

  it('refuses a spbe: property whose value does not fit, with the line and the expected values', () => {
    const s = { ...set(OWN, 'bom-semicolon-elements.csv'), properties: file(OWN, 'badvalue-properties.csv') }
    const result = importArchiCsv(s, options())
    expect(result.ok).toBe(false)
    if (!result.ok) expect(formatCsvIssue(result.issues[0]!)).toMatch(/badvalue-properties\.csv, baris 2, kolom 3 \(Value\): Basis aplikasi: "Televisi" bukan pilihan.*Web, Mobile, Desktop/)
  })

  it('refuses the Archi fixture with a duplicate relation id (test6)', () => {
    const base = imported(set(SHARED, 'archi-test4-elements.csv'))
    const result = importArchiCsv(set(SHARED, 'archi-test6-relations.csv'), options(base))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues.map(formatCsvIssue)).toContainEqual(expect.stringMatching(/archi-test6-relations\.csv, baris 3, kolom 1 \(ID\): ID "r1" sudah dipakai/))
  })

  it('re-import updates by id and never deletes (Archi test1 then test2)', () => {
    const first = imported(set(SHARED, 'archi-test1-elements.csv', 'archi-test1-relations.csv', 'archi-test1-properties.csv'))
    expect(first.project.name).toBe('Test Model')
    expect(first.elements.map((e) => e.id)).toEqual(['f00aa5b4', 'd9fe8c17', 'f6a18059'])
    expect(first.elements[0]!.description).toBe('This is the Business Actor\r\nDocumentation\r\nHere ""\r\n')
    const second = imported(set(SHARED, 'archi-test2-elements.csv'), first)
    expect(second.project.name).toBe('Test Model changed')
    expect(second.elements.find((e) => e.id === 'f00aa5b4')!.name).toBe('Name changed')
    expect(second.elements).toHaveLength(3)
    expect(valid(second)).toBe(true)
  })

  it('gives new ids to rows without one and reads # comments (test3, test5)', () => {
    const three = imported(set(SHARED, 'archi-test3-elements.csv'))
    expect(three.elements).toHaveLength(5)
    expect(three.elements.filter((e) => e.id.startsWith('enew'))).toHaveLength(3)
    expect(three.elements.find((e) => e.id === 'id2')!.description).toBe('This has an Identifier')
    const five = imported(set(SHARED, 'archi-test5-elements.csv'))
    expect(five.elements.map((e) => e.id)).toEqual(['id1', 'id2'])
  })

  it('refuses an element row that would change the type of an existing element', () => {
    const base = imported(set(OWN, 'bom-semicolon-elements.csv'))
    const result = importArchiCsv({ elements: { name: 'c-elements.csv', content: '"ID","Type","Name","Documentation"\n"a1","Node","SIMPEG",""\n' } }, options(base))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues[0]!.message.en).toMatch(/already exists as ApplicationComponent; an import never changes a type/)
  })

  it('re-wires relations on re-import (a relation kept by the model, moved to other ends)', () => {
    const base = imported({
      elements: { name: 'w-elements.csv', content: '"ID","Type","Name","Documentation"\n"a","ApplicationComponent","A",""\n"b","ApplicationComponent","B",""\n"c","ApplicationComponent","C",""\n' },
      relations: { name: 'w-relations.csv', content: '"ID","Type","Name","Documentation","Source","Target"\n"r","FlowRelationship","","","a","b"\n' },
    })
    expect(base.relations[0]).toMatchObject({ id: 'r', kind: 'integrates-with', source: 'a', target: 'b' })
    const moved = imported({ relations: { name: 'w2-relations.csv', content: '"ID","Type","Name","Documentation","Source","Target"\n"r","FlowRelationship","","","c","a"\n' } }, base)
    expect(moved.relations).toEqual([expect.objectContaining({ id: 'r', source: 'c', target: 'a' })])
    expect(moved.elements).toHaveLength(3)
  })
})

describe('Archi CSV export and round trip', () => {
  const loaded = parseProjectText(readFileSync(join(__dirname, '../../examples/kabupaten-contoh.cetakbiru.json'), 'utf8'))
  if (!loaded.ok) throw new Error('example project does not load')
  const example = loaded.data

  it('exports the example project and re-imports it with the same elements, relations and SPBE fields by id', () => {
    const csv = exportArchiCsv(example, ARCHI_CSV_MAPPING)
    expect(csv.elements.startsWith('"ID","Type","Name","Documentation","Specialization"\r\n')).toBe(true)
    const back = importArchiCsv(asSet(csv), { ...options(), into: { ...example, elements: [], relations: [] } })
    if (!back.ok) throw new Error(back.issues.slice(0, 5).map(formatCsvIssue).join('\n'))
    const strip = (d: ProjectData) => ({ elements: [...d.elements].sort((a, b) => a.id.localeCompare(b.id)), relations: [...d.relations].sort((a, b) => a.id.localeCompare(b.id)) })
    expect(strip(back.data)).toEqual(strip(example))
    expect(back.report.properties.notKept).toBe(0)
    // Re-importing into the original changes nothing and deletes nothing.
    const again = importArchiCsv(asSet(csv), options(example))
    if (!again.ok) throw new Error('re-import failed')
    expect(strip(again.data)).toEqual(strip(example))
    expect(again.report.elements).toEqual({ created: 0, updated: example.elements.length })
  })

  const sharedSets: [string, string, string[]][] = [
    ['archi-test1', SHARED, ['archi-test1-elements.csv', 'archi-test1-relations.csv', 'archi-test1-properties.csv']],
    ['archi-test2', SHARED, ['archi-test2-elements.csv', 'archi-test2-relations.csv', 'archi-test2-properties.csv']],
    ['archi-test3', SHARED, ['archi-test3-elements.csv', 'archi-test3-relations.csv']],
    ['archi-test4', SHARED, ['archi-test4-elements.csv', 'archi-test4-relations.csv']],
    ['archi-test5', SHARED, ['archi-test5-elements.csv']],
    ['nbility', NBILITY, ['NBility-business-capabilities-Archi-English-elements.csv', 'NBility-business-capabilities-Archi-English-relations.csv', 'NBility-business-capabilities-Archi-English-properties.csv']],
  ]
  for (const [name, dir, files] of sharedSets) {
    it(`${name}: import, export, re-import keeps every element, relation and property by id`, () => {
      const report = checkArchiCsvRoundTrip(set(dir, ...files))
      expect(report.problems).toEqual([])
      for (const role of ['elements', 'relations', 'properties'] as const) expect(report.counts[role][1]).toBe(report.counts[role][0])
      expect(report.ok).toBe(true)
    })
  }

  it('the round-trip check notices a lost property', () => {
    const s = set(SHARED, 'archi-test1-elements.csv', 'archi-test1-properties.csv')
    // Without the relations file, properties of relation 5854f8a3 and of an id nobody defines cannot survive; the check must say so.
    const extra = new TextDecoder().decode(s.properties!.content as Uint8Array) + '"nowhere","Lost","value"\r\n'
    const report = checkArchiCsvRoundTrip({ ...s, properties: { name: 'p-properties.csv', content: extra } })
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual(['properties: 5854f8a3|This|values missing', 'properties: nowhere|Lost|value missing'])
  })

  it('groups file names into sets by prefix', () => {
    expect([...groupArchiCsvFiles(['a-elements.csv', 'a-relations.csv', 'b-elements.csv', 'x.xml', 'a-properties.csv'])]).toEqual([
      ['a-', { elements: 'a-elements.csv', properties: 'a-properties.csv', relations: 'a-relations.csv' }],
      ['b-', { elements: 'b-elements.csv' }],
    ])
  })

  it('an element deleted in Cetakbiru takes its aside relations and properties with it on export', () => {
    const first = importArchiCsv(set(SHARED, 'archi-test1-elements.csv', 'archi-test1-relations.csv', 'archi-test1-properties.csv'), options())
    if (!first.ok) throw new Error('import failed')
    expect(first.extras.relations.map((r) => r.id)).toEqual(['cdbfc933', '5854f8a3'])
    const without = { ...first.data, elements: first.data.elements.filter((e) => e.id !== 'f6a18059') }
    const csv = exportArchiCsv(without, ARCHI_CSV_MAPPING, first.extras)
    expect(csv.relations).not.toContain('cdbfc933')
    expect(csv.relations).toContain('5854f8a3')
  })
})

describe('the project carries what an Archi CSV import set aside (interop.archiCsv)', () => {
  const test1 = (): ArchiCsvSet => set(SHARED, 'archi-test1-elements.csv', 'archi-test1-relations.csv', 'archi-test1-properties.csv')
  const first = (): { data: ProjectData; extras: ArchiCsvExtras } => {
    const r = importArchiCsv(test1(), options())
    if (!r.ok) throw new Error(r.issues.map(formatCsvIssue).join('\n'))
    return r
  }
  /** Rows of a CSV text as sorted `a|b|c` strings: exports compared regardless of record order. */
  const rows = (text: string): string[] => {
    const r = readCsv(text, 'x.csv')
    return r.ok ? r.table.rows.map((row) => row.cells.join('|')).sort() : []
  }
  const throughDoc = (data: ProjectData, edit?: (ctx: CommandContext) => void): ProjectData => {
    const doc = createDocFromProject(data)
    if (edit) edit({ doc, origin: localOrigin('tester') })
    const out = readProjectData(doc)
    doc.destroy()
    return out
  }

  it('puts the extras in data.interop.archiCsv, and a set without any leaves interop out', () => {
    const r = first()
    expect(r.data.interop?.archiCsv).toEqual(r.extras)
    expect(readArchiCsvInterop(r.data)).toEqual({ extras: r.extras })
    const plain = imported({ elements: { name: 'p-elements.csv', content: '"ID","Type","Name","Documentation"\n"a","ApplicationComponent","SIMPEG",""\n' } })
    expect(plain.interop).toBeUndefined()
  })

  for (const [name, s] of [
    ['archi-test1', () => test1()],
    ['nbility', () => set(NBILITY, 'NBility-business-capabilities-Archi-English-elements.csv', 'NBility-business-capabilities-Archi-English-relations.csv', 'NBility-business-capabilities-Archi-English-properties.csv')],
  ] as const) {
    it(`${name}: the project file alone and a Y.Doc alone export the same set as the import's own extras`, () => {
      const r = importArchiCsv(s(), options())
      if (!r.ok) throw new Error('import failed')
      const direct = exportArchiCsv(r.data, ARCHI_CSV_MAPPING, r.extras)
      const saved = parseProjectText(serializeProject(r.data))
      if (!saved.ok) throw new Error('project file does not load')
      for (const data of [saved.data, throughDoc(saved.data)]) {
        const csv = exportArchiCsv(data, ARCHI_CSV_MAPPING)
        for (const role of ['elements', 'relations', 'properties'] as const) expect(rows(csv[role])).toEqual(rows(direct[role]))
      }
    })
  }

  it('a re-import into the project merges into its interop.archiCsv without being handed the extras', () => {
    const base = first().data
    const next = importArchiCsv(set(SHARED, 'archi-test2-elements.csv'), options(base))
    if (!next.ok) throw new Error('re-import failed')
    const kept = readArchiCsvInterop(next.data).extras!
    // Untouched by test2's elements file: the aside relations and the properties stay.
    expect(kept.relations.map((x) => x.id)).toEqual(['cdbfc933', '5854f8a3'])
    expect(kept.properties).toContainEqual({ id: 'f00aa5b4', key: 'Property 2', value: 'Another one "here"' })
    // Touched: the row updated f00aa5b4 without a specialization, as Archi's re-import does.
    expect(kept.specializations.f00aa5b4).toBeUndefined()
    const full = importArchiCsv(set(SHARED, 'archi-test2-elements.csv', 'archi-test2-relations.csv', 'archi-test2-properties.csv'), options(base))
    if (!full.ok) throw new Error('re-import failed')
    const merged = readArchiCsvInterop(full.data).extras!
    expect(merged.properties.filter((p) => p.id === '5854f8a3')).toEqual([{ id: '5854f8a3', key: 'This', value: 'value changes' }])
    expect(merged.relations.find((x) => x.id === 'cdbfc933')!.name).toBe('Assignment relation changed')
  })

  it('a deleted element takes its kept properties and relations along; a renamed one exports its new name', () => {
    const data = throughDoc(first().data, (ctx) => {
      expect(deleteElement(ctx, 'f6a18059').ok).toBe(true)
      expect(updateElement(ctx, 'd9fe8c17', { name: 'Antarmuka layanan' }).ok).toBe(true)
    })
    const csv = exportArchiCsv(data, ARCHI_CSV_MAPPING)
    expect(csv.relations).not.toContain('cdbfc933')
    expect(csv.relations).toContain('"5854f8a3","CompositionRelationship","Compo"')
    expect(csv.elements).toContain('"d9fe8c17","BusinessInterface","Antarmuka layanan"')
    expect(csv.elements).not.toContain('Business Interface')
    const gone = throughDoc(first().data, (ctx) => expect(deleteElement(ctx, 'f00aa5b4').ok).toBe(true))
    const out = exportArchiCsv(gone, ARCHI_CSV_MAPPING)
    expect(out.properties).not.toContain('f00aa5b4')
    expect(out.elements).not.toContain('Specialization1')
    // Both kept relations started at f00aa5b4.
    expect(rows(out.relations)).toEqual([])
  })

  it('a kept relation pointing at a kept relation goes when that one goes', () => {
    const r = importArchiCsv({
      elements: { name: 'k-elements.csv', content: '"ID","Type","Name","Documentation"\n"a","BusinessActor","A",""\n"b","BusinessRole","B",""\n"c","BusinessActor","C",""\n' },
      relations: { name: 'k-relations.csv', content: '"ID","Type","Name","Documentation","Source","Target"\n"r1","AssignmentRelationship","","","a","b"\n"r2","AssociationRelationship","","","c","r1"\n' },
    }, options())
    if (!r.ok) throw new Error(r.issues.map(formatCsvIssue).join('\n'))
    expect(r.extras.relations.map((x) => x.id)).toEqual(['r1', 'r2'])
    expect(rows(exportArchiCsv(r.data, ARCHI_CSV_MAPPING).relations)).toHaveLength(2)
    const data = throughDoc(r.data, (ctx) => expect(deleteElement(ctx, 'b').ok).toBe(true))
    expect(rows(exportArchiCsv(data, ARCHI_CSV_MAPPING).relations)).toEqual([])
  })

  it('interop.archiCsv of the wrong shape is ignored by export, with a warning naming it', () => {
    const r = first()
    const broken: ProjectData = { ...r.data, interop: { archiCsv: { format: 'other' } } }
    const read = readArchiCsvInterop(broken)
    expect(read.extras).toBeUndefined()
    expect(read.warning?.id).toContain('interop.archiCsv')
    expect(read.warning?.en).toContain('interop.archiCsv')
    expect(exportArchiCsv(broken, ARCHI_CSV_MAPPING).relations).not.toContain('cdbfc933')
  })
})
