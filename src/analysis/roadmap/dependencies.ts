import { msg, type Message } from '../../model/message.ts'
import type { RoadmapInput } from '../../model/project.ts'
import type { StateView } from '../stateView.ts'
import type { Activity, Dependency, DependencyType, RoadmapProblem } from './activity.ts'
import type { ActivityIndex, WorkOrdinals } from './deriveActivities.ts'

/** When two reasons link the same pair, the stricter ordering wins. */
const STRENGTH: Readonly<Record<DependencyType, number>> = { 'start-start': 0, 'end-same-year': 1, 'finish-start': 2 }

/** Why one kegiatan waits on another; the message is written only for the reason that is kept. */
type Why =
  | 'runs-on' | 'located-in' | 'connected-to' | 'connects-through' | 'integrates-via' | 'exchanges-data' | 'protects'
  | 'replacement' | 'realises' | 'needs' | 'governs' | 'moves-off' | 'successor'

/** Prerequisites an element has in the target: its hosts, network and service bus come first. */
const PREREQUISITE_KINDS: Readonly<Record<string, Why>> = {
  'runs-on': 'runs-on', 'located-in': 'located-in', 'connected-to': 'connected-to', 'connects-through': 'connects-through',
}

const PROTECTS = msg('keamanan dibangun bersama aset yang dilindunginya', 'security is built together with what it protects')

function why(reason: Why, a: string, b: string): Message {
  switch (reason) {
    case 'runs-on': return msg(`${a} berjalan di atasnya`, `${a} runs on it`)
    case 'located-in': return msg(`${a} ditempatkan di sana`, `${a} is located there`)
    case 'connected-to': return msg(`${a} terhubung ke jaringan itu`, `${a} connects to that network`)
    case 'connects-through': return msg(`${a} terhubung melaluinya`, `${a} connects through it`)
    case 'integrates-via': return msg(`${a} berintegrasi melaluinya`, `${a} integrates through it`)
    case 'exchanges-data': return msg(`${a} bertukar data dengannya`, `${a} exchanges data with it`)
    case 'protects': return PROTECTS
    case 'replacement': return msg(`${a} diterapkan lebih dahulu`, `${a} is in place first`)
    case 'realises': return msg(`layanan ini direalisasikan oleh ${a}`, `this service is realised by ${a}`)
    case 'needs': return msg(`${a} memerlukan ${b}`, `${a} needs ${b}`)
    case 'governs': return msg(`${a} mengatur kegiatan ini`, `${a} governs this`)
    case 'moves-off': return msg(`${a} dipindahkan lebih dahulu dari ${b}`, `${a} moves off ${b} first`)
    case 'successor': return msg(`penggantinya, ${a}, siap lebih dahulu`, `its replacement, ${a}, is ready first`)
  }
}

/**
 * The dependencies of one kegiatan as they are found, by position of the kegiatan depended on:
 * the first reason for a pair is kept unless a stricter one follows. Reused from kegiatan to
 * kegiatan (few entries each, scanned linearly).
 */
class Collector {
  self = -1
  /** Entries in use; the arrays keep their capacity from kegiatan to kegiatan (setting length 0 would free it). */
  count = 0
  readonly on: number[] = []
  readonly type: DependencyType[] = []
  readonly reason: Why[] = []
  readonly a: string[] = []
  readonly b: string[] = []

  reset(self: number): void {
    this.self = self
    this.count = 0
  }

  add(on: number, type: DependencyType, reason: Why, a: string, b = ''): void {
    if (on < 0 || on === this.self) return
    let i = -1
    for (let k = 0; k < this.count; k++) {
      if (this.on[k] === on) {
        i = k
        break
      }
    }
    if (i >= 0 && STRENGTH[type] <= STRENGTH[this.type[i]!]) return
    const at = i >= 0 ? i : this.count++
    this.on[at] = on
    this.type[at] = type
    this.reason[at] = reason
    this.a[at] = a
    this.b[at] = b
  }

