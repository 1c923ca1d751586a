import { attributeDef, elementKind } from '../../metamodel/metamodel.ts'
import { attributeValueProblem } from '../../metamodel/attributeValue.ts'
import type { Attributes, Membership } from '../../project.ts'
import type { ValidationContext, ValidationRule } from '../validationContext.ts'

/** Kinds exist, values fit their attribute's type, and required attributes are filled in every state. */
export const attributes: ValidationRule = {
  code: 'required-attribute-missing',
  run(ctx) {
    ctx.data.elements.forEach((e, i) => {
      const kind = elementKind(e.kind)
      if (!kind) {
        ctx.report('unknown-kind', 'error', `elements[${i}].kind`, `Jenis elemen "${e.kind}" tidak dikenal`, `Unknown element kind "${e.kind}"`, e.id)
        return
      }
      checkValues(ctx, e.kind, e.attrs, 'elements', i, '', e.id)
      for (const stateId in e.states) {
        const attrs = e.states[stateId]!.attrs
        if (attrs) checkValues(ctx, e.kind, attrs, 'elements', i, `.states.${stateId}`, e.id)
      }
      for (const def of kind.attributes) {
        if (!def.required || isFilled(e.attrs[def.name])) continue
        // A value recorded in every state the element is in is as good as a base value.
        if (filledInEveryState(e.states, def.name)) continue
        ctx.report(this.code, 'error', `elements[${i}].attrs.${def.name}`, `"${e.name}": ${def.label.id} wajib diisi`, `"${e.name}": ${def.label.en} is required`, e.id)
      }
    })
    ctx.data.relations.forEach((r, i) => checkValues(ctx, r.kind, r.attrs, 'relations', i, '', r.id))
  },
}

function isFilled(v: unknown): boolean {
  return v !== undefined && v !== ''
}

function filledInEveryState(states: Readonly<Record<string, Membership>>, name: string): boolean {
  let any = false
  for (const s in states) {
    if (!isFilled(states[s]!.attrs?.[name])) return false
    any = true
  }
  return any
}

function checkValues(ctx: ValidationContext, kind: string, attrs: Attributes, list: string, i: number, within: string, subject: string): void {
  for (const name in attrs) {
    const def = attributeDef(kind, name)
    if (!def) {
      ctx.report('unknown-attribute', 'warning', `${list}[${i}]${within}.attrs.${name}`, `Atribut "${name}" tidak dikenal untuk jenis ${kind}`, `Attribute "${name}" is not defined for kind ${kind}`, subject)
      continue
    }
    const problem = attributeValueProblem(def, attrs[name]!)
    if (problem) ctx.report('invalid-attribute-value', 'error', `${list}[${i}]${within}.attrs.${name}`, `${def.label.id}: ${problem.id}`, `${def.label.en}: ${problem.en}`, subject)
  }
}
