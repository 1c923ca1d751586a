/**
 * Loads an evaluation framework file (the ministry changes these, so a Pemda may bring its own):
 * the JSON Schema first (schemas/evaluation-framework.schema.json), then the rules a schema cannot
 * state. Every error is bilingual and names its JSON path.
 */
// Precompiled by `npm run gen` (Ajv standalone code, as the project validator): no `new Function`
// at run time, so framework files load under the app's Content-Security-Policy.
import validateFrameworkSchema from './generated/frameworkValidator.js'
import { loadError, type LoadError } from '../../model/file/loadError.ts'
import { describeSchemaErrors } from '../../model/file/schemaErrors.ts'
import { hundredths, type EvaluationFramework } from './framework.ts'

export type FrameworkLoadResult =
  | { readonly ok: true; readonly framework: EvaluationFramework }
  | { readonly ok: false; readonly errors: readonly LoadError[] }

/** Parses and checks the text of a framework file. */
export function parseFrameworkText(text: string): FrameworkLoadResult {
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    return { ok: false, errors: [loadError('(file)', `Bukan JSON yang sah: ${(e as Error).message}`, `Not valid JSON: ${(e as Error).message}`)] }
  }
  return loadFramework(value)
}

/** Checks an already parsed framework against the schema and the framework rules. */
export function loadFramework(value: unknown): FrameworkLoadResult {
  if (!validateFrameworkSchema(value)) return { ok: false, errors: describeSchemaErrors(validateFrameworkSchema.errors ?? []) }
  const framework = value as EvaluationFramework
  const errors = frameworkRuleErrors(framework)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, framework }
}

/** Weights are compared in exact hundredths; a weight with more decimals is refused rather than rounded. */
function weightErrors(path: string, weight: number): LoadError[] {
  return Math.abs(weight * 100 - hundredths(weight)) > 1e-6
    ? [loadError(path, `bobot ${weight} punya lebih dari dua desimal`, `weight ${weight} has more than two decimals`)]
    : []
}

function sumMismatch(path: string, what: { id: string; en: string }, stated: number, sum: number): LoadError[] {
  if (hundredths(stated) === sum) return []
  const total = (sum / 100).toString()
  return [loadError(path, `bobot ${what.id} ${stated} tidak sama dengan jumlah bobot indikatornya (${total})`, `${what.en} weight ${stated} is not the sum of its indicators' weights (${total})`)]
}

