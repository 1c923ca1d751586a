import { msg, type Message } from '../../model/message.ts'
import type { ProjectData, State } from '../../model/project.ts'
import { analyzeGapIndexed, type GapAnalysis } from '../gap/gapAnalysis.ts'
import { indexPriorityBoost } from '../index/indexPriority.ts'
import type { ArchitectureRule, RuleFinding } from '../rules/architectureRule.ts'
import { ARCHITECTURE_RULES, evaluateRules } from '../rules/registry.ts'
import { ProjectIndex } from '../projectIndex.ts'
import { StateView, findState, type ElementInState } from '../stateView.ts'
import type { Action, Activity, Program, Roadmap } from './activity.ts'
import { PROGRAM_NAME } from './activityNames.ts'
import { activityGraph, activityPositions, type ActivityGraph } from './activityGraph.ts'
import { applyOverrides } from './applyOverrides.ts'
import { computeDependencies } from './dependencies.ts'
import { deriveActivities, workOrdinals } from './deriveActivities.ts'
import { MUATAN, muatanInfo } from './muatan.ts'
import { schedule } from './schedule.ts'

export interface RoadmapAnalysis {
  readonly gap: GapAnalysis
  /** Duplicate applications in the earlier state: what consolidation kegiatan are named after. */
  readonly fromDuplicates: readonly RuleFinding[]
  readonly targetFindings: readonly RuleFinding[]
  readonly roadmap: Roadmap
}

const ACTIONS: readonly Action[] = ['pembangunan', 'pengembangan', 'migrasi', 'integrasi', 'penyelarasan', 'perbaikan', 'penghentian', 'manual']
const ACTION_NO = new Map<string, number>(ACTIONS.map((a, i) => [a, i]))
const MUATAN_NO = new Map<string, number>(MUATAN.map((m, i) => [m.id, i]))

/**
 * The Peta Rencana of a project: the gap from the as-is to the target (or any two states), the
 * rule findings that remain in the target, kegiatan derived from both, the user's overrides
 * applied, dependencies read from the target architecture, and a schedule over the plan years.
 * Pure and deterministic: the same project gives the same Peta Rencana.
 */
export interface RoadmapOptions {
  readonly from?: string
  readonly to?: string
  /** The architecture rules whose findings become gaps (default: all registered). */
  readonly rules?: readonly ArchitectureRule[]
  /**
   * A priority from outside the architecture (the SPBE index, say): kegiatan given a weight (> 0;
   * others are ignored) are scheduled before all others, larger weight first, then as usual; the
   * reason returned becomes their priorityReason. Without it, nothing changes.
   */
  readonly priorityBoost?: PriorityBoost
}

export type PriorityBoost = (activityId: string) => { readonly weight: number; readonly reason: Message } | undefined

