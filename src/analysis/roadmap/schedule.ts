import { msg, type Message } from '../../model/message.ts'
import { compareStrings } from '../../model/order.ts'
import type { Activity, RoadmapProblem, ScheduledActivity, UnscheduledActivity } from './activity.ts'
import { BinaryHeap } from './binaryHeap.ts'

export interface ScheduleInput {
  readonly activities: readonly Activity[]
  readonly years: readonly number[]
  readonly budgetCeilings: Readonly<Record<string, number>>
  /** Kegiatan an OPD may lead per year: `default` and per OPD id; absent means no limit. */
  readonly opdCapacity: Readonly<Record<string, number>>
  readonly opdName: (id: string) => string
}

export interface ScheduleResult {
  readonly scheduled: ScheduledActivity[]
  readonly unscheduled: UnscheduledActivity[]
  readonly errors: RoadmapProblem[]
  readonly warnings: RoadmapProblem[]
  readonly spent: Readonly<Record<string, number>>
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

interface Blocker {
  readonly limit: 'budget' | 'capacity'
  readonly message: Message
}

const rupiah = (n: number): string => `Rp${Math.round(n).toLocaleString('id-ID')}`

/**
 * Places kegiatan in the plan's years. Deterministic list scheduling: pinned kegiatan first, in
 * their years; then the rest in dependency order, higher priority first, each at the earliest
 * year its dependencies, the yearly budget ceilings and its OPD's capacity allow. A dependency
 * cycle is an error naming the cycle; what cannot fit is returned with the reason.
 */
export function schedule(input: ScheduleInput): ScheduleResult {
  const { years } = input
  const first = years[0]!
  const last = years[years.length - 1]!
  const byId = new Map(input.activities.map((a) => [a.id, a]))
  const placed = new Map<string, ScheduledActivity>()
  const unscheduled = new Map<string, UnscheduledActivity>()
  const errors: RoadmapProblem[] = []
  const warnings: RoadmapProblem[] = []
  // Per year offset from the first plan year: spending so far, the ceiling, and per OPD the load.
  const spentByOffset = new Float64Array(years.length)
  const ceilingByOffset = years.map((y) => input.budgetCeilings[String(y)])
  const load = new Map<string, Int32Array>()
  const loadOf = (opd: string): Int32Array => load.get(opd) ?? load.set(opd, new Int32Array(years.length)).get(opd)!

  const capacityOf = (opd: string | undefined): number => (opd === undefined ? Infinity : input.opdCapacity[opd] ?? input.opdCapacity.default ?? Infinity)
  const blocker = (a: Activity, start: number): Blocker | undefined => {
    const budget = spread(a, start)
    const opdLoad = a.opd === undefined ? undefined : loadOf(a.opd)
    for (let y = start; y < start + a.duration; y++) {
      const i = y - first
      const ceiling = ceilingByOffset[i]
      const need = budget[String(y)] ?? 0
      if (ceiling !== undefined && need > 0 && spentByOffset[i]! + need > ceiling) {
        const have = rupiah(spentByOffset[i]!)
        return { limit: 'budget', message: msg(`pagu ${y} tidak cukup (${have} + ${rupiah(need)} > ${rupiah(ceiling)})`, `the ${y} ceiling is not enough (${have} + ${rupiah(need)} > ${rupiah(ceiling)})`) }
      }
      if (opdLoad && opdLoad[i]! >= capacityOf(a.opd)) {
        const name = input.opdName(a.opd!)
        return { limit: 'capacity', message: msg(`kapasitas ${name} pada ${y} penuh (${capacityOf(a.opd)} kegiatan)`, `${name}'s capacity in ${y} is full (${capacityOf(a.opd)} kegiatan)`) }
      }
    }
    return undefined
  }
  const place = (a: Activity, start: number, reason: Message): void => {
    const budget = spread(a, start)
    const opdLoad = a.opd === undefined ? undefined : loadOf(a.opd)
    for (let y = start; y < start + a.duration; y++) {
      spentByOffset[y - first]! += budget[String(y)] ?? 0
      if (opdLoad) opdLoad[y - first]!++
    }
    // The kegiatan objects belong to this run: completing them in place (same keys, same order
    // for all) is much cheaper than copying tens of thousands of them.
    const s = a as Writable<ScheduledActivity>
    s.startYear = start
    s.endYear = start + a.duration - 1
    s.budget = budget
    s.reason = reason
    placed.set(a.id, s)
  }
  const refuse = (a: Activity, reason: Message): void => {
    const u = a as Writable<UnscheduledActivity>
    u.reason = reason
    unscheduled.set(a.id, u)
  }

  // 1. Cycles: the kegiatan in one cannot be ordered; name the cycle.
  for (const cycle of findCycles(input.activities, byId)) {
    const names = cycle.map((id) => byId.get(id)!.name)
    errors.push({ code: 'cycle', activities: cycle, message: msg(`Ketergantungan melingkar: ${[...names, names[0]].join(' -> ')}`, `Dependency cycle: ${[...names, names[0]].join(' -> ')}`) })
    for (const id of cycle) refuse(byId.get(id)!, msg('bagian dari ketergantungan melingkar', 'part of a dependency cycle'))
  }

  // 2. Pinned kegiatan take their years first.
  const pinned = input.activities.filter((a) => a.pinnedYear !== undefined && !unscheduled.has(a.id))
  pinned.sort((a, b) => a.pinnedYear! - b.pinnedYear! || b.priority - a.priority || compareStrings(a.id, b.id))
  for (const a of pinned) {
    const y = a.pinnedYear!
    if (y < first || y + a.duration - 1 > last) {
      refuse(a, msg(`tahun yang dikunci (${y}) di luar periode ${first}-${last}`, `the pinned year (${y}) is outside ${first}-${last}`))
      continue
    }
    // A pin overrides an OPD's capacity (a planning estimate), never the budget ceiling.
    const blocked = blocker(a, y)
    if (blocked?.limit === 'budget') {
      refuse(a, msg(`dikunci pada ${y}, tetapi ${blocked.message.id}`, `pinned to ${y}, but ${blocked.message.en}`))
      continue
    }
    if (blocked) warnings.push({ code: 'pinned-conflict', activities: [a.id], message: msg(`"${a.name}" dikunci pada ${y} walaupun ${blocked.message.id}`, `"${a.name}" is pinned to ${y} although ${blocked.message.en}`) })
    place(a, y, msg(`dikunci pengguna pada ${y}`, `pinned by the user to ${y}`))
  }

  // 3. The rest, in dependency order, higher priority first.
  const pending = input.activities.filter((a) => !placed.has(a.id) && !unscheduled.has(a.id))
  const waiting = new Map<string, number>()
  const dependents = new Map<string, string[]>()
  for (const a of pending) {
    let n = 0
    for (const d of a.dependencies) {
      if (placed.has(d.on) || unscheduled.has(d.on) || !byId.has(d.on)) continue
      n++
      const list = dependents.get(d.on)
      if (list) list.push(a.id)
      else dependents.set(d.on, [a.id])
    }
    waiting.set(a.id, n)
  }
  const ready = new BinaryHeap<Activity>((a, b) => b.priority - a.priority || compareStrings(a.id, b.id))
  for (const a of pending) if (waiting.get(a.id) === 0) ready.push(a)
  while (ready.size > 0) {
    const a = ready.pop()!
    scheduleOne(a)
    for (const id of dependents.get(a.id) ?? []) {
      const left = waiting.get(id)! - 1
      waiting.set(id, left)
      if (left === 0) ready.push(byId.get(id)!)
    }
  }

  function scheduleOne(a: Activity): void {
    let earliest = Math.max(first, a.earliestYear ?? first)
    let because: Message | undefined
    for (const d of a.dependencies) {
      const dep = placed.get(d.on)
      if (!dep) {
        const other = byId.get(d.on)
        if (other) return refuse(a, msg(`bergantung pada "${other.name}" yang tidak terjadwal`, `depends on "${other.name}", which is not scheduled`))
        continue
      }
      const after = d.type === 'finish-start' ? dep.endYear + 1 : d.type === 'end-same-year' ? dep.endYear : dep.startYear
      if (after > earliest || (after === earliest && !because)) {
        earliest = after
        because = d.type === 'start-start'
          ? msg(`bersama ${dep.name} (${dep.startYear}) karena ${d.why.id}`, `with ${dep.name} (${dep.startYear}) because ${d.why.en}`)
          : msg(`setelah ${dep.name} (${dep.endYear}) karena ${d.why.id}`, `after ${dep.name} (${dep.endYear}) because ${d.why.en}`)
      }
    }
    const latest = last - a.duration + 1
    if (earliest > latest) {
      return refuse(a, because
        ? msg(`tidak muat dalam periode: ${because.id}, paling cepat ${earliest}`, `does not fit the period: ${because.en}, ${earliest} at the earliest`)
        : msg(`tidak muat dalam periode ${first}-${last} (durasi ${a.duration} tahun)`, `does not fit the period ${first}-${last} (${a.duration} years long)`))
    }
    let lastBlock: Message | undefined
    for (let y = earliest; y <= latest; y++) {
      const blocked = blocker(a, y)?.message
      if (!blocked) {
        // The year just before is the one the reader will ask about.
        const reason = lastBlock
          ? msg(`digeser ke ${y}: ${lastBlock.id}`, `moved to ${y}: ${lastBlock.en}`)
          : because ?? (a.priorityReason
            ? msg(`awal periode, diutamakan: ${a.priorityReason.id}`, `start of the period, prioritised: ${a.priorityReason.en}`)
            : msg('awal periode rencana', 'start of the plan period'))
        return place(a, y, reason)
      }
      lastBlock = blocked
    }
    refuse(a, msg(`tidak ada tahun yang muat: ${lastBlock!.id}`, `no year fits: ${lastBlock!.en}`))
  }

  // Pinned kegiatan that sit before something they depend on.
  for (const a of pinned) {
    const p = placed.get(a.id)
    if (!p) continue
    for (const d of a.dependencies) {
      const dep = placed.get(d.on)
      const earliest = dep && (d.type === 'finish-start' ? dep.endYear + 1 : d.type === 'end-same-year' ? dep.endYear : dep.startYear)
      if (dep && earliest! > p.startYear) {
        warnings.push({ code: 'pinned-conflict', activities: [a.id, dep.id], message: msg(`"${a.name}" dikunci pada ${p.startYear}, sebelum "${dep.name}" (${dep.startYear}-${dep.endYear}) yang diperlukannya`, `"${a.name}" is pinned to ${p.startYear}, before "${dep.name}" (${dep.startYear}-${dep.endYear}) which it needs`) })
      }
    }
  }

  const scheduled = [...placed.values()].sort((a, b) => a.startYear - b.startYear || compareStrings(a.id, b.id))
  const spent = Object.fromEntries(years.map((y, i) => [String(y), spentByOffset[i]!]))
  return { scheduled, unscheduled: [...unscheduled.values()].sort((a, b) => compareStrings(a.id, b.id)), errors, warnings, spent }
}

/** Budget per year: the user's amounts where they match the years, else the total spread evenly. */
function spread(a: Activity, start: number): Record<string, number> {
  const out: Record<string, number> = {}
  if (a.budgetOverride) {
    const keys = Object.keys(a.budgetOverride).sort()
    const fits = keys.length > 0 && keys.every((k) => Number(k) >= start && Number(k) < start + a.duration)
    if (fits) {
      for (let y = start; y < start + a.duration; y++) out[String(y)] = a.budgetOverride[String(y)] ?? 0
      return out
    }
  }
  const share = Math.floor(a.totalBudget / a.duration)
  for (let i = 0; i < a.duration; i++) out[String(start + i)] = i === a.duration - 1 ? a.totalBudget - share * (a.duration - 1) : share
  return out
}

/** Strongly connected groups of two or more kegiatan (or one that depends on itself), via Tarjan. */
function findCycles(activities: readonly Activity[], byId: ReadonlyMap<string, Activity>): string[][] {
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
