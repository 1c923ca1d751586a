import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { createProjection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { catalogueCsv, catalogueRows } from './catalogueRows.ts'

const state = () => createProjection(createDocFromProject(smallProject())).store.getState()

describe('catalogue rows', () => {
  it('lists one domain, with owner, codes and where each element is', () => {
    const rows = catalogueRows(state(), 'infrastruktur', 'id', '', 'code', false)
    expect(rows.map((r) => [r.code, r.name, r.kind, r.owner, r.inAsis, r.targetStatus])).toEqual([
      ['INF-001', 'Server Disdukcapil', 'Perangkat Keras Server', 'Diskominfo', true, undefined],
      ['INF-002', 'Pusat Data Nasional', 'Fasilitas Komputasi / Pusat Data', 'Diskominfo', false, 'baru'],
    ])
  })

  it('filters on any shown text and sorts either way', () => {
    expect(catalogueRows(state(), 'infrastruktur', 'id', 'pusat', 'code', false).map((r) => r.code)).toEqual(['INF-002'])
    expect(catalogueRows(state(), 'infrastruktur', 'en', 'server hardware', 'code', false).map((r) => r.code)).toEqual(['INF-001'])
    expect(catalogueRows(state(), 'infrastruktur', 'id', '', 'name', true).map((r) => r.name)).toEqual(['Server Disdukcapil', 'Pusat Data Nasional'])
  })

  it('exports CSV with a header, and keeps formula-like text inert', () => {
    const rows = catalogueRows(state(), 'aplikasi', 'id', '', 'code', false)
    const csv = catalogueCsv([...rows, { ...rows[0]!, id: 'x', name: '=SUM(A1:A9)' }])
    expect(csv.split('\n')[0]).toBe('kode,nama,jenis,opd_pemilik,kode_referensi,kondisi_saat_ini,status_target')
    expect(csv).toContain('APL-001,SIAK Terpusat,Aplikasi Khusus,Disdukcapil,RAA.02.01,ya,tetap')
    expect(csv).toContain("'=SUM(A1:A9)")
  })
})