export function frameworkRuleErrors(f: EvaluationFramework): LoadError[] {
  const errors: LoadError[] = []

  // Levels: unique and consecutive, so "level outside the range" has one meaning.
  const levels = f.levels.map((l) => l.level)
  const sorted = [...levels].sort((a, b) => a - b)
  if (sorted.some((l, i) => i > 0 && l !== sorted[i - 1]! + 1)) {
    errors.push(loadError('levels', `tingkat harus berurutan tanpa celah atau ganda (${levels.join(', ')})`, `levels must be consecutive, without gaps or duplicates (${levels.join(', ')})`))
  }
  const minLevel = sorted[0] ?? 0
  const maxLevel = sorted[sorted.length - 1] ?? 0

  // Domains and aspects: unique codes, every aspect in a known domain when there are domains.
  const domainCodes = new Set<string>()
  f.domains?.forEach((d, i) => {
    if (domainCodes.has(d.code)) errors.push(loadError(`domains[${i}].code`, `kode domain "${d.code}" ganda`, `duplicate domain code "${d.code}"`))
    domainCodes.add(d.code)
    errors.push(...weightErrors(`domains[${i}].weight`, d.weight))
  })
  const aspectCodes = new Set<string>()
  const numbers = new Set<number>()
  const domainSums = new Map<string, number>()
  let total = 0
  f.aspects.forEach((a, i) => {
    const at = `aspects[${i}]`
    if (aspectCodes.has(a.code)) errors.push(loadError(`${at}.code`, `kode aspek "${a.code}" ganda`, `duplicate aspect code "${a.code}"`))
    aspectCodes.add(a.code)
    if (f.domains && f.domains.length > 0) {
      if (a.domain === undefined) errors.push(loadError(`${at}.domain`, 'aspek harus menyebut domainnya', 'the aspect must name its domain'))
      else if (!domainCodes.has(a.domain)) errors.push(loadError(`${at}.domain`, `domain "${a.domain}" tidak ada`, `domain "${a.domain}" does not exist`))
    } else if (a.domain !== undefined) {
      errors.push(loadError(`${at}.domain`, `domain "${a.domain}" tidak ada (kerangka ini tanpa domain)`, `domain "${a.domain}" does not exist (this framework has no domains)`))
    }
    errors.push(...weightErrors(`${at}.weight`, a.weight))
    let sum = 0
    a.indicators.forEach((ind, j) => {
      const it = `${at}.indicators[${j}]`
      if (numbers.has(ind.number)) errors.push(loadError(`${it}.number`, `nomor indikator ${ind.number} ganda`, `duplicate indicator number ${ind.number}`))
      numbers.add(ind.number)
      errors.push(...weightErrors(`${it}.weight`, ind.weight))
      sum += hundredths(ind.weight)
    })
    errors.push(...sumMismatch(`${at}.weight`, { id: 'aspek', en: 'aspect' }, a.weight, sum))
    if (a.domain !== undefined) domainSums.set(a.domain, (domainSums.get(a.domain) ?? 0) + sum)
    total += sum
  })
  f.domains?.forEach((d, i) => errors.push(...sumMismatch(`domains[${i}].weight`, { id: 'domain', en: 'domain' }, d.weight, domainSums.get(d.code) ?? 0)))
  if (total !== 10000) {
    errors.push(loadError('aspects', `jumlah bobot semua indikator harus 100, bukan ${total / 100}`, `the indicator weights must add up to 100, not ${total / 100}`))
  }

  errors.push(...bandErrors(f, minLevel, maxLevel))
  return errors
}

/**
 * The bands must cover every index from the lowest to the highest level exactly once, so each
 * index has one predicate. Bands are compared in hundredths, the precision an index is shown in.
 */
function bandErrors(f: EvaluationFramework, minLevel: number, maxLevel: number): LoadError[] {
  const errors: LoadError[] = []
  f.predicates.forEach((b, i) => {
    if (b.max < b.min || (b.max === b.min && !b.maxInclusive)) {
      errors.push(loadError(`predicates[${i}]`, `rentang predikat "${b.name.id}" kosong (${b.min} sampai ${b.max})`, `predicate band "${b.name.en ?? b.name.id}" is empty (${b.min} to ${b.max})`))
    }
  })
  if (errors.length > 0) return errors
  const bands = f.predicates.map((b, i) => ({ b, i })).sort((x, y) => x.b.min - y.b.min)
  const first = bands[0]!
  const last = bands[bands.length - 1]!
  if (hundredths(first.b.min) > hundredths(minLevel)) {
    errors.push(loadError(`predicates[${first.i}].min`, `tidak ada predikat untuk indeks di bawah ${first.b.min}`, `no predicate covers an index below ${first.b.min}`))
  }
  if (hundredths(last.b.max) < hundredths(maxLevel) || (hundredths(last.b.max) === hundredths(maxLevel) && !last.b.maxInclusive)) {
    errors.push(loadError(`predicates[${last.i}].max`, `tidak ada predikat untuk indeks ${maxLevel}`, `no predicate covers an index of ${maxLevel}`))
  }
  for (let k = 1; k < bands.length; k++) {
    const prev = bands[k - 1]!
    const cur = bands[k]!
    if (hundredths(prev.b.max) !== hundredths(cur.b.min) || prev.b.maxInclusive) {
      errors.push(loadError(
        `predicates[${cur.i}].min`,
        `predikat "${prev.b.name.id}" (sampai ${prev.b.max}) dan "${cur.b.name.id}" (mulai ${cur.b.min}) bercelah atau bertumpang tindih`,
        `predicate bands "${prev.b.name.en ?? prev.b.name.id}" (to ${prev.b.max}) and "${cur.b.name.en ?? cur.b.name.id}" (from ${cur.b.min}) leave a gap or overlap`,
      ))
    }
  }
  return errors
}
