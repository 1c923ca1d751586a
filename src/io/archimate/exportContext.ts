import type { Attributes } from '../../model/project.ts'
import { attributeDef } from '../../model/metamodel/metamodel.ts'
import type { ArchimateExtras, LangString, XProperty } from './archimateExtras.ts'
import { SPBE_PROPERTIES } from './archimateMapping.ts'
import { preferredIndex } from './xmlRead.ts'

export type XmlObject = Record<string, unknown>

/** An xs:ID must be an NCName: project ids starting with a digit or a dash get a prefix. */
export function ncName(id: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id) ? id : `id-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`
}

/** XML 1.0 cannot carry most control characters; they are dropped rather than breaking the file. */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
}

export function langElements(strings: readonly LangString[]): XmlObject[] {
  return strings.map((s) => (s.lang ? { '@_xml:lang': s.lang, '#text': xmlText(s.text) } : { '#text': xmlText(s.text) }))
}

/**
 * The file's strings with the preferred one replaced by the project's current text. A text the
 * import cut at the project's `limit` and nobody changed since goes back whole.
 */
export function withPreferred(strings: readonly LangString[] | undefined, value: string | undefined, limit?: number): LangString[] {
  if (!strings || strings.length === 0) return value ? [{ lang: 'id', text: value }] : []
  const at = preferredIndex(strings)
  if (value === undefined || value === '') return strings.filter((_, i) => i !== at)
  const cut = (text: string): boolean => limit !== undefined && value.length === limit && text.trim().length > limit && text.trim().startsWith(value)
  return strings.map((s, i) => (i === at && !cut(s.text) ? { ...s, text: value } : s))
}

type PropertyType = 'string' | 'number' | 'boolean' | 'date'

/**
 * Collects the properties written while exporting and hands out one property definition per
 * name: the file's own definitions keep their ids, Cetakbiru's get `pd-spbe-...` ids.
 */
export class ExportContext {
  private readonly defs = new Map<string, { id: string; names: readonly LangString[]; type: string }>()
  private readonly byName = new Map<string, string>()
  readonly ids = new Set<string>()

  constructor(readonly extras?: ArchimateExtras) {
    for (const d of extras?.propertyDefinitions ?? []) this.defs.set(d.id, { id: d.id, names: d.names, type: d.type })
  }

  /** Registers an emitted identifier; a clash gets a numbered suffix so the file stays valid. */
  claim(id: string): string {
    let out = id
    for (let n = 2; this.ids.has(out); n++) out = `${id}-${n}`
    this.ids.add(out)
    return out
  }

  private defFor(name: string, type: PropertyType): string {
    let id = this.byName.get(name)
    if (!id) {
      id = `pd-${name.replace(/[^A-Za-z0-9_.-]/g, '-')}`
      this.byName.set(name, id)
      this.defs.set(id, { id, names: [{ text: name }], type })
    }
    return id
  }

  prop(name: string, value: string, type: PropertyType = 'string'): XProperty {
    return { ref: this.defFor(name, type), values: [{ text: value }] }
  }

  /** SPBE attributes of a kind as `spbe:attr:<name>` properties, typed after the metamodel. */
  attrProps(kind: string, attrs: Attributes | undefined): XProperty[] {
    if (!attrs) return []
    return Object.keys(attrs).sort().map((name) => {
      const def = attributeDef(kind, name)
      const type: PropertyType = def?.type === 'number' ? 'number' : def?.type === 'boolean' ? 'boolean' : def?.type === 'date' ? 'date' : 'string'
      return this.prop(`${SPBE_PROPERTIES.attrPrefix}${name}`, String(attrs[name]), type)
    })
  }

  propertiesXml(props: readonly XProperty[]): XmlObject | undefined {
    const usable = props.filter((p) => this.defs.has(p.ref) && p.values.length > 0)
    if (usable.length === 0) return undefined
    return { property: usable.map((p) => ({ '@_propertyDefinitionRef': p.ref, value: langElements(p.values) })) }
  }

  /** The file's definitions (kept even when unused) and Cetakbiru's, in id order. */
  definitionsXml(): XmlObject | undefined {
    const defs = [...this.defs.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    if (defs.length === 0) return undefined
    return { propertyDefinition: defs.map((d) => ({ '@_identifier': d.id, '@_type': d.type, name: langElements(d.names.length ? d.names : [{ text: d.id }]) })) }
  }
}
