import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { formatCsvIssue } from '../../src/io/archiCsv/csvIssue.ts'
import { applyImport, applyImportToProject } from '../../src/io/inventory/applyImport.ts'
import { coerceValue, parseBoolean, parseDate, parseNumber } from '../../src/io/inventory/coerceValue.ts'
import { parseMappingText, suggestMapping } from '../../src/io/inventory/inventoryMapping.ts'
import { readInventoryCsv, readInventoryXlsx, type InventoryTable } from '../../src/io/inventory/inventoryTable.ts'
import { normalizeName } from '../../src/io/inventory/normalize.ts'
import { previewImport, type ImportPreview } from '../../src/io/inventory/previewImport.ts'
import { parseProjectText } from '../../src/model/file/loadProject.ts'
import { attributeDef } from '../../src/model/metamodel/metamodel.ts'
import type { BooleanAttribute } from '../../src/model/metamodel/types.ts'
import { localOrigin } from '../../src/model/origin.ts'
import type { ProjectData } from '../../src/model/project.ts'
import { readProjectData } from '../../src/model/projection/projection.ts'
import { createDocFromProject } from '../../src/model/ydoc/writeProject.ts'

const FIXTURES = join(__dirname, '../fixtures/inventory')
const loaded = parseProjectText(readFileSync(join(__dirname, '../../examples/kabupaten-contoh.cetakbiru.json'), 'utf8'))
if (!loaded.ok) throw new Error('example project does not load')
const example: ProjectData = loaded.data

function table(): InventoryTable {
  const r = readInventoryCsv(new Uint8Array(readFileSync(join(FIXTURES, 'aplikasi-semicolon-bom.csv'))), 'aplikasi.csv')
  if (!r.ok) throw new Error(r.issues.map(formatCsvIssue).join('\n'))
  return r.table
}
function mappingFile() {
  const r = parseMappingText(readFileSync(join(FIXTURES, 'aplikasi.mapping.json'), 'utf8'))
  if (!r.ok) throw new Error(r.problems.map((p) => p.en).join('\n'))
  return r.mapping
}
function preview(data: ProjectData = example): ImportPreview {
  const r = previewImport(table(), mappingFile(), data)
  if (!r.ok) throw new Error(r.issues.map(formatCsvIssue).join('\n'))
  return r.preview
}

describe('cell coercion', () => {
  it('reads Indonesian and English number formats', () => {
    const n = (s: string) => {
      const r = parseNumber(s)
      return r.ok ? r.value : 'error'
    }
    expect([n('1.500.000'), n('1.500.000,50'), n('Rp 2.500.000'), n('2,5'), n('2.5'), n('1,500,000.25'), n('-3'), n('12abc'), n('')]).toEqual([1500000, 1500000.5, 2500000, 2.5, 2.5, 1500000.25, -3, 'error', 'error'])
  })
  it('reads ya/tidak and day-first dates', () => {
    expect([parseBoolean('Ya'), parseBoolean('tidak'), parseBoolean('YES'), parseBoolean('mungkin')].map((r) => (r.ok ? r.value : 'error'))).toEqual([true, false, true, 'error'])
    expect([parseDate('01/03/2024'), parseDate('2024-3-1'), parseDate('31/02/2024')].map((r) => (r.ok ? r.value : 'error'))).toEqual(['2024-03-01', '2024-03-01', 'error'])
    const flag: BooleanAttribute = { name: 'x', type: 'boolean', label: { id: 'X', en: 'X' } }
    expect(coerceValue(flag, 'ya', [])).toEqual({ ok: true, value: true })
  })
  it('turns enum labels in either language into values and names the options when it cannot', () => {
    const platform = attributeDef('aplikasi-khusus', 'platform')!
    const licence = attributeDef('aplikasi-khusus', 'licenseType')!
    expect(coerceValue(licence, 'Sumber Terbuka', [])).toEqual({ ok: true, value: 'open-source' })
    expect(coerceValue(licence, 'Government-owned', [])).toEqual({ ok: true, value: 'pemerintah' })
    const bad = coerceValue(platform, 'Televisi', [])
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.problem.id).toBe('"Televisi" bukan pilihan yang dikenal; diharapkan salah satu dari: Web, Mobile, Desktop')
  })
  it('folds names for duplicate spotting', () => {
    expect(normalizeName('Aplikasi e-Kinerja BKN')).toBe(normalizeName('E-Kinerja  BKN'))
    expect(normalizeName('Sistem Informasi Kepegawaian')).toBe('kepegawaian')
    expect(normalizeName('Aplikasi')).toBe('aplikasi')
  })
})

