import { DOMAINS, ELEMENT_KINDS, elementKind } from '../../model/metamodel/metamodel.ts'
import type { Catalogue } from '../../model/reference/catalogue.ts'
import type { Element, Opd } from '../../model/project.ts'
import type { Locale, Translate } from '../i18n/translate.ts'
import { localized } from '../i18n/translate.ts'
import { foldText, queryWords } from '../search/foldText.ts'

/** How the model browser groups elements. */
export type Grouping = 'domain' | 'opd' | 'code'

export const GROUPINGS: readonly Grouping[] = ['domain', 'opd', 'code']

/**
 * One group of the browser: a domain, a kind, an OPD or a catalogue code. `count` is the number
 * of distinct elements anywhere below it (an element filed under two codes of one branch counts
 * once there).
 */
export interface BrowserGroup {
  /** Unique in the tree and stable across rebuilds, so expansion survives edits. */
  readonly id: string
  readonly label: string
  /** A catalogue code or OPD code, shown before the label in a quieter type. */
  readonly code?: string
  /** The domain colour a group stands for, when it stands for one. */
  readonly color?: string
  /** A longer name for the tooltip (an OPD's full name). */
  readonly title?: string
  readonly count: number
  readonly groups: readonly BrowserGroup[]
  readonly elements: readonly Element[]
}

export interface BrowserSource {
  readonly elements: ReadonlyMap<string, Element>
  readonly opd: ReadonlyMap<string, Opd>
  /** The national catalogue with the project's extensions (for the code grouping). */
  readonly catalogue: Catalogue
}

export interface BrowserOptions {
  readonly grouping: Grouping
  /** Words that must all occur in an element's name or code; accents and case are ignored. */
  readonly filter: string
  readonly locale: Locale
  readonly t: Translate
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })
const DOMAIN_COLOR = new Map(DOMAINS.map((d) => [d.id, d.color]))

export function domainColor(kindId: string): string {
  const domain = elementKind(kindId)?.domain
  return (domain && DOMAIN_COLOR.get(domain)) ?? '#94a3b8'
}

/**
 * Folded texts per element, kept while the element object lives: the projection keeps unchanged
 * elements' identity, so after an edit only the edited element is folded again, and sorting
 * 10,000 names is plain string comparison rather than locale collation.
 */
interface ElementKeys {
  /** Folded name, then id: the order every group lists its elements in. */
  readonly sort: string
  /** Folded name and code: what the filter looks in. */
  readonly text: string
}
const keysOf = new WeakMap<Element, ElementKeys>()

function keys(e: Element): ElementKeys {
  let k = keysOf.get(e)
  if (!k) {
    const name = foldText(e.name)
    k = { sort: `${name}\u0000${e.id}`, text: e.code ? `${name} ${foldText(e.code)}` : name }
    keysOf.set(e, k)
  }
  return k
}

/** The elements the filter keeps, sorted by name (the order every group lists them in). */
export function filteredElements(elements: ReadonlyMap<string, Element>, filter: string): Element[] {
  const words = queryWords(filter)
  const kept: { readonly e: Element; readonly key: string }[] = []
  for (const e of elements.values()) {
    const k = keys(e)
    if (words.length > 0 && !words.every((w) => k.text.includes(w))) continue
    kept.push({ e, key: k.sort })
  }
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return kept.map((x) => x.e)
}

export interface BrowserTree {
  /** The top groups; groups without (matching) elements are left out. */
  readonly groups: readonly BrowserGroup[]
  /** How many elements the filter kept (each once, however many groups show it). */
  readonly matched: number
}

export function buildBrowserTree(source: BrowserSource, options: BrowserOptions): BrowserTree {
  const elements = filteredElements(source.elements, options.filter)
  const groups =
    options.grouping === 'opd' ? byOpd(elements, source.opd, options)
    : options.grouping === 'code' ? byCode(elements, source.catalogue, options)
    : byDomain(elements, options)
  return { groups, matched: elements.length }
}

function group(id: string, label: string, groups: readonly BrowserGroup[], elements: readonly Element[], count: number, extra: Partial<BrowserGroup> = {}): BrowserGroup {
  return { id, label, count, groups, elements, ...extra }
}

/** Domain > kind, in metamodel order. */
function byDomain(elements: readonly Element[], options: BrowserOptions): BrowserGroup[] {
  const byKind = new Map<string, Element[]>()
  for (const e of elements) {
    const list = byKind.get(e.kind)
    if (list) list.push(e)
    else byKind.set(e.kind, [e])
  }
  const out: BrowserGroup[] = []
  for (const domain of DOMAINS) {
    const kinds: BrowserGroup[] = []
    let count = 0
    for (const kind of ELEMENT_KINDS) {
      if (kind.domain !== domain.id) continue
      const list = byKind.get(kind.id)
      if (!list) continue
      count += list.length
      kinds.push(group(`d:${domain.id}/k:${kind.id}`, localized(kind.label, options.locale), [], list, list.length, { color: domain.color }))
    }
    if (count > 0) out.push(group(`d:${domain.id}`, localized(domain.label, options.locale), kinds, [], count, { color: domain.color }))
  }
  // Kinds the metamodel no longer knows (a newer file opened by an older build) still show.
  const known = new Set(ELEMENT_KINDS.map((k) => k.id))
  const unknown = elements.filter((e) => !known.has(e.kind))
  if (unknown.length > 0) out.push(group('unknown-kind', options.t('browser.group.unknownKind'), [], unknown, unknown.length))
  return out
}