export function generateRoadmap(data: ProjectData, options: RoadmapOptions = {}): RoadmapAnalysis {
  const from = requireState(data, options.from ?? 'asis')
  const to = requireState(data, options.to ?? 'target')
  const index = new ProjectIndex(data)
  const fromView = new StateView(data, from, index)
  const toView = new StateView(data, to, index)
  const { gap, positions } = analyzeGapIndexed(data, from, to, index)
  const rules = options.rules ?? ARCHITECTURE_RULES
  // Only the duplicates of the earlier state matter to the plan (they name consolidations).
  const fromDuplicates = evaluateRules(data, from.id, { view: fromView, rules: rules.filter((r) => r.id === 'duplicate-application') })
  const targetFindings = evaluateRules(data, to.id, { view: toView, rules })

  const derived = deriveActivities({ data, gap, positions, project: index, from: fromView, to: toView, targetFindings, fromDuplicates })
  const { activities, warnings, unchanged } = applyOverrides(derived.activities, derived.index, data.roadmap)
  const position = activityPositions(activities)
  // Positions in the derived list hold as long as the user's overrides left it as it was.
  const work = unchanged ? derived.work : workOrdinals(derived.index, position)
  const { problems: dependencyProblems, depsAt } = computeDependencies(activities, position, work, derived.index, fromView, toView, data.roadmap)
  const graph = activityGraph(activities, position, depsAt)
  // "When asked": the project's switch turns the SPBE index links into a priority.
  const boost = prioritise(activities, graph, toView, options.priorityBoost ?? indexPriorityBoost(data))

  const years = Array.from({ length: data.plan.years }, (_, i) => data.plan.startYear + i)
  const opdNames = new Map(data.opd.map((o) => [o.id, o.shortName]))
  const result = schedule({
    activities, years, budgetCeilings: data.roadmap.budgetCeilings, opdCapacity: data.roadmap.opdCapacity,
    opdName: (id) => opdNames.get(id) ?? id, graph, ...(boost ? { boost } : {}),
  })
  const programs = assignCodes(activities, graph)

  const yearTotals: Record<string, { budget: number; ceiling?: number }> = {}
  for (const y of years) {
    const ceiling = data.roadmap.budgetCeilings[String(y)]
    yearTotals[String(y)] = ceiling === undefined ? { budget: result.spent[String(y)] ?? 0 } : { budget: result.spent[String(y)] ?? 0, ceiling }
  }
  return {
    gap, fromDuplicates, targetFindings,
    roadmap: {
      period: { name: data.plan.name, startYear: years[0]!, endYear: years[years.length - 1]!, years },
      programs,
      activities: result.scheduled,
      unscheduled: result.unscheduled,
      yearTotals,
      errors: result.errors,
      warnings: [...warnings, ...dependencyProblems, ...result.warnings],
    },
  }
}

export class UnknownStateError extends Error {
  constructor(readonly state: string) {
    super(`Kondisi "${state}" tidak ada / State "${state}" does not exist`)
  }
}

function requireState(data: ProjectData, idOrRole: string): State {
  const s = findState(data, idOrRole)
  if (!s) throw new UnknownStateError(idOrRole)
  return s
}

/**
 * Public services first; then what the rules rate most severe (already in `priority`); and among
 * equals, what more work waits on (the longest chain of dependents), as list scheduling does,
 * so the foundations take the early budget. Kegiatan the caller boosts come before all of these:
 * their weights are returned by position (undefined when none is boosted), for the scheduler.
 */
function prioritise(activities: readonly Activity[], graph: ActivityGraph, to: StateView, priorityBoost: PriorityBoost | undefined): Float64Array | undefined {
  const chain = dependentChainLengths(activities, graph)
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i]!
    let servesPublic = false
    for (let k = 0; k < a.delivers.length; k++) {
      const p = to.index.positionOf(a.delivers[k]!.element)
      const e = to.atPosition(p)
      if (e && (e.kind === 'layanan-publik' || to.hasOutToAt(p, 'realizes', isPublicService))) {
        servesPublic = true
        break
      }
    }
    const waiting = chain[i]!
    if (servesPublic) a.priorityReason = SERVES_PUBLIC
    else if (a.priority >= 50) a.priorityReason = SEVERE_FINDING
    else if (a.priority > 0) a.priorityReason = FINDING
    else if (waiting > 0) a.priorityReason = msg(`${waiting} tahap kegiatan lain menunggunya`, `${waiting} stages of other work wait on it`)
    a.priority += (servesPublic ? 100 : 0) + CHAIN_WEIGHT * waiting
  }
  return priorityBoost ? boosts(activities, priorityBoost) : undefined
}

/** Each kegiatan's boost weight by position (0 for none), its reason set; undefined when none is boosted. */
function boosts(activities: readonly Activity[], priorityBoost: PriorityBoost): Float64Array | undefined {
  const weights = new Float64Array(activities.length)
  let any = false
  for (let i = 0; i < activities.length; i++) {
    const boost = priorityBoost(activities[i]!.id)
    if (!boost || !(boost.weight > 0) || !Number.isFinite(boost.weight)) continue
    weights[i] = boost.weight
    activities[i]!.priorityReason = boost.reason
    any = true
  }
  return any ? weights : undefined
}

const CHAIN_WEIGHT = 15
const isPublicService = (target: ElementInState): boolean => target.kind === 'layanan-publik'
const SERVES_PUBLIC = msg('mendukung layanan publik', 'supports a public service')
const SEVERE_FINDING = msg('menangani temuan berat', 'resolves a severe finding')
const FINDING = msg('menangani temuan', 'resolves a finding')

