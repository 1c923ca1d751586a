/**
 * The index of one self-assessment: index = sum over indicators of (weight% / 100 x level).
 * Per aspect and per domain the same weighted mean is taken over that group's indicators, so a
 * group's value is on the same 1..5 scale as the total.
 *
 * Arithmetic is exact: weights are whole hundredths (loadFramework refuses more decimals), so the
 * weighted sum is an integer and the only rounding is the final one to two decimals (predicate.ts).
 */
import { msg, type Message } from '../../model/message.ts'
import { hundredths, indicatorsOf, type EvaluationFramework, type FrameworkText, type Indicator } from './framework.ts'
import { predicateFor } from './predicate.ts'

/** Indicator number -> capability level, as read from levels.json (`{"1": 3, ...}`) or built in code. */
export type LevelInput = Readonly<Record<string, unknown>> | ReadonlyMap<number, number>

export interface ComputeOptions {
  /** Allow indicators without a level: the index is then the weighted mean over the assessed ones. */
  readonly partial?: boolean
}

export type IndexErrorCode =
  | 'not-an-object' | 'unknown-indicator' | 'out-of-range' | 'missing-indicator' | 'nothing-assessed'
  /** Only in a history of several years. */
  | 'unknown-framework' | 'duplicate-year'

export interface IndexError {
  readonly code: IndexErrorCode
  /** Where in the levels input, for example `levels["48"]`. */
  readonly path: string
  readonly message: Message
}

export interface GroupScore {
  readonly code: string
  readonly name: FrameworkText
  /** The group's weight in the framework, percent of the whole index. */
  readonly weight: number
  /** Weighted mean level over the group's assessed indicators, two decimals; null when none is assessed. */
  readonly index: number | null
  readonly predicate: FrameworkText | null
  /** The part of the group's weight that was assessed. */
  readonly assessedWeight: number
}

export interface IndicatorScore {
  readonly number: number
  readonly aspect: string
  readonly weight: number
  readonly level: number | null
  /** weight / 100 x level, the indicator's share of the total (before any partial rescaling). */
  readonly contribution: number
}

export interface IndexResult {
  readonly framework: string
  /** Rounded half up to two decimals. */
  readonly index: number
  /** The unrounded value. */
  readonly exact: number
  readonly predicate: FrameworkText | null
  readonly partial: boolean
  /** Indicator numbers without a level (only when partial). */
  readonly missing: readonly number[]
  /** Sum of the weights of assessed indicators; 100 for a complete assessment. */
  readonly assessedWeight: number
  readonly domains: readonly GroupScore[]
  readonly aspects: readonly GroupScore[]
  readonly indicators: readonly IndicatorScore[]
  readonly formula: Message
  /** The formula with the numbers filled in, for example `(1.3×3 + ... + 3×3) / 100 = 3.00`. */
  readonly expression: string
}

export type ComputeResult = { readonly ok: true; readonly result: IndexResult } | { readonly ok: false; readonly errors: readonly IndexError[] }

export const INDEX_FORMULA: Message = msg(
  'Indeks = Σ (bobot indikator % / 100 × tingkat kematangan); indeks aspek dan domain = rata-rata tertimbang tingkat indikatornya',
  'Index = Σ (indicator weight % / 100 × capability level); aspect and domain indices = weighted mean of their indicators\' levels',
)

const PARTIAL_FORMULA: Message = msg(
  'Penilaian sebagian: indeks = Σ (bobot × tingkat) / Σ bobot indikator yang dinilai',
  'Partial assessment: index = Σ (weight × level) / Σ weight of the assessed indicators',
)

function error(code: IndexErrorCode, key: string, id: string, en: string): IndexError {
  return { code, path: key === '' ? 'levels' : `levels["${key}"]`, message: msg(id, en) }
}

