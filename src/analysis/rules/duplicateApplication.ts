import { msg, type Message } from '../../model/message.ts'
import type { AttributeValue } from '../../model/project.ts'
import type { ElementInState, StateView } from '../stateView.ts'
import type { ArchitectureRule, RuleFinding } from './architectureRule.ts'
import { throughServiceBus } from './directIntegration.ts'
import { matchedKeywordsPadded, namesNationalApplicationPadded, normalizeText, type NationalApplication } from './nationalApplications.ts'

/**
 * Rule 4: consolidation candidates.
 * (a) Two or more aplikasi in different perangkat daerah with the same function (normalised) or
 *     the same detailed reference code (level 3 or deeper; RAA.02.01 is a category, not a function).
 * (b) An aplikasi khusus doing the job of a national aplikasi umum (an own e-office beside
 *     SRIKANDI), found by the national application's keywords in its name and function.
 */
export const duplicateApplication: ArchitectureRule = {
  id: 'duplicate-application',
  severity: 'warning',
  title: msg('Aplikasi duplikat', 'Duplicate application'),
  description: msg(
    'Aplikasi dengan fungsi atau kode referensi rinci yang sama di beberapa perangkat daerah, atau aplikasi khusus yang menduplikasi aplikasi umum nasional: kandidat konsolidasi.',
    'Applications with the same function or detailed reference code in several agencies, or a specific application duplicating a national common application: a consolidation candidate.',
  ),
  check(view, ctx) {
    const functions = new Map<string, string>()
    for (const app of view.ofKind('aplikasi-umum', 'aplikasi-khusus')) {
      const fn = app.attrs['function']
      functions.set(app.id, typeof fn === 'string' ? normalizeText(fn) : '')
    }
    return [...sameFunctionOrCode(view, functions), ...duplicatesOfNational(view, ctx.nationalApplications, functions)]
  },
}

function finding(view: StateView, elements: readonly string[], message: Message, remedy: Message): RuleFinding {
  return { rule: duplicateApplication.id, severity: duplicateApplication.severity, stateId: view.state.id, elements, message, remedy }
}

const NAMED_MEMBERS = 5

/** A code with at least three segments below its architecture (RAA.02.01.05): specific enough to mean one function. */
function isDetailedCode(code: string): boolean {
  let dots = 0
  for (let i = code.indexOf('.'); i >= 0 && dots < 3; i = code.indexOf('.', i + 1)) dots++
  return dots >= 3
}

/** (a): groups by function and by detailed code; a group sharing both is reported once with both reasons. */
function sameFunctionOrCode(view: StateView, functions: ReadonlyMap<string, string>): RuleFinding[] {
  /** Per key: the members, and what they share as the first of them has it (the function as written, or the code). */
  const groups = new Map<string, { readonly members: ElementInState[]; readonly byCode: boolean; readonly shared: AttributeValue | undefined }>()
  const add = (key: string, app: ElementInState, byCode: boolean, shared: AttributeValue | undefined): void => {
    const group = groups.get(key)
    if (group) group.members.push(app)
    else groups.set(key, { members: [app], byCode, shared })
  }
  for (const app of view.ofKind('aplikasi-umum', 'aplikasi-khusus')) {
    const normalized = functions.get(app.id) ?? ''
    if (normalized !== '') add(`f:${normalized}`, app, false, app.attrs['function'])
    const codes = app.element.refCodes ?? []
    for (const code of codes.length > 1 ? new Set(codes) : codes) {
      if (isDetailedCode(code)) add(`c:${code}`, app, true, code)
    }
  }

  const opdName = new Map(view.data.opd.map((o) => [o.id, o.shortName || o.name]))
  const bySet = new Map<string, { readonly members: ElementInState[]; readonly reasons: Message[] }>()
  for (const { members, byCode, shared } of groups.values()) {
    // Most groups hold one application: nothing to compare.
    if (members.length < 2) continue
    const owners = new Set(members.map((m) => m.element.ownerOpd).filter((o) => o !== undefined))
    if (owners.size < 2) continue
    const reason = byCode
      ? msg(`kode referensi yang sama (${String(shared)})`, `the same reference code (${String(shared)})`)
      : msg(`fungsi yang sama ("${String(shared)}")`, `the same function ("${String(shared)}")`)
    const sorted = [...members].sort((a, b) => compare(a.id, b.id))
    const key = sorted.map((m) => m.id).join('\n')
    const seen = bySet.get(key)
    if (seen) seen.reasons.push(reason)
    else bySet.set(key, { members: sorted, reasons: [reason] })
  }

  return [...bySet.values()].map(({ members, reasons }) => {
    // A large group is named by its first few members; `elements` holds them all.
    const named = members.slice(0, NAMED_MEMBERS).map((m) => (m.element.ownerOpd ? `${m.name} (${opdName.get(m.element.ownerOpd) ?? m.element.ownerOpd})` : m.name))
    const more = members.length - named.length
    const namesId = more > 0 ? [...named, `${more} aplikasi lainnya`] : named
    const namesEn = more > 0 ? [...named, `${more} other applications`] : named
    return finding(view, members.map((m) => m.id),
      msg(`Aplikasi ${list(namesId, 'dan')} di perangkat daerah yang berbeda memiliki ${list(reasons.map((r) => r.id), 'dan')}`,
        `Applications ${list(namesEn, 'and')} in different agencies have ${list(reasons.map((r) => r.en), 'and')}`),
      msg('Konsolidasikan aplikasi-aplikasi ini menjadi satu aplikasi yang dipakai bersama oleh perangkat daerah terkait',
        'Consolidate these applications into one application shared by the agencies concerned'))
  })
}

