import { msg } from '../../model/message.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

/**
 * Rule 5: a data set without its wali data (custodian) or produsen data (producer), the two roles
 * Satu Data Indonesia (Perpres 39/2019) requires for every data set.
 */
export const dataWithoutCustodian: ArchitectureRule = {
  id: 'data-without-custodian',
  severity: 'error',
  title: msg('Data tanpa wali data atau produsen data', 'Data without custodian or producer'),
  description: msg(
    'Data dan informasi yang belum memiliki wali data atau produsen data.',
    'A data set with no data custodian (wali data) or no data producer (produsen data).',
  ),
  check(view) {
    const findings: RuleFinding[] = []
    for (const d of view.ofKind('data-informasi')) {
      const noCustodian = !present(d.attrs['custodian'])
      const noProducer = !present(d.attrs['producer'])
      if (!noCustodian && !noProducer) continue
      const [missingId, missingEn, assign] = noCustodian && noProducer
        ? ['wali data dan produsen data', 'neither a data custodian (wali data) nor a data producer (produsen data)', msg('wali data dan produsen data', 'data custodian and data producer')]
        : noCustodian
          ? ['wali data', 'no data custodian (wali data)', msg('wali data', 'data custodian')]
          : ['produsen data', 'no data producer (produsen data)', msg('produsen data', 'data producer')]
      findings.push({
        rule: dataWithoutCustodian.id, severity: dataWithoutCustodian.severity, stateId: view.state.id, elements: [d.id],
        // Data sets are mostly named "Data ..." already; "Data Data Penduduk" reads badly.
        message: msg(`${/^data\b/i.test(d.name) ? d.name : `Data ${d.name}`} belum memiliki ${missingId}`, `Data set ${d.name} has ${missingEn}`),
        remedy: msg(`Tetapkan perangkat daerah sebagai ${assign.id} untuk data ini`, `Assign an agency as ${assign.en} for this data set`),
      })
    }
    return findings
  },
}

function present(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined
}
