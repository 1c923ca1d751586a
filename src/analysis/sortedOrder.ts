/**
 * The order that sorts items stably by a string key (`keys[i]` is item i's), in the order of
 * compareStrings: a natural merge sort on integer arrays. Project lists usually come in a few
 * sorted runs (ids e1..e9, e10..e99, ...): those are found in one pass and merged, with no object
 * allocated per item and the comparison written out (no comparator call per step, so it is fast
 * before the engine has optimised it), where Array.prototype.sort would copy the list and
 * call a comparator throughout.
 */
export function sortedOrderByKey(keys: readonly string[]): Int32Array {
  const count = keys.length
  let order = new Int32Array(count)
  for (let i = 0; i < count; i++) order[i] = i
  const runs: number[] = [0]
  for (let i = 1; i < count; i++) if (keys[i - 1]! > keys[i]!) runs.push(i)
  if (runs.length === 1) return order
  runs.push(count)
  let spare = new Int32Array(count)
  let bounds = runs
  while (bounds.length > 2) {
    const merged: number[] = [0]
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!
      const mid = bounds[r + 1]!
      const hi = r + 2 < bounds.length ? bounds[r + 2]! : mid
      let i = lo
      let j = mid
      let k = lo
      while (i < mid && j < hi) spare[k++] = keys[order[j]!]! < keys[order[i]!]! ? order[j++]! : order[i++]!
      while (i < mid) spare[k++] = order[i++]!
      while (j < hi) spare[k++] = order[j++]!
      merged.push(hi)
    }
    if (merged[merged.length - 1] !== count) merged.push(count)
    bounds = merged
    const swap = order
    order = spare
    spare = swap
  }
  return order
}
