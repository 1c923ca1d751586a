import { kindsOfDomain } from '../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import type { Locale } from '../../model/message.ts'
import { CORE_FIELDS, type FieldTarget } from '../../io/inventory/fieldNames.ts'
import type { InventoryMapping } from '../../io/inventory/inventoryMapping.ts'
import type { Translate } from '../i18n/translate.ts'

export interface FieldOption {
  readonly value: FieldTarget
  readonly label: string
}

/**
 * Where a column can go in one domain: the element's own fields, then the attributes of the
 * domain's kinds (each once, under the metamodel's label in the UI language).
 */
export function fieldOptions(domain: DomainId, t: Translate, locale: Locale): { readonly core: FieldOption[]; readonly attributes: FieldOption[] } {
  const core = CORE_FIELDS.map((f) => ({ value: f as FieldTarget, label: t(`io.inventory.field.${f}`) }))
  const seen = new Set<string>()
  const attributes: FieldOption[] = []
  for (const kind of kindsOfDomain(domain)) {
    for (const a of kind.attributes) {
      if (seen.has(a.name)) continue
      seen.add(a.name)
      attributes.push({ value: `attr:${a.name}`, label: a.label[locale] })
    }
  }
  attributes.sort((a, b) => a.label.localeCompare(b.label, locale))
  return { core, attributes }
}

/** The mapping with one column sent elsewhere (or, with `undefined`, left out). */
export function withColumn(mapping: InventoryMapping, header: string, target: FieldTarget | undefined): InventoryMapping {
  const columns: Record<string, FieldTarget> = {}
  for (const [h, f] of Object.entries(mapping.columns)) if (h !== header) columns[h] = f
  if (target) columns[header] = target
  return { ...mapping, columns }
}
