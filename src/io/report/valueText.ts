import { attributeDef } from '../../model/metamodel/metamodel.ts'
import type { AttributeValue, ProjectData } from '../../model/project.ts'

/**
 * Attribute values as a reader of the report sees them: enum options by their Indonesian label,
 * OPD and element references by name, booleans as Ya/Tidak.
 */
export function valueTexts(data: ProjectData): (kind: string, field: string, value: AttributeValue | undefined) => string {
  const opd = new Map(data.opd.map((o) => [o.id, o.shortName]))
  const elements = new Map(data.elements.map((e) => [e.id, e.name]))
  return (kind, field, value) => {
    if (value === undefined || value === '') return '–'
    const def = attributeDef(kind, field)
    if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak'
    if (def?.type === 'enum') return def.options.find((o) => o.value === value)?.label.id ?? String(value)
    if (def?.type === 'reference' && typeof value === 'string') return opd.get(value) ?? elements.get(value) ?? value
    return String(value)
  }
}

/** An attribute's Indonesian label, or the field name when the metamodel has none ("status"). */
export function fieldLabel(kind: string, field: string): string {
  if (field === 'status') return 'Status'
  return attributeDef(kind, field)?.label.id ?? field
}
