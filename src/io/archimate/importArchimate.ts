import { parseProjectJson } from '../../model/file/loadProject.ts'
import { CURRENT_SCHEMA_VERSION } from '../../model/file/schemaVersion.ts'
import { LIMITS } from '../../model/file/projectSchema.ts'
import { isRelationAllowed } from '../../model/metamodel/metamodel.ts'
import { compareStrings } from '../../model/order.ts'
import {
  AS_IS_STATE, TARGET_STATE,
  type Element, type Membership, type Opd, type ProjectData, type ProjectInfo, type Relation, type State, type StateRole,
} from '../../model/project.ts'
import type { ArchimateExtras, XElement, XPropertyDefinition, XRelationship } from './archimateExtras.ts'
import { archimateError, type ArchimateError } from './archimateError.ts'
import { withArchimateInterop } from './archimateInterop.ts'
import { RELATION_TO_ARCHIMATE, SPBE_PROPERTIES } from './archimateMapping.ts'
import { readAttrs, readElements, readRelationships, type ImportedElement } from './importConcepts.ts'
import { ImportContext } from './importContext.ts'
import { opdFromFolders, readOrganizations, readViews } from './importViews.ts'
import { holdsOnlyOwnExport } from './ownExport.ts'
import { PROJECT_PROPERTIES, readOpd, readPlan, readProjectExtensions } from './projectProperties.ts'
import { parseXmlSafely, rootElement, type XmlNode } from './safeXml.ts'
import { attr, child, children, langStrings, preferred, properties } from './xmlRead.ts'

export type ArchimateImportResult =
  /**
   * `data.interop.archimate` holds `extras`, what the model has no place for, kept for export
   * (unless the file was a Cetakbiru export holding nothing more than the project itself).
   */
  | { readonly ok: true; readonly data: ProjectData; readonly extras: ArchimateExtras; readonly warnings: readonly ArchimateError[] }
  | { readonly ok: false; readonly errors: readonly ArchimateError[] }

export interface ImportOptions {
  readonly maxChars?: number
}

const NAMESPACE_3 = /^http:\/\/www\.opengroup\.org\/xsd\/archimate\/3\.\d+\/?$/

/**
 * An ArchiMate 3.x Model Exchange File as a project. Atomic: the result is a project that
 * loads (schema and integrity checked by the project loader) or a list of errors, never a part.
 */
