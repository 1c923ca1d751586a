import { describe, expect, it } from 'vitest'
import { builtinFramework } from '../../src/analysis/index/builtinFrameworks.ts'
import { computeIndex, type IndexResult } from '../../src/analysis/index/computeIndex.ts'
import { indicatorsOf, type EvaluationFramework } from '../../src/analysis/index/framework.ts'
import { formatIndex, predicateFor, roundIndex } from '../../src/analysis/index/predicate.ts'

const spbe = builtinFramework('spbe-2020')!
const pemdi = builtinFramework('pemdi-2026')!

function allAt(f: EvaluationFramework, level: number): Record<string, number> {
  return Object.fromEntries(indicatorsOf(f).map((i) => [String(i.number), level]))
}

function compute(f: EvaluationFramework, levels: unknown, partial = false): IndexResult {
  const r = computeIndex(f, levels, { partial })
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.result
}

/** Levels per aspect, in indicator order, as a reviewer would fill a form. */
function byAspect(f: EvaluationFramework, perAspect: Record<string, readonly number[]>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const a of f.aspects) {
    const ls = perAspect[a.code]!
    expect(ls).toHaveLength(a.indicators.length)
    a.indicators.forEach((i, k) => (out[String(i.number)] = ls[k]!))
  }
  return out
}

describe('computeIndex', () => {
  it.each([[spbe], [pemdi]])('all indicators at level 3 give 3.00 ($id)', (f) => {
    const r = compute(f, allAt(f, 3))
    expect(r.index).toBe(3)
    expect(formatIndex(r.index)).toBe('3.00')
    expect(r.predicate?.id).toBe('Baik')
    expect(r.aspects.every((a) => a.index === 3)).toBe(true)
    expect(r.missing).toEqual([])
    expect(r.assessedWeight).toBe(100)
  })

  it('all at 1 and all at 5 give the ends of the scale', () => {
    expect(compute(spbe, allAt(spbe, 1)).predicate?.id).toBe('Kurang')
    expect(compute(spbe, allAt(spbe, 5))).toMatchObject({ index: 5, predicate: { id: 'Memuaskan' } })
    expect(compute(pemdi, allAt(pemdi, 1))).toMatchObject({ index: 1, predicate: { id: 'Kurang' } })
  })

  it('a hand-computed mixed SPBE 2020 assessment: 2.54 Cukup, with aspect and domain values', () => {
    // Σ weight×level per aspect: A1 13×2=26; A2 2.5×(3+3+2+1)=22.5; A3 2.5×(4+3+3+2)=30; A4 2.5×(1+2)=7.5;
    // A5 12×3=36; A6 1.5×3=4.5; A7 27.5×3=82.5; A8 3×(4+3+3+2+2+1)=45. Total 254 / 100 = 2.54.
    const levels = byAspect(spbe, {
      A1: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], A2: [3, 3, 2, 1], A3: [4, 3, 3, 2], A4: [1, 2],
      A5: [3, 3, 3, 3, 3, 3, 3, 3], A6: [1, 1, 1], A7: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], A8: [4, 3, 3, 2, 2, 1],
    })
    const r = compute(spbe, levels)
    expect(r.index).toBe(2.54)
    expect(r.predicate?.id).toBe('Cukup')
    expect(r.aspects.map((a) => [a.code, a.index])).toEqual([
      ['A1', 2], ['A2', 2.25], ['A3', 3], ['A4', 1.5], ['A5', 3], ['A6', 1], ['A7', 3], ['A8', 2.5],
    ])
    // D2 60/25 = 2.40; D3 40.5/16.5 = 2.4545 -> 2.45; D4 127.5/45.5 = 2.8022 -> 2.80 (Baik).
    expect(r.domains.map((d) => [d.code, d.index, d.predicate?.id])).toEqual([
      ['D1', 2, 'Cukup'], ['D2', 2.4, 'Cukup'], ['D3', 2.45, 'Cukup'], ['D4', 2.8, 'Baik'],
    ])
    expect(r.indicators.find((i) => i.number === 42)).toEqual({ number: 42, aspect: 'A8', weight: 3, level: 4, contribution: 0.12 })
    expect(r.expression.startsWith('(1.3×2 + 1.3×2 + ')).toBe(true)
    expect(r.expression.endsWith(' + 3×1) / 100 = 2.54')).toBe(true)
    expect(r.formula.id).toContain('Σ (bobot indikator % / 100 × tingkat kematangan)')
  })

  it('a hand-computed mixed Pemdi 2026 assessment: 3.06 Baik', () => {
    // A1 5×3+5×3=30; A2 5×2+5×2=20; A3 5×4+3×3+3×3+4×2=46; A4 15×2=30; A5 10×5=50; A6 15×3=45; A7 10×4+15×3=85. 306/100.
    const levels = byAspect(pemdi, { A1: [3, 3], A2: [2, 2], A3: [4, 3, 3, 2], A4: [2, 2, 2, 2], A5: [5, 5], A6: [3, 3, 3, 3], A7: [4, 3] })
    const r = compute(pemdi, levels)
    expect([r.index, r.predicate?.id]).toEqual([3.06, 'Baik'])
    expect(r.aspects.map((a) => a.index)).toEqual([3, 2, 3.07, 2, 5, 3, 3.4])
    expect(r.domains).toEqual([])
  })

  it('accepts a Map as well as levels.json\'s object', () => {
    const map = new Map(indicatorsOf(pemdi).map((i) => [i.number, i.number <= 10 ? 4 : 2]))
    // Indicators 1..10 weigh 5+5+5+5+5+3+3+4+4+4 = 43: (43×4 + 57×2) / 100 = 2.86.
    expect(compute(pemdi, map).index).toBe(2.86)
  })

  it('names every unknown, out-of-range and missing indicator', () => {
    const levels: Record<string, unknown> = allAt(spbe, 3)
    delete levels['7']
    delete levels['30']
    levels['48'] = 3
    levels['x'] = 2
    levels['5'] = 6
    levels['6'] = 2.5
    levels['8'] = '3'
    const r = computeIndex(spbe, levels)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([
      ['out-of-range', 'levels["5"]'], ['out-of-range', 'levels["6"]'], ['out-of-range', 'levels["8"]'],
      ['unknown-indicator', 'levels["48"]'], ['unknown-indicator', 'levels["x"]'], ['missing-indicator', 'levels'],
    ])
    expect(r.errors[0]!.message).toEqual({
      id: 'tingkat indikator 5 harus bilangan bulat 1 sampai 5, bukan 6',
      en: 'the level of indicator 5 must be a whole number from 1 to 5, not 6',
    })
    expect(r.errors[3]!.message.en).toBe('indicator "48" is not in framework spbe-2020')
    expect(r.errors[5]!.message.en).toBe('indicators without a level: 7, 30 (use --partial for a partial assessment)')
    expect(computeIndex(spbe, [3, 3]).ok).toBe(false)
  })

  it('partial: the weighted mean over assessed indicators, saying which are missing', () => {
    // 11, 12 at 4 and 16 at 2, 2.5 each: (10 + 10 + 5) / 7.5 = 3.333 -> 3.33.
    const r = compute(spbe, { 11: 4, 12: 4, 16: 2 }, true)
    expect(r.index).toBe(3.33)
    expect(r.exact).toBeCloseTo(10 / 3, 12)
    expect(r.partial).toBe(true)
    expect(r.assessedWeight).toBe(7.5)
    expect(r.missing).toHaveLength(44)
    expect(r.missing.slice(0, 11)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13])
    expect(r.aspects.find((a) => a.code === 'A1')).toMatchObject({ index: null, predicate: null, assessedWeight: 0 })
    expect(r.aspects.find((a) => a.code === 'A3')).toMatchObject({ index: 2, assessedWeight: 2.5 })
    expect(r.expression).toBe('(2.5×4 + 2.5×4 + 2.5×2) / 7.5 = 3.33')
    expect(r.formula.en).toMatch(/^Partial assessment/)
    const none = computeIndex(spbe, {}, { partial: true })
    expect(none.ok === false && none.errors[0]!.code).toBe('nothing-assessed')
  })
})

