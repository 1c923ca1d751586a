import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { archimateError, lineAt, type ArchimateError } from './archimateError.ts'

/** Larger exchange files are refused before parsing (a 100k-element model is about 40 MB). */
export const MAX_XML_CHARS = 64 * 1024 * 1024

/** Elements that may repeat in an exchange file: always read as arrays so one and many look alike. */
const REPEATED = new Set([
  'name', 'label', 'documentation', 'value', 'property', 'propertyDefinition', 'element', 'relationship', 'organizations', 'item',
  'view', 'node', 'connection', 'bendpoint', 'viewpoint', 'concern', 'schemaInfo',
])

export type XmlNode = Record<string, unknown>
export type SafeXmlResult = { readonly ok: true; readonly root: XmlNode } | { readonly ok: false; readonly errors: readonly ArchimateError[] }

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Only the five predefined entities and character references exist once DTDs are refused; the
 * parser's own entity handling is off so nothing a document declares is ever expanded.
 */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all
    }
    return XML_ENTITIES[ref] ?? all
  })
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // xsi:type -> @_type, xml:lang -> @_lang; the namespace itself is read from the root tag.
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
  tagValueProcessor: (_name, value) => decodeXmlEntities(value),
  attributeValueProcessor: (_name, value) => decodeXmlEntities(value),
})

/**
 * Parses untrusted XML: refuses oversized text and any DOCTYPE or ENTITY declaration before the
 * parser sees it (no XXE, no billion laughs), reports syntax errors with their line.
 */
export function parseXmlSafely(text: string, maxChars = MAX_XML_CHARS): SafeXmlResult {
  if (text.length > maxChars) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
    return fail(archimateError('(file)', `Berkas terlalu besar: ${mb(text.length)} MB (batas ${mb(maxChars)} MB)`, `File too large: ${mb(text.length)} MB (limit ${mb(maxChars)} MB)`))
  }
  const dtd = text.search(/<!(DOCTYPE|ENTITY)/i)
  if (dtd !== -1) {
    return fail(archimateError('(prolog)', 'Deklarasi DOCTYPE/ENTITY tidak diterima (demi keamanan: tanpa entitas eksternal atau ekspansi entitas); simpan ulang berkas tanpa DTD',
      'DOCTYPE/ENTITY declarations are refused (for safety: no external entities or entity expansion); save the file again without a DTD', lineAt(text, dtd)))
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const valid = XMLValidator.validate(body, { allowBooleanAttributes: false })
  if (valid !== true) {
    const { line, col, msg: why } = valid.err
    return fail(archimateError(`(${line}:${col})`, `Bukan XML yang sah di baris ${line}, kolom ${col}: ${why}`, `Not well-formed XML at line ${line}, column ${col}: ${why}`, line))
  }
  return { ok: true, root: parser.parse(body) as XmlNode }
}

/** Namespace URI and local name of the document's root element, read from its start tag. */
export function rootElement(text: string): { readonly localName: string; readonly namespace?: string } | undefined {
  const m = /<(?![?!])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(text)
  if (!m) return undefined
  const prefix = m[1] ? m[1].slice(0, -1) : undefined
  const attrs = m[3] ?? ''
  const nsAttr = prefix ? `xmlns:${prefix}` : 'xmlns'
  const ns = new RegExp(`\\s${nsAttr.replace('.', '\\.')}\\s*=\\s*["']([^"']*)["']`).exec(attrs)
  return { localName: m[2]!, ...(ns ? { namespace: ns[1] } : {}) }
}

function fail(e: ArchimateError): SafeXmlResult {
  return { ok: false, errors: [e] }
}
