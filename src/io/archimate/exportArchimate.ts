import { XMLBuilder } from 'fast-xml-parser'
import type { Roadmap } from '../../analysis/roadmap/activity.ts'
import type { Element, ProjectData, Relation } from '../../model/project.ts'
import { compareStrings } from '../../model/order.ts'
import { LIMITS } from '../../model/file/projectSchema.ts'
import type { ArchimateExtras, LangString, XProperty, XRelationship } from './archimateExtras.ts'
import { ARCHIMATE_ELEMENT_TYPES, KIND_TO_ARCHIMATE, RELATION_TO_ARCHIMATE, SPBE_PROPERTIES } from './archimateMapping.ts'
import { readArchimateInterop } from './archimateInterop.ts'
import { ExportContext, langElements, ncName, withPreferred, type XmlObject } from './exportContext.ts'
import { organizationsXml } from './exportOrganizations.ts'
import { planConcepts, type PlanConcepts } from './exportPlan.ts'
import { viewsXml } from './exportViews.ts'
import { projectExtensionProperties, projectProperties } from './projectProperties.ts'

export const ARCHIMATE_NAMESPACE = 'http://www.opengroup.org/xsd/archimate/3.0/'
const XSI = 'http://www.w3.org/2001/XMLSchema-instance'
const SCHEMA_LOCATION = `${ARCHIMATE_NAMESPACE} http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd`

export interface ExportOptions {
  /**
   * What the project's import kept beyond the model, merged back so nothing of the file is lost.
   * Defaults to the project's own `interop.archimate` when that has the expected shape.
   */
  readonly extras?: ArchimateExtras
  /** The generated Peta Rencana: kegiatan become Work Packages and their gaps Gap elements. */
  readonly roadmap?: Roadmap
}

/** An element or relationship ready to be written, keyed by the identifier it gets in the file. */
export interface Concept {
  readonly id: string
  readonly type: string
  readonly names: readonly LangString[]
  readonly documentation: readonly LangString[]
  readonly properties: readonly XProperty[]
  readonly source?: string
  readonly target?: string
  readonly attributes?: Readonly<Record<string, string>>
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false })

/**
 * A project as an ArchiMate 3.1 Model Exchange File. Pure and deterministic: concepts are
 * written in identifier order, so the same project (and extras) gives the same bytes.
 */
export function exportArchimate(data: ProjectData, given: ExportOptions = {}): string {
  const extras = given.extras ?? readArchimateInterop(data).extras
  const options: ExportOptions = { ...given, ...(extras ? { extras } : {}) }
  const ctx = new ExportContext(extras)
  const xid = (projectId: string): string => extras?.ids[projectId] ?? ncName(projectId)

  const elements = data.elements.map((e) => elementConcept(e, ctx, xid))
  const existing = new Set(data.elements.map((e) => e.id))
  const relationships = relationConcepts(data, ctx, xid, existing)
  const plan: PlanConcepts = planConcepts(data, ctx, xid, options)
  const allElements = sortById([...elements, ...plan.elements])
  const allRelationships = sortById([...relationships, ...plan.relationships])
  for (const c of [...allElements, ...allRelationships]) ctx.claim(c.id)

  // A foreign file gets no Cetakbiru project properties it never had; a Cetakbiru file gets them all.
  const modelProps = [...(extras?.model.properties ?? []), ...(extras && !extras.cetakbiru ? projectExtensionProperties(data, ctx) : projectProperties(data, ctx))]
  const views = viewsXml(data, ctx, xid, allRelationships)
  const model: XmlObject = {
    '@_xmlns': ARCHIMATE_NAMESPACE,
    '@_xmlns:xsi': XSI,
    '@_xsi:schemaLocation': SCHEMA_LOCATION,
    '@_identifier': extras?.model.id ?? ncName(data.project.id),
    name: langElements(withPreferred(extras?.model.names, data.project.name, LIMITS.nameLength)),
    documentation: langElements(withPreferred(extras?.model.documentation, data.project.description, LIMITS.descriptionLength)),
    properties: ctx.propertiesXml(modelProps),
    elements: allElements.length ? { element: allElements.map((c) => conceptXml(c, ctx)) } : undefined,
    relationships: allRelationships.length ? { relationship: allRelationships.map((c) => conceptXml(c, ctx)) } : undefined,
    organizations: organizationsXml(data, extras, xid, allElements, allRelationships, views.ids, plan),
    propertyDefinitions: ctx.definitionsXml(),
    views: views.xml,
  }
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' }, model: dropEmpty(model) }) as string
}

