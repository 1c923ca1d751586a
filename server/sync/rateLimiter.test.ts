import { describe, expect, it } from 'vitest'
import { TokenBucket } from './rateLimiter.ts'

describe('TokenBucket', () => {
  it('passes a burst up to its capacity, then refills at its rate', () => {
    let t = 0
    const bucket = new TokenBucket(3, 2, () => t)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
    t = 499
    expect(bucket.take()).toBe(false)
    t = 500
    expect(bucket.take()).toBe(true)
    t = 100_000
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
  })

  it('charges by cost and refuses a cost it cannot cover without taking anything', () => {
    let t = 0
    const bucket = new TokenBucket(10, 10, () => t)
    expect(bucket.take(8)).toBe(true)
    expect(bucket.take(5)).toBe(false)
    expect(bucket.take(2)).toBe(true)
    t = 1000
    expect(bucket.take(10)).toBe(true)
  })
})
