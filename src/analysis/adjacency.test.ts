import { describe, expect, it } from 'vitest'
import { buildAdjacency } from './adjacency.ts'

describe('buildAdjacency', () => {
  it('lists each element\'s relations in the order given, and nothing for elements without any', () => {
    // relation j goes from source[j]; relations 1, 3 and 4 are the ones selected
    const source = Int32Array.from([0, 2, 2, 0, 2])
    const adjacency = buildAdjacency(4, Int32Array.from([4, 1, 3, 9]), 3, source)
    const of = (p: number) => [...adjacency.rel.subarray(adjacency.start[p], adjacency.start[p + 1])]
    expect(of(0)).toEqual([3])
    expect(of(1)).toEqual([])
    expect(of(2)).toEqual([4, 1])
    expect(of(3)).toEqual([])
    expect(adjacency.start[4]).toBe(3)
  })

  it('is empty for no relations', () => {
    const adjacency = buildAdjacency(2, new Int32Array(0), 0, new Int32Array(0))
    expect([...adjacency.start]).toEqual([0, 0, 0])
    expect(adjacency.rel).toHaveLength(0)
  })
})
