import type { AttributeValue, Membership } from '../project.ts'
import type { StateStatus } from '../metamodel/types.ts'
import { MEMBER_PREFIX, memberKey, roots, stateAttrKey, statusKey, type RecordMap } from '../ydoc/docSchema.ts'
import { clearMembership, newRecordMap, writeMembership } from '../ydoc/records.ts'
import { fail, newId, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'
import { checkAttribute, missing, notMember } from './elementCommands.ts'
import { stateWithRole } from './stateQueries.ts'

/** Adds an intermediate state (for example the end of 2027) between the as-is and the target. */
export function addIntermediateState(ctx: CommandContext, name: string, year: number): CommandResult<string> {
  if (!name.trim()) return fail('Nama kondisi wajib diisi', 'The state needs a name')
  return run(ctx, (r) => {
    let asisOrder = 0
    let targetOrder = Number.POSITIVE_INFINITY
    r.states.forEach((m) => {
      if (m.get('role') === 'asis') asisOrder = m.get('order') as number
      if (m.get('role') === 'target') targetOrder = m.get('order') as number
    })
    // Order by year among the intermediates; fractional orders need no renumbering of others.
    let lo = asisOrder
    let hi = targetOrder
    r.states.forEach((m) => {
      if (m.get('role') !== 'intermediate') return
      const o = m.get('order') as number
      if ((m.get('year') as number) <= year) lo = Math.max(lo, o)
      else hi = Math.min(hi, o)
    })
    const order = Number.isFinite(hi) ? (lo + hi) / 2 : lo + 1
    const id = newId(ctx, 's')
    const map = newRecordMap()
    r.states.set(id, map)
    map.set('name', name.trim())
    map.set('role', 'intermediate')
    map.set('year', year)
    map.set('order', order)
    return ok(id)
  })
}

export function renameState(ctx: CommandContext, stateId: string, name: string): CommandResult {
  if (!name.trim()) return fail('Nama kondisi wajib diisi', 'The state needs a name')
  return run(ctx, (r) => {
    const m = r.states.get(stateId)
    if (!m) return fail('Kondisi yang dipilih tidak ada lagi', 'The chosen state no longer exists')
    m.set('name', name.trim())
    return ok(undefined)
  })
}

/**
 * Deletes an intermediate state and every membership in it (the as-is and the target are the
 * ends of every gap and stay). Refused while some element exists only in this state: deleting the
 * state would delete those elements without the user naming them.
 */
export function deleteIntermediateState(ctx: CommandContext, stateId: string): CommandResult {
  return run(ctx, (r) => {
    const state = r.states.get(stateId)
    if (!state) return fail('Kondisi yang dipilih tidak ada lagi', 'The chosen state no longer exists')
    if (state.get('role') !== 'intermediate') return fail('Hanya kondisi antara yang dapat dihapus', 'Only an intermediate state can be deleted')
    const onlyHere: string[] = []
    r.elements.forEach((m) => {
      if (m.has(memberKey(stateId)) && membershipCount(m) === 1) onlyHere.push(m.get('name') as string)
    })
    if (onlyHere.length > 0) {
      const names = onlyHere.slice(0, 3).map((n) => `"${n}"`).join(', ') + (onlyHere.length > 3 ? ` …` : '')
      return fail(
        `${onlyHere.length} elemen hanya ada di kondisi ini (${names}); hapus atau masukkan ke kondisi lain dahulu`,
        `${onlyHere.length} ${onlyHere.length === 1 ? 'element exists' : 'elements exist'} only in this state (${names}); delete ${onlyHere.length === 1 ? 'it' : 'them'} or add ${onlyHere.length === 1 ? 'it' : 'them'} to another state first`,
      )
    }
    const emptied: string[] = []
    r.elements.forEach((m) => clearMembership(m, stateId))
    r.relations.forEach((m, id) => {
      if (!m.has(memberKey(stateId))) return
      clearMembership(m, stateId)
      if (membershipCount(m) === 0) emptied.push(id)
    })
    for (const id of emptied) r.relations.delete(id)
    r.states.delete(stateId)
    return ok(undefined)
  })
}

/** Puts elements into a state (or updates their status there). */
export function addToState(ctx: CommandContext, ids: readonly string[], stateId: string, status?: StateStatus): CommandResult {
  return run(ctx, (r) => {
    if (!r.states.has(stateId)) return fail('Kondisi yang dipilih tidak ada lagi', 'The chosen state no longer exists')
    for (const id of ids) if (!r.elements.has(id)) return missing(id)
    for (const id of ids) {
      const map = r.elements.get(id)!
      const membership: Membership = status ? { status } : {}
      writeMembership(map, stateId, membership)
    }
    return ok(undefined)
  })
}

/**
 * Takes elements out of a state, and their relations with them. Refuses to take an element out
 * of its last state: that is deleting it, which the user should ask for by name.
 */
export function removeFromState(ctx: CommandContext, ids: readonly string[], stateId: string): CommandResult {
  return run(ctx, (r) => {
    for (const id of ids) {
      const map = r.elements.get(id)
      if (!map) return missing(id)
      if (!map.has(memberKey(stateId))) return notMember(map, r.states.get(stateId))
      if (membershipCount(map) === 1) {
        return fail(
          `"${map.get('name') as string}" hanya ada di kondisi ini; hapus elemen bila memang tidak dipakai lagi`,
          `"${map.get('name') as string}" is only in this state; delete the element if it is no longer used`,
        )
      }
    }
    const set = new Set(ids)
    for (const id of ids) clearMembership(r.elements.get(id)!, stateId)
    const emptied: string[] = []
    r.relations.forEach((m, relId) => {
      if (!set.has(m.get('source') as string) && !set.has(m.get('target') as string)) return
      clearMembership(m, stateId)
      if (membershipCount(m) === 0) emptied.push(relId)
    })
    for (const relId of emptied) r.relations.delete(relId)
    return ok(undefined)
  })
}

/** Brings as-is elements into the target unchanged (status "tetap"). */
export function copyToTarget(ctx: CommandContext, ids: readonly string[]): CommandResult {
  return withTarget(ctx, (target) => addToState(ctx, ids, target, 'tetap'))
}

/** Retires elements: they stay in the as-is and leave the target (status "dihentikan" in the gap). */
export function retireElements(ctx: CommandContext, ids: readonly string[]): CommandResult {
  return withTarget(ctx, (target) => removeFromState(ctx, ids, target))
}

/**
 * Changes an element only in the target: the values are recorded for the target state, the
 * as-is keeps its own, and the status becomes "pengembangan".
 */
export function changeInTarget(ctx: CommandContext, id: string, attrs: Readonly<Record<string, AttributeValue>>): CommandResult {
  return withTarget(ctx, (target) =>
    run(ctx, (r) => {
      const map = r.elements.get(id)
      if (!map) return missing(id)
      for (const [name, value] of Object.entries(attrs)) {
        const problem = checkAttribute(map.get('kind') as string, name, value)
        if (problem) return problem
      }
      if (!map.has(memberKey(target))) map.set(memberKey(target), true)
      map.set(statusKey(target), 'pengembangan')
      for (const [name, value] of Object.entries(attrs)) map.set(stateAttrKey(target, name), value)
      return ok(undefined)
    }),
  )
}

function withTarget(ctx: CommandContext, body: (target: string) => CommandResult): CommandResult {
  const target = stateWithRole(roots(ctx.doc), 'target')
  if (!target) return fail('Proyek belum punya Kondisi Target', 'The project has no target state')
  return body(target)
}

function membershipCount(map: RecordMap): number {
  let n = 0
  for (const key of map.keys()) if (key.startsWith(MEMBER_PREFIX)) n++
  return n
}
