/**
 * What the Peta Rencana does to the index: from a baseline assessment and links "kegiatan K
 * brings indicator N to level L", the index in every year of the plan.
 *
 * Rule: a kegiatan's effect counts from the year it ends (endYear, inclusive): an evaluation
 * looks at what is in place, not at work in progress. An indicator never goes down: its level in
 * a year is the highest of the baseline and every link whose kegiatan has ended by then.
 * Deterministic: the same inputs in any order give the same projection.
 */
import type { EvaluationFramework, FrameworkText } from './framework.ts'
import { computeIndex, readLevels, type IndexError, type LevelInput } from './computeIndex.ts'

/** A kegiatan of the Peta Rencana linked to an indicator, with the level it is expected to reach. */
export interface IndicatorLink {
  readonly activity: string
  readonly indicator: number
  readonly level: number
}

/** The part of a scheduled kegiatan the projection reads (ScheduledActivity fits). */
export interface PlannedActivity {
  readonly id: string
  readonly name?: string
  readonly startYear: number
  readonly endYear: number
}

export interface ProjectionInput {
  /** Levels per indicator at the start (the latest self-assessment). */
  readonly baseline: LevelInput
  readonly links: readonly IndicatorLink[]
  readonly activities: readonly PlannedActivity[]
  readonly years: readonly number[]
  /** Allow a baseline without every indicator (see computeIndex). */
  readonly partial?: boolean
}

export interface ProjectedYear {
  readonly year: number
  readonly index: number
  readonly predicate: FrameworkText | null
  /** Indicators whose level rises in this year: from -> to, and the kegiatan that brought it. */
  readonly raised: readonly { readonly indicator: number; readonly from: number; readonly to: number; readonly activities: readonly string[] }[]
  readonly levels: ReadonlyMap<number, number>
}

export type ProjectionResult =
  | { readonly ok: true; readonly years: readonly ProjectedYear[]; readonly baseline: number; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly IndexError[] }

/** Links sorted by activity then indicator, so nothing depends on the order given. */
function sortedLinks(links: readonly IndicatorLink[]): IndicatorLink[] {
  return [...links].sort((a, b) => (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : a.indicator - b.indicator || a.level - b.level))
}

/** Checks links against the framework: unknown indicators and levels outside the scale are errors naming them. */
export function linkErrors(framework: EvaluationFramework, links: readonly IndicatorLink[]): IndexError[] {
  const probe = new Map<number, number>()
  const errors: IndexError[] = []
  for (const l of sortedLinks(links)) {
    probe.clear()
    probe.set(l.indicator, l.level)
    for (const e of readLevels(framework, probe, { partial: true }).errors) {
      errors.push({ ...e, path: `links[${l.activity}→${l.indicator}]` })
    }
  }
  return errors
}

/** Levels in effect at the end of `year`: the baseline raised by every linked kegiatan ended by then. */
export function levelsInYear(baseline: ReadonlyMap<number, number>, links: readonly IndicatorLink[], ends: ReadonlyMap<string, number>, year: number): Map<number, number> {
  const levels = new Map(baseline)
  for (const l of links) {
    const end = ends.get(l.activity)
    if (end === undefined || end > year) continue
    if ((levels.get(l.indicator) ?? 0) < l.level) levels.set(l.indicator, l.level)
  }
  return levels
}

export function projectIndex(framework: EvaluationFramework, input: ProjectionInput): ProjectionResult {
  const base = readLevels(framework, input.baseline, { partial: input.partial })
  const errors = [...base.errors, ...linkErrors(framework, input.links)]
  if (errors.length > 0) return { ok: false, errors }
  const links = sortedLinks(input.links)
  const ends = new Map(input.activities.map((a) => [a.id, a.endYear]))
  const warnings = [...new Set(links.filter((l) => !ends.has(l.activity)).map((l) => l.activity))].map(
    (id) => `Kegiatan "${id}" tidak terjadwal; tautannya tidak dihitung / kegiatan "${id}" is not scheduled; its links are not counted`,
  )
  const baselineIndex = computeIndex(framework, base.levels, { partial: input.partial })
  if (!baselineIndex.ok) return { ok: false, errors: baselineIndex.errors }

  const years: ProjectedYear[] = []
  let previous: ReadonlyMap<number, number> = base.levels
  for (const year of [...input.years].sort((a, b) => a - b)) {
    const levels = levelsInYear(base.levels, links, ends, year)
    const r = computeIndex(framework, levels, { partial: input.partial })
    if (!r.ok) return { ok: false, errors: r.errors }
    const raised = [...levels]
      .filter(([n, l]) => l > (previous.get(n) ?? 0))
      .sort(([a], [b]) => a - b)
      .map(([n, l]) => ({
        indicator: n,
        from: previous.get(n) ?? 0,
        to: l,
        activities: links.filter((k) => k.indicator === n && k.level === l && ends.get(k.activity) === year).map((k) => k.activity),
      }))
    years.push({ year, index: r.result.index, predicate: r.result.predicate, raised, levels })
    previous = levels
  }
  return { ok: true, years, baseline: baselineIndex.result.index, warnings }
}
