import { attributeValueProblem } from '../../model/metamodel/attributeValue.ts'
import { attributeDef, elementKind, relationKind } from '../../model/metamodel/metamodel.ts'
import type { AttributeValue } from '../../model/project.ts'
import { LIMITS } from '../../model/file/projectSchema.ts'
import type { XElement, XRelationship } from './archimateExtras.ts'
import { ARCHIMATE_ELEMENT_TYPES, ARCHIMATE_RELATIONSHIP_TYPES, SPBE_PROPERTIES } from './archimateMapping.ts'
import type { ImportContext } from './importContext.ts'
import type { XmlNode } from './safeXml.ts'
import { attr, child, children, langStrings, otherAttributes, preferred, properties } from './xmlRead.ts'

export type PlanRole = 'state' | 'kegiatan' | 'gap'

export interface ImportedElement {
  readonly id: string
  readonly kind: string
  readonly name: string
  readonly description?: string
  readonly code?: string
  readonly refCodes?: readonly string[]
  ownerOpd?: string
  readonly userOpds?: readonly string[]
  readonly goals?: readonly string[]
  readonly attrs: Record<string, AttributeValue>
  /** Cetakbiru's own plan concepts (plateaus of states, kegiatan, gaps) are read back, not kept as elements. */
  readonly role?: PlanRole
  readonly spbe: ReadonlyMap<string, string>
  readonly x: XElement
}

export interface ImportedRelationship {
  readonly x: XRelationship
  readonly spbe: ReadonlyMap<string, string>
  readonly index: number
}

const ID_LIST = /^[A-Za-z0-9_-]{1,64}$/
const REF_CODE = /^[A-Z]{3}(\.\d{2}){0,7}$/

export function readElements(model: XmlNode, ctx: ImportContext): ImportedElement[] {
  const out: ImportedElement[] = []
  children(child(model, 'elements'), 'element').forEach((node, i) => {
    const path = `/model/elements/element[${i + 1}]`
    const fileId = attr(node, 'identifier')
    const type = attr(node, 'type')
    if (!fileId) return ctx.error(`${path}/@identifier`, 'atribut "identifier" wajib ada', 'attribute "identifier" is required')
    const table = type ? ARCHIMATE_ELEMENT_TYPES[type] : undefined
    if (!type || !table) {
      return ctx.error(`${path}/@xsi:type`, `jenis elemen ArchiMate 3.x tidak dikenal: "${type ?? ''}" (yang diharapkan mis. BusinessProcess, ApplicationComponent, Node)`,
        `unknown ArchiMate 3.x element type "${type ?? ''}" (expected e.g. BusinessProcess, ApplicationComponent, Node)`, fileId)
    }
    const names = langStrings(node, 'name')
    const documentation = langStrings(node, 'documentation')
    const props = properties(node)
    const { spbe, other } = ctx.splitProperties(props)
    const role = spbe.get(SPBE_PROPERTIES.role) as PlanRole | undefined
    const ownKind = spbe.get(SPBE_PROPERTIES.kind)
    const kind = ownKind && elementKind(ownKind) ? ownKind : table.kind
    const id = ctx.mapId(fileId)
    const name = clip((preferred(names) ?? '').trim() || type, LIMITS.nameLength, `${path}/name`, ctx, fileId)
    const description = preferred(documentation)
    const attrs = readAttrs(kind, spbe, path, ctx, fileId)
    const list = (key: string, pattern: RegExp): string[] | undefined => {
      const raw = spbe.get(key)
      if (!raw) return undefined
      const items = raw.split(/\s+/).filter(Boolean)
      const bad = items.filter((v) => !pattern.test(v))
      if (bad.length) ctx.warn(`${path}/properties[${key}]`, `nilai diabaikan: ${bad.join(', ')}`, `values ignored: ${bad.join(', ')}`, fileId)
      const good = items.filter((v) => pattern.test(v))
      return good.length ? good : undefined
    }
    const owner = spbe.get(SPBE_PROPERTIES.ownerOpd)
    out.push(compact({
      id, kind, name,
      description: description ? clip(description, LIMITS.descriptionLength, `${path}/documentation`, ctx, fileId) : undefined,
      code: spbe.get(SPBE_PROPERTIES.code)?.slice(0, LIMITS.codeLength) || undefined,
      refCodes: list(SPBE_PROPERTIES.refCodes, REF_CODE),
      ownerOpd: owner && ID_LIST.test(owner) ? owner : undefined,
      userOpds: list(SPBE_PROPERTIES.userOpds, ID_LIST),
      goals: list(SPBE_PROPERTIES.goals, ID_LIST),
      attrs, role, spbe,
      x: { type, names, documentation, properties: other },
    }) as ImportedElement)
  })
  return out
}

