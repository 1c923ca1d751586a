import { parseXmlSafely, type XmlNode } from './safeXml.ts'
import { attr, child, children, langStrings } from './xmlRead.ts'

/** What an exchange file holds, as comparable keys: the ground truth a round trip must keep. */
export interface ExchangeInventory {
  readonly elements: ReadonlyMap<string, string>
  readonly relationships: ReadonlyMap<string, string>
  /** `<concept id>|<property definition name>|<value>` */
  readonly properties: ReadonlySet<string>
  /** Folder paths by label, e.g. `Business/Actors`. */
  readonly folders: ReadonlySet<string>
  /** `<view id>|<node id>` */
  readonly viewNodes: ReadonlySet<string>
  readonly connections: ReadonlySet<string>
}

export function inventory(xml: string): ExchangeInventory {
  const parsed = parseXmlSafely(xml)
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message.en).join('; '))
  const model = parsed.root.model as XmlNode
  const defNames = new Map(children(child(model, 'propertyDefinitions'), 'propertyDefinition').map((d) => [attr(d, 'identifier') ?? '', langStrings(d, 'name')[0]?.text ?? '']))
  const properties = new Set<string>()
  const propsOf = (owner: string, n: XmlNode): void => {
    for (const p of children(child(n, 'properties'), 'property')) {
      properties.add(`${owner}|${defNames.get(attr(p, 'propertyDefinitionRef') ?? '') ?? ''}|${langStrings(p, 'value').map((v) => v.text).join('/')}`)
    }
  }
  propsOf('(model)', model)
  const elements = new Map<string, string>()
  for (const e of children(child(model, 'elements'), 'element')) {
    elements.set(attr(e, 'identifier') ?? '', attr(e, 'type') ?? '')
    propsOf(attr(e, 'identifier') ?? '', e)
  }
  const relationships = new Map<string, string>()
  for (const r of children(child(model, 'relationships'), 'relationship')) {
    relationships.set(attr(r, 'identifier') ?? '', `${attr(r, 'type')} ${attr(r, 'source')} -> ${attr(r, 'target')} ${attr(r, 'accessType') ?? ''}`.trim())
    propsOf(attr(r, 'identifier') ?? '', r)
  }
  const folders = new Set<string>()
  const walk = (items: XmlNode[], prefix: string): void => {
    for (const i of items) {
      if (attr(i, 'identifierRef') !== undefined) continue
      const path = `${prefix}${langStrings(i, 'label')[0]?.text ?? ''}`
      folders.add(path)
      walk(children(i, 'item'), `${path}/`)
    }
  }
  for (const o of children(model, 'organizations')) walk(children(o, 'item'), '')
  const viewNodes = new Set<string>()
  const connections = new Set<string>()
  for (const v of children(child(child(model, 'views'), 'diagrams'), 'view')) {
    const vid = attr(v, 'identifier') ?? ''
    const nodes = (ns: XmlNode[]): void => ns.forEach((n) => (viewNodes.add(`${vid}|${attr(n, 'identifier')}`), nodes(children(n, 'node'))))
    nodes(children(v, 'node'))
    for (const c of children(v, 'connection')) connections.add(`${vid}|${attr(c, 'identifier')}`)
  }
  return { elements, relationships, properties, folders, viewNodes, connections }
}

export interface RoundTripReport {
  readonly ok: boolean
  readonly counts: Readonly<Record<keyof ExchangeInventory, readonly [before: number, after: number]>>
  /** Up to a few examples of what the second file lost or changed. */
  readonly problems: readonly string[]
}

/** Everything in `before` must be in `after` unchanged (after may hold more, e.g. added plateaus). */
export function compareRoundTrip(before: ExchangeInventory, after: ExchangeInventory): RoundTripReport {
  const problems: string[] = []
  const counts = {} as Record<keyof ExchangeInventory, readonly [number, number]>
  for (const key of ['elements', 'relationships', 'properties', 'folders', 'viewNodes', 'connections'] as const) {
    const a = before[key]
    const b = after[key]
    counts[key] = [a.size, b.size]
    if (a instanceof Map) {
      for (const [id, v] of a) {
        const w = (b as ReadonlyMap<string, string>).get(id)
        if (w !== v && problems.length < 20) problems.push(`${key} ${id}: ${v} -> ${w ?? '(missing)'}`)
      }
    } else {
      for (const k of a as ReadonlySet<string>) if (!(b as ReadonlySet<string>).has(k) && problems.length < 20) problems.push(`${key} missing: ${k}`)
    }
  }
  return { ok: problems.length === 0, counts, problems }
}
