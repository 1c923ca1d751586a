import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { buildFrameworkFiles, buildValidatorFiles, FRAMEWORK_VALIDATOR_OPTIONS, OUTPUT_DIR, VALIDATOR_DIR } from '../../scripts/build-frameworks.ts'
import validateFrameworkSchema from '../../src/analysis/index/generated/frameworkValidator.js'
import { SHIPPED_FRAMEWORK_IDS } from '../../src/model/indexFrameworks.ts'
import { BUILTIN_FRAMEWORK_IDS, builtinFramework, verificationWarning } from '../../src/analysis/index/builtinFrameworks.ts'
import { hundredths, indicatorsOf, type EvaluationFramework } from '../../src/analysis/index/framework.ts'
import { loadFramework, parseFrameworkText } from '../../src/analysis/index/loadFramework.ts'

const framework = (id: string): EvaluationFramework => builtinFramework(id)!
/** A deep, mutable copy of a shipped framework to break on purpose. */
const copy = (id: string): { -readonly [K in keyof EvaluationFramework]: any } => JSON.parse(JSON.stringify(framework(id))) // eslint-disable-line @typescript-eslint/no-explicit-any

describe('shipped framework files', () => {
  it.each(Object.keys(buildFrameworkFiles()))('%s is exactly what scripts/build-frameworks.ts generates (run `npm run gen`)', (name) => {
    expect(readFileSync(join(OUTPUT_DIR, name), 'utf8')).toBe(buildFrameworkFiles()[name])
  })

  it('lists both frameworks and loads each through the schema and the rules', () => {
    expect(BUILTIN_FRAMEWORK_IDS).toEqual(['spbe-2020', 'pemdi-2026'])
    // The model checks a project's framework references against its own copy of the list.
    expect(SHIPPED_FRAMEWORK_IDS).toEqual(BUILTIN_FRAMEWORK_IDS)
    expect(builtinFramework('spbe-2021')).toBeUndefined()
  })

  it.each(['spbe-2020', 'pemdi-2026'])('%s: indicator weights add up to exactly 100, and each aspect to its stated weight', (id) => {
    const f = framework(id)
    expect(indicatorsOf(f).reduce((s, i) => s + hundredths(i.weight), 0)).toBe(10000)
    for (const a of f.aspects) expect(a.indicators.reduce((s, i) => s + hundredths(i.weight), 0)).toBe(hundredths(a.weight))
  })

  it('spbe-2020 has 4 domains, 8 aspects, 47 indicators numbered 1..47, the five levels and predicates', () => {
    const f = framework('spbe-2020')
    expect(f.domains?.map((d) => [d.code, d.weight])).toEqual([['D1', 13], ['D2', 25], ['D3', 16.5], ['D4', 45.5]])
    expect(f.aspects.map((a) => [a.code, a.domain, a.weight])).toEqual([
      ['A1', 'D1', 13], ['A2', 'D2', 10], ['A3', 'D2', 10], ['A4', 'D2', 5], ['A5', 'D3', 12], ['A6', 'D3', 4.5], ['A7', 'D4', 27.5], ['A8', 'D4', 18],
    ])
    expect(indicatorsOf(f).map((i) => i.number)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1))
    expect(f.levels.map((l) => l.name.id)).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum'])
    expect(f.predicates.map((p) => [p.name.id, p.min, p.max, p.maxInclusive ?? false])).toEqual([
      ['Memuaskan', 4.2, 5, true], ['Sangat Baik', 3.5, 4.2, false], ['Baik', 2.6, 3.5, false], ['Cukup', 1.8, 2.6, false], ['Kurang', 0, 1.8, false],
    ])
    expect(f.verified).toBe(true)
    expect(verificationWarning(f)).toBeUndefined()
    // Weights and names come from practitioner code, not the regulation's text: that stays visible.
    expect(f.confidence).toBe('R')
  })

  it('pemdi-2026 has 7 aspects, 20 indicators, its own bands, and is marked "perlu verifikasi"', () => {
    const f = framework('pemdi-2026')
    expect(f.domains).toBeUndefined()
    expect(f.aspects.map((a) => a.weight)).toEqual([10, 10, 15, 15, 10, 15, 25])
    expect(indicatorsOf(f).map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(f.predicates.map((p) => [p.name.id, p.min, p.max])).toEqual([
      ['Kurang', 1, 1.5], ['Cukup', 1.5, 2.5], ['Baik', 2.5, 3.5], ['Sangat Baik', 3.5, 4], ['Memuaskan', 4, 5],
    ])
    expect(f.verified).toBe(false)
    expect(verificationWarning(f)).toMatch(/^Perlu verifikasi: .* \/ Needs verification: /)
    // Level names are borrowed from the 2025 concept and say so.
    expect(f.levels.every((l) => l.note?.includes('konsep Pemdi 2025'))).toBe(true)
  })
})

