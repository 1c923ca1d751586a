/**
 * "Index 3.8 in 2027": how far the plan falls short, which indicators could close the gap
 * (ranked by weight x headroom), the fewest level steps that would, and which scheduled kegiatan
 * could move earlier to get there. Deterministic; all sums in exact hundredths of weight.
 */
import { hundredths, indicatorsOf, type EvaluationFramework } from './framework.ts'
import { computeIndex, readLevels, type IndexError } from './computeIndex.ts'
import { levelsInYear, linkErrors, type ProjectionInput } from './indexProjection.ts'

export interface TargetInput extends ProjectionInput {
  readonly target: number
  readonly year: number
}

export interface Headroom {
  readonly indicator: number
  readonly weight: number
  readonly level: number
  readonly headroom: number
  /** weight / 100 x headroom: the most this indicator can still add to the index. */
  readonly potential: number
}

export interface LevelStep {
  readonly indicator: number
  readonly from: number
  readonly to: number
}

export interface MovableActivity {
  readonly id: string
  readonly name?: string
  readonly endYear: number
  /** Index gained in the target year if this kegiatan alone ended by then. */
  readonly gain: number
}

export interface TargetPlan {
  readonly year: number
  readonly target: number
  readonly projected: number
  /** target - projected, at least 0, two decimals. */
  readonly shortfall: number
  readonly reached: boolean
  /** Indicators below the top level, by potential (weight x headroom), then by number. */
  readonly ranking: readonly Headroom[]
  /** The fewest one-level raises that reach the target (heaviest indicators first); empty when reached. */
  readonly steps: readonly LevelStep[]
  /** Whether even every indicator at the top level would not reach the target. */
  readonly unreachable: boolean
  /** Kegiatan ending after the target year whose links would lift the index then, by gain. */
  readonly movable: readonly MovableActivity[]
  /** Index in the target year if every movable kegiatan ended by then. */
  readonly withAllMoved: number
}

export type TargetResult = { readonly ok: true; readonly plan: TargetPlan } | { readonly ok: false; readonly errors: readonly IndexError[] }

export function planForTarget(framework: EvaluationFramework, input: TargetInput): TargetResult {
  const base = readLevels(framework, input.baseline, { partial: input.partial })
  const errors = [...base.errors, ...linkErrors(framework, input.links)]
  if (errors.length > 0) return { ok: false, errors }
  const links = [...input.links]
  const ends = new Map(input.activities.map((a) => [a.id, a.endYear]))
  const indexOf = (levels: ReadonlyMap<number, number>): number => {
    const r = computeIndex(framework, levels, { partial: input.partial })
    if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '))
    return r.result.index
  }
  const levels = levelsInYear(base.levels, links, ends, input.year)
  const projected = indexOf(levels)
  const targetH = hundredths(input.target)
  const reached = hundredths(projected) >= targetH
  const top = Math.max(...framework.levels.map((l) => l.level))

  const ranking: Headroom[] = indicatorsOf(framework)
    .filter((i) => levels.has(i.number) && levels.get(i.number)! < top)
    .map((i) => {
      const level = levels.get(i.number)!
      return { indicator: i.number, weight: i.weight, level, headroom: top - level, potential: (hundredths(i.weight) * (top - level)) / 10000 }
    })
    .sort((a, b) => b.potential - a.potential || b.weight - a.weight || a.indicator - b.indicator)

  // Each one-level raise adds weight/100; taking the heaviest first needs the fewest raises.
  // Assessed weight (partial assessments) scales the contribution, so steps are checked by recomputing.
  const steps: LevelStep[] = []
  let unreachable = false
  if (!reached) {
    const working = new Map(levels)
    const order = [...ranking].sort((a, b) => b.weight - a.weight || a.indicator - b.indicator)
    let current = projected
    outer: for (const h of order) {
      for (let l = h.level + 1; l <= top; l++) {
        working.set(h.indicator, l)
        current = indexOf(working)
        steps.push({ indicator: h.indicator, from: l - 1, to: l })
        if (hundredths(current) >= targetH) break outer
      }
    }
    unreachable = hundredths(current) < targetH
  }

  const late = input.activities.filter((a) => a.endYear > input.year && links.some((l) => l.activity === a.id))
  const movable: MovableActivity[] = late
    .map((a) => {
      const moved = new Map(ends).set(a.id, input.year)
      const gain = Math.round((indexOf(levelsInYear(base.levels, links, moved, input.year)) - projected) * 100) / 100
      return { id: a.id, ...(a.name !== undefined ? { name: a.name } : {}), endYear: a.endYear, gain }
    })
    .filter((m) => m.gain > 0)
    .sort((a, b) => b.gain - a.gain || a.endYear - b.endYear || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const allMoved = new Map(ends)
  for (const m of movable) allMoved.set(m.id, input.year)
  const withAllMoved = indexOf(levelsInYear(base.levels, links, allMoved, input.year))

  return {
    ok: true,
    plan: {
      year: input.year, target: input.target, projected,
      shortfall: reached ? 0 : (targetH - hundredths(projected)) / 100,
      reached, ranking, steps, unreachable, movable, withAllMoved,
    },
  }
}
