import type { ActivityOverride, ManualActivity, RoadmapInput, Settings } from '../project.ts'
import { CAPACITY_PREFIX, CEILING_PREFIX, POLICY_PREFIX, setFields, type DocRoots } from './docSchema.ts'
import { newRecordMap, readPlain, writePlain } from './records.ts'

/** Settings and the Peta Rencana inputs (ceilings, capacities, the user's overrides) in the Y.Doc. */

export function writeSettings(r: DocRoots, settings: Settings): void {
  for (const [name, value] of Object.entries(settings.policy)) r.settings.set(POLICY_PREFIX + name, value)
}

export function readSettings(r: DocRoots): Settings {
  const policy: Record<string, unknown> = { applicationsInDataCentre: true }
  r.settings.forEach((value, key) => {
    if (key.startsWith(POLICY_PREFIX)) policy[key.slice(POLICY_PREFIX.length)] = value
  })
  return { policy: policy as unknown as Settings['policy'] }
}

export function writeRoadmapInput(r: DocRoots, input: RoadmapInput): void {
  for (const [year, amount] of Object.entries(input.budgetCeilings)) r.roadmap.set(CEILING_PREFIX + year, amount)
  for (const [opd, n] of Object.entries(input.opdCapacity)) r.roadmap.set(CAPACITY_PREFIX + opd, n)
  for (const [id, o] of Object.entries(input.overrides)) {
    const m = newRecordMap()
    r.activityOverrides.set(id, m)
    setFields(m, { ...o })
  }
  for (const a of input.manualActivities) {
    const m = newRecordMap()
    r.manualActivities.set(a.id, m)
    writePlain(m, a)
  }
  for (const d of input.manualDependencies) r.dependencies.set(dependencyKey(d.from, d.to), { from: d.from, to: d.to })
  if (input.prioritiseIndex) r.roadmap.set(PRIORITISE_INDEX_KEY, true)
}

/** Flat key in the roadmap map: schedule first what lifts the SPBE index. */
export const PRIORITISE_INDEX_KEY = 'prioritiseIndex'

export function dependencyKey(from: string, to: string): string {
  return `${from}>${to}`
}

export function readRoadmapInput(r: DocRoots): RoadmapInput {
  const budgetCeilings: Record<string, number> = {}
  const opdCapacity: Record<string, number> = {}
  r.roadmap.forEach((value, key) => {
    if (key.startsWith(CEILING_PREFIX)) budgetCeilings[key.slice(CEILING_PREFIX.length)] = value as number
    else if (key.startsWith(CAPACITY_PREFIX)) opdCapacity[key.slice(CAPACITY_PREFIX.length)] = value as number
  })
  const overrides: Record<string, ActivityOverride> = {}
  r.activityOverrides.forEach((m, id) => {
    const o: Record<string, unknown> = {}
    m.forEach((value, key) => {
      o[key] = value
    })
    overrides[id] = o as ActivityOverride
  })
  const manualActivities: ManualActivity[] = []
  r.manualActivities.forEach((m, id) => manualActivities.push(readPlain<ManualActivity>(id, m)))
  const manualDependencies: { from: string; to: string }[] = []
  r.dependencies.forEach((value) => manualDependencies.push(value as { from: string; to: string }))
  const prioritise = r.roadmap.get(PRIORITISE_INDEX_KEY) === true ? { prioritiseIndex: true } : {}
  return { budgetCeilings, opdCapacity, overrides, manualActivities, manualDependencies, ...prioritise }
}
