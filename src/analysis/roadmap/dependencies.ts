import { msg, type Message } from '../../model/message.ts'
import type { RoadmapInput } from '../../model/project.ts'
import type { StateView } from '../stateView.ts'
import type { Activity, Dependency, DependencyType, RoadmapProblem } from './activity.ts'
import type { ActivityIndex } from './deriveActivities.ts'

/** When two reasons link the same pair, the stricter ordering wins. */
const STRENGTH: Readonly<Record<DependencyType, number>> = { 'start-start': 0, 'end-same-year': 1, 'finish-start': 2 }

/** Prerequisites an element has in the target: its hosts, network and service bus come first. */
const PREREQUISITE_KINDS: Readonly<Record<string, (name: string) => Message>> = {
  'runs-on': (n) => msg(`${n} berjalan di atasnya`, `${n} runs on it`),
  'located-in': (n) => msg(`${n} ditempatkan di sana`, `${n} is located there`),
  'connected-to': (n) => msg(`${n} terhubung ke jaringan itu`, `${n} connects to that network`),
  'connects-through': (n) => msg(`${n} terhubung melaluinya`, `${n} connects through it`),
}

/**
 * Dependencies between kegiatan, read from the target architecture: infrastructure before the
 * applications on it; applications, their data and their integration before the services they
 * realise; security together with what it protects; a standard before what it governs; a
 * retirement after its replacement is ready and its applications have moved. Plus the user's own.
 */
export function computeDependencies(
  activities: readonly Activity[], index: ActivityIndex, from: StateView, to: StateView, input: RoadmapInput,
): RoadmapProblem[] {
  const byId = new Map(activities.map((a) => [a.id, a]))
  const problems: RoadmapProblem[] = []
  const workOn = (element: string): string[] => {
    const main = index.byElement.get(element)
    return [...(main ? [main] : []), ...(index.relinkByElement.get(element) ?? [])]
  }
  /** Building on something new waits a year; on something upgraded or moved, the same year will do. */
  const after = (element: string): DependencyType => (index.byElement.get(element)?.startsWith('k-add-') ? 'finish-start' : 'end-same-year')
  for (const a of activities) {
    const deps = new Map<string, Dependency>()
    const add = (on: string | undefined, type: DependencyType, why: Message): void => {
      if (!on || on === a.id || !byId.has(on)) return
      const existing = deps.get(on)
      if (!existing || STRENGTH[type] > STRENGTH[existing.type]) deps.set(on, { on, type, why })
    }
    for (const { element, delivery } of a.delivers) {
      const e = to.get(element) ?? from.get(element)
      if (!e) continue
      if (delivery === 'dihentikan') {
        retirementDependencies(element, e.name, from, to, workOn, add)
        const replacement = index.replacedBy.get(element)
        if (replacement) for (const on of workOn(replacement)) add(on, 'end-same-year', msg(`${to.get(replacement)!.name} diterapkan lebih dahulu`, `${to.get(replacement)!.name} is in place first`))
        continue
      }
      for (const r of to.out(element)) {
        const reason = PREREQUISITE_KINDS[r.kind]
        if (reason) add(index.byElement.get(r.target), after(r.target), reason(e.name))
        if (r.kind === 'integrates-with') {
          const via = typeof r.attrs.via === 'string' ? r.attrs.via : undefined
          if (via) add(index.byElement.get(via), after(via), msg(`${e.name} berintegrasi melaluinya`, `${e.name} integrates through it`))
          // Exchanging data needs the counterpart to exist, not to finish its own upgrade.
          if (after(r.target) === 'finish-start') add(index.byElement.get(r.target), 'finish-start', msg(`${e.name} bertukar data dengannya`, `${e.name} exchanges data with it`))
        }
        if (r.kind === 'protects') add(index.byElement.get(r.target), 'start-start', msg('keamanan dibangun bersama aset yang dilindunginya', 'security is built together with what it protects'))
      }
      if (e.domain === 'layanan') {
        for (const realize of to.in(element, 'realizes')) {
          const app = to.get(realize.source)!
          for (const on of workOn(app.id)) add(on, after(app.id), msg(`layanan ini direalisasikan oleh ${app.name}`, `this service is realised by ${app.name}`))
          for (const use of [...to.out(app.id, 'uses-data'), ...to.out(app.id, 'produces-data')]) {
            add(index.byElement.get(use.target), after(use.target), msg(`${app.name} memerlukan ${to.get(use.target)!.name}`, `${app.name} needs ${to.get(use.target)!.name}`))
          }
        }
      }
      for (const g of to.in(element, 'governs')) {
        add(index.byElement.get(g.source), after(g.source), msg(`${to.get(g.source)!.name} mengatur kegiatan ini`, `${to.get(g.source)!.name} governs this`))
      }
    }
    a.dependencies = [...deps.values()]
  }
  const manual = [
    ...input.manualDependencies,
    ...input.manualActivities.flatMap((m) => (m.dependsOn ?? []).map((to) => ({ from: m.id, to }))),
  ]
  for (const d of manual) {
    const a = byId.get(d.from)
    if (!a || !byId.has(d.to)) {
      problems.push({ code: 'unknown-dependency', activities: [d.from, d.to], message: msg(`Ketergantungan ${d.from} -> ${d.to} menunjuk kegiatan yang tidak ada`, `Dependency ${d.from} -> ${d.to} names a kegiatan that does not exist`) })
      continue
    }
    if (d.from !== d.to && !a.dependencies.some((x) => x.on === d.to)) a.dependencies.push({ on: d.to, type: 'finish-start', why: msg('ditetapkan pengguna', 'set by the user') })
  }
  for (const a of activities) a.dependencies.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0))
  return problems
}

function retirementDependencies(
  element: string, name: string, from: StateView, to: StateView, workOn: (id: string) => string[],
  add: (on: string | undefined, type: DependencyType, why: Message) => void,
): void {
  // Applications that ran on a retired host move first.
  for (const r of [...from.in(element, 'runs-on'), ...from.in(element, 'located-in')]) {
    const app = from.get(r.source)!
    for (const on of workOn(app.id)) add(on, 'end-same-year', msg(`${app.name} dipindahkan lebih dahulu dari ${name}`, `${app.name} moves off ${name} first`))
  }
  // Whatever takes over the services a retired application realised is ready first.
  for (const r of from.out(element, 'realizes')) {
    for (const successor of to.in(r.target, 'realizes')) {
      if (successor.source === element) continue
      const app = to.get(successor.source)!
      for (const on of workOn(app.id)) add(on, 'end-same-year', msg(`penggantinya, ${app.name}, siap lebih dahulu`, `its replacement, ${app.name}, is ready first`))
    }
  }
}
