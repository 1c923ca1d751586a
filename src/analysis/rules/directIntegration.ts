import { msg } from '../../model/message.ts'
import type { Relation } from '../../model/project.ts'
import type { StateView } from '../stateView.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

/**
 * Rule 7: two aplikasi exchanging data point to point: an `integrates-with` whose `via` is missing
 * or names no sistem penghubung layanan of this state. Interoperability goes through the SPLP.
 */
/** The same advice for every finding of this rule: one object, shared. */
const REMEDY = msg('Alihkan pertukaran data ini melalui sistem penghubung layanan (SPLP)', 'Route this data exchange through the service bus (SPLP)')

export const directIntegration: ArchitectureRule = {
  id: 'direct-integration',
  severity: 'warning',
  title: msg('Integrasi langsung tanpa sistem penghubung layanan', 'Direct integration without a service bus'),
  description: msg(
    'Dua aplikasi yang bertukar data secara langsung, tidak melalui sistem penghubung layanan (SPLP).',
    'Two applications exchanging data directly rather than through the service bus (sistem penghubung layanan, SPLP).',
  ),
  check(view) {
    const findings: RuleFinding[] = []
    for (const r of view.relations) {
      if (r.kind !== 'integrates-with' || throughServiceBus(view, r)) continue
      const source = view.get(r.source)!
      const target = view.get(r.target)!
      const via = r.attrs['via']
      const stated = typeof via === 'string' && via !== ''
      const named = stated ? view.get(via)?.name ?? via : ''
      findings.push({
        rule: directIntegration.id, severity: directIntegration.severity, stateId: view.state.id, elements: [source.id, target.id],
        message: !stated
          ? msg(`${source.name} bertukar data langsung dengan ${target.name} tanpa melalui sistem penghubung layanan`,
            `${source.name} exchanges data directly with ${target.name}, not through a service bus (sistem penghubung layanan)`)
          : msg(`${source.name} bertukar data dengan ${target.name} melalui ${named}, yang bukan sistem penghubung layanan dalam kondisi ini`,
            `${source.name} exchanges data with ${target.name} through ${named}, which is not a service bus (sistem penghubung layanan) in this state`),
        remedy: REMEDY,
      })
    }
    return findings
  },
}

/** Whether an integration names, as `via`, a sistem penghubung layanan present in the state. */
export function throughServiceBus(view: StateView, relation: Relation): boolean {
  const via = relation.attrs['via']
  return typeof via === 'string' && view.get(via)?.kind === 'sistem-penghubung-layanan'
}
