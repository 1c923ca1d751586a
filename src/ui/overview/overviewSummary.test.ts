import { describe, expect, it } from 'vitest'
import type { Element, Opd, State } from '../../model/project.ts'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { summarizeDomains, summarizeOwners } from './overviewSummary.ts'

const STATES: readonly State[] = [
  { id: 'asis', name: 'Kondisi Saat Ini', role: 'asis' },
  { id: 'y2027', name: 'Antara 2027', role: 'intermediate', year: 2027 },
  { id: 'target', name: 'Kondisi Target', role: 'target', year: 2029 },
]

function app(id: string, states: Element['states'], ownerOpd?: string): Element {
  return { id, kind: 'aplikasi-khusus', name: id, attrs: {}, states, ...(ownerOpd ? { ownerOpd } : {}) }
}

describe('summarizeDomains', () => {
  it('counts as-is and target members, and new, upgraded and retired elements', () => {
    const elements = [
      app('kept', { asis: {}, target: { status: 'tetap' } }),
      app('upgraded', { asis: {}, target: { status: 'pengembangan' } }),
      app('new', { target: { status: 'baru' } }),
      app('target-only-no-status', { target: {} }),
      app('dropped', { asis: {} }),
      app('marked-retired', { asis: {}, target: { status: 'dihentikan' } }),
      app('only-between', { y2027: {} }),
      { id: 'x', kind: 'no-such-kind', name: 'x', attrs: {}, states: { asis: {} } },
    ]
    const aplikasi = summarizeDomains(elements, STATES).find((d) => d.domain.id === 'aplikasi')!
    expect(aplikasi).toMatchObject({ asis: 4, target: 4, baru: 2, pengembangan: 1, dihentikan: 2 })
  })

  it('lists all six domains in document order, with zeros for empty ones', () => {
    const summary = summarizeDomains([], STATES)
    expect(summary.map((d) => d.domain.id)).toEqual(['proses-bisnis', 'data', 'layanan', 'aplikasi', 'infrastruktur', 'keamanan'])
    expect(summary.every((d) => d.asis + d.target + d.baru + d.pengembangan + d.dihentikan === 0)).toBe(true)
  })

  it('retires nothing when the project has no target state', () => {
    const asisOnly = STATES.filter((s) => s.role === 'asis')
    const aplikasi = summarizeDomains([app('a', { asis: {} })], asisOnly).find((d) => d.domain.id === 'aplikasi')!
    expect(aplikasi).toMatchObject({ asis: 1, target: 0, dihentikan: 0 })
  })

  it('agrees with the small fixture project', () => {
    const p = smallProject()
    const byDomain = Object.fromEntries(summarizeDomains(p.elements, p.states).map((d) => [d.domain.id, [d.asis, d.target, d.baru, d.pengembangan, d.dihentikan]]))
    expect(byDomain).toEqual({
      'proses-bisnis': [1, 1, 0, 0, 0],
      data: [1, 1, 0, 0, 0],
      layanan: [1, 1, 0, 1, 0],
      aplikasi: [1, 1, 0, 0, 0],
      infrastruktur: [1, 1, 1, 0, 1],
      keamanan: [1, 1, 0, 0, 0],
    })
  })
})

describe('summarizeOwners', () => {
  const opd = new Map<string, Opd>([
    ['a', { id: 'a', code: '1', name: 'Dinas A', shortName: 'A' }],
    ['b', { id: 'b', code: '2', name: 'Badan B', shortName: 'B' }],
    ['c', { id: 'c', code: '3', name: 'Camat C', shortName: 'C' }],
  ])

  it('counts owned elements per OPD, most first, and the rest as unowned', () => {
    const elements = [app('1', { asis: {} }, 'a'), app('2', { asis: {} }, 'b'), app('3', { asis: {} }, 'b'), app('4', { asis: {} }), app('5', { asis: {} }, 'gone')]
    const { rows, unowned } = summarizeOwners(elements, opd)
    expect(rows.map((r) => [r.opd.id, r.elements])).toEqual([['b', 2], ['a', 1], ['c', 0]])
    expect(unowned).toBe(2)
  })
})
