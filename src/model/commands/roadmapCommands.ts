import type { ManualActivity, YearlyAmounts } from '../project.ts'
import { CAPACITY_PREFIX, CEILING_PREFIX, POLICY_PREFIX, type DocRoots, type RecordMap } from '../ydoc/docSchema.ts'
import { newRecordMap, writePlain } from '../ydoc/records.ts'
import { dependencyKey } from '../ydoc/roadmapRecords.ts'
import { fail, newId, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'

/**
 * The user's changes to the Peta Rencana. Each lands in the Y.Doc keyed by the kegiatan id, which
 * is derived from what the kegiatan closes, so it survives regenerating the roadmap; each is one
 * transaction and so one undo step.
 */

const ACTIVITY_ID = /^[A-Za-z0-9_.:-]{1,200}$/

function override(r: DocRoots, id: string): RecordMap {
  let m = r.activityOverrides.get(id)
  if (!m) {
    m = newRecordMap()
    r.activityOverrides.set(id, m)
  }
  return m
}

function withActivity(ctx: CommandContext, id: string, body: (m: RecordMap) => CommandResult): CommandResult {
  if (!ACTIVITY_ID.test(id)) return fail(`Id kegiatan "${id}" tidak sah`, `Kegiatan id "${id}" is not valid`)
  return run(ctx, (r) => body(override(r, id)))
}

export function renameActivity(ctx: CommandContext, id: string, name: string): CommandResult {
  const trimmed = name.trim()
  if (!trimmed) return fail('Nama kegiatan wajib diisi', 'The kegiatan needs a name')
  if (trimmed.length > 300) return fail('Nama kegiatan paling panjang 300 karakter', 'A kegiatan name has at most 300 characters')
  return withActivity(ctx, id, (m) => (m.set('name', trimmed), ok(undefined)))
}

/** Fixes the start year (the scheduler keeps it), or with `undefined` lets the scheduler choose again. */
export function pinActivity(ctx: CommandContext, id: string, year: number | undefined): CommandResult {
  if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) return fail(`Tahun ${year} tidak sah`, `Year ${year} is not valid`)
  return withActivity(ctx, id, (m) => (year === undefined ? m.delete('pinnedYear') : m.set('pinnedYear', year), ok(undefined)))
}

export function setActivityDuration(ctx: CommandContext, id: string, years: number): CommandResult {
  if (!Number.isInteger(years) || years < 1 || years > 10) return fail('Durasi harus 1 sampai 10 tahun', 'Duration must be 1 to 10 years')
  return withActivity(ctx, id, (m) => (m.set('duration', years), ok(undefined)))
}

/** Sets the pagu indikatif per year (Rupiah); an empty record returns to the generated estimate. */
export function setActivityBudget(ctx: CommandContext, id: string, budget: YearlyAmounts): CommandResult {
  for (const [year, amount] of Object.entries(budget)) {
    if (!/^\d{4}$/.test(year) || !Number.isFinite(amount) || amount < 0) return fail(`Pagu ${year}: ${amount} tidak sah`, `Budget ${year}: ${amount} is not valid`)
  }
  return withActivity(ctx, id, (m) => (Object.keys(budget).length === 0 ? m.delete('budget') : m.set('budget', { ...budget }), ok(undefined)))
}

export function setActivityOpd(ctx: CommandContext, id: string, opd: string): CommandResult {
  return run(ctx, (r) => {
    if (!r.opd.has(opd)) return fail('Perangkat daerah itu tidak ada', 'That OPD does not exist')
    override(r, id).set('opd', opd)
    return ok(undefined)
  })
}

/** Merges kegiatan into one: their gaps are closed by `into`, which keeps its own name. */
export function mergeActivities(ctx: CommandContext, ids: readonly string[], into: string): CommandResult {
  if (ids.includes(into)) return fail('Kegiatan tidak dapat digabung ke dirinya sendiri', 'A kegiatan cannot be merged into itself')
  return run(ctx, (r) => {
    for (const id of ids) override(r, id).set('mergedInto', into)
    return ok(undefined)
  })
}

/** Undoes a merge: the kegiatan stands on its own again at the next regeneration. */
export function unmergeActivity(ctx: CommandContext, id: string): CommandResult {
  return withActivity(ctx, id, (m) => (m.delete('mergedInto'), ok(undefined)))
}

