import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { createRandom } from '../../src/model/generate/random.ts'
import { generateProject } from '../../src/model/generate/generateProject.ts'
import type { ProjectData } from '../../src/model/project.ts'

/**
 * Properties every Peta Rencana keeps, checked on generated projects of random seed and size,
 * with random budgets, ceilings, capacities and pins.
 */
function plannedProject(seed: number, elements: number): ProjectData {
  const data = generateProject({ elements, seed })
  const rng = createRandom(seed ^ 0x5eed)
  const withBudgets = data.elements.map((e) => (rng.chance(0.6) ? { ...e, attrs: { ...e.attrs, indicativeBudget: rng.int(1, 40) * 25_000_000 } } : e))
  const ceilings = Object.fromEntries([2025, 2026, 2027, 2028, 2029].map((y) => [String(y), rng.int(8, 40) * 250_000_000]))
  // Some new elements take two years to build; kegiatan ids follow from what they close.
  const overrides = Object.fromEntries(data.elements.filter((e) => !e.states.asis && rng.chance(0.25)).map((e) => [`k-add-${e.id}`, { duration: 2 }]))
  return {
    ...data,
    elements: withBudgets,
    roadmap: { ...data.roadmap, budgetCeilings: ceilings, opdCapacity: { default: rng.int(2, 12) }, overrides },
  }
}

describe('Peta Rencana properties on generated projects', () => {
  it('hold for random seeds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 60, max: 400 }), (seed, size) => {
        const data = plannedProject(seed, size)
        const { gap, roadmap } = generateRoadmap(data)
        const all = [...roadmap.activities, ...roadmap.unscheduled]

        // Every element added in the target is delivered by exactly one kegiatan.
        const added = gap.changes.filter((c) => c.type === 'element' && c.change === 'added').map((c) => c.id)
        for (const id of added) {
          const deliverers = all.filter((a) => a.delivers.some((d) => d.element === id && d.delivery === 'baru'))
          expect(deliverers.map((a) => a.id), `seed ${seed}: element ${id}`).toHaveLength(1)
        }

        // Every kegiatan starts no earlier than what it depends on allows.
        const placed = new Map(roadmap.activities.map((a) => [a.id, a]))
        for (const a of roadmap.activities) {
          for (const d of a.dependencies) {
            const dep = placed.get(d.on)
            expect(dep, `seed ${seed}: ${a.id} is scheduled but ${d.on} is not`).toBeDefined()
            const earliest = d.type === 'finish-start' ? dep!.endYear + 1 : d.type === 'end-same-year' ? dep!.endYear : dep!.startYear
            expect(a.startYear, `seed ${seed}: ${a.id} after ${d.on} (${d.type})`).toBeGreaterThanOrEqual(earliest)
          }
        }

        // No year's budget exceeds its ceiling, and the totals add up.
        for (const [year, t] of Object.entries(roadmap.yearTotals)) {
          expect(t.budget, `seed ${seed}: ${year}`).toBeLessThanOrEqual(t.ceiling ?? Infinity)
          const sum = roadmap.activities.reduce((s, a) => s + (a.budget[year] ?? 0), 0)
          expect(sum).toBe(t.budget)
        }

        // Nothing is dropped: each kegiatan is scheduled or listed with a reason, once.
        expect(new Set(all.map((a) => a.id)).size).toBe(all.length)
        for (const u of roadmap.unscheduled) expect(u.reason.id.length).toBeGreaterThan(0)

        // Deterministic: the same project gives the same Peta Rencana.
        expect(JSON.stringify(generateRoadmap(data).roadmap)).toBe(JSON.stringify(roadmap))
      }),
      { numRuns: 25, seed: Number(process.env.CETAKBIRU_SEED ?? Date.now() % 100_000) },
    )
  })
})