export function importArchimate(text: string, options: ImportOptions = {}): ArchimateImportResult {
  const parsed = parseXmlSafely(text, options.maxChars)
  if (!parsed.ok) return parsed
  const root = rootElement(text)
  const refused = checkFormat(root)
  if (refused) return { ok: false, errors: [refused] }
  const model = parsed.root.model as XmlNode

  const definitions: XPropertyDefinition[] = children(child(model, 'propertyDefinitions'), 'propertyDefinition').map((d) => ({
    id: attr(d, 'identifier') ?? '', names: langStrings(d, 'name'), type: attr(d, 'type') ?? 'string',
  }))
  const ctx = new ImportContext(text, definitions)
  const imported = readElements(model, ctx)
  const fileIds = new Set(children(child(model, 'elements'), 'element').map((e) => attr(e, 'identifier')).filter((id): id is string => !!id))
  const rels = readRelationships(model, ctx, fileIds)
  const organizations = readOrganizations(model, ctx)
  const modelSpbe = ctx.splitProperties(properties(model))

  const plateaus = imported.filter((e) => e.role === 'state')
  const derived = new Set(imported.filter((e) => e.role === 'kegiatan' || e.role === 'gap').map((e) => e.id))
  const core = imported.filter((e) => !e.role)
  const coreIds = new Set(core.map((e) => e.id))
  const { views, kept } = readViews(model, ctx, coreIds)
  if (ctx.errors.length) return { ok: false, errors: ctx.errors }

  const states = plateaus.length ? statesOf(plateaus) : [AS_IS_STATE, TARGET_STATE]
  const plateauState = new Map(plateaus.map((p) => [p.id, p.spbe.get(SPBE_PROPERTIES.state)!]))
  const kindOf = new Map(core.map((e) => [e.id, e.kind]))
  const membership = new Map<string, Record<string, Membership>>()
  const relations: Relation[] = []
  const xRelationships: XRelationship[] = []
  const memberships = rels.filter((r) => plateauState.has(r.x.source))
  for (const r of rels) {
    const { x } = r
    if (plateauState.has(x.source) || derived.has(x.source) || derived.has(x.target) || plateauState.has(x.target)) continue
    const kind = relationKindFor(x, r.spbe.get(SPBE_PROPERTIES.kind), kindOf)
    if (kind) {
      const reversed = RELATION_TO_ARCHIMATE[kind]!.reversed
      const attrs = readAttrs(kind, r.spbe, `/model/relationships/relationship[${r.index + 1}]`, ctx)
      relations.push({ id: x.id, kind, source: reversed ? x.target : x.source, target: reversed ? x.source : x.target, attrs, states: {} })
      xRelationships.push({ ...x, relation: kind })
    } else {
      xRelationships.push(x)
    }
  }
  const relationKinds = new Map(relations.map((r) => [r.id, r.kind]))
  for (const r of memberships) {
    const { x } = r
    const status = r.spbe.get(SPBE_PROPERTIES.status)
    const attrs = readAttrs(kindOf.get(x.target) ?? relationKinds.get(x.target) ?? '', r.spbe, `/model/relationships/relationship[${r.index + 1}]`, ctx)
    const m: Membership = { ...(status === 'tetap' || status === 'baru' || status === 'pengembangan' || status === 'dihentikan' ? { status } : {}), ...(Object.keys(attrs).length ? { attrs } : {}) }
    membership.set(x.target, { ...membership.get(x.target), [plateauState.get(x.source)!]: m })
  }

  const everywhere = (): Record<string, Membership> => Object.fromEntries(states.map((s) => [s.id, {}]))
  let unplaced = 0
  const withStates = <T extends { id: string }>(item: T): T & { states: Record<string, Membership> } => {
    const m = membership.get(item.id)
    if (plateaus.length && !m) unplaced++
    return { ...item, states: m ?? everywhere() }
  }
  const { opd, owners } = opdList(modelSpbe.spbeAll.get(PROJECT_PROPERTIES.opd) ?? [], organizations)
  const own = readProjectExtensions(modelSpbe.spbeAll, ctx)
  if (ctx.errors.length) return { ok: false, errors: ctx.errors }
  const elements: Element[] = core.map((e) => withStates(toElement(e, owners)))
  if (unplaced) {
    ctx.warn('/model/relationships', `${unplaced} elemen/relasi tidak termasuk kondisi mana pun; dimasukkan ke semua kondisi`, `${unplaced} elements/relations belong to no state; put in every state`)
  }
  const data: ProjectData = {
    project: projectInfo(model, modelSpbe.spbe, ctx),
    opd,
    plan: readPlan(modelSpbe.spbe.get(PROJECT_PROPERTIES.plan), own.goals),
    states,
    elements,
    relations: relations.map(withStates),
    views,
    catalogueExtensions: own.catalogueExtensions,
    settings: own.settings,
    roadmap: own.roadmap,
    index: own.index,
  }
  const xElements: Record<string, XElement> = {}
  for (const e of core) xElements[e.id] = e.x
  const extras: ArchimateExtras = {
    format: 'cetakbiru-archimate-extras', version: 1,
    model: { id: attr(model, 'identifier') ?? data.project.id, names: langStrings(model, 'name'), documentation: langStrings(model, 'documentation'), properties: modelSpbe.other },
    propertyDefinitions: definitions.filter((d) => !d.names.some((n) => n.text.startsWith('spbe:'))),
    elements: xElements,
    relationships: xRelationships,
    organizations,
    views: kept,
    ids: ctx.toFile,
    synthesizedStates: plateaus.length === 0,
    ...(modelSpbe.spbe.get(PROJECT_PROPERTIES.kind) === 'project' ? { cetakbiru: true } : {}),
  }
  // The project carries what the model has no place for, so its file alone exports the original
  // back; a Cetakbiru export nobody added to needs nothing beyond the model.
  const keep = !holdsOnlyOwnExport(extras, data)
  const loaded = parseProjectJson({ schemaVersion: CURRENT_SCHEMA_VERSION, ...(keep ? withArchimateInterop(data, extras) : data) })
  if (!loaded.ok) {
    return { ok: false, errors: loaded.errors.map((e) => archimateError(`(proyek/project) ${e.path}`, e.message.id, e.message.en)) }
  }
  return { ok: true, data: loaded.data, extras, warnings: ctx.warnings }
}