describe('suggestMapping', () => {
  it('maps Indonesian and English headers and attribute labels of the domain', () => {
    const m = suggestMapping(['No', 'Nama Aplikasi', 'Kode', 'OPD', 'Deskripsi', 'Basis Aplikasi', 'Tipe lisensi', 'Pagu indikatif (Rp)', 'Tahun mulai', 'Catatan Internal'], 'aplikasi')
    expect(m.columns).toEqual({
      'Nama Aplikasi': 'name', Kode: 'code', OPD: 'ownerOpd', Deskripsi: 'description', 'Basis Aplikasi': 'attr:platform',
      'Tipe lisensi': 'attr:licenseType', 'Pagu indikatif (Rp)': 'attr:indicativeBudget', 'Tahun mulai': 'attr:launchYear',
    })
    const en = suggestMapping(['Application name', 'Owner', 'Description', 'Application platform', 'Code'], 'aplikasi')
    expect(en.columns).toEqual({ 'Application name': 'name', Owner: 'ownerOpd', Description: 'description', 'Application platform': 'attr:platform', Code: 'code' })
    const data = suggestMapping(['Nama Data', 'Perangkat Daerah', 'Sifat Data', 'Jenis Data', 'Pemilik'], 'data')
    expect(data.columns).toEqual({ 'Nama Data': 'name', 'Perangkat Daerah': 'ownerOpd', 'Sifat Data': 'attr:nature', 'Jenis Data': 'attr:dataType' })
    expect(data.kind).toBe('data-informasi')
  })
})

describe('saved mapping file', () => {
  it('is valid against its JSON Schema and refuses unknown attributes with a message', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../schemas/inventory-mapping.schema.json'), 'utf8')) as object
    const validate = new Ajv2020({ strict: true }).compile(schema)
    expect(validate(JSON.parse(readFileSync(join(FIXTURES, 'aplikasi.mapping.json'), 'utf8')))).toBe(true)
    const bad = parseMappingText('{"domain":"aplikasi","columns":{"Nama":"name","Warna":"attr:colour"}}')
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.problems[0]!.en).toBe('Column "Warna": unknown destination "attr:colour" for domain aplikasi')
  })
})

describe('previewImport', () => {
  it('plans creates, updates by code, skips with per-cell reasons and flags likely duplicates', () => {
    const p = preview()
    expect(p.creates.map((c) => [c.line, c.name])).toEqual([[2, 'SIMPEG Sukamaju'], [5, 'Aplikasi e-Kinerja BKN'], [8, 'Sistem Informasi Retribusi']])
    const simpeg = p.creates[0]!
    expect(simpeg).toMatchObject({ kind: 'aplikasi-khusus', code: 'APL-900', owner: 'opd-bkpsdm', description: 'Kepegawaian\r\nbaris dua; dengan titik koma' })
    expect(simpeg.attrs).toEqual({ platform: 'web', licenseType: 'open-source', function: 'Pengelolaan data ASN', indicativeBudget: 1500000, launchYear: 2019 })
    expect(p.creates[2]!.attrs).toMatchObject({ platform: 'mobile', licenseType: 'proprietary', indicativeBudget: 2500000.5 })
    expect(p.creates[2]!.owner).toEqual({ newOpd: 'Badan Retribusi Baru' })
    expect(p.newOpd).toEqual(['Badan Retribusi Baru'])

    const dapodik = example.elements.find((e) => e.code === 'APL-015')!
    expect(p.updates).toEqual([expect.objectContaining({ line: 4, id: dapodik.id, attrs: { platform: 'desktop', function: 'Pendataan pendidikan' } })])

    expect(p.skipped.map((s) => s.line)).toEqual([6, 7, 9])
    const simda = p.skipped[0]!.reasons.map((r) => r.en)
    expect(simda).toEqual([
      'column 6 (Basis Aplikasi): Application platform: "Televisi" is not a known option; expected one of: Web, Mobile, Desktop',
      'column 9 (Pagu Indikatif (Rp)): Indicative budget (IDR): "abc" is not a number',
    ])
    expect(p.skipped[2]!.reasons[0]!.id).toBe('kode "APL-900" sudah dipakai di baris 2')
    const errors = p.issues.filter((i) => i.severity === 'error').map(formatCsvIssue)
    expect(errors[0]).toMatch(/^aplikasi\.csv, baris 6, kolom 6 \(Basis Aplikasi\): Basis aplikasi: "Televisi" bukan pilihan/)

    // The example already has "SIMPEG Sukamaju" (new code, same name) and "e-Kinerja BKN".
    const existing = (name: string) => ({ id: example.elements.find((e) => e.name === name)!.id, name })
    expect(p.duplicates).toEqual([
      { line: 2, name: 'SIMPEG Sukamaju', existing: existing('SIMPEG Sukamaju') },
      { line: 5, name: 'Aplikasi e-Kinerja BKN', existing: existing('e-Kinerja BKN') },
    ])
  })
})

