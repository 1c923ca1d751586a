import type { AttributeValue, Relation } from '../project.ts'
import { attributeDef, elementKind, isRelationAllowed, relationKind } from '../metamodel/metamodel.ts'
import { attributeValueProblem } from '../metamodel/attributeValue.ts'
import { MEMBER_PREFIX, attrKey } from '../ydoc/docSchema.ts'
import { newRecordMap, writeRelation } from '../ydoc/records.ts'
import { fail, newId, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'
import { missing } from './elementCommands.ts'

export interface NewRelation {
  readonly kind: string
  readonly source: string
  readonly target: string
  readonly attrs?: Readonly<Record<string, AttributeValue>>
}

/**
 * Connects two elements. The relation joins every state that holds both ends; a pair of kinds
 * the metamodel does not allow is refused with the reason.
 */
export function createRelation(ctx: CommandContext, input: NewRelation): CommandResult<string> {
  const rk = relationKind(input.kind)
  if (!rk) return fail(`Jenis relasi "${input.kind}" tidak dikenal`, `Unknown relation kind "${input.kind}"`)
  if (input.source === input.target) return fail('Elemen tidak dapat dihubungkan ke dirinya sendiri', 'An element cannot be related to itself')
  for (const [name, value] of Object.entries(input.attrs ?? {})) {
    const def = attributeDef(input.kind, name)
    if (!def) return fail(`Atribut "${name}" tidak dikenal untuk relasi ${input.kind}`, `Attribute "${name}" is not defined for relation ${input.kind}`)
    const problem = attributeValueProblem(def, value)
    if (problem) return fail(`${def.label.id}: ${problem.id}`, `${def.label.en}: ${problem.en}`)
  }
  return run(ctx, (r) => {
    const source = r.elements.get(input.source)
    const target = r.elements.get(input.target)
    if (!source) return missing(input.source)
    if (!target) return missing(input.target)
    const sk = source.get('kind') as string
    const tk = target.get('kind') as string
    if (!isRelationAllowed(input.kind, sk, tk)) {
      const sl = elementKind(sk)?.label
      const tl = elementKind(tk)?.label
      return fail(
        `Relasi "${rk.label.id}" tidak diizinkan dari ${sl?.id ?? sk} ke ${tl?.id ?? tk}`,
        `A "${rk.label.en}" relation is not allowed from ${sl?.en ?? sk} to ${tl?.en ?? tk}`,
      )
    }
    const states: Record<string, object> = {}
    for (const key of source.keys()) if (key.startsWith(MEMBER_PREFIX) && target.has(key)) states[key.slice(MEMBER_PREFIX.length)] = {}
    if (Object.keys(states).length === 0) {
      return fail('Kedua elemen tidak berada dalam kondisi yang sama', 'The two elements share no state')
    }
    const id = newId(ctx, 'r')
    const relation: Relation = { id, kind: input.kind, source: input.source, target: input.target, attrs: input.attrs ?? {}, states }
    const map = newRecordMap()
    r.relations.set(id, map)
    writeRelation(map, relation)
    return ok(id)
  })
}

export function setRelationAttribute(ctx: CommandContext, id: string, name: string, value: AttributeValue | undefined): CommandResult {
  return run(ctx, (r) => {
    const map = r.relations.get(id)
    if (!map) return fail('Relasi itu tidak ada lagi (mungkin baru dihapus orang lain)', 'That relation no longer exists (someone may have just deleted it)')
    if (value === undefined) {
      map.delete(attrKey(name))
      return ok(undefined)
    }
    const def = attributeDef(map.get('kind') as string, name)
    if (!def) return fail(`Atribut "${name}" tidak dikenal`, `Attribute "${name}" is not defined`)
    const problem = attributeValueProblem(def, value)
    if (problem) return fail(`${def.label.id}: ${problem.id}`, `${def.label.en}: ${problem.en}`)
    map.set(attrKey(name), value)
    return ok(undefined)
  })
}

export function deleteRelations(ctx: CommandContext, ids: readonly string[]): CommandResult {
  return run(ctx, (r) => {
    for (const id of ids) r.relations.delete(id)
    return ok(undefined)
  })
}

