import * as Y from 'yjs'
import type {
  AttributeValue, Element, Membership, Relation, State, View, ViewNode,
} from '../project.ts'
import type { StateStatus } from '../metamodel/types.ts'
import {
  ATTR_PREFIX, MEMBER_PREFIX, NODE_PREFIX, STATE_ATTR_PREFIX, STATUS_PREFIX,
  attrKey, memberKey, nodeKey, setFields, stateAttrKey, statusKey, type RecordMap,
} from './docSchema.ts'

/**
 * Conversion between one record's Y.Map and its plain form, in both directions. Reading is on
 * the projection's hot path: one pass over the map's keys, no intermediate arrays.
 */

interface MemberFields {
  attrs: Record<string, AttributeValue>
  states: Record<string, { status?: StateStatus; attrs?: Record<string, AttributeValue> }>
  plain: Record<string, unknown>
}

function readMemberFields(map: RecordMap): MemberFields {
  const attrs: Record<string, AttributeValue> = {}
  const states: MemberFields['states'] = {}
  const plain: Record<string, unknown> = {}
  const overrides: [string, string, AttributeValue][] = []
  const statuses: [string, StateStatus][] = []
  map.forEach((value, key) => {
    if (key.startsWith(ATTR_PREFIX)) attrs[key.slice(ATTR_PREFIX.length)] = value as AttributeValue
    else if (key.startsWith(MEMBER_PREFIX)) states[key.slice(MEMBER_PREFIX.length)] = {}
    else if (key.startsWith(STATUS_PREFIX)) statuses.push([key.slice(STATUS_PREFIX.length), value as StateStatus])
    else if (key.startsWith(STATE_ATTR_PREFIX)) {
      const rest = key.slice(STATE_ATTR_PREFIX.length)
      const sep = rest.indexOf(':')
      overrides.push([rest.slice(0, sep), rest.slice(sep + 1), value as AttributeValue])
    } else plain[key] = value
  })
  // Status and overrides count only while the record is a member of that state.
  for (const [stateId, status] of statuses) {
    const m = states[stateId]
    if (m) m.status = status
  }
  for (const [stateId, name, value] of overrides) {
    const m = states[stateId]
    if (m) (m.attrs ??= {})[name] = value
  }
  return { attrs, states, plain }
}

function writeMemberFields(map: RecordMap, attrs: Readonly<Record<string, AttributeValue>>, states: Readonly<Record<string, Membership>>): void {
  for (const [name, value] of Object.entries(attrs)) map.set(attrKey(name), value)
  for (const [stateId, m] of Object.entries(states)) writeMembership(map, stateId, m)
}

export function writeMembership(map: RecordMap, stateId: string, m: Membership): void {
  map.set(memberKey(stateId), true)
  if (m.status) map.set(statusKey(stateId), m.status)
  if (m.attrs) for (const [name, value] of Object.entries(m.attrs)) map.set(stateAttrKey(stateId, name), value)
}

/** Removes a state's membership, status and overrides from a record. */
export function clearMembership(map: RecordMap, stateId: string): void {
  const prefix = `${STATE_ATTR_PREFIX}${stateId}:`
  for (const key of [...map.keys()]) if (key.startsWith(prefix)) map.delete(key)
  map.delete(statusKey(stateId))
  map.delete(memberKey(stateId))
}

export function readElement(id: string, map: RecordMap): Element {
  const { attrs, states, plain } = readMemberFields(map)
  const e: {
    -readonly [K in keyof Element]: Element[K]
  } = { id, kind: plain.kind as string, name: (plain.name as string) ?? '', attrs, states }
  if (plain.code !== undefined) e.code = plain.code as string
  if (plain.description !== undefined) e.description = plain.description as string
  if (plain.ownerOpd !== undefined) e.ownerOpd = plain.ownerOpd as string
  if (plain.userOpds !== undefined) e.userOpds = plain.userOpds as string[]
  if (plain.refCodes !== undefined) e.refCodes = plain.refCodes as string[]
  if (plain.goals !== undefined) e.goals = plain.goals as string[]
  return e
}

export function writeElement(map: RecordMap, e: Element): void {
  setFields(map, {
    kind: e.kind, name: e.name, code: e.code, description: e.description, ownerOpd: e.ownerOpd,
    userOpds: e.userOpds, refCodes: e.refCodes, goals: e.goals,
  })
  writeMemberFields(map, e.attrs, e.states)
}

export function readRelation(id: string, map: RecordMap): Relation {
  const { attrs, states, plain } = readMemberFields(map)
  return { id, kind: plain.kind as string, source: plain.source as string, target: plain.target as string, attrs, states }
}

export function writeRelation(map: RecordMap, r: Relation): void {
  setFields(map, { kind: r.kind, source: r.source, target: r.target })
  writeMemberFields(map, r.attrs, r.states)
}

export function readView(id: string, map: RecordMap): View {
  const nodes: ViewNode[] = []
  const plain: Record<string, unknown> = {}
  map.forEach((value, key) => {
    if (key.startsWith(NODE_PREFIX)) {
      const p = value as Omit<ViewNode, 'element'>
      nodes.push({ element: key.slice(NODE_PREFIX.length), x: p.x, y: p.y, w: p.w, h: p.h })
    } else plain[key] = value
  })
  const v: { -readonly [K in keyof View]: View[K] } = { id, name: plain.name as string, layout: plain.layout as View['layout'], nodes }
  if (plain.domain !== undefined) v.domain = plain.domain as string
  return v
}

export function writeView(map: RecordMap, v: View): void {
  setFields(map, { name: v.name, layout: v.layout, domain: v.domain })
  for (const n of v.nodes) map.set(nodeKey(n.element), { x: n.x, y: n.y, w: n.w, h: n.h })
}

/** Records whose fields are plain values map one-to-one onto their Y.Map. */
export function readPlain<T extends { id: string }>(id: string, map: RecordMap): T {
  const out: Record<string, unknown> = { id }
  map.forEach((value, key) => {
    out[key] = value
  })
  return out as T
}

export function writePlain(map: RecordMap, record: object): void {
  const { id: _id, ...fields } = record as Record<string, unknown>
  setFields(map, fields)
}

export type StateRecord = State & { readonly order: number }

export function newRecordMap(): RecordMap {
  return new Y.Map<unknown>()
}
