import { msg } from '../../model/message.ts'
import type { ElementInState, StateView } from '../stateView.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

/**
 * Rule 1: a proses bisnis that nothing supports: no layanan supports it, it uses or produces no
 * data, and the same holds for every sub-fungsi and proses it is composed of. An aplikasi counts
 * through the layanan it realises, so a `supports` from a layanan already covers it.
 */
/** The same advice for every finding of this rule: one object, shared. */
const REMEDY = msg('Tetapkan layanan yang mendukung proses bisnis ini, atau catat data yang digunakan atau dihasilkannya', 'Assign a service that supports this business process, or record the data it uses or produces')

export const unsupportedProcess: ArchitectureRule = {
  id: 'unsupported-process',
  severity: 'warning',
  title: msg('Proses bisnis tanpa dukungan', 'Unsupported business process'),
  description: msg(
    'Proses bisnis yang, bersama seluruh sub-fungsi dan prosesnya, tidak didukung layanan mana pun dan tidak menggunakan atau menghasilkan data.',
    'A business process that, with all its sub-functions and processes, is supported by no service and uses or produces no data.',
  ),
  check(view) {
    const processes = view.ofKind('proses-bisnis')
    const supported = supportedProcesses(view, processes.map((p) => p.id))
    const findings: RuleFinding[] = []
    for (const p of processes) {
      if (supported.has(p.id)) continue
      const hasParts = view.someOut(p.id, 'composed-of')
      findings.push({
        rule: unsupportedProcess.id, severity: unsupportedProcess.severity, stateId: view.state.id, elements: [p.id],
        message: hasParts
          ? msg(`Proses bisnis ${p.name} tidak didukung layanan, data, maupun aplikasi, baik langsung maupun melalui sub-fungsi dan prosesnya`,
            `Business process ${p.name} is supported by no service, data or application, neither directly nor through its sub-functions and processes`)
          : msg(`Proses bisnis ${p.name} tidak didukung layanan, data, maupun aplikasi`,
            `Business process ${p.name} is supported by no service, data or application`),
        remedy: REMEDY,
      })
    }
    return findings
  },
}

/**
 * The processes supported directly or through a descendant: a walk up `composed-of` from the
 * directly supported ones. Each process enters the set once, so cycles end and it stays linear.
 */
function supportedProcesses(view: StateView, ids: readonly string[]): Set<string> {
  const supported = new Set<string>()
  const queue: string[] = []
  for (const id of ids) {
    if (directlySupported(view, id)) {
      supported.add(id)
      queue.push(id)
    }
  }
  for (let i = 0; i < queue.length; i++) {
    for (const r of view.in(queue[i]!, 'composed-of')) {
      if (supported.has(r.source) || view.get(r.source)?.kind !== 'proses-bisnis') continue
      supported.add(r.source)
      queue.push(r.source)
    }
  }
  return supported
}

const isService = (source: ElementInState): boolean => source.domain === 'layanan'

function directlySupported(view: StateView, id: string): boolean {
  return view.hasInFrom(id, 'supports', isService)
    || view.someOut(id, 'uses-data')
    || view.someOut(id, 'produces-data')
}
