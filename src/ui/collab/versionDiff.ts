import type { Change, ChangeType, FieldChange, GapAnalysis } from '../../analysis/gap/gapAnalysis.ts'
import { attributeDef, DOMAINS, elementKind, relationKind } from '../../model/metamodel/metamodel.ts'
import type { AttributeDef, DomainId } from '../../model/metamodel/types.ts'
import type { AttributeValue, ProjectData } from '../../model/project.ts'
import { formatNumber, localized, type Locale, type MessageKey, type Translate } from '../i18n/translate.ts'

export type VisibleChange = Exclude<ChangeType, 'unchanged'>
export const VISIBLE_CHANGES: readonly VisibleChange[] = ['added', 'changed', 'removed']

/** One attribute that differs, with both values as a person reads them. */
export interface DiffField {
  readonly field: string
  readonly label: string
  readonly before: string
  readonly after: string
}

/** An element or relation that changed between the two moments. */
export interface DiffEntry {
  readonly id: string
  readonly change: VisibleChange
  readonly label: string
  /** The element kind, or "Relasi · <kind>". */
  readonly detail: string
  readonly fields: readonly DiffField[]
}

export interface DiffDomain {
  readonly domain: DomainId
  readonly title: string
  /** Element counts (relations follow their elements, as in the gap summary). */
  readonly counts: Readonly<Record<VisibleChange, number>>
  /** Added first, then changed, then removed; elements before relations. */
  readonly entries: readonly DiffEntry[]
}

const SHARED_FIELDS: Readonly<Record<string, MessageKey>> = {
  name: 'collab.versions.field.name',
  code: 'collab.versions.field.code',
  description: 'collab.versions.field.description',
  ownerOpd: 'collab.versions.field.ownerOpd',
  refCodes: 'collab.versions.field.refCodes',
  status: 'collab.versions.field.status',
}

const MAX_VALUE = 80
const OWNER_OPD: AttributeDef = { name: 'ownerOpd', label: { id: 'OPD pemilik', en: 'Owner OPD' }, type: 'reference', target: 'opd' }

/**
 * The gap between two moments as the versions dialog shows it: per domain (in the metamodel's
 * order, empty ones left out), the element and relation names, and for a changed one each
 * differing attribute with its label and both values (option labels, OPD and element names
 * instead of ids). Names are looked up in the later moment first.
 */
export function versionDiff(gap: GapAnalysis, before: ProjectData, after: ProjectData, locale: Locale, t: Translate): DiffDomain[] {
  const names = new Map<string, string>()
  const opds = new Map<string, string>()
  for (const data of [before, after]) {
    for (const e of data.elements) names.set(e.id, e.name)
    for (const o of data.opd) opds.set(o.id, o.shortName || o.name)
  }
  const text = (def: AttributeDef | undefined, v: AttributeValue | undefined): string => {
    if (v === undefined || v === '') return '—'
    let shown: string
    if (typeof v === 'boolean') shown = t(v ? 'collab.versions.value.yes' : 'collab.versions.value.no')
    else if (typeof v === 'number') shown = formatNumber(locale, v)
    else if (def?.type === 'enum') shown = def.options.find((o) => o.value === v)?.label[locale] ?? v
    else if (def?.type === 'reference') shown = (def.target === 'opd' ? opds.get(v) : names.get(v)) ?? t('collab.versions.value.unknown')
    else shown = v
    return shown.length > MAX_VALUE ? `${shown.slice(0, MAX_VALUE - 1)}…` : shown
  }
  const field = (f: FieldChange, def: AttributeDef | undefined): DiffField => {
    const shared = SHARED_FIELDS[f.field]
    const label = shared ? t(shared) : def ? localized(def.label, locale) : f.field
    return { field: f.field, label, before: text(def, f.before), after: text(def, f.after) }
  }
  const entry = (c: Change & { change: VisibleChange }): DiffEntry => {
    if (c.type === 'element') {
      const kind = elementKind(c.kind)
      return { id: c.id, change: c.change, label: c.name, detail: kind ? localized(kind.label, locale) : '', fields: c.fields.map((f) => field(f, f.field === 'ownerOpd' ? OWNER_OPD : attributeDef(c.kind, f.field))) }
    }
    const rk = relationKind(c.kind)
    const unknown = t('collab.versions.value.unknown')
    return {
      id: c.id, change: c.change,
      label: t('collab.versions.relation', { source: names.get(c.source) ?? unknown, verb: rk ? localized(rk.verb, locale) : c.kind, target: names.get(c.target) ?? unknown }),
      detail: t('collab.versions.relationKind', { kind: rk ? localized(rk.label, locale) : c.kind }),
      fields: c.fields.map((f) => field(f, rk?.attributes.find((a) => a.name === f.field))),
    }
  }

  const byDomain = new Map<DomainId, DiffEntry[]>()
  const counts = new Map<DomainId, Record<VisibleChange, number>>()
  for (const change of VISIBLE_CHANGES) {
    for (const c of gap.changes) {
      if (c.change !== change) continue
      const list = byDomain.get(c.domain) ?? byDomain.set(c.domain, []).get(c.domain)!
      list.push(entry(c as Change & { change: VisibleChange }))
      if (c.type === 'element') {
        const n = counts.get(c.domain) ?? counts.set(c.domain, { added: 0, changed: 0, removed: 0 }).get(c.domain)!
        n[change]++
      }
    }
  }
  return DOMAINS.filter((d) => byDomain.has(d.id)).map((d) => ({
    domain: d.id, title: localized(d.label, locale), counts: counts.get(d.id) ?? { added: 0, changed: 0, removed: 0 }, entries: byDomain.get(d.id)!,
  }))
}
