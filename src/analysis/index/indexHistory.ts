/**
 * The index across years, as a chart draws it: computed from a year's levels where they were
 * entered, else the published total (a Pemda often has only "2021: 2.56" for past years).
 * Each year names its framework, so 59/2020 years and Pemdi years sit side by side.
 */
import type { EvaluationFramework, FrameworkText } from './framework.ts'
import { computeIndex, type IndexError, type LevelInput } from './computeIndex.ts'
import { predicateFor, roundIndex } from './predicate.ts'

export interface YearAssessment {
  readonly year: number
  readonly framework: string
  readonly levels?: LevelInput
  /** The total as published by the ministry, when the levels are not at hand. */
  readonly published?: number
  readonly partial?: boolean
}

export interface HistoryPoint {
  readonly year: number
  readonly framework: string
  readonly index: number
  readonly predicate: FrameworkText | null
  readonly source: 'computed' | 'published'
  /** Both were given and differ by more than rounding: worth a look. */
  readonly differsFromPublished?: number
}

export type HistoryResult =
  | { readonly ok: true; readonly points: readonly HistoryPoint[] }
  | { readonly ok: false; readonly errors: readonly (IndexError & { readonly year: number })[] }

export function indexHistory(assessments: readonly YearAssessment[], frameworkById: (id: string) => EvaluationFramework | undefined): HistoryResult {
  const points: HistoryPoint[] = []
  const errors: (IndexError & { year: number })[] = []
  const years = new Set<number>()
  for (const a of [...assessments].sort((x, y) => x.year - y.year)) {
    const at = (code: IndexError['code'], id: string, en: string): void => {
      errors.push({ year: a.year, code, path: `${a.year}`, message: { id, en } })
    }
    if (years.has(a.year)) { at('duplicate-year', `tahun ${a.year} dinilai dua kali`, `year ${a.year} is assessed twice`); continue }
    years.add(a.year)
    const f = frameworkById(a.framework)
    if (!f) { at('unknown-framework', `kerangka "${a.framework}" tidak dikenal`, `unknown framework "${a.framework}"`); continue }
    if (a.levels !== undefined) {
      const r = computeIndex(f, a.levels, { partial: a.partial })
      if (!r.ok) { errors.push(...r.errors.map((e) => ({ ...e, year: a.year, path: `${a.year}.${e.path}` }))); continue }
      const differs = a.published !== undefined && Math.abs(roundIndex(a.published) - r.result.index) > 0.005 ? { differsFromPublished: roundIndex(a.published) } : {}
      points.push({ year: a.year, framework: f.id, index: r.result.index, predicate: r.result.predicate, source: 'computed', ...differs })
    } else if (a.published !== undefined) {
      const top = Math.max(...f.levels.map((l) => l.level))
      if (!(a.published >= 0 && a.published <= top)) { at('out-of-range', `indeks ${a.year} harus 0 sampai ${top}`, `the ${a.year} index must be 0 to ${top}`); continue }
      const index = roundIndex(a.published)
      points.push({ year: a.year, framework: f.id, index, predicate: predicateFor(f, index)?.name ?? null, source: 'published' })
    } else {
      at('nothing-assessed', `tahun ${a.year} tanpa tingkat maupun indeks terbit`, `year ${a.year} has neither levels nor a published index`)
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, points }
}
