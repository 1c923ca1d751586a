import { describe, expect, it } from 'vitest'
import { createRandom } from './random.ts'

const draws = (seed: number, count: number): number[] => {
  const rng = createRandom(seed)
  return Array.from({ length: count }, () => rng.next())
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100))
    expect(draws(42, 100)).not.toEqual(draws(43, 100))
    expect(draws(0, 10)).not.toEqual(draws(1, 10))
    expect(createRandom(2 ** 32 + 5).seed).toBe(5)
  })

  it('is pinned: these values must not change across platforms or versions', () => {
    const rng = createRandom(1)
    expect([rng.int(0, 999), rng.int(0, 999), rng.int(0, 999), rng.int(0, 999)]).toEqual([563, 585, 895, 946])
    expect(createRandom(0).next()).toBe(0.6750985074322671)
  })

  it('draws floats in [0, 1) and integers in [min, max]', () => {
    const rng = createRandom(7)
    for (let i = 0; i < 10_000; i++) {
      const f = rng.next()
      expect(f >= 0 && f < 1).toBe(true)
      const n = rng.int(-3, 3)
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true)
    }
    expect(rng.int(5, 5)).toBe(5)
    expect(() => rng.int(2, 1)).toThrow(RangeError)
    expect(() => rng.pick([])).toThrow(RangeError)
  })

  it('is roughly uniform: 10k draws of int(0, 9) put 800 to 1200 in each bucket', () => {
    const rng = createRandom(123)
    const buckets = new Array<number>(10).fill(0)
    for (let i = 0; i < 10_000; i++) buckets[rng.int(0, 9)]!++
    for (const b of buckets) {
      expect(b).toBeGreaterThanOrEqual(800)
      expect(b).toBeLessThanOrEqual(1200)
    }
  })

  it('picks, flips and shuffles', () => {
    const rng = createRandom(9)
    const items = ['a', 'b', 'c']
    const seen = new Set(Array.from({ length: 100 }, () => rng.pick(items)))
    expect(seen).toEqual(new Set(items))
    const heads = Array.from({ length: 10_000 }, () => rng.chance(0.3)).filter(Boolean).length
    expect(heads).toBeGreaterThan(2700)
    expect(heads).toBeLessThan(3300)
    expect(rng.chance(0)).toBe(false)
    expect(rng.chance(1)).toBe(true)

    const list = Array.from({ length: 50 }, (_, i) => i)
    const shuffled = rng.shuffle([...list])
    expect(shuffled).not.toEqual(list)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(list)
    expect(createRandom(1).shuffle([...list])).toEqual(createRandom(1).shuffle([...list]))
  })
})
