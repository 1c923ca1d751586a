import { msg, type Message } from '../../model/message.ts'
import type { Activity, Dependency, RoadmapProblem, ScheduledActivity, UnscheduledActivity } from './activity.ts'
import { BinaryHeap } from './binaryHeap.ts'
import { activityGraph, type ActivityGraph } from './activityGraph.ts'
import { findCycles } from './dependencyCycles.ts'

export interface ScheduleInput {
  readonly activities: readonly Activity[]
  readonly years: readonly number[]
  readonly budgetCeilings: Readonly<Record<string, number>>
  /** Kegiatan an OPD may lead per year: `default` and per OPD id; absent means no limit. */
  readonly opdCapacity: Readonly<Record<string, number>>
  readonly opdName: (id: string) => string
  /** The kegiatan's dependency graph, when the caller built it already. */
  readonly graph?: ActivityGraph
  /**
   * Per kegiatan position: a weight that puts it before every kegiatan with less (0 for none),
   * ahead of `priority`.
   */
  readonly boost?: Float64Array
}

export interface ScheduleResult {
  readonly scheduled: ScheduledActivity[]
  readonly unscheduled: UnscheduledActivity[]
  readonly errors: RoadmapProblem[]
  readonly warnings: RoadmapProblem[]
  readonly spent: Readonly<Record<string, number>>
}

type Writable<T> = { -readonly [K in keyof T]: T[K] }

const rupiah = (n: number): string => `Rp${Math.round(n).toLocaleString('id-ID')}`

const PENDING = 0
const PLACED = 1
const REFUSED = 2

const START_OF_PERIOD = msg('awal periode rencana', 'start of the plan period')

/**
 * Places kegiatan in the plan's years. Deterministic list scheduling: pinned kegiatan first, in
 * their years; then the rest in dependency order, higher priority first, each at the earliest
 * year its dependencies, the yearly budget ceilings and its OPD's capacity allow. A dependency
 * cycle is an error naming the cycle; what cannot fit is returned with the reason.
 * Kegiatan are addressed by their position in the list; messages are written only for the
 * reason that is kept.
 */
