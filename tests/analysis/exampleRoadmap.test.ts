import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { projectedStates } from '../../src/analysis/roadmap/projectedStates.ts'
import { parseProjectText } from '../../src/model/file/loadProject.ts'

function example() {
  const r = parseProjectText(readFileSync(join(import.meta.dirname, '../../examples/kabupaten-contoh.cetakbiru.json'), 'utf8'))
  if (!r.ok) throw new Error('example does not load')
  return r.data
}

describe('the example project\'s Peta Rencana', () => {
  const data = example()
  const { gap, targetFindings, roadmap } = generateRoadmap(data)
  const byId = new Map(roadmap.activities.map((a) => [a.id, a]))

  it('schedules every kegiatan within the plan, under the ceilings, with a reason for each', () => {
    expect(roadmap.errors).toEqual([])
    expect(roadmap.unscheduled).toEqual([])
    expect(roadmap.activities.length).toBeGreaterThan(60)
    for (const a of roadmap.activities) {
      expect(a.startYear).toBeGreaterThanOrEqual(2025)
      expect(a.endYear).toBeLessThanOrEqual(2029)
      expect(a.reason.id).not.toBe('')
    }
    for (const t of Object.values(roadmap.yearTotals)) expect(t.budget).toBeLessThanOrEqual(t.ceiling!)
    expect(new Set(roadmap.activities.map((a) => a.muatan))).toEqual(new Set(['tata-kelola', 'manajemen', 'layanan', 'infrastruktur', 'aplikasi', 'keamanan', 'audit-tik']))
  })

  it('consolidates the local duplicates into the national applications', () => {
    expect(byId.get('k-ret-apl-simanis')!.name).toBe('Konsolidasi SiMANIS e-Office ke SRIKANDI')
    expect(byId.get('k-ret-apl-lapor-bupati')!.name).toBe('Konsolidasi Lapor Bupati Sukamaju ke SP4N-LAPOR!')
  })

  it('moves applications out of OPD server rooms before the rooms close', () => {
    const move = byId.get('k-mig-apl-simrs') ?? byId.get('k-dev-apl-simrs')!
    const room = byId.get('k-ret-inf-rs-rsud')!
    expect(room.startYear).toBeGreaterThanOrEqual(move.endYear)
  })

  it('keeps the planner\'s inputs: the pinned SPLP, the renamed data centre, the manual kegiatan', () => {
    expect(byId.get('k-add-inf-splp')).toMatchObject({ startYear: 2026, reason: { id: 'dikunci pengguna pada 2026' } })
    expect(byId.get('k-dev-inf-pdd')).toMatchObject({ name: 'Peningkatan Pusat Data Daerah menjadi Tier 2', endYear: byId.get('k-dev-inf-pdd')!.startYear + 1 })
    expect(byId.get('km-perbup-arsitektur')).toMatchObject({ startYear: 2025, muatan: 'tata-kelola' })
    // the ceilings bind: something waited for a later year's pagu
    expect(roadmap.activities.some((a) => a.reason.id.startsWith('digeser ke') && a.reason.id.includes('pagu'))).toBe(true)
  })

  it('turns target findings into kegiatan, and projects the architecture year by year', () => {
    const ruleKegiatan = roadmap.activities.filter((a) => a.action === 'perbaikan')
    expect(ruleKegiatan.flatMap((a) => a.closes)).toHaveLength(targetFindings.length)
    const years = projectedStates(data, gap, roadmap)
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029])
    const elementGaps = gap.changes.filter((c) => c.type === 'element' && c.change !== 'unchanged').length
    expect(years[4]!.openGaps).toBe(0)
    expect(years[4]!.closedGaps).toBe(elementGaps)
    expect(years[0]!.closedGaps).toBeLessThan(years[2]!.closedGaps)
    // at the end of the plan the architecture is the target
    const target = data.elements.filter((e) => e.states.target).map((e) => e.id).sort()
    expect(years[4]!.elements).toEqual(target)
  })
})
