/**
 * A token bucket: `capacity` tokens, refilled at `perSecond`; each message takes one (or its
 * cost). Bursts up to the capacity pass, a sustained rate above `perSecond` does not.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity
    this.last = now()
  }

  /** Takes `cost` tokens if there are enough; false (and nothing taken) otherwise. */
  take(cost = 1): boolean {
    const t = this.now()
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond)
    this.last = t
    if (this.tokens < cost) return false
    this.tokens -= cost
    return true
  }
}