/** `spbe:attr:<name>` values typed after the kind's attribute; what does not fit is reported and left out. */
export function readAttrs(kind: string, spbe: ReadonlyMap<string, string>, path: string, ctx: ImportContext, fileId?: string): Record<string, AttributeValue> {
  const attrs: Record<string, AttributeValue> = {}
  for (const [key, raw] of spbe) {
    if (!key.startsWith(SPBE_PROPERTIES.attrPrefix)) continue
    const name = key.slice(SPBE_PROPERTIES.attrPrefix.length)
    const def = attributeDef(kind, name)
    if (!def) {
      ctx.warn(`${path}/properties[${key}]`, `atribut "${name}" tidak dikenal untuk jenis ${kind}; diabaikan`, `attribute "${name}" is unknown for kind ${kind}; ignored`, fileId)
      continue
    }
    const value: AttributeValue = def.type === 'number' ? Number(raw) : def.type === 'boolean' ? raw === 'true' : raw
    const problem = def.type === 'boolean' && raw !== 'true' && raw !== 'false' ? { id: 'harus true/false', en: 'must be true or false' } : attributeValueProblem(def, value)
    if (problem) ctx.warn(`${path}/properties[${key}]`, `nilai "${raw}" diabaikan: ${problem.id}`, `value "${raw}" ignored: ${problem.en}`, fileId)
    else attrs[name] = value
  }
  return attrs
}

export function readRelationships(model: XmlNode, ctx: ImportContext, known: ReadonlySet<string>): ImportedRelationship[] {
  const nodes = children(child(model, 'relationships'), 'relationship')
  // Relationships may point at relationships, so every identifier is known before ends are checked.
  const ids = new Set(known)
  for (const n of nodes) {
    const id = attr(n, 'identifier')
    if (id) ids.add(id)
  }
  const out: ImportedRelationship[] = []
  nodes.forEach((node, i) => {
    const path = `/model/relationships/relationship[${i + 1}]`
    const fileId = attr(node, 'identifier')
    const type = attr(node, 'type')
    if (!fileId) return ctx.error(`${path}/@identifier`, 'atribut "identifier" wajib ada', 'attribute "identifier" is required')
    if (!type || !ARCHIMATE_RELATIONSHIP_TYPES.includes(type)) {
      return ctx.error(`${path}/@xsi:type`, `jenis relasi ArchiMate tidak dikenal: "${type ?? ''}" (yang diharapkan: ${ARCHIMATE_RELATIONSHIP_TYPES.join(', ')})`,
        `unknown ArchiMate relationship type "${type ?? ''}" (expected one of: ${ARCHIMATE_RELATIONSHIP_TYPES.join(', ')})`, fileId)
    }
    for (const end of ['source', 'target'] as const) {
      const ref = attr(node, end)
      if (!ref || !ids.has(ref)) {
        return ctx.error(`${path}/@${end}`, `menunjuk "${ref ?? ''}" yang tidak ada di berkas (diharapkan identifier elemen atau relasi)`,
          `points at "${ref ?? ''}", which is not in the file (expected the identifier of an element or relationship)`, fileId)
      }
    }
    const { spbe, other } = ctx.splitProperties(properties(node))
    const x: XRelationship = {
      id: ctx.mapId(fileId), type, source: ctx.mapId(attr(node, 'source')!), target: ctx.mapId(attr(node, 'target')!),
      names: langStrings(node, 'name'), documentation: langStrings(node, 'documentation'), properties: other,
      attributes: otherAttributes(node, new Set(['identifier', 'type', 'source', 'target'])),
    }
    const own = spbe.get(SPBE_PROPERTIES.kind)
    if (own && !relationKind(own)) ctx.warn(`${path}/properties[spbe:kind]`, `jenis relasi "${own}" tidak dikenal`, `unknown relation kind "${own}"`, fileId)
    out.push({ x, spbe, index: i })
  })
  return out
}

function clip(s: string, max: number, path: string, ctx: ImportContext, fileId: string): string {
  if (s.length <= max) return s
  ctx.warn(path, `teks dipotong menjadi ${max} karakter di model; teks lengkap disimpan bersama proyek dan kembali utuh saat ekspor ArchiMate selama tidak diubah`, `text cut to ${max} characters in the model; the full text is kept with the project and exported whole as long as it is not changed`, fileId)
  return s.slice(0, max)
}

function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k]
  return o
}


