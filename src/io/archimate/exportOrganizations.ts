import { DOMAINS, elementKind } from '../../model/metamodel/metamodel.ts'
import { compareStrings } from '../../model/order.ts'
import type { ProjectData } from '../../model/project.ts'
import type { ArchimateExtras, LangString, XOrganization } from './archimateExtras.ts'
import type { Concept } from './exportArchimate.ts'
import { langElements, type XmlObject } from './exportContext.ts'
import type { PlanConcepts } from './exportPlan.ts'

/** The folders of a project of its own besides one per domain and OPD (ownExport.ts recognises them). */
export const OWN_FOLDERS = { unowned: 'Tanpa OPD', relations: 'Relasi', plan: 'Kondisi dan Peta Rencana', views: 'Diagram' } as const

const label = (text: string): LangString[] => [{ lang: 'id', text }]
const folder = (name: string, items: XOrganization[]): XOrganization => ({ labels: label(name), documentation: [], items })
const ref = (id: string): XOrganization => ({ ref: id, labels: [], documentation: [], items: [] })

/**
 * The organizations (folder tree). A kept tree is written again as it was, without references
 * to concepts that are gone, and anything not in it lands in one extra folder. A project of its
 * own gets a folder per domain with a sub-folder per OPD, then relations, plan and views.
 */
export function organizationsXml(
  data: ProjectData, extras: ArchimateExtras | undefined, xid: (id: string) => string,
  elements: readonly Concept[], relationships: readonly Concept[], views: ReadonlyMap<string, string>, plan: PlanConcepts,
): XmlObject | undefined {
  const present = new Set([...elements.map((c) => c.id), ...relationships.map((c) => c.id), ...views.values()])
  let roots: XOrganization[]
  if (extras) {
    const placed = new Set<string>()
    const prune = (o: XOrganization): XOrganization | undefined => {
      const r = o.ref !== undefined ? xid(o.ref) : undefined
      if (r !== undefined && !present.has(r)) return undefined
      if (r !== undefined) placed.add(r)
      return { ...o, ...(r !== undefined ? { ref: r } : {}), items: o.items.map(prune).filter((i): i is XOrganization => i !== undefined) }
    }
    roots = extras.organizations.map(prune).filter((i): i is XOrganization => i !== undefined)
    const rest = [...present].filter((id) => !placed.has(id)).sort(compareStrings)
    // A file without folders stays without; otherwise the newcomers get one folder of their own.
    if (rest.length && extras.organizations.length) roots.push(folder('Cetakbiru', rest.map(ref)))
  } else {
    roots = ownFolders(data, xid, relationships, views, plan)
  }
  if (roots.length === 0) return undefined
  return { item: roots.map(itemXml) }
}

function ownFolders(data: ProjectData, xid: (id: string) => string, relationships: readonly Concept[], views: ReadonlyMap<string, string>, plan: PlanConcepts): XOrganization[] {
  const opdName = new Map(data.opd.map((o) => [o.id, o.name]))
  const roots: XOrganization[] = []
  for (const d of DOMAINS) {
    const byOpd = new Map<string, string[]>()
    for (const e of data.elements) {
      if (elementKind(e.kind)?.domain !== d.id) continue
      const key = e.ownerOpd && opdName.has(e.ownerOpd) ? e.ownerOpd : ''
      const list = byOpd.get(key) ?? []
      list.push(xid(e.id))
      byOpd.set(key, list)
    }
    if (byOpd.size === 0) continue
    const sub = [...byOpd.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : compareStrings(opdName.get(a)!, opdName.get(b)!)))
    roots.push(folder(d.label.id, sub.map((k) => folder(k === '' ? OWN_FOLDERS.unowned : opdName.get(k)!, byOpd.get(k)!.sort(compareStrings).map(ref)))))
  }
  const planIds = new Set(plan.relationships.map((r) => r.id))
  const own = relationships.filter((r) => !planIds.has(r.id)).map((r) => r.id)
  if (own.length) roots.push(folder(OWN_FOLDERS.relations, own.map(ref)))
  if (plan.elements.length) roots.push(folder(OWN_FOLDERS.plan, [...plan.elements.map((c) => c.id), ...planIds].map(ref)))
  if (views.size) roots.push(folder(OWN_FOLDERS.views, [...views.values()].map(ref)))
  return roots
}

function itemXml(o: XOrganization): XmlObject {
  const out: XmlObject = {}
  if (o.id !== undefined) out['@_identifier'] = o.id
  if (o.ref !== undefined) out['@_identifierRef'] = o.ref
  const labels = langElements(o.labels)
  const docs = langElements(o.documentation)
  if (labels.length) out.label = labels
  if (docs.length) out.documentation = docs
  if (o.items.length) out.item = o.items.map(itemXml)
  return out
}
