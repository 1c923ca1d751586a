import { msg, type Message } from '../../model/message.ts'
import type { ElementInState, StateView } from '../stateView.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'

const DATA_CENTRES: ReadonlySet<unknown> = new Set(['pusat-data-nasional', 'pusat-data-daerah'])
const PLATFORM_SOFTWARE: ReadonlySet<string> = new Set(['sistem-operasi', 'dbms', 'perangkat-lunak-utilitas'])

/** Where a host leads: to a data centre or the cloud, or only to the places listed (ids). */
interface Hosting {
  readonly compliant: boolean
  readonly places: readonly string[]
}

/**
 * Rule 3b, only when the Pemda's policy requires it: an aplikasi whose hosting chain reaches no
 * pusat data nasional or daerah and no komputasi awan. The chain: the aplikasi runs on a facility,
 * a cloud, a server (followed to the facility it is located in) or system software (followed to
 * the server or cloud it runs on). A ruang server OPD does not count, nor does a pusat pemulihan
 * alone: a recovery site is not where the application primarily runs. Aplikasi running on nothing
 * are rule 3a's.
 */
/** The same advice for every finding of this rule: one object, shared. */
const REMEDY = msg('Pindahkan aplikasi ini ke Pusat Data Nasional, pusat data daerah, atau layanan komputasi awan', 'Move this application to the national data centre, the regional data centre or a cloud service')

export const applicationOutsideDataCentre: ArchitectureRule = {
  id: 'application-outside-data-centre',
  severity: 'warning',
  title: msg('Aplikasi di luar pusat data', 'Application outside a data centre'),
  description: msg(
    'Aplikasi yang tidak berjalan di pusat data nasional atau daerah maupun komputasi awan, padahal kebijakan daerah mewajibkannya.',
    'An application that does not run in a national or regional data centre or the cloud, while the regional policy requires it.',
  ),
  check(view, ctx) {
    if (!ctx.policy.applicationsInDataCentre) return []
    const hosting = new Map<string, Hosting>()
    const findings: RuleFinding[] = []
    for (const app of view.ofKind('aplikasi-umum', 'aplikasi-khusus')) {
      const hosts = view.out(app.id, 'runs-on')
      if (hosts.length === 0) continue
      const results = hosts.map((r) => resolve(view, r.target, hosting))
      if (results.some((h) => h.compliant)) continue
      const places = [...new Set(results.flatMap((h) => h.places))]
      const described = places.map((id) => describePlace(view.get(id)!))
      findings.push({
        rule: applicationOutsideDataCentre.id, severity: applicationOutsideDataCentre.severity, stateId: view.state.id,
        elements: [app.id, ...places],
        message: msg(
          `${app.name} berjalan di ${list(described.map((d) => d.id), 'dan')}, bukan di pusat data nasional atau daerah maupun komputasi awan`,
          `${app.name} runs in ${list(described.map((d) => d.en), 'and')}, not in a national or regional data centre or the cloud`,
        ),
        remedy: REMEDY,
      })
    }
    return findings
  },
}

/** Follows one host down its chain, memoised per host so each is resolved once per check. */
function resolve(view: StateView, id: string, memo: Map<string, Hosting>): Hosting {
  const known = memo.get(id)
  if (known) return known
  // Placeholder while resolving: a cycle (invalid, but possible in a damaged file) leads nowhere.
  memo.set(id, { compliant: false, places: [] })
  const host = view.get(id)!
  let result: Hosting
  if (host.kind === 'fasilitas-komputasi') {
    result = DATA_CENTRES.has(host.attrs['facilityType']) ? COMPLIANT : { compliant: false, places: [id] }
  } else if (host.kind === 'komputasi-awan') {
    result = COMPLIANT
  } else if (host.kind === 'server') {
    result = follow(view, id, view.out(id, 'located-in'), memo)
  } else if (PLATFORM_SOFTWARE.has(host.kind)) {
    result = follow(view, id, view.out(id, 'runs-on'), memo)
  } else {
    result = { compliant: false, places: [id] }
  }
  memo.set(id, result)
  return result
}

function follow(view: StateView, id: string, next: readonly { readonly target: string }[], memo: Map<string, Hosting>): Hosting {
  if (next.length === 0) return { compliant: false, places: [id] }
  const results = next.map((r) => resolve(view, r.target, memo))
  if (results.some((h) => h.compliant)) return COMPLIANT
  return { compliant: false, places: [...new Set(results.flatMap((h) => h.places))] }
}

const COMPLIANT: Hosting = { compliant: true, places: [] }

/** A place an application ends up in, named as a reader would want it explained. */
function describePlace(place: ElementInState): Message {
  if (place.kind === 'fasilitas-komputasi') {
    const type = place.attrs['facilityType']
    if (type === 'pusat-pemulihan') return msg(`${place.name} (pusat pemulihan bencana, bukan lokasi utama)`, `${place.name} (a disaster recovery site, not a primary site)`)
    if (type === undefined) return msg(`${place.name} (jenis fasilitas tidak tercatat)`, `${place.name} (facility type not recorded)`)
    return msg(place.name, place.name)
  }
  if (place.kind === 'server') return msg(`${place.name} (lokasinya tidak tercatat)`, `${place.name} (location not recorded)`)
  return msg(`${place.name} (tempatnya berjalan tidak tercatat)`, `${place.name} (host not recorded)`)
}

function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
}
