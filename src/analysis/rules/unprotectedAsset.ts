import { msg } from '../../model/message.ts'
import { elementKind } from '../../model/metamodel/metamodel.ts'
import type { ElementInState } from '../stateView.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

/**
 * Rule 6: an aplikasi, data set or infrastructure item that no security object (domain keamanan)
 * protects directly. Aplikasi umum are exempt: they are protected by the national body that runs them.
 */
const isSecurity = (source: ElementInState): boolean => source.domain === 'keamanan'

/** The same advice for every finding of this rule: one object, shared. */
const REMEDY = msg('Tetapkan objek keamanan (standar dan prosedur, uji kerentanan, peningkatan keamanan, atau audit) yang melindungi aset ini', 'Assign a security object (standard and procedure, vulnerability assessment, hardening or audit) that protects this asset')

export const unprotectedAsset: ArchitectureRule = {
  id: 'unprotected-asset',
  severity: 'warning',
  title: msg('Aset tanpa perlindungan keamanan', 'Unprotected asset'),
  description: msg(
    'Aplikasi khusus, data, atau infrastruktur yang tidak dilindungi langsung oleh objek keamanan SPBE mana pun.',
    'A specific application, data set or infrastructure item that no SPBE security object protects directly.',
  ),
  check(view) {
    const findings: RuleFinding[] = []
    const assets: ElementInState[] = [...view.ofKind('aplikasi-khusus', 'data-informasi'), ...view.ofDomain('infrastruktur')]
    for (const a of assets) {
      if (view.hasInFrom(a.id, 'protects', isSecurity)) continue
      const label = elementKind(a.kind)?.label ?? msg(a.kind, a.kind)
      findings.push({
        rule: unprotectedAsset.id, severity: unprotectedAsset.severity, stateId: view.state.id, elements: [a.id],
        message: msg(`${a.name} (${label.id}) belum dilindungi oleh objek keamanan apa pun`, `${a.name} (${label.en}) is protected by no security object`),
        remedy: REMEDY,
      })
    }
    return findings
  },
}
