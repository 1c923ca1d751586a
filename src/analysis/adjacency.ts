/**
 * Compressed adjacency (CSR) of a set of relations over element positions: the relations
 * leaving the element at position p are `rel[k]` for k from `start[p]` to `start[p + 1]`
 * (exclusive). Built by a counting sort, which is stable: each element's range keeps the order
 * the relations were given in. O(elements + relations), two integer arrays.
 */
export interface Adjacency {
  readonly start: Int32Array
  readonly rel: Int32Array
}

/** Adjacency of the relations at `positions[0..count)` (positions in the project), keyed by `end` (their source or target). */
export function buildAdjacency(elementCount: number, positions: Int32Array, count: number, end: Int32Array): Adjacency {
  // One loop per function: a loop optimised while running does not then stop at the next one.
  const start = countPerEnd(elementCount, positions, count, end)
  prefixSums(start)
  return { start, rel: fill(start, positions, count, end) }
}

function countPerEnd(elementCount: number, positions: Int32Array, count: number, end: Int32Array): Int32Array {
  const start = new Int32Array(elementCount + 1)
  for (let k = 0; k < count; k++) start[end[positions[k]!]! + 1]!++
  return start
}

function prefixSums(values: Int32Array): void {
  for (let i = 1; i < values.length; i++) values[i]! += values[i - 1]!
}

function fill(start: Int32Array, positions: Int32Array, count: number, end: Int32Array): Int32Array {
  const next = start.slice(0, start.length - 1)
  const rel = new Int32Array(count)
  for (let k = 0; k < count; k++) {
    const j = positions[k]!
    rel[next[end[j]!]!++] = j
  }
  return rel
}
