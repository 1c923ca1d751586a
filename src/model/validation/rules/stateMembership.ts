import type { ValidationRule } from '../validationContext.ts'

/** Every element and relation belongs to a state, and a relation only to states that hold both ends. */
export const stateMembership: ValidationRule = {
  code: 'element-in-no-state',
  run(ctx) {
    ctx.data.elements.forEach((e, i) => {
      for (const s in e.states) if (ctx.stateIds.has(s)) return
      ctx.report(this.code, 'error', `elements[${i}].states`, `"${e.name}" tidak termasuk kondisi mana pun`, `"${e.name}" belongs to no state`, e.id)
    })
    ctx.data.relations.forEach((r, i) => {
      const source = ctx.elements.get(r.source)
      const target = ctx.elements.get(r.target)
      let inSomeState = false
      for (const s in r.states) {
        if (!ctx.stateIds.has(s)) continue
        inSomeState = true
        if (source && target && (!(s in source.states) || !(s in target.states))) {
          ctx.report(
            'relation-state-mismatch', 'warning', `relations[${i}].states.${s}`,
            `Relasi "${source.name}" - "${target.name}" ada di kondisi "${s}", tetapi salah satu ujungnya tidak`,
            `The relation "${source.name}" - "${target.name}" is in state "${s}" but one of its ends is not`,
            r.id,
          )
        }
      }
      if (!inSomeState) ctx.report('relation-in-no-state', 'error', `relations[${i}].states`, 'Relasi tidak termasuk kondisi mana pun', 'The relation belongs to no state', r.id)
    })
  },
}