function checkFormat(root: { localName: string; namespace?: string } | undefined): ArchimateError | undefined {
  const ns = root?.namespace ?? ''
  if (root?.localName === 'model' && NAMESPACE_3.test(ns)) return undefined
  if (root?.localName === 'model' && /opengroup\.org\/xsd\/archimate/.test(ns)) {
    return archimateError('/model/@xmlns', `Format pertukaran ArchiMate lama (${ns}, mis. 2.1) tidak didukung; tidak ada yang diimpor. Ekspor ulang model sebagai ArchiMate 3.x (mis. di Archi: File > Export > Model to Open Exchange File)`,
      `This is an older ArchiMate exchange format (${ns}, e.g. 2.1) and is not supported; nothing was imported. Export the model again as ArchiMate 3.x (e.g. in Archi: File > Export > Model to Open Exchange File)`, 1)
  }
  return archimateError('/', `Bukan berkas ArchiMate Model Exchange 3.x: elemen akar <model> dengan namespace http://www.opengroup.org/xsd/archimate/3.0/ yang diharapkan (ditemukan <${root?.localName ?? '?'}> ${ns})`,
    `Not an ArchiMate 3.x Model Exchange file: expected root <model> in namespace http://www.opengroup.org/xsd/archimate/3.0/ (found <${root?.localName ?? '?'}> ${ns})`, 1)
}

/** The SPBE relation kind whose type, access type and direction match and whose ends the metamodel allows. */
function relationKindFor(x: XRelationship, own: string | undefined, kindOf: ReadonlyMap<string, string>): string | undefined {
  const s = kindOf.get(x.source)
  const t = kindOf.get(x.target)
  if (!s || !t) return undefined
  const candidates = Object.entries(RELATION_TO_ARCHIMATE).filter(([kind, m]) => (own ? kind === own : m.type === x.type && (m.accessType === undefined || m.accessType === (x.attributes.accessType === 'Write' ? 'Write' : 'Read'))))
  for (const [kind, m] of candidates) {
    if (m.reversed ? isRelationAllowed(kind, t, s) : isRelationAllowed(kind, s, t)) return kind
  }
  return undefined
}

function toElement(e: ImportedElement, owners: ReadonlyMap<string, string>): Omit<Element, 'states'> & { id: string } {
  const owner = e.ownerOpd ?? owners.get(e.id)
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, name: e.name, attrs: e.attrs }
  for (const k of ['code', 'description', 'refCodes', 'userOpds', 'goals'] as const) if (e[k] !== undefined) out[k] = e[k]
  if (owner) out.ownerOpd = owner
  return out as unknown as Omit<Element, 'states'> & { id: string }
}

function statesOf(plateaus: readonly ImportedElement[]): State[] {
  const order: Record<StateRole, number> = { asis: 0, intermediate: 1, target: 2 }
  return plateaus.map((p): State => {
    const role = p.spbe.get(SPBE_PROPERTIES.status) as StateRole
    const year = Number(p.spbe.get(SPBE_PROPERTIES.year))
    return { id: p.spbe.get(SPBE_PROPERTIES.state)!, name: p.name, role: role in order ? role : 'intermediate', ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}) }
  }).sort((a, b) => order[a.role] - order[b.role] || (a.year ?? 0) - (b.year ?? 0) || compareStrings(a.id, b.id))
}

function opdList(own: readonly string[], organizations: Parameters<typeof opdFromFolders>[0]): { opd: Opd[]; owners: Map<string, string> } {
  if (own.length) {
    const opd = own.map(readOpd).filter((o): o is Opd => o !== undefined)
    return { opd, owners: new Map() }
  }
  const found = opdFromFolders(organizations)
  return { opd: found.opd.map((o, i) => ({ id: o.id, code: String(i + 1), name: o.name, shortName: o.name })), owners: found.owner }
}

function projectInfo(model: XmlNode, spbe: ReadonlyMap<string, string>, ctx: ImportContext): ProjectInfo {
  const name = ((preferred(langStrings(model, 'name')) ?? '').trim() || 'Model ArchiMate').slice(0, LIMITS.nameLength)
  const description = preferred(langStrings(model, 'documentation'))
  const type = spbe.get('spbe:organizationType')
  return {
    id: ctx.mapId(attr(model, 'identifier') ?? 'archimate-model'),
    name,
    organization: (spbe.get('spbe:organization') || name).slice(0, LIMITS.nameLength),
    organizationType: type === 'provinsi' || type === 'kota' || type === 'instansi-pusat' ? type : 'kabupaten',
    ...(description ? { description: description.slice(0, LIMITS.descriptionLength) } : {}),
  }
}