describe('predicates on the value rounded to two decimals', () => {
  it.each([
    [1.79, 'Kurang'], [1.8, 'Cukup'], [2.59, 'Cukup'], [2.6, 'Baik'], [3.49, 'Baik'],
    [3.5, 'Sangat Baik'], [4.19, 'Sangat Baik'], [4.2, 'Memuaskan'], [5, 'Memuaskan'], [0, 'Kurang'],
  ])('spbe-2020: %s is %s', (value, name) => {
    expect(predicateFor(spbe, value)?.name.id).toBe(name)
  })

  it('published values fall in their published predicates', () => {
    const published: [number, string][] = [[2.47, 'Cukup'], [2.56, 'Cukup'], [2.6, 'Baik'], [3.39, 'Baik'], [3.79, 'Sangat Baik'], [4.13, 'Sangat Baik'], [4.23, 'Memuaskan'], [4.73, 'Memuaskan']]
    for (const [v, name] of published) expect(predicateFor(spbe, v)?.name.id).toBe(name)
  })

  it('floating point sums land on the right side of a boundary', () => {
    // 0.1 + 0.2 style drift: 2.6 built as a float sum is 2.6000000000000005 or 2.5999999999999996.
    expect(predicateFor(spbe, 1.3 + 1.3)?.name.id).toBe('Baik')
    expect(predicateFor(spbe, 2.6 - 1e-12)?.name.id).toBe('Baik')
    expect(predicateFor(spbe, 3.4999)?.name.id).toBe('Sangat Baik')
    expect(predicateFor(spbe, 3.4949)?.name.id).toBe('Baik')
    expect(roundIndex(2.675)).toBe(2.68)
    expect(roundIndex(2.595)).toBe(2.6)
    expect(formatIndex(3.5)).toBe('3.50')
  })

  it('pemdi-2026 has its own bands', () => {
    expect([1.49, 1.5, 2.49, 2.5, 3.49, 3.5, 3.99, 4, 5].map((v) => predicateFor(pemdi, v)?.name.id)).toEqual([
      'Kurang', 'Cukup', 'Cukup', 'Baik', 'Baik', 'Sangat Baik', 'Sangat Baik', 'Memuaskan', 'Memuaskan',
    ])
  })
})