/** Moves some of a kegiatan's gaps into a new kegiatan with its own name. */
export function splitActivity(ctx: CommandContext, id: string, name: string, closes: readonly string[]): CommandResult<string> {
  if (!name.trim()) return fail('Nama kegiatan baru wajib diisi', 'The new kegiatan needs a name')
  if (closes.length === 0) return fail('Pilih kesenjangan yang dipindahkan', 'Choose the gaps to move')
  let created = ''
  const result = withActivity(ctx, id, (m) => {
    created = `${id}.s${newId(ctx, '')}`.slice(0, 200)
    const existing = (m.get('splitOff') as { id: string; name: string; closes: string[] }[] | undefined) ?? []
    m.set('splitOff', [...existing, { id: created, name: name.trim(), closes: [...closes] }])
    return ok(undefined)
  })
  return result.ok ? ok(created) : result
}

/** Returns a kegiatan to what generation makes of it: removes every change the user made. */
export function resetActivity(ctx: CommandContext, id: string): CommandResult {
  return run(ctx, (r) => (r.activityOverrides.delete(id), ok(undefined)))
}

export function addManualActivity(ctx: CommandContext, input: Omit<ManualActivity, 'id'>): CommandResult<string> {
  if (!input.name.trim()) return fail('Nama kegiatan wajib diisi', 'The kegiatan needs a name')
  return run(ctx, (r) => {
    const id = newId(ctx, 'km-')
    const m = newRecordMap()
    r.manualActivities.set(id, m)
    writePlain(m, { ...input, name: input.name.trim() })
    return ok(id)
  })
}

export function deleteManualActivity(ctx: CommandContext, id: string): CommandResult {
  return run(ctx, (r) => {
    if (!r.manualActivities.has(id)) return fail(`Kegiatan "${id}" bukan kegiatan tambahan`, `Kegiatan "${id}" is not a manual one`)
    r.manualActivities.delete(id)
    r.dependencies.forEach((value, key) => {
      const d = value as { from: string; to: string }
      if (d.from === id || d.to === id) r.dependencies.delete(key)
    })
    return ok(undefined)
  })
}

/** `from` starts only after `to` ends. */
export function addDependency(ctx: CommandContext, from: string, to: string): CommandResult {
  if (from === to) return fail('Kegiatan tidak dapat bergantung pada dirinya sendiri', 'A kegiatan cannot depend on itself')
  if (!ACTIVITY_ID.test(from) || !ACTIVITY_ID.test(to)) return fail('Id kegiatan tidak sah', 'Kegiatan id is not valid')
  return run(ctx, (r) => (r.dependencies.set(dependencyKey(from, to), { from, to }), ok(undefined)))
}

export function removeDependency(ctx: CommandContext, from: string, to: string): CommandResult {
  return run(ctx, (r) => (r.dependencies.delete(dependencyKey(from, to)), ok(undefined)))
}

/** The most all kegiatan together may spend in a year; `undefined` removes the ceiling. */
export function setBudgetCeiling(ctx: CommandContext, year: number, amount: number | undefined): CommandResult {
  if (amount !== undefined && (!Number.isFinite(amount) || amount < 0)) return fail(`Pagu ${amount} tidak sah`, `Ceiling ${amount} is not valid`)
  return run(ctx, (r) => (amount === undefined ? r.roadmap.delete(CEILING_PREFIX + year) : r.roadmap.set(CEILING_PREFIX + year, amount), ok(undefined)))
}

/** How many kegiatan an OPD (or, with `default`, any OPD) can lead per year. */
export function setOpdCapacity(ctx: CommandContext, opd: string, capacity: number | undefined): CommandResult {
  if (capacity !== undefined && (!Number.isInteger(capacity) || capacity < 0)) return fail(`Kapasitas ${capacity} tidak sah`, `Capacity ${capacity} is not valid`)
  return run(ctx, (r) => {
    if (opd !== 'default' && !r.opd.has(opd)) return fail('Perangkat daerah itu tidak ada', 'That OPD does not exist')
    if (capacity === undefined) r.roadmap.delete(CAPACITY_PREFIX + opd)
    else r.roadmap.set(CAPACITY_PREFIX + opd, capacity)
    return ok(undefined)
  })
}

export function setPolicy(ctx: CommandContext, name: 'applicationsInDataCentre', value: boolean): CommandResult {
  return run(ctx, (r) => (r.settings.set(POLICY_PREFIX + name, value), ok(undefined)))
}
