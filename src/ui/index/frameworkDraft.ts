/**
 * A framework being edited in the view: the file's JSON with numbers that may still be text
 * (a weight half typed), so the live check can name the exact field. Aspect and domain weights
 * follow their indicators: a user edits indicator weights, the sums are not a second chore.
 */
import { hundredths, type EvaluationFramework } from '../../analysis/index/framework.ts'

/** A name as the file has it, editable. */
export interface DraftText {
  id: string
  en?: string
}

/** A number, or the text typed where a number belongs (the schema check then names the field). */
export type DraftNumber = number | string

export interface DraftIndicator {
  number: number
  name: DraftText
  weight: DraftNumber
  [other: string]: unknown
}

export interface DraftAspect {
  code: string
  domain?: string
  name: DraftText
  weight: DraftNumber
  indicators: DraftIndicator[]
  [other: string]: unknown
}

export interface DraftBand {
  name: DraftText
  min: DraftNumber
  max: DraftNumber
  maxInclusive?: boolean
  [other: string]: unknown
}

export interface DraftFramework {
  id: string
  name: DraftText
  domains?: { code: string; name: DraftText; weight: DraftNumber; [other: string]: unknown }[]
  aspects: DraftAspect[]
  predicates: DraftBand[]
  [other: string]: unknown
}

export function draftOf(f: EvaluationFramework): DraftFramework {
  return structuredClone(f) as unknown as DraftFramework
}

/** What a typed number field holds: the number when it reads as one (comma or dot), else the text. */
export function parseDraftNumber(text: string): DraftNumber {
  const t = text.trim().replace(',', '.')
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text
}

/** Sum of the indicator weights in hundredths, or undefined while one of them is not a number. */
function sumHundredths(indicators: readonly DraftIndicator[]): number | undefined {
  let sum = 0
  for (const i of indicators) {
    if (typeof i.weight !== 'number') return undefined
    sum += hundredths(i.weight)
  }
  return sum
}

/** Sets each aspect's and domain's weight to the sum of its indicators' (where all are numbers). */
export function syncGroupWeights(d: DraftFramework): void {
  const byDomain = new Map<string, number | undefined>()
  for (const a of d.aspects) {
    const sum = sumHundredths(a.indicators)
    if (sum !== undefined) a.weight = sum / 100
    if (a.domain !== undefined) {
      const prev = byDomain.has(a.domain) ? byDomain.get(a.domain) : 0
      byDomain.set(a.domain, prev === undefined || sum === undefined ? undefined : prev + sum)
    }
  }
  for (const dom of d.domains ?? []) {
    const sum = byDomain.get(dom.code)
    if (sum !== undefined) dom.weight = sum / 100
  }
}

/** The total of all indicator weights that are numbers, in percent (exact to the hundredth). */
export function totalWeight(d: DraftFramework): number {
  let sum = 0
  for (const a of d.aspects) for (const i of a.indicators) if (typeof i.weight === 'number') sum += hundredths(i.weight)
  return sum / 100
}
