import { describe, expect, it } from 'vitest'
import { builtinFramework } from '../../src/analysis/index/builtinFrameworks.ts'
import { indicatorsOf } from '../../src/analysis/index/framework.ts'
import { projectIndex, type IndicatorLink, type PlannedActivity, type ProjectionInput } from '../../src/analysis/index/indexProjection.ts'
import { planForTarget } from '../../src/analysis/index/targetPlan.ts'

const pemdi = builtinFramework('pemdi-2026')!
const baseline = new Map(indicatorsOf(pemdi).map((i) => [i.number, 2]))

// Pemdi weights: 20 -> 15, 19 -> 10, 13 and 14 -> 5, 5 -> 5, 16 -> 4.
const links: IndicatorLink[] = [
  { activity: 'K1', indicator: 20, level: 4 }, { activity: 'K1', indicator: 19, level: 3 },
  { activity: 'K2', indicator: 13, level: 4 }, { activity: 'K2', indicator: 14, level: 3 },
  { activity: 'K3', indicator: 5, level: 4 }, { activity: 'K3', indicator: 16, level: 4 },
  { activity: 'K4', indicator: 1, level: 5 },
]
const activities: PlannedActivity[] = [
  { id: 'K1', name: 'Portal layanan terpadu', startYear: 2025, endYear: 2026 },
  { id: 'K2', name: 'Aplikasi dan infrastruktur', startYear: 2026, endYear: 2027 },
  { id: 'K3', name: 'Tata kelola data', startYear: 2028, endYear: 2029 },
]
const input: ProjectionInput = { baseline, links, activities, years: [2025, 2026, 2027, 2028, 2029] }

describe('projectIndex', () => {
  it('the index in every plan year, counting each kegiatan from the year it ends', () => {
    const r = projectIndex(pemdi, input)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    // 2026: +15×2 +10×1 = 40 -> 2.40; 2027: +5×2 +5×1 = 15 -> 2.55; 2029: +5×2 +4×2 = 18 -> 2.73.
    expect(r.baseline).toBe(2)
    expect(r.years.map((y) => [y.year, y.index, y.predicate?.id])).toEqual([
      [2025, 2, 'Cukup'], [2026, 2.4, 'Cukup'], [2027, 2.55, 'Baik'], [2028, 2.55, 'Baik'], [2029, 2.73, 'Baik'],
    ])
    expect(r.years[1]!.raised).toEqual([
      { indicator: 19, from: 2, to: 3, activities: ['K1'] }, { indicator: 20, from: 2, to: 4, activities: ['K1'] },
    ])
    expect(r.years[3]!.raised).toEqual([])
    // K4 is linked but not scheduled: said, not counted.
    expect(r.warnings).toEqual(['Kegiatan "K4" tidak terjadwal; tautannya tidak dihitung / kegiatan "K4" is not scheduled; its links are not counted'])
  })

  it('is deterministic: the same inputs in another order give the same projection', () => {
    const a = projectIndex(pemdi, input)
    const b = projectIndex(pemdi, { ...input, links: [...links].reverse(), activities: [...activities].reverse(), years: [2029, 2027, 2025, 2028, 2026], baseline: new Map([...baseline].reverse()) })
    expect(b).toEqual(a)
    expect(projectIndex(pemdi, input)).toEqual(a)
  })

  it('never lowers an indicator, and refuses links to unknown indicators or impossible levels', () => {
    const lower = projectIndex(pemdi, { ...input, baseline: new Map([...baseline, [20, 5]]), links: [{ activity: 'K1', indicator: 20, level: 3 }] })
    expect(lower.ok && lower.years.map((y) => y.index)).toEqual([2.45, 2.45, 2.45, 2.45, 2.45])
    const bad = projectIndex(pemdi, { ...input, links: [{ activity: 'K9', indicator: 99, level: 3 }, { activity: 'K1', indicator: 2, level: 7 }] })
    expect(bad.ok).toBe(false)
    if (bad.ok) return
    expect(bad.errors.map((e) => [e.code, e.path])).toEqual([['out-of-range', 'links[K1→2]'], ['unknown-indicator', 'links[K9→99]']])
  })
})

describe('planForTarget', () => {
  it('"2.70 in 2027": 0.15 short; the heaviest indicator one level up closes it; K3 could move earlier', () => {
    const r = planForTarget(pemdi, { ...input, target: 2.7, year: 2027 })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const p = r.plan
    expect([p.projected, p.shortfall, p.reached, p.unreachable]).toEqual([2.55, 0.15, false, false])
    // weight × headroom at 2027 levels: 19 10×2 = 0.20; 20 15×1 and 1-5 5×3 = 0.15 (heavier first); then the 4-weights at 0.12.
    expect(p.ranking.slice(0, 8).map((h) => [h.indicator, h.potential])).toEqual([
      [19, 0.2], [20, 0.15], [1, 0.15], [2, 0.15], [3, 0.15], [4, 0.15], [5, 0.15], [8, 0.12],
    ])
    expect(p.ranking.at(-1)).toEqual({ indicator: 13, weight: 5, level: 4, headroom: 1, potential: 0.05 })
    expect(p.steps).toEqual([{ indicator: 20, from: 4, to: 5 }])
    expect(p.movable).toEqual([{ id: 'K3', name: 'Tata kelola data', endYear: 2029, gain: 0.18 }])
    expect(p.withAllMoved).toBe(2.73)
  })

  it('several steps when one is not enough; reached and unreachable targets', () => {
    // 3.00 in 2027 needs 0.45: 20 (4->5, +0.15), 19 (3->4, +0.10; 4->5, +0.10), then 1 (2->3, +0.05; 3->4, +0.05).
    const more = planForTarget(pemdi, { ...input, target: 3, year: 2027 })
    expect(more.ok && more.plan.steps).toEqual([
      { indicator: 20, from: 4, to: 5 }, { indicator: 19, from: 3, to: 4 }, { indicator: 19, from: 4, to: 5 },
      { indicator: 1, from: 2, to: 3 }, { indicator: 1, from: 3, to: 4 },
    ])
    const reached = planForTarget(pemdi, { ...input, target: 2.5, year: 2027 })
    expect(reached.ok && [reached.plan.reached, reached.plan.shortfall, reached.plan.steps]).toEqual([true, 0, []])
    const impossible = planForTarget(pemdi, { ...input, target: 5.1, year: 2027 })
    expect(impossible.ok && impossible.plan.unreachable).toBe(true)
  })
})
