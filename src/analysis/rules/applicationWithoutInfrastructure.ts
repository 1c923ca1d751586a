import { msg } from '../../model/message.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

/**
 * Rule 3a: an aplikasi khusus recorded as running on nothing. Aplikasi umum are exempt: the
 * national platforms (SRIKANDI, SIPD, SP4N-LAPOR! ...) run on national infrastructure that the
 * Pemda neither owns nor records.
 */
/** The same advice for every finding of this rule: one object, shared. */
const REMEDY = msg('Catat atau sediakan infrastruktur tempat aplikasi ini berjalan, sebaiknya di Pusat Data Nasional atau pusat data daerah', 'Record or provide the infrastructure this application runs on, preferably the national or the regional data centre')

export const applicationWithoutInfrastructure: ArchitectureRule = {
  id: 'application-without-infrastructure',
  severity: 'error',
  title: msg('Aplikasi tanpa infrastruktur', 'Application without infrastructure'),
  description: msg(
    'Aplikasi khusus yang tidak tercatat berjalan di server, komputasi awan, perangkat lunak sistem, atau fasilitas komputasi mana pun.',
    'A specific application recorded as running on no server, cloud, system software or computing facility.',
  ),
  check(view) {
    const findings: RuleFinding[] = []
    for (const a of view.ofKind('aplikasi-khusus')) {
      if (view.someOut(a.id, 'runs-on')) continue
      findings.push({
        rule: applicationWithoutInfrastructure.id, severity: applicationWithoutInfrastructure.severity, stateId: view.state.id, elements: [a.id],
        message: msg(`Aplikasi khusus ${a.name} tidak tercatat berjalan di infrastruktur apa pun`, `Specific application ${a.name} is recorded as running on no infrastructure`),
        remedy: REMEDY,
      })
    }
    return findings
  },
}
