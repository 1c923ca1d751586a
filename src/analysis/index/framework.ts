/**
 * An evaluation framework as data: the SPBE index of PermenPANRB 59/2020, the reported Indeks
 * Pemerintah Digital 2026, or whatever the ministry publishes next. The shape is published as
 * schemas/evaluation-framework.schema.json; loadFramework.ts checks the rest.
 *
 * Pure module: runs in Node, the CLI and the browser.
 */
import type { Message } from '../../model/message.ts'

/** P regulation text seen, S secondary public page, R practitioner sources, U unconfirmed/inferred. */
export type Confidence = 'P' | 'S' | 'R' | 'U'

/** A name in Bahasa Indonesia (official) and, where Cetakbiru has one, English. */
export interface FrameworkText {
  readonly id: string
  readonly en?: string
}

export interface CapabilityLevel {
  readonly level: number
  readonly name: FrameworkText
  readonly description?: FrameworkText
  readonly confidence?: Confidence
  readonly note?: string
}

/** A band of index values: min inclusive, max exclusive unless maxInclusive. */
export interface PredicateBand {
  readonly name: FrameworkText
  readonly alias?: string
  readonly min: number
  readonly max: number
  readonly maxInclusive?: boolean
}

export interface FrameworkDomain {
  readonly code: string
  readonly name: FrameworkText
  /** Percent of the whole index. */
  readonly weight: number
}

export interface Indicator {
  readonly number: number
  readonly name: FrameworkText
  /** Percent of the whole index (not of the aspect). */
  readonly weight: number
  readonly confidence?: Confidence
  readonly note?: string
}

export interface Aspect {
  readonly code: string
  readonly domain?: string
  readonly name: FrameworkText
  readonly weight: number
  readonly indicators: readonly Indicator[]
}

export interface EvaluationFramework {
  readonly $schema?: string
  readonly id: string
  readonly name: FrameworkText
  readonly regulation?: string
  readonly source: string
  readonly confidence: Confidence
  /** false: the text was not confirmed; shown as "perlu verifikasi". */
  readonly verified: boolean
  readonly verificationNote?: FrameworkText
  readonly notes?: readonly string[]
  readonly levels: readonly CapabilityLevel[]
  readonly predicates: readonly PredicateBand[]
  readonly domains?: readonly FrameworkDomain[]
  readonly aspects: readonly Aspect[]
}

/** The English name where there is one, else the Indonesian. */
export function textIn(t: FrameworkText, locale: 'id' | 'en'): string {
  return locale === 'en' ? (t.en ?? t.id) : t.id
}

export function textMessage(t: FrameworkText): Message {
  return { id: t.id, en: t.en ?? t.id }
}

/** Every indicator in framework order. */
export function indicatorsOf(f: EvaluationFramework): readonly Indicator[] {
  return f.aspects.flatMap((a) => a.indicators)
}

/** Weights have at most two decimals, so hundredths are exact integers: sums never drift. */
export function hundredths(value: number): number {
  return Math.round(value * 100)
}