  /**
   * The dependencies kept, by the id depended on (each once: an insertion sort of a few), and
   * aligned with them the positions depended on.
   */
  result(activities: readonly Activity[]): { dependencies: Dependency[]; positions: number[] } {
    if (this.count === 0) return { dependencies: [], positions: NONE }
    const dependencies: Dependency[] = []
    const positions: number[] = []
    for (let i = 0; i < this.count; i++) {
      const on = this.on[i]!
      const d: Dependency = { on: activities[on]!.id, type: this.type[i]!, why: why(this.reason[i]!, this.a[i]!, this.b[i]!) }
      let at = dependencies.length
      dependencies.push(d)
      positions.push(on)
      while (at > 0 && dependencies[at - 1]!.on > d.on) {
        dependencies[at] = dependencies[at - 1]!
        positions[at] = positions[at - 1]!
        at--
      }
      dependencies[at] = d
      positions[at] = on
    }
    return { dependencies, positions }
  }
}

const NONE: number[] = []

/**
 * Dependencies between kegiatan, read from the target architecture: infrastructure before the
 * applications on it; applications, their data and their integration before the services they
 * realise; security together with what it protects; a standard before what it governs; a
 * retirement after its replacement is ready and its applications have moved. Plus the user's own.
 * Walks the views' adjacency by element position, and names kegiatan by position in the list:
 * no list per query, no id looked up twice. Returns, aligned with each kegiatan's dependencies,
 * the positions depended on (-1 for none in the list), for the steps after.
 */
export function computeDependencies(
  activities: readonly Activity[], position: ReadonlyMap<string, number>, work: WorkOrdinals,
  index: ActivityIndex, from: StateView, to: StateView, input: RoadmapInput,
): { problems: RoadmapProblem[]; depsAt: number[][] } {
  const problems: RoadmapProblem[] = []
  const { project } = index
  if (from.index !== project || to.index !== project) throw new Error('computeDependencies: the views are not on the kegiatan index\'s project index')
  const { main, isNew, relinks } = work
  const relations = project.data.relations
  const kindOf = project.kind
  const REALIZES = project.kindCode('realizes')
  const GOVERNS = project.kindCode('governs')
  const INTEGRATES = project.kindCode('integrates-with')
  const PROTECTS_KIND = project.kindCode('protects')
  const DATA = [project.kindCode('uses-data'), project.kindCode('produces-data')]
  const HOSTING = [project.kindCode('runs-on'), project.kindCode('located-in')]
  const prerequisite: (Why | undefined)[] = []
  for (const [kind, why] of Object.entries(PREREQUISITE_KINDS)) {
    const code = project.kindCode(kind)
    if (code >= 0) prerequisite[code] = why
  }
  const deps = new Collector()
  /** Building on something new waits a year; on something upgraded or moved, the same year will do. */
  const after = (p: number): DependencyType => (isNew[p] === 1 ? 'finish-start' : 'end-same-year')
  /** Every kegiatan working on the element at `p` (its main one, then its relinks). */
  const onWork = (p: number, type: DependencyType, reason: Why, a: string, b = ''): void => {
    if (p < 0) return
    deps.add(main[p]!, type, reason, a, b)
    const list = relinks[p]
    if (list) for (let k = 0; k < list.length; k++) deps.add(list[k]!, type, reason, a, b)
  }
  const workOn = (p: number): number => (p < 0 ? -1 : main[p]!)

  const depsAt: number[][] = []
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i]!
    deps.reset(i)
    // The body in a function of its own: called once per kegiatan, it is optimised early.
    dependenciesOf(a, i)
    const found = deps.result(activities)
    a.dependencies = found.dependencies
    depsAt.push(found.positions)
  }
  function dependenciesOf(a: Activity, i: number): void {
    const only = work.deliverAt && a.delivers.length === 1 ? work.deliverAt[i]! : -1
    for (let d = 0; d < a.delivers.length; d++) {
      const { element, delivery } = a.delivers[d]!
      const p = only >= 0 ? only : project.positionOf(element)
      const e = to.atPosition(p) ?? from.atPosition(p)
      if (!e) continue
      if (delivery === 'dihentikan') {
        retirementDependencies(p, e.name, from, to, HOSTING, REALIZES, onWork)
        const replacement = index.replacedBy.get(element)
        if (replacement) onWork(project.positionOf(replacement), 'end-same-year', 'replacement', to.get(replacement)!.name)
        continue
      }
      for (let k = to.outStart[p]!, end = to.outStart[p + 1]!; k < end; k++) {
        const j = to.outRel[k]!
        const kind = kindOf[j]!
        const target = project.target[j]!
        const why = prerequisite[kind]
        if (why !== undefined) deps.add(main[target]!, after(target), why, e.name)
        if (kind === INTEGRATES) {
          const via = relations[j]!.attrs.via
          if (typeof via === 'string' && via) {
            const v = project.positionOf(via)
            if (v >= 0) deps.add(main[v]!, after(v), 'integrates-via', e.name)
          }
          // Exchanging data needs the counterpart to exist, not to finish its own upgrade.
          if (after(target) === 'finish-start') deps.add(main[target]!, 'finish-start', 'exchanges-data', e.name)
        }
        if (kind === PROTECTS_KIND) deps.add(main[target]!, 'start-start', 'protects', '')
      }
      if (e.domain === 'layanan') {
        for (let k = to.inStart[p]!, end = to.inStart[p + 1]!; k < end; k++) {
          const j = to.inRel[k]!
          if (kindOf[j] !== REALIZES) continue
          const appAt = project.source[j]!
          const app = to.atPosition(appAt)!
          onWork(appAt, after(appAt), 'realises', app.name)
          for (const kind of DATA) {
            for (let m = to.outStart[appAt]!, mEnd = to.outStart[appAt + 1]!; m < mEnd; m++) {
              const u = to.outRel[m]!
              if (kindOf[u] !== kind) continue
              const data = project.target[u]!
              deps.add(workOn(data), after(data), 'needs', app.name, to.atPosition(data)!.name)
            }
          }
        }
      }
      for (let k = to.inStart[p]!, end = to.inStart[p + 1]!; k < end; k++) {
        const j = to.inRel[k]!
        if (kindOf[j] !== GOVERNS) continue
        const source = project.source[j]!
        deps.add(main[source]!, after(source), 'governs', to.atPosition(source)!.name)
      }
    }
  }

  const manual = [
    ...input.manualDependencies,
    ...input.manualActivities.flatMap((m) => (m.dependsOn ?? []).map((to) => ({ from: m.id, to }))),
  ]
  if (manual.length === 0) return { problems, depsAt }
  for (const d of manual) {
    const at = position.get(d.from)
    const a = at === undefined ? undefined : activities[at]
    if (!a || !position.has(d.to)) {
      problems.push({ code: 'unknown-dependency', activities: [d.from, d.to], message: msg(`Ketergantungan ${d.from} -> ${d.to} menunjuk kegiatan yang tidak ada`, `Dependency ${d.from} -> ${d.to} names a kegiatan that does not exist`) })
      continue
    }
    if (d.from !== d.to && !a.dependencies.some((x) => x.on === d.to)) a.dependencies.push({ on: d.to, type: 'finish-start', why: msg('ditetapkan pengguna', 'set by the user') })
  }
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i]!
    if (a.dependencies.length > 1) a.dependencies.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0))
    depsAt[i] = a.dependencies.map((d) => position.get(d.on) ?? -1)
  }
  return { problems, depsAt }
}

