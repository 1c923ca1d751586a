import { msg } from '../../model/message.ts'
import { elementKind } from '../../model/metamodel/metamodel.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

/**
 * Rule 8: an element not classified against the national reference architecture (no reference
 * code) or owned by no perangkat daerah. Both are asked of every item in the Arsitektur SPBE.
 */
/** Whether a text is empty or white space only; most start with a letter, which settles it without trimming. */
function isBlank(text: string): boolean {
  if (text === '') return true
  const first = text.charCodeAt(0)
  return first > 32 && first < 127 ? false : text.trim() === ''
}

export const unclassifiedElement: ArchitectureRule = {
  id: 'unclassified-element',
  severity: 'warning',
  title: msg('Elemen belum diklasifikasi', 'Unclassified element'),
  description: msg(
    'Elemen yang belum memiliki kode arsitektur referensi atau perangkat daerah pemilik.',
    'An element with no reference architecture code or no owning agency.',
  ),
  check(view) {
    const findings: RuleFinding[] = []
    for (const e of view.elements.values()) {
      const codes = e.element.refCodes
      const noCode = !codes || codes.every(isBlank)
      const noOwner = isBlank(e.element.ownerOpd ?? '')
      if (!noCode && !noOwner) continue
      const label = elementKind(e.kind)?.label ?? msg(e.kind, e.kind)
      const [missing, remedy] = noCode && noOwner
        ? [msg('kode referensi dan perangkat daerah pemilik', 'neither a reference code nor an owning agency'),
          msg('Klasifikasikan elemen ini dengan kode arsitektur referensi SPBE dan tetapkan perangkat daerah pemiliknya', 'Classify this element with an SPBE reference architecture code and assign its owning agency')]
        : noCode
          ? [msg('kode referensi', 'no reference code'), msg('Klasifikasikan elemen ini dengan kode arsitektur referensi SPBE', 'Classify this element with an SPBE reference architecture code')]
          : [msg('perangkat daerah pemilik', 'no owning agency'), msg('Tetapkan perangkat daerah pemilik elemen ini', 'Assign the agency that owns this element')]
      findings.push({
        rule: unclassifiedElement.id, severity: unclassifiedElement.severity, stateId: view.state.id, elements: [e.id],
        message: msg(`${e.name} (${label.id}) belum memiliki ${missing.id}`, `${e.name} (${label.en}) has ${missing.en}`),
        remedy,
      })
    }
    return findings
  },
}
