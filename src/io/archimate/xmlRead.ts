import type { LangString, XProperty } from './archimateExtras.ts'
import type { XmlNode } from './safeXml.ts'

/** Small readers over fast-xml-parser's output (attributes as `@_name`, text as `#text`). */

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name]
  if (v === undefined || v === null) return []
  return (Array.isArray(v) ? v : [v]).map((c) => (typeof c === 'object' && c !== null ? (c as XmlNode) : { '#text': String(c) }))
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0]
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[`@_${name}`]
  return v === undefined ? undefined : String(v)
}

export function text(node: XmlNode | undefined): string {
  const v = node?.['#text']
  return v === undefined ? '' : String(v)
}

export function langStrings(node: XmlNode | undefined, name: string): LangString[] {
  return children(node, name).map((c) => {
    const lang = attr(c, 'lang')
    return lang ? { text: text(c), lang } : { text: text(c) }
  })
}

/** Where the text a project shows sits among the file's languages: id, then en, then the first. */
export function preferredIndex(strings: readonly LangString[]): number {
  const byLang = (l: string): number => strings.findIndex((s) => s.lang?.toLowerCase().startsWith(l))
  const id = byLang('id')
  if (id !== -1) return id
  const en = byLang('en')
  return en !== -1 ? en : 0
}

export function preferred(strings: readonly LangString[]): string | undefined {
  return strings[preferredIndex(strings)]?.text
}

export function properties(node: XmlNode | undefined): XProperty[] {
  return children(child(node, 'properties'), 'property').map((p) => ({ ref: attr(p, 'propertyDefinitionRef') ?? '', values: langStrings(p, 'value') }))
}

/** Attributes other than the ones named, as a plain record (accessType, viewpoint ...). */
export function otherAttributes(node: XmlNode, known: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const k of Object.keys(node)) {
    if (k.startsWith('@_') && !known.has(k.slice(2))) out[k.slice(2)] = String(node[k])
  }
  return out
}
