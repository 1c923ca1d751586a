import { DOMAINS } from '../../model/metamodel/domains.ts'
import { attributeDef, elementKind, kindsOfDomain } from '../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import { msg, type Message } from '../../model/message.ts'
import { CORE_FIELDS, fieldForName, type FieldTarget } from './fieldNames.ts'

/**
 * How the columns of one inventory table become elements of one domain. Saved as JSON for the
 * command line (schemas/inventory-mapping.schema.json); the editor builds it from suggestMapping.
 */
export interface InventoryMapping {
  readonly domain: DomainId
  /** Kind of new elements when no column says (must belong to the domain). */
  readonly kind: string
  /** Header text -> field. Columns not listed are left out. */
  readonly columns: Readonly<Record<string, FieldTarget>>
  /** States new elements join; default every state (like an element drawn in the editor). */
  readonly states?: readonly string[]
  /** Add OPD named in the owner column that the project does not have yet (default true). */
  readonly createMissingOpd?: boolean
  /** XLSX: the sheet to read; default the first. */
  readonly sheet?: string
}

/** Suggests a mapping from header names in Indonesian or English and the domain's attribute labels. */
export function suggestMapping(headers: readonly string[], domain: DomainId): InventoryMapping {
  const kinds = kindsOfDomain(domain)
  const columns: Record<string, FieldTarget> = {}
  const taken = new Set<FieldTarget>()
  for (const header of headers) {
    const field = fieldForName(header, kinds)
    if (!field || taken.has(field) || header in columns) continue
    taken.add(field)
    columns[header] = field
  }
  return { domain, kind: defaultKind(domain), columns, createMissingOpd: true }
}

/** The kind a Pemda inventory of that domain usually lists (specific applications, public services). */
export function defaultKind(domain: DomainId): string {
  const preferred: Partial<Record<DomainId, string>> = { aplikasi: 'aplikasi-khusus', layanan: 'layanan-publik', infrastruktur: 'server' }
  return preferred[domain] ?? kindsOfDomain(domain)[0]!.id
}

/** Why a mapping cannot be used, each with the field it concerns; empty when it can. */
export function mappingProblems(mapping: InventoryMapping): Message[] {
  const problems: Message[] = []
  if (!DOMAINS.some((d) => d.id === mapping.domain)) {
    return [msg(`Domain "${mapping.domain}" tidak dikenal; diharapkan salah satu dari: ${DOMAINS.map((d) => d.id).join(', ')}`, `Unknown domain "${mapping.domain}"; expected one of: ${DOMAINS.map((d) => d.id).join(', ')}`)]
  }
  const kind = elementKind(mapping.kind)
  if (!kind || kind.domain !== mapping.domain) {
    const allowed = kindsOfDomain(mapping.domain).map((k) => k.id).join(', ')
    problems.push(msg(`Jenis "${mapping.kind}" bukan bagian domain ${mapping.domain}; diharapkan: ${allowed}`, `Kind "${mapping.kind}" is not in domain ${mapping.domain}; expected: ${allowed}`))
  }
  const targets = Object.values(mapping.columns)
  for (const [header, target] of Object.entries(mapping.columns)) {
    const attr = target.startsWith('attr:') ? target.slice(5) : undefined
    const known = attr ? kindsOfDomain(mapping.domain).some((k) => attributeDef(k.id, attr)) : (CORE_FIELDS as readonly string[]).includes(target)
    if (!known) problems.push(msg(`Kolom "${header}": tujuan "${target}" tidak dikenal untuk domain ${mapping.domain}`, `Column "${header}": unknown destination "${target}" for domain ${mapping.domain}`))
    if (targets.indexOf(target) !== targets.lastIndexOf(target) && targets.indexOf(target) === Object.keys(mapping.columns).indexOf(header)) {
      problems.push(msg(`Lebih dari satu kolom diarahkan ke "${target}"`, `More than one column goes to "${target}"`))
    }
  }
  if (!targets.includes('name')) problems.push(msg('Tidak ada kolom untuk nama elemen; pilih kolom nama', 'No column for the element name; choose the name column'))
  return problems
}

export type MappingParse = { readonly ok: true; readonly mapping: InventoryMapping } | { readonly ok: false; readonly problems: readonly Message[] }

/** Reads a saved mapping file (see the JSON Schema) and checks it against the metamodel. */
export function parseMappingText(text: string): MappingParse {
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    return { ok: false, problems: [msg(`Berkas pemetaan bukan JSON yang sah: ${(e as Error).message}`, `The mapping file is not valid JSON: ${(e as Error).message}`)] }
  }
  const o = value as Partial<Record<keyof InventoryMapping, unknown>>
  const isStringMap = (v: unknown): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string')
  if (typeof value !== 'object' || value === null || typeof o.domain !== 'string' || !isStringMap(o.columns)) {
    return { ok: false, problems: [msg('Berkas pemetaan harus objek dengan "domain" (teks) dan "columns" (judul kolom -> tujuan)', 'The mapping file must be an object with "domain" (text) and "columns" (header -> destination)')] }
  }
  if (o.states !== undefined && !(Array.isArray(o.states) && o.states.every((s) => typeof s === 'string'))) {
    return { ok: false, problems: [msg('"states" harus daftar id kondisi', '"states" must be a list of state ids')] }
  }
  const domain = o.domain as DomainId
  const mapping: InventoryMapping = {
    domain,
    kind: typeof o.kind === 'string' ? o.kind : DOMAINS.some((d) => d.id === domain) ? defaultKind(domain) : '',
    columns: o.columns as Record<string, FieldTarget>,
    ...(o.states ? { states: o.states as string[] } : {}),
    ...(typeof o.createMissingOpd === 'boolean' ? { createMissingOpd: o.createMissingOpd } : {}),
    ...(typeof o.sheet === 'string' ? { sheet: o.sheet } : {}),
  }
  const problems = mappingProblems(mapping)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, mapping }
}