/** `hosting`: the kind codes of runs-on and located-in; `realizes`: that of realizes. */
function retirementDependencies(
  p: number, name: string, from: StateView, to: StateView, hosting: readonly number[], realizes: number,
  onWork: (p: number, type: DependencyType, reason: Why, a: string, b?: string) => void,
): void {
  const project = from.index
  const kindOf = project.kind
  // Applications that ran on a retired host move first.
  for (const kind of hosting) {
    for (let k = from.inStart[p]!, end = from.inStart[p + 1]!; k < end; k++) {
      const j = from.inRel[k]!
      if (kindOf[j] !== kind) continue
      const app = project.source[j]!
      onWork(app, 'end-same-year', 'moves-off', from.atPosition(app)!.name, name)
    }
  }
  // Whatever takes over the services a retired application realised is ready first.
  for (let k = from.outStart[p]!, end = from.outStart[p + 1]!; k < end; k++) {
    const j = from.outRel[k]!
    if (kindOf[j] !== realizes) continue
    const service = project.target[j]!
    for (let m = to.inStart[service]!, mEnd = to.inStart[service + 1]!; m < mEnd; m++) {
      const s = to.inRel[m]!
      if (kindOf[s] !== realizes) continue
      const successor = project.source[s]!
      if (successor === p) continue
      onWork(successor, 'end-same-year', 'successor', to.atPosition(successor)!.name)
    }
  }
}
