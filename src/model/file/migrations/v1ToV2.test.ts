import { describe, expect, it } from 'vitest'
import { parseProjectText } from '../loadProject.ts'
import { v1ToV2 } from './v1ToV2.ts'

const v1 = {
  schemaVersion: 1,
  project: { id: 'p1', name: 'Proyek Lama', organization: 'Pemerintah Kota Lama', organizationType: 'kota' },
  opd: [{ id: 'o1', code: '2.16.01', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo' }],
  plan: { name: 'RPD 2024-2026', document: 'rpd', startYear: 2024, years: 3, goals: [] },
  elements: [
    { id: 'a1', kind: 'aplikasi-khusus', name: 'e-Office Lama', ownerOpd: 'o1', attrs: { function: 'Surat', platform: 'web' }, asIs: true, toBe: false },
    { id: 'a2', kind: 'aplikasi-umum', name: 'SRIKANDI', ownerOpd: 'o1', attrs: { function: 'Kearsipan', platform: 'web' }, asIs: false, toBe: true, toBeStatus: 'baru' },
    { id: 'a3', kind: 'aplikasi-khusus', name: 'SIMPEG', ownerOpd: 'o1', attrs: { function: 'Kepegawaian', platform: 'desktop' }, asIs: true, toBe: true, toBeStatus: 'pengembangan', toBeAttrs: { platform: 'web' } },
  ],
  relations: [{ id: 'r1', kind: 'integrates-with', source: 'a3', target: 'a1', attrs: {}, asIs: true, toBe: false }],
  views: [],
}

describe('migration 1 -> 2 (two-state flags -> ordered states with memberships)', () => {
  it('turns the flags into memberships and adds the two states and the catalogue extensions', () => {
    const v2 = v1ToV2(structuredClone(v1))
    expect(v2.schemaVersion).toBe(2)
    expect(v2.states).toEqual([
      { id: 'asis', name: 'Kondisi Saat Ini', role: 'asis' },
      { id: 'target', name: 'Kondisi Target', role: 'target', year: 2026 },
    ])
    expect(v2.elements).toEqual([
      { id: 'a1', kind: 'aplikasi-khusus', name: 'e-Office Lama', ownerOpd: 'o1', attrs: { function: 'Surat', platform: 'web' }, states: { asis: {} } },
      { id: 'a2', kind: 'aplikasi-umum', name: 'SRIKANDI', ownerOpd: 'o1', attrs: { function: 'Kearsipan', platform: 'web' }, states: { target: { status: 'baru' } } },
      { id: 'a3', kind: 'aplikasi-khusus', name: 'SIMPEG', ownerOpd: 'o1', attrs: { function: 'Kepegawaian', platform: 'desktop' }, states: { asis: {}, target: { status: 'pengembangan', attrs: { platform: 'web' } } } },
    ])
    expect(v2.relations).toEqual([{ id: 'r1', kind: 'integrates-with', source: 'a3', target: 'a1', attrs: {}, states: { asis: {} } }])
    expect(v2.catalogueExtensions).toEqual([])
  })

  it('runs when a version-1 file is loaded, and the result passes the current schema', () => {
    const r = parseProjectText(JSON.stringify(v1))
    expect(r.ok && r.migratedFrom).toBe(1)
    if (r.ok) expect(r.data.elements.find((e) => e.id === 'a3')!.states.target!.attrs).toEqual({ platform: 'web' })
  })

  it('leaves malformed parts for the schema check to name', () => {
    const r = parseProjectText(JSON.stringify({ ...v1, elements: 'none' }))
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['elements'])
  })
})
