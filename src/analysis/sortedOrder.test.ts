import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareStrings } from '../model/order.ts'
import { sortedOrderByKey } from './sortedOrder.ts'

describe('sortedOrderByKey', () => {
  it('gives the order of a stable sort by compareStrings, for any keys', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 4, unit: 'binary' }), { maxLength: 200 }), (keys) => {
      const expected = keys.map((_, i) => i).sort((a, b) => compareStrings(keys[a]!, keys[b]!))
      expect([...sortedOrderByKey(keys)]).toEqual(expected)
    }))
  })

  it('merges the runs of ids in generated order (e1..e9, e10..e99) into one order', () => {
    const ids = Array.from({ length: 120 }, (_, i) => `e${i + 1}`)
    expect([...sortedOrderByKey(ids)].map((i) => ids[i])).toEqual([...ids].sort(compareStrings))
  })

  it('keeps equal keys in their order and leaves a sorted list as it is', () => {
    expect([...sortedOrderByKey(['b', 'a', 'b', 'a', '', 'b'])]).toEqual([4, 1, 3, 0, 2, 5])
    expect([...sortedOrderByKey(['a', 'b', 'c'])]).toEqual([0, 1, 2])
    expect([...sortedOrderByKey([])]).toEqual([])
  })
})
