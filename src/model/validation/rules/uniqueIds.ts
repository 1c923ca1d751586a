import type { ValidationRule } from '../validationContext.ts'

/** Two records with one id would collapse into one in the Y.Doc: ids are unique across the project. */
export const uniqueIds: ValidationRule = {
  code: 'duplicate-id',
  run(ctx) {
    const ids = new Set<string>()
    const check = (id: string, list: string, i: number): void => {
      if (ids.has(id)) ctx.report(this.code, 'error', `${list}[${i}].id`, `Id "${id}" dipakai lebih dari sekali`, `Id "${id}" is used more than once`, id)
      else ids.add(id)
    }
    ctx.data.elements.forEach((e, i) => check(e.id, 'elements', i))
    ctx.data.relations.forEach((r, i) => check(r.id, 'relations', i))
    ctx.data.views.forEach((v, i) => check(v.id, 'views', i))
    ctx.data.opd.forEach((o, i) => check(o.id, 'opd', i))
    ctx.data.states.forEach((s, i) => check(s.id, 'states', i))
    ctx.data.plan.goals.forEach((g, i) => check(g.id, 'plan.goals', i))
  },
}
