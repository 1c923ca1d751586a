import type { ProjectData, View, ViewNode } from '../../model/project.ts'
import { compareStrings } from '../../model/order.ts'
import type { XConnection, XProperty, XView, XViewNode } from './archimateExtras.ts'
import type { Concept } from './exportArchimate.ts'
import { langElements, ncName, withPreferred, type ExportContext, type XmlObject } from './exportContext.ts'

const safe = (s: string): string => s.replace(/[^A-Za-z0-9_.-]/g, '_')
/** Node and connection identifiers of a view written afresh (ownExport.ts recognises them). */
export const ownNodeId = (viewId: string, elementId: string): string => `n-${safe(viewId)}.${safe(elementId)}`
export const ownConnectionId = (viewId: string, relationshipId: string): string => `c-${safe(viewId)}.${relationshipId}`
/** The schema wants whole, non-negative positions and sizes of at least 1. */
const pos = (n: number, shift: number): number => Math.max(0, Math.round(n + shift))
const size = (n: number): number => Math.max(1, Math.round(n))

/**
 * The views as diagrams. A view the import kept keeps its node ids, labels, containers, styles and
 * connections, with the positions the project has now; other views get a node per placement and
 * a connection per relationship between two placed elements.
 */
export function viewsXml(data: ProjectData, ctx: ExportContext, xid: (id: string) => string, relationships: readonly Concept[]): { xml?: XmlObject; ids: Map<string, string> } {
  const ids = new Map<string, string>()
  const elements = new Set(data.elements.map((e) => e.id))
  const relById = new Map(relationships.map((r) => [r.id, r]))
  const diagrams: XmlObject[] = []
  for (const v of [...data.views].sort((a, b) => compareStrings(a.id, b.id))) {
    const id = ctx.claim(ctx.extras?.ids[v.id] ?? ncName(v.id))
    ids.set(v.id, id)
    const x = ctx.extras?.views[v.id]
    diagrams.push(x ? keptView(v, x, id, ctx, xid, elements, relById) : newView(v, id, ctx, xid, relationships))
  }
  return { ...(diagrams.length ? { xml: { diagrams: { view: diagrams } } } : {}), ids }
}

/** Cetakbiru's own view settings, read back by the import. */
function viewProps(v: View, ctx: ExportContext): XProperty[] {
  return [ctx.prop('spbe:layout', v.layout), ...(v.domain ? [ctx.prop('spbe:domain', v.domain)] : [])]
}

function shiftOf(nodes: readonly { x: number; y: number }[]): { dx: number; dy: number } {
  let minX = 0
  let minY = 0
  for (const n of nodes) {
    minX = Math.min(minX, n.x)
    minY = Math.min(minY, n.y)
  }
  return { dx: -minX, dy: -minY }
}

function newView(v: View, id: string, ctx: ExportContext, xid: (id: string) => string, relationships: readonly Concept[]): XmlObject {
  const { dx, dy } = shiftOf(v.nodes)
  const nodeIds = new Map<string, string>()
  const nodes = v.nodes.map((n) => {
    const nid = ctx.claim(ownNodeId(v.id, n.element))
    nodeIds.set(xid(n.element), nid)
    return { '@_identifier': nid, '@_xsi:type': 'Element', '@_elementRef': xid(n.element), '@_x': pos(n.x, dx), '@_y': pos(n.y, dy), '@_w': size(n.w), '@_h': size(n.h) }
  })
  const connections = relationships
    .filter((r) => r.source && r.target && nodeIds.has(r.source) && nodeIds.has(r.target))
    .map((r) => ({
      '@_identifier': ctx.claim(ownConnectionId(v.id, r.id)), '@_xsi:type': 'Relationship', '@_relationshipRef': r.id,
      '@_source': nodeIds.get(r.source!), '@_target': nodeIds.get(r.target!),
    }))
  return compact({
    '@_identifier': id, '@_xsi:type': 'Diagram',
    name: langElements([{ lang: 'id', text: v.name }]),
    properties: ctx.propertiesXml(viewProps(v, ctx)),
    node: nodes, connection: connections,
  })
}