function elementConcept(e: Element, ctx: ExportContext, xid: (id: string) => string): Concept {
  const x = ctx.extras?.elements[e.id]
  // The file's type survives as long as the element still has the kind the import gave it.
  const type = x && (ARCHIMATE_ELEMENT_TYPES[x.type]?.kind === e.kind || KIND_TO_ARCHIMATE[e.kind] === x.type) ? x.type : KIND_TO_ARCHIMATE[e.kind] ?? 'Grouping'
  const props: XProperty[] = [...(x?.properties.filter((p) => !isSpbeProperty(p, ctx)) ?? [])]
  if (ARCHIMATE_ELEMENT_TYPES[type]?.kind !== e.kind) props.push(ctx.prop(SPBE_PROPERTIES.kind, e.kind))
  if (e.code) props.push(ctx.prop(SPBE_PROPERTIES.code, e.code))
  if (e.refCodes?.length) props.push(ctx.prop(SPBE_PROPERTIES.refCodes, e.refCodes.join(' ')))
  if (e.ownerOpd) props.push(ctx.prop(SPBE_PROPERTIES.ownerOpd, e.ownerOpd))
  if (e.userOpds?.length) props.push(ctx.prop(SPBE_PROPERTIES.userOpds, e.userOpds.join(' ')))
  if (e.goals?.length) props.push(ctx.prop(SPBE_PROPERTIES.goals, e.goals.join(' ')))
  props.push(...ctx.attrProps(e.kind, e.attrs))
  return { id: xid(e.id), type, names: withPreferred(x?.names, e.name, LIMITS.nameLength), documentation: withPreferred(x?.documentation, e.description, LIMITS.descriptionLength), properties: props }
}

/** Cetakbiru's own properties read at import are written afresh from the project, not copied. */
function isSpbeProperty(p: XProperty, ctx: ExportContext): boolean {
  const def = ctx.extras?.propertyDefinitions.find((d) => d.id === p.ref)
  return def?.names.some((n) => n.text.startsWith('spbe:')) ?? false
}

function relationConcepts(data: ProjectData, ctx: ExportContext, xid: (id: string) => string, elements: ReadonlySet<string>): Concept[] {
  const fromFile = new Map((ctx.extras?.relationships ?? []).map((r) => [r.id, r]))
  const out: Concept[] = data.relations.map((r) => relationConcept(r, fromFile.get(r.id), ctx, xid))
  // Relationships the model has no kind for come back from the extras while both their ends are still there.
  const inProject = new Set(data.relations.map((r) => r.id))
  let pending = (ctx.extras?.relationships ?? []).filter((r) => !r.relation && !inProject.has(r.id))
  const present = new Set([...elements, ...inProject, ...pending.map((r) => r.id)])
  for (let changed = true; changed;) {
    changed = false
    pending = pending.filter((r) => {
      const keep = present.has(r.source) && present.has(r.target)
      if (!keep) {
        present.delete(r.id)
        changed = true
      }
      return keep
    })
  }
  for (const r of pending) {
    out.push({ id: xid(r.id), type: r.type, names: r.names, documentation: r.documentation, properties: r.properties, source: xid(r.source), target: xid(r.target), attributes: r.attributes })
  }
  return out
}

function relationConcept(r: Relation, x: XRelationship | undefined, ctx: ExportContext, xid: (id: string) => string): Concept {
  const mapping = RELATION_TO_ARCHIMATE[r.kind]
  const same = x?.relation === r.kind
  const [source, target] = mapping?.reversed ? [r.target, r.source] : [r.source, r.target]
  const attributes = same ? x!.attributes : mapping?.accessType ? { accessType: mapping.accessType } : {}
  const props = [...(same ? x!.properties.filter((p) => !isSpbeProperty(p, ctx)) : []), ...ctx.attrProps(r.kind, r.attrs)]
  if (!same || !mapping || ctx.extras?.cetakbiru) props.push(ctx.prop(SPBE_PROPERTIES.kind, r.kind))
  return {
    id: xid(r.id), type: same ? x!.type : mapping?.type ?? 'Association', names: x?.names ?? [], documentation: x?.documentation ?? [],
    properties: props, source: xid(source), target: xid(target), attributes,
  }
}

function conceptXml(c: Concept, ctx: ExportContext): XmlObject {
  const attrs: XmlObject = { '@_identifier': c.id }
  if (c.source !== undefined) attrs['@_source'] = c.source
  if (c.target !== undefined) attrs['@_target'] = c.target
  attrs['@_xsi:type'] = c.type
  for (const k of Object.keys(c.attributes ?? {}).sort()) attrs[`@_${k}`] = c.attributes![k]
  return dropEmpty({
    ...attrs,
    name: langElements(c.names),
    documentation: langElements(c.documentation),
    properties: ctx.propertiesXml(c.properties),
  })
}

function sortById(cs: Concept[]): Concept[] {
  return cs.sort((a, b) => compareStrings(a.id, b.id))
}

/** Leaves out undefined values and empty lists, which the schema would refuse as empty elements. */
export function dropEmpty(o: XmlObject): XmlObject {
  for (const k of Object.keys(o)) {
    const v = o[k]
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete o[k]
  }
  return o
}
