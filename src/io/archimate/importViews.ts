import type { View, ViewNode } from '../../model/project.ts'
import { DOMAINS } from '../../model/metamodel/metamodel.ts'
import { LIMITS } from '../../model/file/projectSchema.ts'
import type { XConnection, XOrganization, XView, XViewNode } from './archimateExtras.ts'
import type { ImportContext } from './importContext.ts'
import type { XmlNode } from './safeXml.ts'
import { attr, child, children, langStrings, otherAttributes, preferred, properties } from './xmlRead.ts'

const NODE_ATTRS = new Set(['identifier', 'type', 'elementRef', 'x', 'y', 'w', 'h'])
const VIEW_ATTRS = new Set(['identifier', 'type'])

/**
 * Diagrams: each becomes a project view with one placement per element (the first node showing
 * it, positions absolute as the format has them); the whole node tree and the connections are
 * kept in the extras.
 */
export function readViews(model: XmlNode, ctx: ImportContext, elements: ReadonlySet<string>): { views: View[]; kept: Record<string, XView> } {
  const views: View[] = []
  const kept: Record<string, XView> = {}
  children(child(child(model, 'views'), 'diagrams'), 'view').forEach((node, i) => {
    const path = `/model/views/diagrams/view[${i + 1}]`
    const fileId = attr(node, 'identifier')
    if (!fileId) return ctx.error(`${path}/@identifier`, 'atribut "identifier" wajib ada', 'attribute "identifier" is required')
    const id = ctx.mapId(fileId)
    const names = langStrings(node, 'name')
    const placements: ViewNode[] = []
    const placed = new Set<string>()
    const readNode = (n: XmlNode, p: string): XViewNode | undefined => {
      const nid = attr(n, 'identifier')
      const num = (a: string): number => Number(attr(n, a))
      const [x, y, w, h] = [num('x'), num('y'), num('w'), num('h')]
      if (!nid || ![x, y, w, h].every(Number.isFinite)) {
        ctx.error(p, 'simpul diagram harus punya identifier, x, y, w dan h berupa angka', 'a diagram node needs an identifier and numeric x, y, w and h', nid ?? fileId)
        return undefined
      }
      const ref = attr(n, 'elementRef')
      const elementRef = ref !== undefined ? ctx.mapId(ref) : undefined
      if (elementRef !== undefined && elements.has(elementRef) && !placed.has(elementRef)) {
        placed.add(elementRef)
        placements.push({ element: elementRef, x, y, w: Math.max(1, w), h: Math.max(1, h) })
      }
      const kids = children(n, 'node').map((c, j) => readNode(c, `${p}/node[${j + 1}]`)).filter((c): c is XViewNode => c !== undefined)
      const style = child(n, 'style')
      return {
        id: nid, type: attr(n, 'type') ?? 'Element', ...(elementRef !== undefined ? { elementRef } : {}), x, y, w, h,
        labels: langStrings(n, 'label'), documentation: langStrings(n, 'documentation'), ...(style ? { style } : {}),
        attributes: otherAttributes(n, NODE_ATTRS), children: kids,
      }
    }
    const nodes = children(node, 'node').map((n, j) => readNode(n, `${path}/node[${j + 1}]`)).filter((n): n is XViewNode => n !== undefined)
    const connections = children(node, 'connection').map((c): XConnection => {
      const point = (p: XmlNode | undefined): { x: number; y: number } | undefined => (p ? { x: Number(attr(p, 'x')) || 0, y: Number(attr(p, 'y')) || 0 } : undefined)
      const rel = attr(c, 'relationshipRef')
      const style = child(c, 'style')
      const sa = point(child(c, 'sourceAttachment'))
      const ta = point(child(c, 'targetAttachment'))
      return {
        id: attr(c, 'identifier') ?? '', type: attr(c, 'type') ?? 'Relationship', ...(rel !== undefined ? { relationshipRef: ctx.mapId(rel) } : {}),
        source: attr(c, 'source') ?? '', target: attr(c, 'target') ?? '',
        labels: langStrings(c, 'label'), documentation: langStrings(c, 'documentation'), ...(style ? { style } : {}),
        ...(sa ? { sourceAttachment: sa } : {}), bendpoints: children(c, 'bendpoint').map((b) => point(b)!), ...(ta ? { targetAttachment: ta } : {}),
      }
    })
    const { spbe, other } = ctx.splitProperties(properties(node))
    const layout = spbe.get('spbe:layout')
    const domain = spbe.get('spbe:domain')
    views.push({
      id, name: ((preferred(names) ?? '').trim() || fileId).slice(0, LIMITS.nameLength),
      layout: layout === 'domain' || layout === 'layered' ? layout : 'custom',
      ...(domain && DOMAINS.some((d) => d.id === domain) ? { domain } : {}),
      nodes: placements,
    })
    kept[id] = { names, documentation: langStrings(node, 'documentation'), properties: other, attributes: otherAttributes(node, VIEW_ATTRS), nodes, connections }
  })
  return { views, kept }
}

export function readOrganizations(model: XmlNode, ctx: ImportContext): XOrganization[] {
  const read = (n: XmlNode): XOrganization => {
    const id = attr(n, 'identifier')
    const ref = attr(n, 'identifierRef')
    return {
      ...(id !== undefined ? { id } : {}), ...(ref !== undefined ? { ref: ctx.mapId(ref) } : {}),
      labels: langStrings(n, 'label'), documentation: langStrings(n, 'documentation'), items: children(n, 'item').map(read),
    }
  }
  return children(model, 'organizations').flatMap((o) => children(o, 'item').map(read))
}

/** Folder names that read like a perangkat daerah (Dinas ..., Badan ..., Kecamatan ...). */
const OPD_NAME = /^(dinas|badan|sekretariat|inspektorat|kecamatan|satuan polisi|satpol|kantor|bagian|rsud|rumah sakit umum daerah|kelurahan)\b/i

/**
 * Folders that look like OPD become the project's OPD, owning the elements filed under them
 * (unless the file already named an owner); other folders stay only in the extras.
 */
export function opdFromFolders(roots: readonly XOrganization[]): { opd: { id: string; name: string }[]; owner: Map<string, string> } {
  const opd: { id: string; name: string }[] = []
  const owner = new Map<string, string>()
  const byName = new Map<string, string>()
  const walk = (o: XOrganization, current: string | undefined): void => {
    let here = current
    const label = (preferred(o.labels) ?? '').trim()
    if (o.ref === undefined && OPD_NAME.test(label)) {
      here = byName.get(label.toLowerCase())
      if (!here) {
        here = `opd-${opd.length + 1}`
        byName.set(label.toLowerCase(), here)
        opd.push({ id: here, name: label.slice(0, LIMITS.nameLength) })
      }
    }
    if (o.ref !== undefined && here && !owner.has(o.ref)) owner.set(o.ref, here)
    for (const i of o.items) walk(i, here)
  }
  for (const r of roots) walk(r, undefined)
  return { opd, owner }
}
