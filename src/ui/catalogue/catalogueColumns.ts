import { ELEMENT_KINDS, kindsOfDomain } from '../../model/metamodel/metamodel.ts'
import type { AttributeDef, DomainId, ElementKind, EnumOption } from '../../model/metamodel/types.ts'
import type { Locale } from '../../model/message.ts'
import { localized, type MessageKey, type Translate } from '../i18n/translate.ts'

/** What a column shows: one of the element's shared fields, its standing in the states, or an attribute. */
export type ColumnField = 'code' | 'name' | 'kind' | 'owner' | 'refCodes' | 'inAsis' | 'targetStatus' | 'attr'

export interface CatalogueColumn {
  /** Stable within a domain: the field, or "attr:<name>". */
  readonly id: string
  readonly field: ColumnField
  /** The attribute's name for an attribute column. */
  readonly attr?: string
  /** The label of a fixed column, from the i18n catalogue. */
  readonly labelKey?: MessageKey
  /** The attribute's definition in the first kind of the domain that has it (its label and type). */
  readonly def?: AttributeDef
  /** Narrowest width in pixels; below the sum of these the table scrolls sideways. */
  readonly min: number
  /** Share of the spare width (0: fixed at `min`). */
  readonly grow: number
  readonly editable: boolean
  /** Sorted by number and aligned right. */
  readonly numeric?: boolean
}

/** How many attribute columns a domain gets beside the fixed ones (the brief asks for 2 to 4). */
export const MAX_ATTRIBUTE_COLUMNS = 4

const FIXED_HEAD: readonly CatalogueColumn[] = [
  { id: 'code', field: 'code', labelKey: 'catalogue.column.code', min: 108, grow: 0, editable: true },
  { id: 'name', field: 'name', labelKey: 'catalogue.column.name', min: 184, grow: 2.4, editable: true },
  { id: 'kind', field: 'kind', labelKey: 'catalogue.column.kind', min: 120, grow: 1, editable: false },
  { id: 'owner', field: 'owner', labelKey: 'catalogue.column.owner', min: 108, grow: 0.8, editable: true },
  { id: 'refCodes', field: 'refCodes', labelKey: 'catalogue.column.refCodes', min: 112, grow: 0.4, editable: true },
]
const FIXED_TAIL: readonly CatalogueColumn[] = [
  { id: 'inAsis', field: 'inAsis', labelKey: 'catalogue.column.inAsis', min: 72, grow: 0, editable: false },
  { id: 'targetStatus', field: 'targetStatus', labelKey: 'catalogue.column.targetStatus', min: 132, grow: 0, editable: false },
]

/** Attributes every kind of the metamodel carries (the indicative budget): not what tells a domain apart. */
const UNIVERSAL = new Set(
  ELEMENT_KINDS[0]!.attributes.map((a) => a.name).filter((name) => ELEMENT_KINDS.every((k) => k.attributes.some((a) => a.name === name))),
)

interface Candidate {
  readonly def: AttributeDef
  readonly kinds: number
  readonly order: number
}

/**
 * The attributes worth a column in a domain, chosen from the metamodel rather than by name:
 * those at least half of the domain's kinds carry (so most rows have the cell), leaving out the
 * ones every kind of every domain has; required ones first (what the SIA-SPBE register asks for),
 * then those with a fixed set of values (enums, then OPD references: what people filter and bulk
 * edit), then the most shared, then metamodel order.
 */
export function domainAttributes(domain: DomainId, max = MAX_ATTRIBUTE_COLUMNS): readonly AttributeDef[] {
  const kinds = kindsOfDomain(domain)
  const found = new Map<string, Candidate>()
  let order = 0
  for (const k of kinds) {
    for (const def of k.attributes) {
      const seen = found.get(def.name)
      found.set(def.name, seen ? { ...seen, kinds: seen.kinds + 1 } : { def, kinds: 1, order: order++ })
    }
  }
  // An OPD reference ranks below an enum: the table already has the owner OPD column.
  const closed = (d: AttributeDef): number => (d.type === 'enum' || d.type === 'boolean' ? 2 : d.type === 'reference' && d.target === 'opd' ? 1 : 0)
  return [...found.values()]
    .filter((c) => !UNIVERSAL.has(c.def.name) && c.kinds * 2 >= kinds.length)
    .sort((a, b) => Number(b.def.required ?? false) - Number(a.def.required ?? false) || closed(b.def) - closed(a.def) || b.kinds - a.kinds || a.order - b.order)
    .slice(0, max)
    .map((c) => c.def)
}

function attributeColumn(def: AttributeDef): CatalogueColumn {
  const numeric = def.type === 'number'
  return { id: `attr:${def.name}`, field: 'attr', attr: def.name, def, min: numeric ? 104 : 108, grow: numeric ? 0 : 1, editable: true, numeric }
}

/** The CSS grid track of a column, shared by the header and every row so the columns line up. */
export function columnTrack(c: Pick<CatalogueColumn, 'min' | 'grow'>): string {
  return c.grow > 0 ? `minmax(${c.min}px, ${c.grow}fr)` : `${c.min}px`
}

/** The columns of one domain's table, in order (the selection checkbox is not a column of data). */
export function catalogueColumns(domain: DomainId): readonly CatalogueColumn[] {
  return [...FIXED_HEAD, ...domainAttributes(domain).map(attributeColumn), ...FIXED_TAIL]
}

export function columnLabel(column: CatalogueColumn, t: Translate, locale: Locale): string {
  if (column.labelKey) return t(column.labelKey)
  return column.def ? localized(column.def.label, locale) : column.id
}

/**
 * The attributes every selected kind has, under the same type: what a bulk edit can set on all of
 * them. Enum options are the ones valid for every kind (two kinds may both have "licenseType" with
 * different choices).
 */
export function commonAttributes(kinds: readonly ElementKind[]): readonly AttributeDef[] {
  const [first, ...rest] = kinds
  if (!first) return []
  const out: AttributeDef[] = []
  for (const def of first.attributes) {
    const others = rest.map((k) => k.attributes.find((a) => a.name === def.name))
    if (others.some((o) => o === undefined || o.type !== def.type)) continue
    if (def.type === 'enum') {
      let options: readonly EnumOption[] = def.options
      for (const o of others) {
        if (o?.type !== 'enum') continue
        const allowed = new Set(o.options.map((x) => x.value))
        options = options.filter((x) => allowed.has(x.value))
      }
      if (options.length > 0) out.push({ ...def, options })
    } else {
      out.push(def)
    }
  }
  return out
}
