import { describe, expect, it } from 'vitest'
import { newActivity, type Activity } from './activity.ts'
import { activityGraph } from './activityGraph.ts'

const kegiatan = (id: string, ...on: string[]): Activity =>
  newActivity({ id, generatedName: id, muatan: 'aplikasi', action: 'pembangunan', dependencies: on.map((x) => ({ on: x, type: 'finish-start', why: { id: '', en: '' } })) })

describe('activityGraph', () => {
  it('gives positions, dependencies by position, ranks in id order and a dependency order', () => {
    const list = [kegiatan('c', 'a'), kegiatan('a'), kegiatan('b', 'c', 'a', 'gone')]
    const g = activityGraph(list)
    expect([...g.position]).toEqual([['c', 0], ['a', 1], ['b', 2]])
    expect(g.depsAt).toEqual([[1], [], [0, 1, -1]])
    expect([...g.byRank]).toEqual([1, 2, 0])
    expect([...g.rank]).toEqual([2, 0, 1])
    const order = [...g.order!]
    for (const [i, deps] of g.depsAt.entries()) for (const d of deps) if (d >= 0) expect(order.indexOf(d)).toBeLessThan(order.indexOf(i))
  })

  it('has no dependency order when the dependencies hold a cycle', () => {
    expect(activityGraph([kegiatan('a', 'b'), kegiatan('b', 'a'), kegiatan('c')]).order).toBeUndefined()
    expect(activityGraph([kegiatan('a', 'a')]).order).toBeUndefined()
  })

  it('takes dependency positions computed already', () => {
    const list = [kegiatan('a'), kegiatan('b', 'a')]
    expect(activityGraph(list, undefined, [[], [0]]).order).toEqual(Int32Array.from([0, 1]))
  })
})