/**
 * (b): each aplikasi khusus against each national application's keywords. One that exchanges data
 * with the project's own entry for that national application through a sistem penghubung layanan
 * is its integrated local complement (a regional Satu Data portal feeding Satu Data Indonesia, a
 * SIMPEG synchronised with SIASN), not a rival: it is not reported. A direct link does not count.
 */
function duplicatesOfNational(view: StateView, nationals: readonly NationalApplication[], functions: ReadonlyMap<string, string>): RuleFinding[] {
  const candidates = nationals.filter((n) => n.keywords.length > 0)
  if (candidates.length === 0) return []
  const common = view.ofKind('aplikasi-umum')
  const commonNames = common.map((u) => ` ${normalizeText(u.name)} `)
  const inProject = new Map(candidates.map((n) => [n, common.filter((u, i) => namesNationalApplicationPadded(n, commonNames[i]!)).map((u) => u.id).sort(compare)]))

  const findings: RuleFinding[] = []
  for (const app of view.ofKind('aplikasi-khusus')) {
    const padded = ` ${normalizeText(app.name)} ${functions.get(app.id) ?? ''} `
    const keywords = matchedKeywordsPadded(candidates, padded)
    if (!keywords) continue
    for (let c = 0; c < candidates.length; c++) {
      const national = candidates[c]!
      const keyword = keywords[c]
      if (keyword === undefined) continue
      const projectEntries = inProject.get(national) ?? []
      if (integratedThroughBus(view, app.id, new Set(projectEntries))) continue
      const name = shortName(national)
      findings.push(finding(view, [app.id, ...projectEntries],
        msg(`${app.name} menduplikasi ${name} (${national.description.id}); cocok dengan kata kunci "${keyword}"`,
          `${app.name} duplicates ${name} (${national.description.en}); matched on "${keyword}"`),
        msg(`Migrasikan pengguna dan data ke ${name}, lalu hentikan ${app.name}`,
          `Migrate users and data to ${name}, then retire ${app.name}`)))
    }
  }
  return findings
}

/** "SIPD (Sistem Informasi Pemerintahan Daerah)" -> "SIPD": the description follows in parentheses anyway. */
function shortName(national: NationalApplication): string {
  return national.name.replace(/\s*\([^)]*\)\s*$/, '') || national.name
}

function integratedThroughBus(view: StateView, appId: string, others: ReadonlySet<string>): boolean {
  if (others.size === 0) return false
  return view.someOut(appId, 'integrates-with', (r) => others.has(r.target) && throughServiceBus(view, r))
    || view.someIn(appId, 'integrates-with', (r) => others.has(r.source) && throughServiceBus(view, r))
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`
}
