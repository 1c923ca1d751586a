import type { ValidationRule } from '../validationContext.ts'

/** Element codes identify items in documents and the national register: they must be unique. */
export const uniqueCodes: ValidationRule = {
  code: 'duplicate-element-code',
  run(ctx) {
    const codes = new Map<string, number>()
    ctx.data.elements.forEach((e, i) => {
      if (e.code === undefined || e.code === '') return
      const first = codes.get(e.code)
      if (first === undefined) codes.set(e.code, i)
      else {
        const other = ctx.data.elements[first]!
        ctx.report(this.code, 'error', `elements[${i}].code`, `Kode "${e.code}" dipakai juga oleh "${other.name}"`, `Code "${e.code}" is also used by "${other.name}"`, e.id)
      }
    })
  },
}
