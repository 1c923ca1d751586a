import { domainById } from '../../metamodel/domains.ts'
import { elementKind } from '../../metamodel/metamodel.ts'
import type { ValidationRule } from '../validationContext.ts'

/**
 * Reference codes must exist in the catalogue (national or the project's extension) and belong
 * to the element's own domain; codes the national data only infers are pointed out gently.
 */
export const referenceCodes: ValidationRule = {
  code: 'unknown-reference-code',
  run(ctx) {
    ctx.data.elements.forEach((e, i) => {
      const kind = elementKind(e.kind)
      if (!kind) return
      const domain = domainById(kind.domain)
      e.refCodes?.forEach((code, j) => {
        const at = `elements[${i}].refCodes[${j}]`
        const entry = ctx.catalogue.get(code)
        if (!entry) {
          ctx.report(this.code, 'error', at, `Kode referensi "${code}" tidak ada di katalog referensi`, `Reference code "${code}" is not in the reference catalogue`, e.id)
        } else if (entry.referenceArchitecture !== domain.referenceArchitecture) {
          ctx.report(
            'misplaced-reference-code', 'error', at,
            `Kode ${code} milik ${entry.referenceArchitecture}, sedangkan "${e.name}" termasuk domain ${domain.label.id} (${domain.referenceArchitecture})`,
            `Code ${code} belongs to ${entry.referenceArchitecture}, but "${e.name}" is in the ${domain.label.en} domain (${domain.referenceArchitecture})`,
            e.id,
          )
        } else if (!entry.local && (entry.codeInferred || entry.confidence === 'U')) {
          ctx.report('low-confidence-reference-code', 'info', at, `Kode ${code} belum terkonfirmasi dari lampiran resmi; periksa di SIA-SPBE`, `Code ${code} is not confirmed by the official annex; check it in SIA-SPBE`, e.id)
        }
      })
    })
  },
}
