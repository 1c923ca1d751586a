/**
 * A small seeded pseudo-random generator for generated test data, benchmarks and seeded
 * concurrency runs: sfc32, its state seeded through splitmix32.
 *
 * Only 32-bit integer arithmetic (`Math.imul`, shifts, `| 0`) and a division by 2^32, so one seed
 * gives the same sequence on every platform, engine and Node version. Print the seed of a failing
 * run to replay it. Not for anything security-related.
 */
export interface Random {
  /** The seed this generator started from, reduced to an unsigned 32-bit integer. */
  readonly seed: number
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both ends included (integers, max - min < 2^32). */
  int(min: number, max: number): number
  /** One element of a non-empty array, each equally likely. */
  pick<T>(items: readonly T[]): T
  /** true with probability p (p <= 0 never, p >= 1 always). */
  chance(p: number): boolean
  /** Shuffles the array in place (Fisher-Yates) and returns it. */
  shuffle<T>(items: T[]): T[]
}

const TWO_POW_32 = 4294967296

/**
 * A generator for `seed`: any number, taken as an integer modulo 2^32 (so 1 and 2^32 + 1 give the
 * same sequence; NaN and Infinity act as 0).
 */
export function createRandom(seed: number): Random {
  const normalized = Math.trunc(seed) >>> 0

  // splitmix32 spreads even tiny seeds (0, 1, 2) over the whole sfc32 state.
  let mix = normalized
  const splitmix = (): number => {
    mix = (mix + 0x9e3779b9) | 0
    let z = mix
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
    return (z ^ (z >>> 15)) | 0
  }
  let a = splitmix()
  let b = splitmix()
  let c = splitmix()
  let d = 1

  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 12; i++) next32()

  const next = (): number => next32() / TWO_POW_32

  return {
    seed: normalized,
    next,
    int(min, max) {
      if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
        throw new RangeError(`int(${min}, ${max}): need integers with min <= max`)
      }
      return min + Math.floor(next() * (max - min + 1))
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick() from an empty array')
      return items[Math.floor(next() * items.length)] as T
    },
    chance(p) {
      return next() < p
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const tmp = items[i] as T
        items[i] = items[j] as T
        items[j] = tmp
      }
      return items
    },
  }
}
