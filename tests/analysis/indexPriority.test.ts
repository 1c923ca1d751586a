import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import type { ProjectData } from '../../src/model/project.ts'
import { el, plan } from '../fixtures/planFixture.ts'

const B = 1_000_000_000

/** Three kegiatan of one billion each under a ceiling of 1.5 billion a year: one a year, by id. */
function tight(prioritiseIndex: boolean): ProjectData {
  const data = plan(['a', 'b', 'c'].map((id) => el(id, 'aplikasi-khusus', 'new', { budget: B })), [], {
    budgetCeilings: Object.fromEntries([2025, 2026, 2027, 2028, 2029].map((y) => [String(y), 1.5 * B])),
    ...(prioritiseIndex ? { prioritiseIndex: true } : {}),
  })
  return {
    ...data,
    index: {
      // Indicator 16 (weight 2.5) at level 2, indicator 1 (1.3) at 4: a kegiatan bringing 1 to 4 adds nothing.
      assessments: [{ year: 2024, framework: 'spbe-2020', indicators: { 16: { level: 2 }, 1: { level: 4 } } }],
      frameworks: [],
      links: [{ activity: 'k-add-c', indicator: 16, level: 4 }, { activity: 'k-add-b', indicator: 1, level: 4 }],
    },
  }
}

const starts = (data: ProjectData) => ['k-add-a', 'k-add-b', 'k-add-c'].map((id) => generateRoadmap(data, { rules: [] }).roadmap.activities.find((a) => a.id === id)!.startYear)

describe('the SPBE index as the scheduler\'s priority, when the project asks for it', () => {
  it('leaves the schedule alone while the switch is off', () => {
    expect(starts(tight(false))).toEqual([2025, 2026, 2027])
  })

  it('schedules first the kegiatan that lifts the index, and says by how much', () => {
    const data = tight(true)
    expect(starts(data)).toEqual([2026, 2027, 2025])
    const c = generateRoadmap(data, { rules: [] }).roadmap.activities.find((a) => a.id === 'k-add-c')!
    // 2.5% x (4 - 2) = 0.05.
    expect(c.priorityReason).toEqual({ id: 'menaikkan indeks SPBE +0.05 (indikator 16)', en: 'lifts the SPBE index by +0.05 (indicator 16)' })
  })

  it('has nothing to boost without an assessment with levels', () => {
    const data = tight(true)
    expect(starts({ ...data, index: { ...data.index, assessments: [{ year: 2024, framework: 'spbe-2020', indicators: {}, published: 2.5 }] } })).toEqual([2025, 2026, 2027])
  })
})
