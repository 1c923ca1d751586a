import type { Message } from '../../model/message.ts'
import type { Muatan } from '../../model/project.ts'

/** What a kegiatan does to one element of the target architecture. */
export type Delivery = 'baru' | 'pengembangan' | 'dihentikan' | 'migrasi' | 'integrasi' | 'penyelarasan'

/**
 * At the plan's grain of a year: `finish-start` starts the year after `on` ends (building on
 * something new); `end-same-year` may start in the year `on` ends (following an upgrade or a
 * move within that year); `start-start` starts together with `on`, not before.
 */
export type DependencyType = 'finish-start' | 'end-same-year' | 'start-start'

export interface Dependency {
  /** The kegiatan depended on. */
  readonly on: string
  readonly type: DependencyType
  readonly why: Message
}

/** Kinds of work a kegiatan does; with the muatan they form the program it belongs to. */
export type Action = 'pembangunan' | 'pengembangan' | 'penghentian' | 'migrasi' | 'integrasi' | 'penyelarasan' | 'perbaikan' | 'manual'

/** A kegiatan of the Peta Rencana, before and after scheduling. */
export interface Activity {
  readonly id: string
  code: string
  name: string
  readonly generatedName: string
  readonly muatan: Muatan
  readonly action: Action
  readonly origin: 'generated' | 'manual' | 'split'
  /** Gap ids this kegiatan closes: `add:<element>`, `dev:<element>`, `ret:<element>`, `rel:<relation>`, `rule:<rule>:<element>`. */
  closes: string[]
  delivers: { readonly element: string; readonly delivery: Delivery }[]
  opd?: string
  relatedOpd: string[]
  duration: number
  pinnedYear?: number
  earliestYear?: number
  /** Total indicative budget in Rupiah (0 when unknown). */
  totalBudget: number
  /** Budget per year as the user set it, when they did. */
  budgetOverride?: Readonly<Record<string, number>>
  goals: string[]
  dependencies: Dependency[]
  priority: number
  /** Public services first; findings by severity. */
  priorityReason?: Message
}

export interface ScheduledActivity extends Activity {
  readonly startYear: number
  readonly endYear: number
  /** Budget per scheduled year. */
  readonly budget: Readonly<Record<string, number>>
  /** One line on why it sits where it does. */
  readonly reason: Message
}

export interface UnscheduledActivity extends Activity {
  readonly reason: Message
}

export interface Program {
  readonly id: string
  readonly code: string
  readonly muatan: Muatan
  readonly action: Action
  readonly name: Message
  readonly activities: readonly string[]
}

export interface RoadmapProblem {
  readonly code: 'cycle' | 'unknown-dependency' | 'orphaned-override' | 'pinned-conflict'
  readonly message: Message
  readonly activities: readonly string[]
}

export interface Roadmap {
  readonly period: { readonly name: string; readonly startYear: number; readonly endYear: number; readonly years: readonly number[] }
  readonly programs: readonly Program[]
  readonly activities: readonly ScheduledActivity[]
  readonly unscheduled: readonly UnscheduledActivity[]
  /** Per year: scheduled budget and the ceiling (if any). */
  readonly yearTotals: Readonly<Record<string, { readonly budget: number; readonly ceiling?: number }>>
  readonly errors: readonly RoadmapProblem[]
  readonly warnings: readonly RoadmapProblem[]
}

/**
 * A generated kegiatan, as newActivity would make it from these fields, without the object of
 * options in between (tens of thousands are made per Peta Rencana).
 */
export function generatedActivity(
  id: string, generatedName: string, muatan: Muatan, action: Action, closes: string[],
  delivers: Activity['delivers'], opd: string | undefined, relatedOpd: string[], totalBudget: number, goals: string[], priority: number,
): Activity {
  return {
    id, code: '', name: generatedName, generatedName, muatan, action, origin: 'generated', closes, delivers, opd, relatedOpd,
    duration: 1, pinnedYear: undefined, earliestYear: undefined, totalBudget, budgetOverride: undefined, goals, dependencies: [],
    priority, priorityReason: undefined,
  }
}

type ActivityInit = Pick<Activity, 'id' | 'generatedName' | 'muatan' | 'action'> & Partial<Omit<Activity, 'id' | 'generatedName' | 'muatan' | 'action'>>

/**
 * Every kegiatan object gets the same keys in the same order, optional ones included: with tens
 * of thousands of them, one hidden class keeps property reads fast in the scheduler and the
 * report writers.
 */
export function newActivity(init: ActivityInit): Activity {
  return {
    id: init.id,
    code: init.code ?? '',
    name: init.name ?? init.generatedName,
    generatedName: init.generatedName,
    muatan: init.muatan,
    action: init.action,
    origin: init.origin ?? 'generated',
    closes: init.closes ?? [],
    delivers: init.delivers ?? [],
    opd: init.opd,
    relatedOpd: init.relatedOpd ?? [],
    duration: init.duration ?? 1,
    pinnedYear: init.pinnedYear,
    earliestYear: init.earliestYear,
    totalBudget: init.totalBudget ?? 0,
    budgetOverride: init.budgetOverride,
    goals: init.goals ?? [],
    dependencies: init.dependencies ?? [],
    priority: init.priority ?? 0,
    priorityReason: init.priorityReason,
  }
}
