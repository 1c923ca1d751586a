import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { attributeDef } from '../../model/metamodel/metamodel.ts'
import { localOrigin } from '../../model/origin.ts'
import { createProjection, readProjectData } from '../../model/projection/projection.ts'
import { nationalCatalogue } from '../../model/reference/catalogue.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import { translator } from '../i18n/translate.ts'
import { applyBulkChange } from './bulkEdit.ts'
import { catalogueColumns, type CatalogueColumn } from './catalogueColumns.ts'
import { attributeCell, rowContext } from './catalogueRows.ts'
import { cellEditor, commitCell, parseCodes, parseNumber } from './cellEdit.ts'

function setup() {
  const doc = createDocFromProject(smallProject())
  const projection = createProjection(doc)
  const ctx = { doc, origin: localOrigin('ani') }
  const s = () => projection.store.getState()
  const element = (id: string) => readProjectData(doc).elements.find((e) => e.id === id)!
  const col = (domain: Parameters<typeof catalogueColumns>[0], id: string): CatalogueColumn => catalogueColumns(domain).find((c) => c.id === id)!
  const stateOf = (id: string) => s().states.find((x) => x.id === id)
  const edit = (id: string, column: CatalogueColumn, text: string, shown = 'asis') =>
    commitCell({ ctx, state: s(), element: s().elements.get(id)!, column, shown: stateOf(shown), catalogue: nationalCatalogue() }, text)
  return { doc, ctx, s, element, col, edit, stateOf }
}

describe('reading what people type', () => {
  it('reads numbers in Indonesian and English notation', () => {
    expect(parseNumber('1.500.000')).toBe(1_500_000)
    expect(parseNumber('1,500,000')).toBe(1_500_000)
    expect(parseNumber('2,5')).toBe(2.5)
    expect(parseNumber('2.5')).toBe(2.5)
    expect(parseNumber('Rp 750.000')).toBe(750_000)
    expect(parseNumber('2.5.1')).toBeNaN()
    expect(parseNumber('')).toBeNaN()
  })

  it('splits reference codes on commas, semicolons or spaces, each once', () => {
    expect(parseCodes(' RAA.02.01, RAA.01;RAA.01  RAB ')).toEqual(['RAA.02.01', 'RAA.01', 'RAB'])
  })

  it('offers the editor each type calls for', () => {
    const { s, col } = setup()
    const t = translator('id')
    const siak = s().elements.get('apl-siak')!
    expect(cellEditor(col('aplikasi', 'name'), siak, s(), t, 'id')).toEqual({ type: 'text' })
    const platform = cellEditor(col('aplikasi', 'attr:platform'), siak, s(), t, 'id')
    expect(platform.type === 'select' && platform.options.map((o) => o.label)).toEqual(['(kosong)', 'Web', 'Mobile', 'Desktop'])
    const owner = cellEditor(col('aplikasi', 'owner'), siak, s(), t, 'id')
    expect(owner.type === 'select' && owner.options.map((o) => o.value)).toEqual(['', 'opd-dukcapil', 'opd-kominfo'])
    const producer = attributeDef('data-informasi', 'producer')!
    expect(attributeCell(producer, 'opd-dukcapil', rowContext(s(), [], 'asis', 'id', t))).toEqual({ text: 'Disdukcapil' })
  })
})