function keptView(
  v: View, x: XView, id: string, ctx: ExportContext, xid: (id: string) => string,
  elements: ReadonlySet<string>, relById: ReadonlyMap<string, Concept>,
): XmlObject {
  const placed = new Map<string, ViewNode>(v.nodes.map((n) => [n.element, n]))
  const used = new Set<string>()
  const kept = new Set<string>()
  // Nodes of elements deleted, or taken off this view, since the import go; their children move
  // up a level so nothing else is lost.
  const walk = (nodes: readonly XViewNode[]): XViewNode[] => nodes.flatMap((n) => {
    const inner = walk(n.children)
    if (n.elementRef !== undefined && (!elements.has(n.elementRef) || !placed.has(n.elementRef))) return inner
    let geometry = { x: n.x, y: n.y, w: n.w, h: n.h }
    if (n.elementRef !== undefined && !used.has(n.elementRef)) {
      used.add(n.elementRef)
      const p = placed.get(n.elementRef)
      if (p) geometry = { x: p.x, y: p.y, w: p.w, h: p.h }
    }
    kept.add(n.id)
    return [{ ...n, ...geometry, children: inner }]
  })
  const tree = walk(x.nodes)
  const added: XViewNode[] = v.nodes.filter((n) => !used.has(n.element)).map((n) => ({
    id: ownNodeId(v.id, n.element), type: 'Element', elementRef: n.element, x: n.x, y: n.y, w: n.w, h: n.h,
    labels: [], documentation: [], attributes: {}, children: [],
  }))
  const all = [...tree, ...added]
  const flat: XViewNode[] = []
  const collect = (ns: readonly XViewNode[]): void => ns.forEach((n) => (flat.push(n), collect(n.children)))
  collect(all)
  const { dx, dy } = shiftOf(flat)
  const nodeXml = (n: XViewNode): XmlObject => {
    const out: XmlObject = { '@_identifier': ctx.claim(n.id), '@_xsi:type': n.type }
    if (n.elementRef !== undefined) out['@_elementRef'] = xid(n.elementRef)
    Object.assign(out, { '@_x': pos(n.x, dx), '@_y': pos(n.y, dy), '@_w': size(n.w), '@_h': size(n.h) })
    for (const k of Object.keys(n.attributes).sort()) out[`@_${k}`] = n.attributes[k]
    return compact({ ...out, label: langElements(n.labels), documentation: langElements(n.documentation), style: n.style, node: n.children.map(nodeXml) })
  }
  const connections = x.connections
    .filter((c) => kept.has(c.source) && kept.has(c.target) && (c.relationshipRef === undefined || relById.has(xid(c.relationshipRef))))
    .map((c) => connectionXml(c, ctx, xid, dx, dy))
  return compact({
    '@_identifier': id, '@_xsi:type': 'Diagram',
    ...Object.fromEntries(Object.keys(x.attributes).sort().map((k) => [`@_${k}`, x.attributes[k]])),
    name: langElements(withPreferred(x.names, v.name)),
    documentation: langElements(x.documentation),
    properties: ctx.propertiesXml([...x.properties, ...(ctx.extras?.cetakbiru ? viewProps(v, ctx) : [])]),
    node: all.map(nodeXml),
    connection: connections,
  })
}

function connectionXml(c: XConnection, ctx: ExportContext, xid: (id: string) => string, dx: number, dy: number): XmlObject {
  const out: XmlObject = { '@_identifier': ctx.claim(c.id), '@_xsi:type': c.type }
  if (c.relationshipRef !== undefined) out['@_relationshipRef'] = xid(c.relationshipRef)
  out['@_source'] = c.source
  out['@_target'] = c.target
  const point = (p: { x: number; y: number } | undefined): XmlObject | undefined => (p ? { '@_x': pos(p.x, dx), '@_y': pos(p.y, dy) } : undefined)
  return compact({
    ...out,
    label: langElements(c.labels), documentation: langElements(c.documentation), style: c.style,
    sourceAttachment: point(c.sourceAttachment), bendpoint: c.bendpoints.map((b) => point(b)!), targetAttachment: point(c.targetAttachment),
  })
}

function compact(o: XmlObject): XmlObject {
  for (const k of Object.keys(o)) {
    const v = o[k]
    if (v === undefined || (Array.isArray(v) && v.length === 0)) delete o[k]
  }
  return o
}
