import { describe, expect, it } from 'vitest'
import { el, plan } from '../../../tests/fixtures/planFixture.ts'
import { msg } from '../../model/message.ts'
import type { ScheduledActivity } from './activity.ts'
import { generateRoadmap, type PriorityBoost, type RoadmapOptions } from './generateRoadmap.ts'

const B = 1_000_000_000
const roadmapOf = (data: Parameters<typeof generateRoadmap>[0], options: RoadmapOptions = {}) => generateRoadmap(data, { rules: [], ...options }).roadmap
const find = (r: ReturnType<typeof roadmapOf>, id: string): ScheduledActivity => {
  const a = r.activities.find((x) => x.id === id)
  if (!a) throw new Error(`${id} not scheduled`)
  return a
}
const startYears = (r: ReturnType<typeof roadmapOf>, ids: readonly string[]) => ids.map((id) => find(r, id).startYear)

const INDEX = msg('menaikkan nilai indikator 1.2 indeks SPBE', 'raises indicator 1.2 of the SPBE index')
const boostOf = (weights: Readonly<Record<string, number>>): PriorityBoost => (id) => (weights[id] === undefined ? undefined : { weight: weights[id], reason: INDEX })

// Three kegiatan of one billion each under a ceiling of 1.5 billion a year: one a year, by id.
const tight = () => plan(['a', 'b', 'c'].map((id) => el(id, 'aplikasi-khusus', 'new', { budget: B })), [], {
  budgetCeilings: Object.fromEntries([2025, 2026, 2027, 2028, 2029].map((y) => [String(y), 1.5 * B])),
})
const IDS = ['k-add-a', 'k-add-b', 'k-add-c']

describe('a priority boost from outside the architecture', () => {
  it('moves a boosted kegiatan ahead under a tight budget ceiling, and says why', () => {
    expect(startYears(roadmapOf(tight()), IDS)).toEqual([2025, 2026, 2027])

    const r = roadmapOf(tight(), { priorityBoost: boostOf({ 'k-add-c': 1 }) })
    expect(startYears(r, IDS)).toEqual([2026, 2027, 2025])
    expect(find(r, 'k-add-c').priorityReason).toEqual(INDEX)
    expect(find(r, 'k-add-c').reason).toEqual({
      id: 'awal periode, diutamakan: menaikkan nilai indikator 1.2 indeks SPBE',
      en: 'start of the period, prioritised: raises indicator 1.2 of the SPBE index',
    })
    expect(find(r, 'k-add-a').reason.en).toBe('moved to 2026: the 2025 ceiling is not enough (Rp1.000.000.000 + Rp1.000.000.000 > Rp1.500.000.000)')
  })

  it('orders boosted kegiatan by weight, largest first', () => {
    const r = roadmapOf(tight(), { priorityBoost: boostOf({ 'k-add-b': 0.4, 'k-add-c': 2.5 }) })
    expect(startYears(r, IDS)).toEqual([2027, 2026, 2025])
  })

  it('comes before an OPD capacity gives the rest their turn', () => {
    const data = plan(['a', 'b', 'c'].map((id) => el(id, 'aplikasi-khusus', 'new', { opd: 'opd-dinkes' })), [], { opdCapacity: { 'opd-dinkes': 1 } })
    expect(startYears(roadmapOf(data), IDS)).toEqual([2025, 2026, 2027])
    const r = roadmapOf(data, { priorityBoost: boostOf({ 'k-add-c': 1 }) })
    expect(startYears(r, IDS)).toEqual([2026, 2027, 2025])
    expect(find(r, 'k-add-a').reason.en).toBe("moved to 2026: Dinkes's capacity in 2025 is full (1 kegiatan)")
  })

  it('ranks above a kegiatan that supports a public service', () => {
    // svc is a public service developed in the plan, realised by app: k-dev-svc is prioritised for the public.
    const data = plan([el('svc', 'layanan-publik', 'dev', { budget: B }), el('x', 'aplikasi-khusus', 'new', { budget: B })], [], {
      budgetCeilings: Object.fromEntries([2025, 2026, 2027, 2028, 2029].map((y) => [String(y), 1.5 * B])),
    })
    const plain = roadmapOf(data)
    expect(find(plain, 'k-dev-svc')).toMatchObject({ startYear: 2025, priorityReason: { en: 'supports a public service' } })
    expect(find(plain, 'k-add-x').startYear).toBe(2026)
    const r = roadmapOf(data, { priorityBoost: boostOf({ 'k-add-x': 1 }) })
    expect(startYears(r, ['k-add-x', 'k-dev-svc'])).toEqual([2025, 2026])
  })

  it('ignores weights that are not positive, and changes nothing when nothing is boosted', () => {
    const plain = generateRoadmap(tight(), { rules: [] })
    const none = generateRoadmap(tight(), { rules: [], priorityBoost: () => undefined })
    const zero = generateRoadmap(tight(), { rules: [], priorityBoost: boostOf({ 'k-add-c': 0, 'k-add-b': -1, 'k-add-a': Number.NaN }) })
    expect(JSON.stringify(none)).toBe(JSON.stringify(plain))
    expect(JSON.stringify(zero)).toBe(JSON.stringify(plain))
  })

  it('a pinned kegiatan keeps its year; among pins of one year the boosted one takes the budget first', () => {
    const data = plan(['a', 'b'].map((id) => el(id, 'aplikasi-khusus', 'new', { budget: B })), [], {
      budgetCeilings: { '2026': 1.5 * B },
      overrides: { 'k-add-a': { pinnedYear: 2026 }, 'k-add-b': { pinnedYear: 2026 } },
    })
    const plain = generateRoadmap(data, { rules: [] }).roadmap
    expect(plain.activities.map((a) => a.id)).toEqual(['k-add-a'])
    expect(plain.unscheduled.map((a) => a.id)).toEqual(['k-add-b'])
    const r = generateRoadmap(data, { rules: [], priorityBoost: boostOf({ 'k-add-b': 1 }) }).roadmap
    expect(r.activities.map((a) => [a.id, a.startYear])).toEqual([['k-add-b', 2026]])
    expect(r.unscheduled.map((a) => a.id)).toEqual(['k-add-a'])
  })
})
