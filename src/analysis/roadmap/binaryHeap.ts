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
      if (this.before(item, items[parent]!) >= 0) break
      items[i] = items[parent]!
      i = parent
    }
    items[i] = item
  }

  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    // Sift the last item down from the root, moving smaller children up (no swaps).
    const n = items.length
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const child = r < n && this.before(items[r]!, items[l]!) < 0 ? r : l
      if (this.before(items[child]!, last) >= 0) break
      items[i] = items[child]!
      i = child
    }
    items[i] = last
    return top
  }
}