describe('applyImport', () => {
  it('applies the preview as one undoable transaction of model commands, and the result loads', () => {
    const doc = createDocFromProject(example)
    const origin = localOrigin('importer')
    const undo = new Y.UndoManager([...doc.share.values()] as Y.AbstractType<unknown>[], { trackedOrigins: new Set([origin]) })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const p = preview()
    const r = applyImport({ doc, origin }, p)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(transactions).toBe(1)
    const after = readProjectData(doc)
    expect(after.elements).toHaveLength(example.elements.length + 3)
    const retribusi = after.elements.find((e) => e.id === r.value.created[2])!
    expect(after.opd.find((o) => o.id === retribusi.ownerOpd)?.name).toBe('Badan Retribusi Baru')
    expect(after.elements.find((e) => e.code === 'APL-015')!.attrs.platform).toBe('desktop')
    undo.undo()
    expect(readProjectData(doc).elements).toHaveLength(example.elements.length)
    expect(readProjectData(doc).opd).toHaveLength(example.opd.length)
  })

  it('changes nothing when a command would fail (the element to update was deleted meanwhile)', () => {
    const p = preview()
    const gone = { ...example, elements: example.elements.filter((e) => e.code !== 'APL-015'), relations: [], views: [] }
    const doc = createDocFromProject(gone)
    const before = Y.encodeStateAsUpdate(doc)
    const r = applyImport({ doc, origin: localOrigin('importer') }, p)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.en).toMatch(/^aplikasi\.csv, line 4: That element no longer exists/)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('the CLI path returns a project that passes the loader', () => {
    const r = applyImportToProject(example, preview())
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.applied).toMatchObject({ opdCreated: ['Badan Retribusi Baru'] })
  })
})

describe('XLSX inventory', () => {
  it('reads a workbook with a title line, numbers, dates and rich text, and imports it', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Inventaris Server')
    ws.addRow(['Daftar Server Diskominfo 2025'])
    ws.addRow(['Nama Server', 'Jenis Server', 'Memori (GB)', 'Jumlah', 'OPD', 'Status kepemilikan'])
    ws.addRow(['Server Aplikasi 1', 'Virtual', 64, '2', 'Diskominfo', 'Milik sendiri'])
    ws.addRow([{ richText: [{ text: 'Server ' }, { text: 'Basis Data', font: { bold: true } }] }, 'Fisik', '128', 1.5, 'Diskominfo', 'Leased'])
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
    const read = await readInventoryXlsx(bytes, 'server.xlsx')
    if (!read.ok) throw new Error(read.issues.map(formatCsvIssue).join('\n'))
    expect(read.table.header).toEqual(['Nama Server', 'Jenis Server', 'Memori (GB)', 'Jumlah', 'OPD', 'Status kepemilikan'])
    expect(read.table.rows.map((r) => r.line)).toEqual([3, 4])
    const mapping = suggestMapping(read.table.header, 'infrastruktur')
    expect(mapping.columns).toEqual({ 'Nama Server': 'name', 'Jenis Server': 'attr:serverType', 'Memori (GB)': 'attr:memoryGb', Jumlah: 'attr:quantity', OPD: 'ownerOpd', 'Status kepemilikan': 'attr:ownership' })
    const p = previewImport(read.table, mapping, example)
    if (!p.ok) throw new Error('no preview')
    expect(p.preview.creates.map((c) => [c.name, c.kind, c.attrs])).toEqual([
      ['Server Aplikasi 1', 'server', { serverType: 'virtual', memoryGb: 64, quantity: 2, ownership: 'milik-sendiri' }],
    ])
    // 1.5 servers: the quantity is a whole number.
    expect(p.preview.skipped[0]!.reasons.map((r) => r.en)).toEqual(['column 4 (Jumlah): Quantity: must be a whole number'])
  })

  it('refuses a file that is not XLSX with a message', async () => {
    const r = await readInventoryXlsx(new TextEncoder().encode('not a zip'), 'x.xlsx')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]!.message.en).toMatch(/Not a readable XLSX file/)
  })
})