/** For each kegiatan (by position), how many kegiatan at most wait on it one after another (0 for none). */
function dependentChainLengths(activities: readonly Activity[], graph: ActivityGraph): Int32Array {
  const length = new Int32Array(activities.length)
  const { order, depsAt } = graph
  if (order) {
    // No cycle: in reverse dependency order each kegiatan's dependents are final before it is read.
    for (let k = order.length - 1; k >= 0; k--) {
      const i = order[k]!
      const deps = depsAt[i]!
      for (let k = 0; k < deps.length; k++) {
        const d = deps[k]!
        if (d >= 0 && length[d]! < 1 + length[i]!) length[d] = 1 + length[i]!
      }
    }
    return length
  }
  const byId = chainLengthsWithCycles(activities)
  for (let i = 0; i < activities.length; i++) length[i] = byId.get(activities[i]!.id) ?? 0
  return length
}

/** The same count by a depth-first walk, which a cycle (reported by the scheduler) simply stops. */
function chainLengthsWithCycles(activities: readonly Activity[]): Map<string, number> {
  const dependents = new Map<string, string[]>()
  for (const a of activities) for (const d of a.dependencies) (dependents.get(d.on) ?? dependents.set(d.on, []).get(d.on)!).push(a.id)
  const length = new Map<string, number>()
  const visiting = new Set<string>()
  // Iterative post-order walk.
  for (const root of activities) {
    if (length.has(root.id)) continue
    const stack: { id: string; i: number }[] = [{ id: root.id, i: 0 }]
    visiting.add(root.id)
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      const next = (dependents.get(top.id) ?? [])[top.i++]
      if (next !== undefined) {
        if (!length.has(next) && !visiting.has(next)) {
          visiting.add(next)
          stack.push({ id: next, i: 0 })
        }
        continue
      }
      let best = 0
      for (const d of dependents.get(top.id) ?? []) best = Math.max(best, 1 + (length.get(d) ?? 0))
      length.set(top.id, best)
      visiting.delete(top.id)
      stack.pop()
    }
  }
  return length
}

/**
 * Programs are the muatan crossed with the kind of work; codes follow the muatan code
 * (PR.05.01.003), numbered by id so a kegiatan keeps its code while others move in time.
 */
function assignCodes(activities: readonly Activity[], graph: ActivityGraph): Program[] {
  // Per muatan and kind of work (by their numbers, no key string per kegiatan): the members.
  const groups = new Array<Activity[] | undefined>(MUATAN.length * ACTIONS.length).fill(undefined)
  // In id order, so each group comes out sorted.
  const byRank = graph.byRank
  for (let r = 0; r < byRank.length; r++) {
    const a = activities[byRank[r]!]!
    const m = MUATAN_NO.get(a.muatan)
    const action = ACTION_NO.get(a.action)
    if (m === undefined || action === undefined) continue
    const key = m * ACTIONS.length + action
    const group = groups[key]
    if (group) group.push(a)
    else groups[key] = [a]
  }
  const programs: Program[] = []
  for (let mNo = 0; mNo < MUATAN.length; mNo++) {
    const m = MUATAN[mNo]!
    let programNo = 0
    for (let actionNo = 0; actionNo < ACTIONS.length; actionNo++) {
      const action = ACTIONS[actionNo]!
      const members = groups[mNo * ACTIONS.length + actionNo]
      if (!members) continue
      const code = `${m.code}.${String(++programNo).padStart(2, '0')}`
      for (let i = 0; i < members.length; i++) members[i]!.code = `${code}.${String(i + 1).padStart(3, '0')}`
      const [id, en] = PROGRAM_NAME[action]
      const label = muatanInfo(m.id).label
      programs.push({
        id: `p-${m.id}-${action}`, code, muatan: m.id, action,
        name: msg(id.replace('{m}', label.id.replace(/ SPBE$/, '')), en.replace('{m}', label.en.replace(/^SPBE /, '').toLowerCase())),
        activities: members.map((a) => a.id),
      })
    }
  }
  return programs
}
