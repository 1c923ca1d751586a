/**
 * The geometry of the index chart, apart from drawing: which years and which index range it
 * spans, and where a year and an index sit in pixels. One equal slot per year, so a single year
 * sits in the middle and the first and last points never touch the edges.
 */
import type { EvaluationFramework } from '../../analysis/index/framework.ts'

export interface ChartBox {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

export interface ChartScale {
  readonly firstYear: number
  readonly lastYear: number
  readonly low: number
  readonly high: number
  x(year: number): number
  y(index: number): number
  /** Width of one year's slot, for deciding how many year labels fit. */
  readonly slot: number
}

/** The index range: the framework's predicate bands and levels, else 0..5; widened to hold every value. */
export function indexRange(framework: EvaluationFramework | undefined, values: readonly number[]): { low: number; high: number } {
  const bounds = framework
    ? [...framework.predicates.flatMap((b) => [b.min, b.max]), ...framework.levels.map((l) => l.level)]
    : [0, 5]
  const all = [...bounds, ...values]
  return { low: Math.floor(Math.min(...all)), high: Math.ceil(Math.max(...all)) }
}

export function chartScale(years: readonly number[], range: { low: number; high: number }, box: ChartBox): ChartScale {
  const firstYear = Math.min(...years)
  const lastYear = Math.max(...years)
  const slots = lastYear - firstYear + 1
  const slot = (box.right - box.left) / slots
  const span = range.high - range.low || 1
  return {
    firstYear, lastYear, low: range.low, high: range.high, slot,
    x: (year) => box.left + (year - firstYear + 0.5) * slot,
    y: (index) => box.bottom - ((index - range.low) / span) * (box.bottom - box.top),
  }
}

/** Every year from the first to the last, thinned so that labels keep about `minGap` pixels apart. */
export function yearTicks(scale: ChartScale, minGap: number): number[] {
  const step = Math.max(1, Math.ceil(minGap / scale.slot))
  const ticks: number[] = []
  for (let y = scale.firstYear; y <= scale.lastYear; y += step) ticks.push(y)
  return ticks
}
