import { sortedOrderByKey } from '../sortedOrder.ts'
import type { Activity } from './activity.ts'

/**
 * The kegiatan and their dependencies as integer arrays, built once per roadmap for the steps
 * after the dependencies are known (priorities, scheduling, codes): each kegiatan's position in
 * the list, the positions it depends on, its rank in id order, and a dependency order when
 * there is no cycle. Positions instead of ids: no id is looked up more than once.
 */
export interface ActivityGraph {
  /** Kegiatan id -> position in the list. */
  readonly position: ReadonlyMap<string, number>
  /** Per kegiatan, aligned with its `dependencies`: the position depended on, -1 when it names no kegiatan of the list. */
  readonly depsAt: readonly (readonly number[])[]
  /** Per kegiatan: its rank when the kegiatan are sorted by id. */
  readonly rank: Int32Array
  /** The positions in id order. */
  readonly byRank: Int32Array
  /** The positions with every kegiatan after all it depends on; undefined when the dependencies contain a cycle. */
  readonly order: Int32Array | undefined
}

export function activityGraph(
  activities: readonly Activity[], position: ReadonlyMap<string, number> = activityPositions(activities),
  depsAt: readonly (readonly number[])[] = activities.map((a) => a.dependencies.map((d) => position.get(d.on) ?? -1)),
): ActivityGraph {
  const n = activities.length
  const byRank = sortedOrderByKey(activities.map((a) => a.id))
  const rank = new Int32Array(n)
  for (let r = 0; r < n; r++) rank[byRank[r]!] = r
  return { position, depsAt, rank, byRank, order: dependencyOrder(depsAt) }
}

/** Kegiatan id -> position in the list. */
export function activityPositions(activities: readonly Activity[]): Map<string, number> {
  const position = new Map<string, number>()
  for (let i = 0; i < activities.length; i++) position.set(activities[i]!.id, i)
  return position
}

/** Kahn's algorithm: an order with every kegiatan after its dependencies, or undefined on a cycle. */
function dependencyOrder(depsAt: readonly (readonly number[])[]): Int32Array | undefined {
  const n = depsAt.length
  const waiting = new Int32Array(n)
  const start = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    const deps = depsAt[i]!
    for (let k = 0; k < deps.length; k++) {
      const d = deps[k]!
      if (d < 0) continue
      waiting[i]!++
      start[d + 1]!++
    }
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!
  const dependents = new Int32Array(start[n]!)
  const fill = start.slice(0, n)
  for (let i = 0; i < n; i++) {
    const deps = depsAt[i]!
    for (let k = 0; k < deps.length; k++) if (deps[k]! >= 0) dependents[fill[deps[k]!]!++] = i
  }
  const order = new Int32Array(n)
  let tail = 0
  for (let i = 0; i < n; i++) if (waiting[i] === 0) order[tail++] = i
  for (let head = 0; head < tail; head++) {
    const done = order[head]!
    for (let k = start[done]!; k < start[done + 1]!; k++) {
      const i = dependents[k]!
      if (--waiting[i]! === 0) order[tail++] = i
    }
  }
  return tail < n ? undefined : order
}