export function schedule(input: ScheduleInput): ScheduleResult {
  const { years, activities } = input
  const first = years[0]!
  const last = years[years.length - 1]!
  const n = activities.length
  // Ties in priority, and the output, go by id: by rank in id order.
  const { position: ordinal, depsAt, rank, byRank, order } = input.graph ?? activityGraph(activities)

  const status = new Uint8Array(n)
  const errors: RoadmapProblem[] = []
  const warnings: RoadmapProblem[] = []
  // Per year offset from the first plan year: spending so far, the ceiling, and per OPD the load.
  const spentByOffset = new Float64Array(years.length)
  const ceilingByOffset = years.map((y) => input.budgetCeilings[String(y)])
  const yearKeys = years.map(String)
  const yearKey = (y: number): string => (y >= first && y <= last ? yearKeys[y - first]! : String(y))
  const load = new Map<string, Int32Array>()
  const loadOf = (opd: string): Int32Array => load.get(opd) ?? load.set(opd, new Int32Array(years.length)).get(opd)!
  const capacityOf = (opd: string | undefined): number => (opd === undefined ? Infinity : input.opdCapacity[opd] ?? input.opdCapacity.default ?? Infinity)

  /** Budget per year of the kegiatan starting at `start`, in `amounts` (one per year of its duration). */
  const amounts: number[] = []
  const spreadFrom = (a: Activity, start: number): void => {
    amounts.length = a.duration
    const override = a.budgetOverride
    if (override && overrideFits(override, start, a.duration)) {
      for (let i = 0; i < a.duration; i++) amounts[i] = override[yearKey(start + i)] ?? 0
      return
    }
    const share = Math.floor(a.totalBudget / a.duration)
    for (let i = 0; i < a.duration; i++) amounts[i] = i === a.duration - 1 ? a.totalBudget - share * (a.duration - 1) : share
  }

  // What blocked the last year tried; its message is written only when it is shown.
  let blockedBy: 'budget' | 'capacity' = 'budget'
  let blockedYear = 0
  let blockedHave = 0
  let blockedNeed = 0
  let blockedLimit = 0
  let blockedOpd = ''
  const blocked = (a: Activity, start: number): boolean => {
    spreadFrom(a, start)
    const opdLoad = a.opd === undefined ? undefined : loadOf(a.opd)
    for (let y = start; y < start + a.duration; y++) {
      const i = y - first
      const ceiling = ceilingByOffset[i]
      const need = amounts[y - start] ?? 0
      if (ceiling !== undefined && need > 0 && spentByOffset[i]! + need > ceiling) {
        blockedBy = 'budget'
        blockedYear = y
        blockedHave = spentByOffset[i]!
        blockedNeed = need
        blockedLimit = ceiling
        return true
      }
      if (opdLoad && opdLoad[i]! >= capacityOf(a.opd)) {
        blockedBy = 'capacity'
        blockedYear = y
        blockedOpd = a.opd!
        blockedLimit = capacityOf(a.opd)
        return true
      }
    }
    return false
  }
  const blockMessage = (): Message => {
    const y = blockedYear
    if (blockedBy === 'budget') {
      const have = rupiah(blockedHave)
      return msg(`pagu ${y} tidak cukup (${have} + ${rupiah(blockedNeed)} > ${rupiah(blockedLimit)})`, `the ${y} ceiling is not enough (${have} + ${rupiah(blockedNeed)} > ${rupiah(blockedLimit)})`)
    }
    const name = input.opdName(blockedOpd)
    return msg(`kapasitas ${name} pada ${y} penuh (${blockedLimit} kegiatan)`, `${name}'s capacity in ${y} is full (${blockedLimit} kegiatan)`)
  }
  /**
   * Per plan year, the budget of a one-year kegiatan with no money (most migrations, alignments,
   * retirements and findings): one frozen record shared by all of them in this run, as a record
   * keyed by a year is a dictionary of its own, the largest object a kegiatan would carry.
   */
  const noMoney = new Array<Readonly<Record<string, number>> | undefined>(years.length).fill(undefined)
  const place = (i: number, start: number, reason: Message): void => {
    const a = activities[i]!
    spreadFrom(a, start)
    const opdLoad = a.opd === undefined ? undefined : loadOf(a.opd)
    let budget: Readonly<Record<string, number>>
    if (a.duration === 1 && amounts[0] === 0) {
      budget = noMoney[start - first] ??= Object.freeze({ [yearKey(start)]: 0 })
      if (opdLoad) opdLoad[start - first]!++
    } else {
      const own: Record<string, number> = {}
      for (let y = start; y < start + a.duration; y++) {
        const amount = amounts[y - start]!
        own[yearKey(y)] = amount
        spentByOffset[y - first]! += amount
        if (opdLoad) opdLoad[y - first]!++
      }
      budget = own
    }
    // The kegiatan objects belong to this run: completing them in place (same keys, same order
    // for all) is much cheaper than copying tens of thousands of them.
    const s = a as Writable<ScheduledActivity>
    s.startYear = start
    s.endYear = start + a.duration - 1
    s.budget = budget
    s.reason = reason
    status[i] = PLACED
  }
  const refuse = (i: number, reason: Message): void => {
    ;(activities[i] as Writable<UnscheduledActivity>).reason = reason
    status[i] = REFUSED
  }

  // 1. Cycles: the kegiatan in one cannot be ordered; name the cycle.
  if (!order) {
    const byId = new Map(activities.map((a) => [a.id, a]))
    for (const cycle of findCycles(activities, byId)) {
      const names = cycle.map((id) => byId.get(id)!.name)
      errors.push({ code: 'cycle', activities: cycle, message: msg(`Ketergantungan melingkar: ${[...names, names[0]].join(' -> ')}`, `Dependency cycle: ${[...names, names[0]].join(' -> ')}`) })
      for (const id of cycle) refuse(ordinal.get(id)!, msg('bagian dari ketergantungan melingkar', 'part of a dependency cycle'))
    }
  }

  // 2. Pinned kegiatan take their years first.
  const pinned: number[] = []
  for (let i = 0; i < n; i++) if (activities[i]!.pinnedYear !== undefined && status[i] !== REFUSED) pinned.push(i)
  const boost = input.boost
  pinned.sort((a, b) => activities[a]!.pinnedYear! - activities[b]!.pinnedYear! || (boost ? boost[b]! - boost[a]! : 0) || activities[b]!.priority - activities[a]!.priority || rank[a]! - rank[b]!)
  for (const i of pinned) {
    const a = activities[i]!
    const y = a.pinnedYear!
    if (y < first || y + a.duration - 1 > last) {
      refuse(i, msg(`tahun yang dikunci (${y}) di luar periode ${first}-${last}`, `the pinned year (${y}) is outside ${first}-${last}`))
      continue
    }
    // A pin overrides an OPD's capacity (a planning estimate), never the budget ceiling.
    if (blocked(a, y)) {
      const why = blockMessage()
      if (blockedBy === 'budget') {
        refuse(i, msg(`dikunci pada ${y}, tetapi ${why.id}`, `pinned to ${y}, but ${why.en}`))
        continue
      }
      warnings.push({ code: 'pinned-conflict', activities: [a.id], message: msg(`"${a.name}" dikunci pada ${y} walaupun ${why.id}`, `"${a.name}" is pinned to ${y} although ${why.en}`) })
    }
    place(i, y, msg(`dikunci pengguna pada ${y}`, `pinned by the user to ${y}`))
  }

  // 3. The rest, in dependency order, higher priority first (ties by id).
  const waiting = new Int32Array(n)
  const dependentStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    if (status[i] !== PENDING) continue
    const deps = depsAt[i]!
    for (let k = 0; k < deps.length; k++) {
      const d = deps[k]!
      if (d < 0 || status[d] !== PENDING) continue
      waiting[i]!++
      dependentStart[d + 1]!++
    }
  }
  for (let i = 0; i < n; i++) dependentStart[i + 1]! += dependentStart[i]!
  const dependents = new Int32Array(dependentStart[n]!)
  const fill = dependentStart.slice(0, n)
  for (let i = 0; i < n; i++) {
    if (status[i] !== PENDING) continue
    const deps = depsAt[i]!
    for (let k = 0; k < deps.length; k++) {
      const d = deps[k]!
      if (d >= 0 && status[d] === PENDING) dependents[fill[d]!++] = i
    }
  }
  const priority = new Float64Array(n)
  for (let i = 0; i < n; i++) priority[i] = activities[i]!.priority
  const ready = new BinaryHeap<number>(boost
    ? (a, b) => boost[b]! - boost[a]! || priority[b]! - priority[a]! || rank[a]! - rank[b]!
    : (a, b) => priority[b]! - priority[a]! || rank[a]! - rank[b]!)
  for (let i = 0; i < n; i++) if (status[i] === PENDING && waiting[i] === 0) ready.push(i)
  while (ready.size > 0) {
    const i = ready.pop()!
    scheduleOne(i)
    for (let k = dependentStart[i]!; k < dependentStart[i + 1]!; k++) {
      const d = dependents[k]!
      if (--waiting[d]! === 0) ready.push(d)
    }
  }

  function scheduleOne(i: number): void {
    const a = activities[i]!
    const deps = depsAt[i]!
    let earliest = Math.max(first, a.earliestYear ?? first)
    /** The dependency that sets the earliest year, if one does, and the kegiatan it is on. */
    let because: Dependency | undefined
    let becauseOn = -1
    for (let k = 0; k < deps.length; k++) {
      const d = a.dependencies[k]!
      const on = deps[k]!
      if (on < 0) continue
      if (status[on] !== PLACED) {
        const other = activities[on]!
        return refuse(i, msg(`bergantung pada "${other.name}" yang tidak terjadwal`, `depends on "${other.name}", which is not scheduled`))
      }
      const dep = activities[on] as ScheduledActivity
      const after = d.type === 'finish-start' ? dep.endYear + 1 : d.type === 'end-same-year' ? dep.endYear : dep.startYear
      if (after > earliest || (after === earliest && !because)) {
        earliest = after
        because = d
        becauseOn = on
      }
    }
    const latest = last - a.duration + 1
    if (earliest > latest) {
      const after = because && dependencyReason(because, activities[becauseOn] as ScheduledActivity)
      return refuse(i, after
        ? msg(`tidak muat dalam periode: ${after.id}, paling cepat ${earliest}`, `does not fit the period: ${after.en}, ${earliest} at the earliest`)
        : msg(`tidak muat dalam periode ${first}-${last} (durasi ${a.duration} tahun)`, `does not fit the period ${first}-${last} (${a.duration} years long)`))
    }
    let wasBlocked = false
    for (let y = earliest; y <= latest; y++) {
      if (blocked(a, y)) {
        wasBlocked = true
        continue
      }
      // The year just before is the one the reader will ask about.
      let reason: Message
      if (wasBlocked) {
        const previous = blockMessage()
        reason = msg(`digeser ke ${y}: ${previous.id}`, `moved to ${y}: ${previous.en}`)
      } else if (because) reason = dependencyReason(because, activities[becauseOn] as ScheduledActivity)
      else if (a.priorityReason) reason = msg(`awal periode, diutamakan: ${a.priorityReason.id}`, `start of the period, prioritised: ${a.priorityReason.en}`)
      else reason = START_OF_PERIOD
      return place(i, y, reason)
    }
    const lastBlock = blockMessage()
    refuse(i, msg(`tidak ada tahun yang muat: ${lastBlock.id}`, `no year fits: ${lastBlock.en}`))
  }

  // Pinned kegiatan that sit before something they depend on.
  for (const i of pinned) {
    if (status[i] !== PLACED) continue
    const p = activities[i] as ScheduledActivity
    const deps = depsAt[i]!
    for (let k = 0; k < deps.length; k++) {
      const on = deps[k]!
      if (on < 0 || status[on] !== PLACED) continue
      const d = p.dependencies[k]!
      const dep = activities[on] as ScheduledActivity
      const earliest = d.type === 'finish-start' ? dep.endYear + 1 : d.type === 'end-same-year' ? dep.endYear : dep.startYear
      if (earliest > p.startYear) {
        warnings.push({ code: 'pinned-conflict', activities: [p.id, dep.id], message: msg(`"${p.name}" dikunci pada ${p.startYear}, sebelum "${dep.name}" (${dep.startYear}-${dep.endYear}) yang diperlukannya`, `"${p.name}" is pinned to ${p.startYear}, before "${dep.name}" (${dep.startYear}-${dep.endYear}) which it needs`) })
      }
    }
  }

  // Scheduled by start year, then id; unscheduled by id: walk the id order once.
  const byStart: ScheduledActivity[][] = years.map(() => [])
  const unscheduled: UnscheduledActivity[] = []
  for (let r = 0; r < n; r++) {
    const i = byRank[r]!
    if (status[i] === PLACED) {
      const s = activities[i] as ScheduledActivity
      byStart[s.startYear - first]!.push(s)
    } else if (status[i] === REFUSED) unscheduled.push(activities[i] as UnscheduledActivity)
  }
  const scheduled = byStart.flat()
  const spent = Object.fromEntries(years.map((y, i) => [String(y), spentByOffset[i]!]))
  return { scheduled, unscheduled, errors, warnings, spent }
}

/** Why a kegiatan starts where its dependency `d` on `dep` puts it. */
function dependencyReason(d: Dependency, dep: ScheduledActivity): Message {
  return d.type === 'start-start'
    ? msg(`bersama ${dep.name} (${dep.startYear}) karena ${d.why.id}`, `with ${dep.name} (${dep.startYear}) because ${d.why.en}`)
    : msg(`setelah ${dep.name} (${dep.endYear}) karena ${d.why.id}`, `after ${dep.name} (${dep.endYear}) because ${d.why.en}`)
}

/** Whether the user's amounts per year all fall within the kegiatan's years when it starts at `start`. */
function overrideFits(override: Readonly<Record<string, number>>, start: number, duration: number): boolean {
  let any = false
  for (const k in override) {
    const y = Number(k)
    if (!(y >= start && y < start + duration)) return false
    any = true
  }
  return any
}