describe('a cell edit', () => {
  it('renames and changes the owner through the model commands, and refuses an empty name', () => {
    const { edit, col, element } = setup()
    expect(edit('apl-siak', col('aplikasi', 'name'), '  SIAK Daerah ').ok).toBe(true)
    expect(element('apl-siak').name).toBe('SIAK Daerah')
    const empty = edit('apl-siak', col('aplikasi', 'name'), '  ')
    expect(empty.ok === false && empty.error.id).toBe('Nama elemen wajib diisi')
    expect(edit('apl-siak', col('aplikasi', 'owner'), 'opd-kominfo').ok).toBe(true)
    expect(element('apl-siak').ownerOpd).toBe('opd-kominfo')
    expect(edit('apl-siak', col('aplikasi', 'owner'), '').ok).toBe(true)
    expect(element('apl-siak').ownerOpd).toBeUndefined()
  })

  it('edits the base value in the as-is and the target\'s own value in the target', () => {
    const { edit, col, element } = setup()
    const mode = col('layanan', 'attr:deliveryMode')
    expect(edit('lay-ktp', mode, 'hibrida', 'asis').ok).toBe(true)
    expect(element('lay-ktp').attrs.deliveryMode).toBe('hibrida')
    // The target kept its own value.
    expect(element('lay-ktp').states.target?.attrs?.deliveryMode).toBe('daring')
    expect(edit('apl-siak', col('aplikasi', 'attr:platform'), 'mobile', 'target').ok).toBe(true)
    expect(element('apl-siak').attrs.platform).toBe('web')
    expect(element('apl-siak').states.target?.attrs?.platform).toBe('mobile')
  })

  it('edits the base value of an element that is only in the shown state, and refuses one outside it', () => {
    const { edit, col, element } = setup()
    const ownership = col('infrastruktur', 'attr:ownership')
    expect(edit('inf-pdn', ownership, 'sewa', 'target').ok).toBe(true)
    expect(element('inf-pdn').attrs.ownership).toBe('sewa')
    const outside = edit('inf-pdn', ownership, 'milik-sendiri', 'asis')
    expect(outside.ok === false && outside.error.id).toContain('tidak termasuk Kondisi Saat Ini')
    expect(element('inf-pdn').attrs.ownership).toBe('sewa')
  })

  it('refuses what the model or the catalogue would not take, in both languages', () => {
    const { edit, col, element, doc } = setup()
    const r = edit('apl-siak', col('aplikasi', 'code'), 'LAY-001')
    expect(r.ok === false && [r.error.id, r.error.en]).toEqual(['Kode LAY-001 sudah dipakai oleh "Layanan KTP-el"', 'Code LAY-001 is already used by "Layanan KTP-el"'])
    const codes = edit('apl-siak', col('aplikasi', 'refCodes'), 'RAA.02.01, XYZ.9')
    expect(codes.ok === false && codes.error.en).toBe('Reference codes not in the catalogue: XYZ.9')
    expect(element('apl-siak').refCodes).toEqual(['RAA.02.01'])
    expect(edit('apl-siak', col('aplikasi', 'refCodes'), 'RAA.02.01 RAA.01').ok).toBe(true)
    expect(element('apl-siak').refCodes).toEqual(['RAA.02.01', 'RAA.01'])
    const budget: CatalogueColumn = { id: 'attr:indicativeBudget', field: 'attr', attr: 'indicativeBudget', min: 100, grow: 0, editable: true, numeric: true }
    const nan = edit('apl-siak', budget, 'banyak')
    expect(nan.ok === false && nan.error.id).toBe('Harus berupa angka, mis. 1.500.000')
    expect(edit('apl-siak', budget, '1.500.000').ok).toBe(true)
    expect(element('apl-siak').attrs.indicativeBudget).toBe(1_500_000)
    const negative = edit('apl-siak', budget, '-5')
    expect(negative.ok === false && negative.error.en).toContain('at least 0')
    // Saving what is already there writes nothing (no empty undo step).
    let updates = 0
    doc.on('update', () => updates++)
    expect(edit('apl-siak', budget, '1500000').ok).toBe(true)
    expect(edit('apl-siak', col('aplikasi', 'name'), 'SIAK Terpusat').ok).toBe(true)
    expect(updates).toBe(0)
  })
})

describe('a bulk edit', () => {
  function withApps(doc: Y.Doc) {
    return readProjectData(doc).elements.filter((e) => ['apl-siak', 'lay-ktp', 'dat-penduduk', 'inf-pdn'].includes(e.id))
  }

  it('changes many elements in one undo step and says how many changed', () => {
    const { doc, ctx, element, stateOf } = setup()
    // No capture window: separate transactions would be separate steps, so this checks there is one.
    const undo = createUserUndo(doc, 'ani', 0)
    const chosen = withApps(doc)
    const r = applyBulkChange(ctx, chosen, { field: 'owner', value: 'opd-kominfo' }, stateOf('asis'), nationalCatalogue())
    // dat-penduduk and inf-pdn already belonged to Diskominfo.
    expect(r.ok && r.value).toEqual({ changed: 2, unchanged: 2, skipped: 0 })
    expect(chosen.map((e) => element(e.id).ownerOpd)).toEqual(['opd-kominfo', 'opd-kominfo', 'opd-kominfo', 'opd-kominfo'])
    undo.undo()
    expect(['apl-siak', 'lay-ktp'].map((id) => element(id).ownerOpd)).toEqual(['opd-dukcapil', 'opd-dukcapil'])
    expect(undo.canUndo()).toBe(false)
    undo.destroy()
  })

  it('adds a reference code to each element\'s own list, and sets attributes in the shown state only', () => {
    const { doc, ctx, element, stateOf } = setup()
    const r = applyBulkChange(ctx, withApps(doc), { field: 'addRefCode', value: 'RAA.01' }, stateOf('asis'), nationalCatalogue())
    expect(r.ok && r.value.changed).toBe(4)
    expect(element('apl-siak').refCodes).toEqual(['RAA.02.01', 'RAA.01'])
    const budget = attributeDef('server', 'indicativeBudget')!
    const b = applyBulkChange(ctx, withApps(doc), { field: 'attr', def: budget, value: 100 }, stateOf('asis'), nationalCatalogue())
    // The data centre is not in the as-is: skipped, not written to its base value.
    expect(b.ok && b.value).toEqual({ changed: 3, unchanged: 0, skipped: 1 })
    expect(element('inf-pdn').attrs.indicativeBudget).toBeUndefined()
    expect(element('lay-ktp').attrs.indicativeBudget).toBe(100)
  })

  it('writes nothing when one element would refuse the value', () => {
    const { doc, ctx, element, stateOf } = setup()
    const budget = attributeDef('server', 'indicativeBudget')!
    const r = applyBulkChange(ctx, withApps(doc), { field: 'attr', def: budget, value: -1 }, stateOf('asis'), nationalCatalogue())
    expect(r.ok).toBe(false)
    expect(element('apl-siak').attrs.indicativeBudget).toBeUndefined()
    const code = applyBulkChange(ctx, withApps(doc), { field: 'addRefCode', value: 'NOPE' }, stateOf('asis'), nationalCatalogue())
    expect(code.ok === false && code.error.id).toBe('Kode referensi tidak ada di katalog: NOPE')
  })
})
