/**
 * Rounding and predicate bands.
 *
 * Rounding rule: an index is shown and judged at two decimals, rounded half up (2.595 -> 2.60),
 * as the published values are. The predicate is read from that rounded value, so what the user
 * sees (3.50) and the predicate (Sangat Baik) never disagree. Comparisons are made in integer
 * hundredths: 2.6 as a binary float is 2.5999..., and would otherwise fall into the band below.
 */
import { hundredths, type EvaluationFramework, type PredicateBand } from './framework.ts'

/** Half up to two decimals; the tiny nudge absorbs binary representation (2.675 is 2.67499... as a float). */
export function roundIndex(value: number): number {
  return Math.floor(value * 100 + 0.5 + 1e-9) / 100
}

/** The band an index falls in, judged on the index rounded to two decimals; undefined outside every band. */
export function predicateFor(framework: EvaluationFramework, index: number): PredicateBand | undefined {
  const h = hundredths(roundIndex(index))
  return framework.predicates.find((b) => h >= hundredths(b.min) && (b.maxInclusive ? h <= hundredths(b.max) : h < hundredths(b.max)))
}

/** Two decimals always ("3.00"), as the index is published. */
export function formatIndex(value: number): string {
  return roundIndex(value).toFixed(2)
}