/** Reads and checks the levels against the framework; every problem is reported, not just the first. */
export function readLevels(framework: EvaluationFramework, input: unknown, options: ComputeOptions = {}): { levels: Map<number, number>; errors: IndexError[] } {
  const levels = new Map<number, number>()
  const errors: IndexError[] = []
  let entries: [string, unknown][]
  if (input instanceof Map) entries = [...(input as ReadonlyMap<unknown, unknown>)].map(([k, v]) => [String(k), v])
  else if (typeof input === 'object' && input !== null && !Array.isArray(input)) entries = Object.entries(input)
  else return { levels, errors: [error('not-an-object', '', 'tingkat harus berupa objek nomor indikator -> tingkat, misalnya {"1": 3}', 'levels must be an object of indicator number -> level, for example {"1": 3}')] }
  const known = new Map(indicatorsOf(framework).map((i) => [i.number, i]))
  const numbers = framework.levels.map((l) => l.level)
  const lo = Math.min(...numbers)
  const hi = Math.max(...numbers)
  for (const [key, value] of entries) {
    const n = /^\d+$/.test(key) ? Number(key) : NaN
    if (!known.has(n)) {
      errors.push(error('unknown-indicator', key, `indikator "${key}" tidak ada dalam kerangka ${framework.id}`, `indicator "${key}" is not in framework ${framework.id}`))
      continue
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < lo || value > hi) {
      errors.push(error('out-of-range', key, `tingkat indikator ${key} harus bilangan bulat ${lo} sampai ${hi}, bukan ${JSON.stringify(value)}`, `the level of indicator ${key} must be a whole number from ${lo} to ${hi}, not ${JSON.stringify(value)}`))
      continue
    }
    levels.set(n, value)
  }
  const missing = [...known.keys()].filter((n) => !levels.has(n) && !entries.some(([k]) => k === String(n)))
  if (missing.length > 0 && !options.partial) {
    const list = missing.join(', ')
    errors.push(error('missing-indicator', '', `indikator tanpa tingkat: ${list} (gunakan --partial untuk penilaian sebagian)`, `indicators without a level: ${list} (use --partial for a partial assessment)`))
  }
  return { levels, errors }
}

function group(code: string, name: FrameworkText, weight: number, members: readonly Indicator[], levels: ReadonlyMap<number, number>, f: EvaluationFramework): GroupScore {
  let num = 0
  let den = 0
  for (const i of members) {
    const level = levels.get(i.number)
    if (level === undefined) continue
    num += hundredths(i.weight) * level
    den += hundredths(i.weight)
  }
  const index = den === 0 ? null : roundedMean(num, den)
  return { code, name, weight, index, predicate: index === null ? null : (predicateFor(f, index)?.name ?? null), assessedWeight: den / 100 }
}

/** num / den rounded half up to two decimals, in integers: floor((200·num + den) / (2·den)) hundredths. */
function roundedMean(num: number, den: number): number {
  return Math.floor((200 * num + den) / (2 * den)) / 100
}

/** Computes the index of one assessment, or the errors naming every bad or missing indicator. */
export function computeIndex(framework: EvaluationFramework, input: LevelInput | unknown, options: ComputeOptions = {}): ComputeResult {
  const { levels, errors } = readLevels(framework, input, options)
  if (errors.length > 0) return { ok: false, errors }
  if (levels.size === 0) {
    return { ok: false, errors: [error('nothing-assessed', '', 'belum ada indikator yang dinilai', 'no indicator has been assessed')] }
  }
  const all = indicatorsOf(framework)
  const aspects = framework.aspects.map((a) => group(a.code, a.name, a.weight, a.indicators, levels, framework))
  const domains = (framework.domains ?? []).map((d) =>
    group(d.code, d.name, d.weight, framework.aspects.filter((a) => a.domain === d.code).flatMap((a) => a.indicators), levels, framework),
  )
  const total = group(framework.id, framework.name, 100, all, levels, framework)
  const indicators: IndicatorScore[] = framework.aspects.flatMap((a) =>
    a.indicators.map((i) => {
      const level = levels.get(i.number) ?? null
      return { number: i.number, aspect: a.code, weight: i.weight, level, contribution: level === null ? 0 : (hundredths(i.weight) * level) / 10000 }
    }),
  )
  const missing = all.filter((i) => !levels.has(i.number)).map((i) => i.number)
  const num = indicators.reduce((s, i) => s + (i.level === null ? 0 : hundredths(i.weight) * i.level), 0)
  const den = total.assessedWeight * 100
  const index = total.index!
  const terms = indicators.filter((i) => i.level !== null).map((i) => `${i.weight}×${i.level}`)
  return {
    ok: true,
    result: {
      framework: framework.id,
      index,
      exact: num / den,
      predicate: total.predicate,
      partial: missing.length > 0,
      missing,
      assessedWeight: total.assessedWeight,
      domains,
      aspects,
      indicators,
      formula: missing.length > 0 ? PARTIAL_FORMULA : INDEX_FORMULA,
      expression: `(${terms.join(' + ')}) / ${total.assessedWeight} = ${index.toFixed(2)}`,
    },
  }
}

