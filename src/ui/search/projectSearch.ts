import { elementKind } from '../../model/metamodel/metamodel.ts'
import type { Element, Opd, View } from '../../model/project.ts'
import { domainColor } from '../browser/browserTree.ts'
import { localized, type Locale } from '../i18n/translate.ts'
import { viewLabel } from '../editor/toolbar/viewLabel.ts'
import { createSearchIndex, type SearchIndex } from './searchIndex.ts'

/** An element as a search result shows it: name, kind, domain colour, owner OPD. */
export interface ElementHit {
  readonly id: string
  readonly name: string
  readonly code?: string | undefined
  readonly kindLabel: string
  readonly color: string
  readonly opd?: string | undefined
}

export interface ViewHit {
  readonly id: string
  readonly label: string
  readonly count: number
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true })

/** Elements found by name, code, kind label (in the UI language) and the owner OPD's short name. */
export function elementSearchIndex(elements: ReadonlyMap<string, Element>, opd: ReadonlyMap<string, Opd>, locale: Locale): SearchIndex<ElementHit> {
  const sorted = [...elements.values()].sort((a, b) => collator.compare(a.name, b.name))
  return createSearchIndex(
    sorted.map((e) => {
      const kind = elementKind(e.kind)
      const kindLabel = kind ? localized(kind.label, locale) : e.kind
      const owner = e.ownerOpd ? opd.get(e.ownerOpd) : undefined
      const opdName = owner ? owner.shortName || owner.name : undefined
      const hit: ElementHit = { id: e.id, name: e.name, code: e.code, kindLabel, color: domainColor(e.kind), opd: opdName }
      return { value: hit, name: e.name, code: e.code, extra: opdName ? [kindLabel, opdName] : [kindLabel] }
    }),
  )
}

/** Views found by the name on their tab (and the name they are stored under, when it differs). */
export function viewSearchIndex(views: ReadonlyMap<string, View>, locale: Locale): SearchIndex<ViewHit> {
  const sorted = [...views.values()].map((v) => ({ v, label: viewLabel(v, locale) })).sort((a, b) => collator.compare(a.label, b.label))
  return createSearchIndex(
    sorted.map(({ v, label }) => ({ value: { id: v.id, label, count: v.nodes.length }, name: label, extra: label === v.name ? [] : [v.name] })),
  )
}
