import type { ValidationContext, ValidationRule } from '../validationContext.ts'

/**
 * References the projection cannot show around: relation ends, view nodes, and memberships of
 * states that do not exist. A file with these does not load (see BLOCKING_RULES).
 */
export const structuralReferences: ValidationRule = {
  code: 'dangling-relation-end',
  run(ctx) {
    const { data } = ctx
    data.elements.forEach((e, i) => {
      for (const stateId in e.states) if (!ctx.stateIds.has(stateId)) stateMissing(ctx, `elements[${i}].states.${stateId}`, stateId, e.id)
    })
    data.relations.forEach((r, i) => {
      if (!ctx.elements.has(r.source)) endMissing(ctx, i, 'source', r.source, r.id)
      if (!ctx.elements.has(r.target)) endMissing(ctx, i, 'target', r.target, r.id)
      for (const stateId in r.states) if (!ctx.stateIds.has(stateId)) stateMissing(ctx, `relations[${i}].states.${stateId}`, stateId, r.id)
    })
    data.views.forEach((v, i) => {
      v.nodes.forEach((n, j) => {
        if (!ctx.elements.has(n.element)) {
          ctx.report('dangling-view-node', 'error', `views[${i}].nodes[${j}].element`, `Diagram "${v.name}" memuat elemen "${n.element}" yang tidak ada`, `View "${v.name}" shows element "${n.element}", which does not exist`, v.id)
        }
      })
    })
  },
}

function endMissing(ctx: ValidationContext, i: number, end: 'source' | 'target', id: string, subject: string): void {
  ctx.report('dangling-relation-end', 'error', `relations[${i}].${end}`, `Relasi menunjuk elemen "${id}" yang tidak ada`, `The relation points at element "${id}", which does not exist`, subject)
}

function stateMissing(ctx: ValidationContext, path: string, state: string, subject: string): void {
  ctx.report('unknown-state', 'error', path, `Kondisi "${state}" tidak ada`, `State "${state}" does not exist`, subject)
}
