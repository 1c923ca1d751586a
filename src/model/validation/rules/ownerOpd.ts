import type { ValidationRule } from '../validationContext.ts'

/** Every item of the architecture is owned by a perangkat daerah (Perpres 95/2018). */
export const ownerOpd: ValidationRule = {
  code: 'missing-owner-opd',
  run(ctx) {
    ctx.data.elements.forEach((e, i) => {
      if (e.ownerOpd === undefined || e.ownerOpd === '') {
        ctx.report(this.code, 'warning', `elements[${i}].ownerOpd`, `"${e.name}" belum punya perangkat daerah pemilik`, `"${e.name}" has no owner OPD`, e.id)
      }
    })
  },
}
