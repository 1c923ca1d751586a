import { describe, expect, it } from 'vitest'
import { generateProject } from '../../model/generate/generateProject.ts'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { foldText } from './foldText.ts'
import { elementSearchIndex, viewSearchIndex } from './projectSearch.ts'
import { createSearchIndex } from './searchIndex.ts'

const names = ['Sistem Informasi Kepegawaian', 'e-Kinerja BKN', 'Kinerja Daerah', 'Aplikasi Kinerja', 'Pusat Data Kinerja', 'Dapodik']
const index = createSearchIndex(names.map((name, i) => ({ value: name, name, code: `APL-00${i}`, extra: i === 5 ? ['Aplikasi Khusus', 'Disdik'] : ['Aplikasi Umum'] })))

describe('the search index', () => {
  it('folds accents and case', () => {
    expect(foldText('Pérangkat DAERAH Ñ')).toBe('perangkat daerah n')
    const accented = createSearchIndex([{ value: 'x', name: 'Sístem Keuangan Daérah' }])
    expect(accented.search('daerah', 10).hits).toEqual(['x'])
    expect(accented.search('SISTEM keu', 10).hits).toEqual(['x'])
  })

  it('ranks a name that starts with the query first, then a word that starts with it, then anywhere', () => {
    // A hyphen starts a word too; equally good matches keep the order given.
    expect(index.search('kinerja', 10).hits).toEqual(['Kinerja Daerah', 'e-Kinerja BKN', 'Aplikasi Kinerja', 'Pusat Data Kinerja'])
    expect(index.search('nerja', 10).hits).toEqual(['e-Kinerja BKN', 'Kinerja Daerah', 'Aplikasi Kinerja', 'Pusat Data Kinerja'])
    // "e-kinerja" is a prefix of the name as written.
    expect(index.search('e-kinerja', 10).hits[0]).toBe('e-Kinerja BKN')
  })

  it('ranks words found in the name above words found only through the kind or OPD', () => {
    const ix = createSearchIndex([
      { value: 'opd', name: 'Oracle Database', extra: ['Bapenda'] },
      { value: 'name', name: 'Pemanfaatan Data Kependudukan', extra: ['Disdukcapil'] },
    ])
    expect(ix.search('data pend', 10).hits).toEqual(['name', 'opd'])
  })

  it('finds by code (exact code first), kind and OPD, and needs every word', () => {
    expect(index.search('apl-005', 10).hits).toEqual(['Dapodik'])
    expect(index.search('apl-00', 10).total).toBe(6)
    expect(index.search('disdik', 10).hits).toEqual(['Dapodik'])
    expect(index.search('khusus dapo', 10).hits).toEqual(['Dapodik'])
    expect(index.search('kinerja bkn', 10).hits).toEqual(['e-Kinerja BKN'])
    expect(index.search('kinerja zzz', 10)).toEqual({ hits: [], total: 0 })
    expect(index.search('   ', 10)).toEqual({ hits: [], total: 0 })
  })

  it('caps the hits and reports how many matched in all', () => {
    const many = createSearchIndex(Array.from({ length: 120 }, (_, i) => ({ value: i, name: `Server ${i}` })))
    const result = many.search('server', 50)
    expect(result.hits).toHaveLength(50)
    expect(result.total).toBe(120)
    expect(result.hits.slice(0, 3)).toEqual([0, 1, 2])
  })
})

describe('searching a project', () => {
  it('finds elements by name, code, kind label and OPD short name, with what a result shows', () => {
    const data = smallProject()
    const ix = elementSearchIndex(new Map(data.elements.map((e) => [e.id, e])), new Map(data.opd.map((o) => [o.id, o])), 'id')
    expect(ix.search('siak', 5).hits).toEqual([{ id: 'apl-siak', name: 'SIAK Terpusat', code: 'APL-001', kindLabel: 'Aplikasi Khusus', color: '#7c3aed', opd: 'Disdukcapil' }])
    expect(ix.search('inf-00', 5).hits.map((h) => h.id)).toEqual(['inf-pdn', 'inf-server'])
    expect(ix.search('audit keamanan', 5).hits.map((h) => h.id)).toEqual(['kam-audit'])
    // A name holding the word ranks before elements found through their owner OPD.
    const byOpd = ix.search('disdukcapil', 10).hits.map((h) => h.id)
    expect(byOpd[0]).toBe('inf-server')
    expect(byOpd.slice(1).sort()).toEqual(['apl-siak', 'lay-ktp', 'pb-adminduk'])
    const en = elementSearchIndex(new Map(data.elements.map((e) => [e.id, e])), new Map(), 'en')
    expect(en.search('server hardware', 5).hits.map((h) => h.id)).toEqual(['inf-server'])
  })

  it('finds views by the name on their tab', () => {
    const data = smallProject()
    const ix = viewSearchIndex(new Map(data.views.map((v) => [v.id, v])), 'id')
    expect(ix.search('peta apl', 5).hits).toEqual([{ id: 'v-aplikasi', label: 'Peta Aplikasi', count: 1 }])
  })

  it('answers a keystroke over 10,000 elements in milliseconds', () => {
    const big = generateProject({ elements: 10_000, seed: 3 })
    const ix = elementSearchIndex(new Map(big.elements.map((e) => [e.id, e])), new Map(big.opd.map((o) => [o.id, o])), 'id')
    expect(ix.size).toBe(10_000)
    const started = performance.now()
    let found = 0
    for (const q of ['a', 'ap', 'apl', 'aplikasi', 'sistem informasi', 'data']) found += ix.search(q, 50).hits.length
    const perQuery = (performance.now() - started) / 6
    expect(found).toBeGreaterThan(0)
    // Generous bound on a shared machine; typically a few milliseconds.
    expect(perQuery).toBeLessThan(100)
  })
})
