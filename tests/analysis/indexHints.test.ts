import { describe, expect, it } from 'vitest'
import { architectureHints, type ArchitectureHint } from '../../src/analysis/index/architectureHints.ts'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import type { ProjectData } from '../../src/model/project.ts'
import { el, plan } from '../fixtures/planFixture.ts'
import { smallProject } from '../fixtures/smallProject.ts'

const byTopic = (hints: readonly ArchitectureHint[]): Record<string, ArchitectureHint> => Object.fromEntries(hints.map((h) => [h.topic, h]))

/** Four applications with every hosting case, a bus, an intranet, and a data item without a custodian. */
function hostedProject(): ProjectData {
  const p = plan(
    [
      el('a1', 'aplikasi-khusus', 'both'), el('a2', 'aplikasi-khusus', 'both'), el('a3', 'aplikasi-khusus', 'both'), el('a4', 'aplikasi-umum', 'both'),
      el('s1', 'server', 'both'), el('pd', 'fasilitas-komputasi', 'both'), el('cloud', 'komputasi-awan', 'both'),
      el('rs', 'fasilitas-komputasi', 'both', { attrs: { facilityType: 'ruang-server-opd' } }),
      el('net', 'jaringan-intra', 'both'), el('bus', 'sistem-penghubung-layanan', 'both'),
      el('d1', 'data-informasi', 'both'), el('d2', 'data-informasi', 'both', { attrs: { custodian: '' } }),
      el('fw', 'peningkatan-keamanan', 'both', { attrs: { scope: 'Perimeter' } }),
    ],
    [
      ['runs-on', 'a1', 's1'], ['located-in', 's1', 'pd'], ['runs-on', 'a2', 'cloud'], ['runs-on', 'a3', 'rs'],
      ['connected-to', 'pd', 'net'], ['connected-to', 's1', 'net'],
      ['integrates-with', 'a1', 'a2'], ['integrates-with', 'a2', 'a3'], ['connects-through', 'a1', 'bus'],
      ['protects', 'fw', 'a1'], ['protects', 'fw', 'd1'],
    ],
  )
  // The first integration goes through the bus (an attribute the builder does not set).
  return { ...p, relations: p.relations.map((r) => (r.kind === 'integrates-with' && r.source === 'a1' ? { ...r, attrs: { via: 'bus' } } : r)) }
}

describe('architectureHints', () => {
  it('states what the model shows, in both languages, with the spbe-2020 indicators it speaks to', () => {
    const h = byTopic(architectureHints(hostedProject(), 'asis'))
    expect(h['pusat-data']).toMatchObject({ count: 2, total: 4, indicators: [5, 16], elements: ['a4', 'a3'] })
    expect(h['pusat-data']!.message).toEqual({
      id: '2 dari 4 aplikasi berjalan di pusat data nasional/daerah atau komputasi awan; 1 tanpa tempat berjalan yang tercatat',
      en: '2 of 4 applications run in a national/regional data centre or the cloud; 1 have no recorded host',
    })
    // Sites: s1, pd, rs (facilities and servers) and the cloud; pd and s1 are on the intranet.
    expect(h['jaringan-intra']).toMatchObject({ count: 2, total: 4, indicators: [6, 17], elements: ['rs', 'cloud'] })
    expect(h['jaringan-intra']!.message.id).toBe('1 jaringan intra tercatat; 2 dari 4 pusat data, server dan komputasi awan terhubung ke jaringan intra')
    expect(h['penghubung-layanan']!.message.en).toBe('1 service buses recorded; 1 of 2 application integrations go through one; 1 applications connect through one')
    expect(h['aplikasi-umum']).toMatchObject({ count: 1, total: 4, indicators: [4, 15] })
    expect(h['manajemen-data']).toMatchObject({ count: 1, total: 2, elements: ['d2'] })
    expect(h['manajemen-data']!.message.id).toBe('1 dari 2 data dan informasi punya wali data; 2 punya produsen data')
    // Assets: 4 apps, 2 data, 6 infrastructure; a1 and d1 are protected.
    expect(h['keamanan']).toMatchObject({ count: 2, total: 12, indicators: [8, 22, 31] })
    // No process or service elements: 4 of 6 domains; planFixture gives no reference codes.
    expect(h['arsitektur']!.message.en).toBe('The architecture (Kondisi Saat Ini) covers 4 of 6 domains; 0 of 13 elements have a reference code, 13 an owner OPD')
    expect(h['peta-rencana']!.message.id).toBe('Peta Rencana untuk RPJMD 2025-2029 (2025-2029) belum disusun')
  })

  it('follows the state: the small project moves SIAK from an OPD server into the Pusat Data Nasional', () => {
    const asis = byTopic(architectureHints(smallProject(), 'asis'))
    const target = byTopic(architectureHints(smallProject(), 'target'))
    expect([asis['pusat-data']!.count, asis['pusat-data']!.total, asis['pusat-data']!.elements]).toEqual([0, 1, ['apl-siak']])
    expect([target['pusat-data']!.count, target['pusat-data']!.total]).toEqual([1, 1])
    expect(asis['keamanan']!.message.id).toBe('1 dari 3 aset data, aplikasi dan infrastruktur dilindungi unsur keamanan; 1 unsur keamanan tercatat')
    expect(asis['arsitektur']!.message.id).toBe('Arsitektur (Kondisi Saat Ini) mengisi 6 dari 6 domain; 6 dari 6 elemen berkode referensi, 6 ber-OPD pemilik')
  })

  it('the Peta Rencana hint counts the scheduled kegiatan and muatan it is given', () => {
    const p = smallProject()
    const { roadmap } = generateRoadmap(p)
    const h = byTopic(architectureHints(p, 'target', { roadmap, framework: 'pemdi-2026' }))
    const muatan = new Set(roadmap.activities.map((a) => a.muatan)).size
    expect(roadmap.activities.length).toBeGreaterThan(0)
    expect(h['peta-rencana']).toMatchObject({ count: roadmap.activities.length, indicators: [1] })
    expect(h['peta-rencana']!.message.id).toMatch(new RegExp(`^Peta Rencana RPJMD 2025-2029 \\(2025-2029\\): ${roadmap.activities.length} dari \\d+ kegiatan terjadwal, mencakup ${muatan} dari 7 muatan`))
    expect(h['pusat-data']!.indicators).toEqual([14])
  })

  it('a framework without a mapping gets hints without indicator numbers; an unknown state is refused', () => {
    expect(architectureHints(smallProject(), 'asis', { framework: 'kerangka-daerah' }).every((h) => h.indicators.length === 0)).toBe(true)
    expect(() => architectureHints(smallProject(), 'nope')).toThrow('State "nope" does not exist')
  })
})
