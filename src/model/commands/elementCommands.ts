import type { AttributeValue, Element } from '../project.ts'
import { attributeDef, elementKind } from '../metamodel/metamodel.ts'
import { attributeValueProblem } from '../metamodel/attributeValue.ts'
import type { StateStatus } from '../metamodel/types.ts'
import { attrKey, memberKey, nodeKey, stateAttrKey, type DocRoots, type RecordMap } from '../ydoc/docSchema.ts'
import { newRecordMap, writeElement } from '../ydoc/records.ts'
import { fail, newId, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'
import { stateRoles } from './stateQueries.ts'

export interface NewElement {
  readonly kind: string
  readonly name: string
  readonly code?: string
  readonly description?: string
  readonly ownerOpd?: string
  readonly refCodes?: readonly string[]
  readonly attrs?: Readonly<Record<string, AttributeValue>>
  /** States that contain the new element; default: every state (status "tetap" in the target). */
  readonly states?: readonly string[]
}

export function createElement(ctx: CommandContext, input: NewElement): CommandResult<string> {
  const kind = elementKind(input.kind)
  if (!kind) return fail(`Jenis elemen "${input.kind}" tidak dikenal`, `Unknown element kind "${input.kind}"`)
  const name = input.name.trim()
  if (!name) return fail('Nama elemen wajib diisi', 'The element needs a name')
  for (const [attr, value] of Object.entries(input.attrs ?? {})) {
    const problem = checkAttribute(input.kind, attr, value)
    if (problem) return problem
  }
  return run(ctx, (r) => {
    const roles = stateRoles(r)
    const stateIds = input.states ?? [...roles.keys()]
    if (stateIds.length === 0) return fail('Elemen harus masuk minimal satu kondisi', 'An element must belong to at least one state')
    for (const s of stateIds) if (!roles.has(s)) return fail('Kondisi yang dipilih tidak ada lagi', 'The chosen state no longer exists')
    const onlyInTarget = stateIds.every((s) => roles.get(s) !== 'asis')
    const states: Record<string, { status?: StateStatus }> = {}
    for (const s of stateIds) states[s] = roles.get(s) === 'target' ? { status: onlyInTarget ? 'baru' : 'tetap' } : {}
    const id = newId(ctx, 'e')
    const element: Element = {
      id, kind: input.kind, name, code: input.code, description: input.description, ownerOpd: input.ownerOpd,
      refCodes: input.refCodes, attrs: input.attrs ?? {}, states,
    }
    const map = newRecordMap()
    r.elements.set(id, map)
    writeElement(map, element)
    return ok(id)
  })
}

export type ElementFields = Partial<Pick<Element, 'name' | 'code' | 'description' | 'ownerOpd' | 'userOpds' | 'refCodes' | 'goals'>>

/** Changes fields shared by all states (name, code, owner, reference codes ...). */
export function updateElement(ctx: CommandContext, id: string, fields: ElementFields): CommandResult {
  return bulkUpdateElements(ctx, [id], fields)
}

/** One transaction, one undo step, for many selected elements (the catalogue table's bulk edit). */
export function bulkUpdateElements(ctx: CommandContext, ids: readonly string[], fields: ElementFields): CommandResult {
  if (fields.name !== undefined && !fields.name.trim()) return fail('Nama elemen wajib diisi', 'The element needs a name')
  return run(ctx, (r) => {
    for (const id of ids) if (!r.elements.has(id)) return missing(id)
    for (const id of ids) {
      const map = r.elements.get(id)!
      for (const [key, value] of Object.entries(fields)) {
        if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) map.delete(key)
        else if (value !== undefined) map.set(key, key === 'name' ? String(value).trim() : value)
      }
    }
    return ok(undefined)
  })
}

/**
 * Sets (or with `undefined` clears) an attribute. Without a state it changes the base value every
 * state sees; with a state it records a value for that state only, so editing the target never
 * changes the as-is.
 */
export function setAttribute(
  ctx: CommandContext, id: string, name: string, value: AttributeValue | undefined, stateId?: string,
): CommandResult {
  return run(ctx, (r) => {
    const map = r.elements.get(id)
    if (!map) return missing(id)
    if (value !== undefined) {
      const problem = checkAttribute(map.get('kind') as string, name, value)
      if (problem) return problem
    }
    let key = attrKey(name)
    if (stateId !== undefined) {
      if (!map.has(memberKey(stateId))) return notMember(map, r.states.get(stateId))
      key = stateAttrKey(stateId, name)
    }
    if (value === undefined) map.delete(key)
    else map.set(key, value)
    return ok(undefined)
  })
}

/** Deletes an element from the model, with its relations and its placements in every view. */
export function deleteElements(ctx: CommandContext, ids: readonly string[]): CommandResult {
  return run(ctx, (r) => {
    const doomed = new Set(ids.filter((id) => r.elements.has(id)))
    if (doomed.size === 0) return ok(undefined)
    deleteRelationsTouching(r, doomed)
    r.views.forEach((view) => {
      for (const id of doomed) view.delete(nodeKey(id))
    })
    for (const id of doomed) r.elements.delete(id)
    return ok(undefined)
  })
}

export function deleteElement(ctx: CommandContext, id: string): CommandResult {
  return deleteElements(ctx, [id])
}

function deleteRelationsTouching(r: DocRoots, elementIds: ReadonlySet<string>): void {
  const doomed: string[] = []
  r.relations.forEach((m, relId) => {
    if (elementIds.has(m.get('source') as string) || elementIds.has(m.get('target') as string)) doomed.push(relId)
  })
  for (const relId of doomed) r.relations.delete(relId)
}

export function checkAttribute(kind: string, name: string, value: AttributeValue): CommandResult<never> | undefined {
  const def = attributeDef(kind, name)
  if (!def) return fail(`Atribut "${name}" tidak dikenal untuk jenis ${kind}`, `Attribute "${name}" is not defined for kind ${kind}`)
  const problem = attributeValueProblem(def, value)
  if (problem) return fail(`${def.label.id}: ${problem.id}`, `${def.label.en}: ${problem.en}`)
  return undefined
}

/** The id is the caller's to log; users never see internal ids. */
export function missing(_id: string): CommandResult<never> {
  return fail('Elemen itu tidak ada lagi (mungkin baru dihapus orang lain)', 'That element no longer exists (someone may have just deleted it)')
}

/** Names the element and the state as the user knows them, not by id. */
export function notMember(element: RecordMap, state: RecordMap | undefined): CommandResult<never> {
  const name = (element.get('name') as string | undefined) ?? ''
  const stateName = (state?.get('name') as string | undefined) ?? ''
  return fail(`"${name}" tidak termasuk ${stateName || 'kondisi itu'}`, `"${name}" is not in ${stateName || 'that state'}`)
}