/** OPD (owner) > domain > elements; elements without a known owner last. */
function byOpd(elements: readonly Element[], opd: ReadonlyMap<string, Opd>, options: BrowserOptions): BrowserGroup[] {
  const byOwner = new Map<string, Element[]>()
  const orphans: Element[] = []
  for (const e of elements) {
    if (!e.ownerOpd || !opd.has(e.ownerOpd)) {
      orphans.push(e)
      continue
    }
    const list = byOwner.get(e.ownerOpd)
    if (list) list.push(e)
    else byOwner.set(e.ownerOpd, [e])
  }
  const owners = [...opd.values()].filter((o) => byOwner.has(o.id)).sort((a, b) => collator.compare(a.shortName || a.name, b.shortName || b.name))
  const out = owners.map((o) => {
    const list = byOwner.get(o.id)!
    const id = `o:${o.id}`
    return group(id, o.shortName || o.name, domainsOnly(list, `${id}/`, options), [], list.length, { title: o.name })
  })
  if (orphans.length > 0) out.push(group('o:none', options.t('browser.group.noOpd'), domainsOnly(orphans, 'o:none/', options), [], orphans.length))
  return out
}

/** Domain groups holding their elements directly (no kind level), for under an OPD. */
function domainsOnly(elements: readonly Element[], prefix: string, options: BrowserOptions): BrowserGroup[] {
  const byDomainId = new Map<string, Element[]>()
  for (const e of elements) {
    const d = elementKind(e.kind)?.domain ?? ''
    const list = byDomainId.get(d)
    if (list) list.push(e)
    else byDomainId.set(d, [e])
  }
  const out: BrowserGroup[] = []
  for (const domain of DOMAINS) {
    const list = byDomainId.get(domain.id)
    if (list) out.push(group(`${prefix}d:${domain.id}`, localized(domain.label, options.locale), [], list, list.length, { color: domain.color }))
  }
  const unknown = byDomainId.get('')
  if (unknown) out.push(group(`${prefix}unknown-kind`, options.t('browser.group.unknownKind'), [], unknown, unknown.length))
  return out
}

/**
 * The reference catalogue's hierarchy, pruned to the codes that hold elements. An element with
 * several codes appears under each; codes the catalogue does not know, and elements without a
 * code, get their own groups at the end.
 */
function byCode(elements: readonly Element[], catalogue: Catalogue, options: BrowserOptions): BrowserGroup[] {
  const direct = new Map<string, Element[]>()
  const members = new Map<string, Set<string>>()
  const noCode: Element[] = []
  const unknownCode: Element[] = []
  for (const e of elements) {
    const codes = e.refCodes ?? []
    if (codes.length === 0) {
      noCode.push(e)
      continue
    }
    let anyUnknown = false
    for (const code of new Set(codes)) {
      if (!catalogue.has(code)) {
        anyUnknown = true
        continue
      }
      const list = direct.get(code)
      if (list) list.push(e)
      else direct.set(code, [e])
      for (let c: string | undefined = code; c; c = catalogue.get(c)?.parent) {
        let set = members.get(c)
        if (!set) members.set(c, (set = new Set()))
        set.add(e.id)
      }
    }
    if (anyUnknown) unknownCode.push(e)
  }
  const build = (code: string, name: string): BrowserGroup => {
    const children = catalogue.children(code).filter((c) => members.has(c.code)).map((c) => build(c.code, c.name))
    return group(`c:${code}`, name, children, direct.get(code) ?? [], members.get(code)!.size, { code, color: codeColor(code) })
  }
  const out = catalogue.children().filter((root) => members.has(root.code)).map((root) => build(root.code, root.name))
  if (unknownCode.length > 0) out.push(group('c:unknown', options.t('browser.group.unknownCode'), [], unknownCode, unknownCode.length))
  if (noCode.length > 0) out.push(group('c:none', options.t('browser.group.noCode'), [], noCode, noCode.length))
  return out
}

const ARCHITECTURE_COLOR = new Map(DOMAINS.map((d) => [d.referenceArchitecture, d.color]))

function codeColor(code: string): string | undefined {
  return ARCHITECTURE_COLOR.get(code.slice(0, 3))
}

/** Every group id in the tree (for "expand all" and for tests). */
export function allGroupIds(groups: readonly BrowserGroup[], into: string[] = []): string[] {
  for (const g of groups) {
    into.push(g.id)
    allGroupIds(g.groups, into)
  }
  return into
}