describe('precompiled framework validator', () => {
  it.each(Object.keys(buildValidatorFiles()))('%s is up to date with the schema (run `npm run gen`)', (name) => {
    expect(readFileSync(join(VALIDATOR_DIR, name), 'utf8') === buildValidatorFiles()[name]).toBe(true)
  })

  it('compiles no code at run time and reports exactly what a run-time compile reports', () => {
    expect(readFileSync(join(VALIDATOR_DIR, 'frameworkValidator.js'), 'utf8').match(/new Function|\beval\(|\brequire\(/)?.[0]).toBeUndefined()
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/evaluation-framework.schema.json'), 'utf8')) as object
    const runtime = new Ajv2020(FRAMEWORK_VALIDATOR_OPTIONS).compile(schema)
    const bad = copy('spbe-2020')
    bad.levels[0].name = { id: '' }
    bad.aspects[0].indicators[0].extra = true
    bad.verified = 'ya'
    for (const value of [framework('spbe-2020'), framework('pemdi-2026'), bad, 42]) {
      expect(validateFrameworkSchema(value)).toBe(runtime(value))
      expect(validateFrameworkSchema.errors ?? null).toEqual(runtime.errors ?? null)
    }
    expect(validateFrameworkSchema(bad)).toBe(false)
    expect(validateFrameworkSchema.errors?.length).toBe(3)
  })
})

describe('loadFramework refuses bad framework files with bilingual errors naming the path', () => {
  const messages = (value: unknown): string[] => {
    const r = loadFramework(value)
    expect(r.ok).toBe(false)
    return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message.id} / ${e.message.en}`)
  }

  it('not JSON, or not the schema', () => {
    const r = parseFrameworkText('{"id": ')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]!.message.en).toMatch(/^Not valid JSON/)
    const f = copy('spbe-2020')
    delete f.levels
    f.aspects[2].indicators[1].weight = 'dua'
    expect(messages(f)).toEqual([
      '(root): kolom "levels" wajib ada / field "levels" is required',
      'aspects[2].indicators[1].weight: harus bertipe angka / must be a number',
    ])
  })

  it('weights that do not add up, duplicate numbers, a missing domain', () => {
    const f = copy('spbe-2020')
    f.aspects[0].indicators[0].weight = 1.4
    f.aspects[1].indicators[0].number = 12
    f.aspects[2].domain = 'D9'
    expect(messages(f)).toEqual([
      'aspects[0].weight: bobot aspek 13 tidak sama dengan jumlah bobot indikatornya (13.1) / aspect weight 13 is not the sum of its indicators\' weights (13.1)',
      'aspects[1].indicators[1].number: nomor indikator 12 ganda / duplicate indicator number 12',
      'aspects[2].domain: domain "D9" tidak ada / domain "D9" does not exist',
      'domains[0].weight: bobot domain 13 tidak sama dengan jumlah bobot indikatornya (13.1) / domain weight 13 is not the sum of its indicators\' weights (13.1)',
      'domains[1].weight: bobot domain 25 tidak sama dengan jumlah bobot indikatornya (15) / domain weight 25 is not the sum of its indicators\' weights (15)',
      'aspects: jumlah bobot semua indikator harus 100, bukan 100.1 / the indicator weights must add up to 100, not 100.1',
    ])
  })

  it('weights with more than two decimals, levels with a gap, predicate bands with a gap or overlap', () => {
    const f = copy('pemdi-2026')
    f.aspects[6].indicators[0].weight = 9.995
    f.aspects[6].indicators[1].weight = 15.005
    f.levels = f.levels.filter((l: { level: number }) => l.level !== 3)
    f.predicates[1].max = 2.4
    f.predicates[4].maxInclusive = false
    expect(messages(f)).toEqual([
      'levels: tingkat harus berurutan tanpa celah atau ganda (1, 2, 4, 5) / levels must be consecutive, without gaps or duplicates (1, 2, 4, 5)',
      'aspects[6].indicators[0].weight: bobot 9.995 punya lebih dari dua desimal / weight 9.995 has more than two decimals',
      'aspects[6].indicators[1].weight: bobot 15.005 punya lebih dari dua desimal / weight 15.005 has more than two decimals',
      'predicates[4].max: tidak ada predikat untuk indeks 5 / no predicate covers an index of 5',
      'predicates[2].min: predikat "Cukup" (sampai 2.4) dan "Baik" (mulai 2.5) bercelah atau bertumpang tindih / predicate bands "Fair" (to 2.4) and "Good" (from 2.5) leave a gap or overlap',
    ])
  })
})
