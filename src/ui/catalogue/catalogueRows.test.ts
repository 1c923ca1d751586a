import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import type { Element } from '../../model/project.ts'
import { createProjection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { translator } from '../i18n/translate.ts'
import type { Locale } from '../../model/message.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import { catalogueColumns } from './catalogueColumns.ts'
import { catalogueCsv } from './catalogueCsv.ts'
import { catalogueRows, domainRows, rowContext, type CatalogueRow, type RowOrder } from './catalogueRows.ts'

const state = () => createProjection(createDocFromProject(smallProject())).store.getState()
const byCode: RowOrder = { column: 'code', descending: false }

function rows(domain: DomainId, opts: { locale?: Locale; stateId?: string; filter?: string; order?: RowOrder } = {}): CatalogueRow[] {
  const s = state()
  const locale = opts.locale ?? 'id'
  const ctx = rowContext(s, catalogueColumns(domain), opts.stateId ?? 'asis', locale, translator(locale))
  return catalogueRows(s, domain, ctx, opts.filter ?? '', opts.order ?? byCode)
}
const texts = (r: CatalogueRow, ...ids: string[]) => ids.map((id) => r.cells[id]?.text)

describe('catalogue rows', () => {
  it('lists one domain with owner, codes, where each element is and the target status in words', () => {
    const inf = rows('infrastruktur')
    expect(inf.map((r) => texts(r, 'code', 'name', 'kind', 'owner', 'inAsis', 'targetStatus'))).toEqual([
      ['INF-001', 'Server Disdukcapil', 'Perangkat Keras Server', 'Diskominfo', 'Ya', ''],
      ['INF-002', 'Pusat Data Nasional', 'Fasilitas Komputasi / Pusat Data', 'Diskominfo', '', 'Baru'],
    ])
    expect(rows('infrastruktur', { locale: 'en' }).map((r) => texts(r, 'inAsis', 'targetStatus'))).toEqual([['Yes', ''], ['', 'New']])
    expect(rows('layanan')[0]!.targetStatus).toBe('pengembangan')
  })

  it('shows attribute values as they are in the chosen state, enum labels in the user\'s language', () => {
    expect(texts(rows('layanan')[0]!, 'attr:deliveryMode', 'attr:purpose')).toEqual(['Luring', 'Penerbitan KTP-el'])
    expect(texts(rows('layanan', { stateId: 'target' })[0]!, 'attr:deliveryMode')).toEqual(['Daring'])
    expect(texts(rows('layanan', { stateId: 'target', locale: 'en' })[0]!, 'attr:deliveryMode')).toEqual(['Online'])
    // OPD references by short name, never by id.
    expect(texts(rows('data')[0]!, 'attr:nature', 'attr:dataType')).toEqual(['Tertutup', 'Data pokok'])
  })

  it('marks rows outside the chosen state and attributes a kind does not have', () => {
    const [server, pdn] = rows('infrastruktur')
    expect([server!.member, pdn!.member]).toEqual([true, false])
    // A server has no facility type; the data centre has ownership, the server has no value.
    expect(pdn!.cells['attr:ownership']).toEqual({ text: 'Layanan nasional' })
    expect(server!.cells['attr:ownership']).toEqual({ text: '' })
    expect(rows('infrastruktur', { stateId: 'target' }).map((r) => r.member)).toEqual([false, true])
  })

  it('filters on any shown column and sorts numbers as numbers, empty cells last', () => {
    expect(rows('infrastruktur', { filter: 'pusat' }).map((r) => r.cells.code?.text)).toEqual(['INF-002'])
    expect(rows('infrastruktur', { filter: 'nasional' }).map((r) => r.cells.code?.text)).toEqual(['INF-002'])
    expect(rows('infrastruktur', { filter: 'server hardware', locale: 'en' }).map((r) => r.cells.code?.text)).toEqual(['INF-001'])
    expect(rows('infrastruktur', { order: { column: 'name', descending: true } }).map((r) => r.cells.name?.text)).toEqual(['Server Disdukcapil', 'Pusat Data Nasional'])
    expect(rows('infrastruktur', { order: { column: 'targetStatus', descending: true } }).map((r) => r.cells.code?.text)).toEqual(['INF-002', 'INF-001'])
  })

  it('rebuilds only the rows of changed elements when given a cache', () => {
    const s = state()
    const ctx = rowContext(s, catalogueColumns('aplikasi'), 'asis', 'id', translator('id'))
    const cache = new WeakMap<Element, CatalogueRow>()
    const first = domainRows(s, 'aplikasi', ctx, cache)
    expect(domainRows(s, 'aplikasi', ctx, cache)[0]).toBe(first[0])
  })
})

describe('catalogue CSV', () => {
  it('holds every row with the new columns in the user\'s language, numbers plain, formulas inert', () => {
    const apps = rows('aplikasi')
    const app = apps[0]!
    const extra: CatalogueRow = { ...app, id: 'x', cells: { ...app.cells, name: { text: '=SUM(A1:A9)' }, 'attr:platform': { text: '1.500', number: 1500 } } }
    const columns = catalogueColumns('aplikasi')
    const csv = catalogueCsv([...apps, extra], columns, translator('id'), 'id')
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\n')
    expect(lines[0]).toBe('Kode,Nama,Jenis,OPD pemilik,Kode referensi,Basis aplikasi,Fungsi aplikasi,Tipe lisensi,Interoperabilitas,Saat ini,Status target')
    expect(lines[1]).toBe('APL-001,SIAK Terpusat,Aplikasi Khusus,Disdukcapil,RAA.02.01,Web,Administrasi kependudukan,,,Ya,Tetap')
    expect(lines[2]).toContain("'=SUM(A1:A9),")
    expect(lines[2]).toContain(',1500,')
    expect(lines).toHaveLength(3)
    expect(catalogueCsv(apps, columns, translator('en'), 'en').split('\n')[0]).toContain('Code,Name,Kind,Owner OPD')
  })
})
