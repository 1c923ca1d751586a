/** A binary min-heap under a comparator: the scheduler's ready queue, O(log n) per push and pop. */
export class BinaryHeap<T> {
  private readonly items: T[] = []

  constructor(private readonly before: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length
  }

  push(item: T): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.before(items[i]!, items[parent]!) >= 0) break
      ;[items[i], items[parent]] = [items[parent]!, items[i]!]
      i = parent
    }
  }

  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    items[0] = last
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let best = i
      if (l < items.length && this.before(items[l]!, items[best]!) < 0) best = l
      if (r < items.length && this.before(items[r]!, items[best]!) < 0) best = r
      if (best === i) return top
      ;[items[i], items[best]] = [items[best]!, items[i]!]
      i = best
    }
  }
}
