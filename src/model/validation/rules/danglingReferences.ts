import { elementKind, relationKind } from '../../metamodel/metamodel.ts'
import type { ReferenceAttribute } from '../../metamodel/types.ts'
import type { Attributes } from '../../project.ts'
import type { ValidationContext, ValidationRule } from '../validationContext.ts'

const CODE = 'dangling-reference'

/** Links to OPD, RPJMD goals and other elements (through reference attributes) must resolve. */
export const danglingReferences: ValidationRule = {
  code: CODE,
  run(ctx) {
    const { data } = ctx
    data.elements.forEach((e, i) => {
      if (e.ownerOpd !== undefined && !ctx.opdIds.has(e.ownerOpd)) opdMissing(ctx, `elements[${i}].ownerOpd`, e.ownerOpd, e.id)
      e.userOpds?.forEach((o, j) => {
        if (!ctx.opdIds.has(o)) opdMissing(ctx, `elements[${i}].userOpds[${j}]`, o, e.id)
      })
      e.goals?.forEach((g, j) => {
        if (!ctx.goalIds.has(g)) {
          ctx.report(CODE, 'error', `elements[${i}].goals[${j}]`, `Sasaran RPJMD "${g}" tidak ada`, `RPJMD goal "${g}" does not exist`, e.id)
        }
      })
      checkReferenceAttributes(ctx, e.kind, e.attrs, 'elements', i, '', e.id)
      for (const stateId in e.states) {
        const attrs = e.states[stateId]!.attrs
        if (attrs) checkReferenceAttributes(ctx, e.kind, attrs, 'elements', i, `.states.${stateId}`, e.id)
      }
    })
    data.relations.forEach((r, i) => checkReferenceAttributes(ctx, r.kind, r.attrs, 'relations', i, '', r.id))
    data.plan.goals.forEach((g, i) => {
      if (g.parent !== undefined && !ctx.goalIds.has(g.parent)) {
        ctx.report(CODE, 'error', `plan.goals[${i}].parent`, `Induk tujuan "${g.parent}" tidak ada`, `Parent goal "${g.parent}" does not exist`, g.id)
      }
    })
  },
}

/** The reference attributes of each kind, looked up once: most attributes are not references. */
const referenceAttributes = new Map<string, readonly ReferenceAttribute[]>()
function referencesOf(kind: string): readonly ReferenceAttribute[] {
  let list = referenceAttributes.get(kind)
  if (!list) {
    const k = elementKind(kind) ?? relationKind(kind)
    list = (k?.attributes ?? []).filter((a): a is ReferenceAttribute => a.type === 'reference')
    referenceAttributes.set(kind, list)
  }
  return list
}

function checkReferenceAttributes(ctx: ValidationContext, kind: string, attrs: Attributes, list: string, i: number, within: string, subject: string): void {
  for (const def of referencesOf(kind)) {
    const name = def.name
    const value = attrs[name]
    if (typeof value !== 'string') continue
    const path = (): string => `${list}[${i}]${within}.attrs.${name}`
    if (def.target === 'opd') {
      if (!ctx.opdIds.has(value)) opdMissing(ctx, path(), value, subject)
      continue
    }
    const target = ctx.elements.get(value)
    const kinds = def.target.elementKinds.join(', ')
    if (!target) {
      ctx.report(CODE, 'error', path(), `${def.label.id}: elemen "${value}" tidak ada`, `${def.label.en}: element "${value}" does not exist`, subject)
    } else if (!def.target.elementKinds.includes(target.kind)) {
      ctx.report(CODE, 'error', path(), `${def.label.id}: "${target.name}" bukan jenis yang sesuai (${kinds})`, `${def.label.en}: "${target.name}" is not of a fitting kind (${kinds})`, subject)
    }
  }
}

function opdMissing(ctx: ValidationContext, path: string, opd: string, subject: string): void {
  ctx.report(CODE, 'error', path, `Perangkat daerah "${opd}" tidak ada`, `OPD "${opd}" does not exist`, subject)
}
