import { elementKind, isRelationAllowed, relationKind } from '../../metamodel/metamodel.ts'
import type { ValidationRule } from '../validationContext.ts'

export const relationAllowed: ValidationRule = {
  code: 'relation-not-allowed',
  run(ctx) {
    ctx.data.relations.forEach((r, i) => {
      const source = ctx.elements.get(r.source)
      const target = ctx.elements.get(r.target)
      if (!source || !target) return // reported as a dangling reference
      if (isRelationAllowed(r.kind, source.kind, target.kind)) return
      const rk = relationKind(r.kind)
      if (!rk) {
        ctx.report('unknown-kind', 'error', `relations[${i}].kind`, `Jenis relasi "${r.kind}" tidak dikenal`, `Unknown relation kind "${r.kind}"`, r.id)
        return
      }
      const sl = elementKind(source.kind)?.label ?? { id: source.kind, en: source.kind }
      const tl = elementKind(target.kind)?.label ?? { id: target.kind, en: target.kind }
      ctx.report(
        this.code, 'error', `relations[${i}]`,
        `Relasi "${rk.label.id}" tidak diizinkan dari ${sl.id} "${source.name}" ke ${tl.id} "${target.name}"`,
        `A "${rk.label.en}" relation is not allowed from ${sl.en} "${source.name}" to ${tl.en} "${target.name}"`,
        r.id,
      )
    })
  },
}
