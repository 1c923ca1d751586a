import { compareStrings } from '../../model/order.ts'
import type { Activity } from './activity.ts'

/** Strongly connected groups of two or more kegiatan (or one that depends on itself), via Tarjan. */
export function findCycles(activities: readonly Activity[], byId: ReadonlyMap<string, Activity>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const sorted = [...activities].sort((a, b) => compareStrings(a.id, b.id))
  const depsOf = new Map(activities.map((a) => [a.id, a.dependencies.map((d) => d.on).filter((on) => byId.has(on))]))
  for (const root of sorted) {
    if (index.has(root.id)) continue
    // Iterative DFS: deep dependency chains must not overflow the call stack.
    const work: { id: string; next: number }[] = [{ id: root.id, next: 0 }]
    index.set(root.id, counter)
    low.set(root.id, counter++)
    stack.push(root.id)
    onStack.add(root.id)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const deps = depsOf.get(frame.id)!
      if (frame.next < deps.length) {
        const w = deps[frame.next++]!
        if (!index.has(w)) {
          index.set(w, counter)
          low.set(w, counter++)
          stack.push(w)
          onStack.add(w)
          work.push({ id: w, next: 0 })
        } else if (onStack.has(w)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(w)!))
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!))
      if (low.get(frame.id) === index.get(frame.id)) {
        const group: string[] = []
        let w: string
        do {
          w = stack.pop()!
          onStack.delete(w)
          group.push(w)
        } while (w !== frame.id)
        const selfLoop = depsOf.get(frame.id)!.includes(frame.id)
        if (group.length > 1 || selfLoop) cycles.push(group.reverse())
      }
    }
  }
  return cycles
}
