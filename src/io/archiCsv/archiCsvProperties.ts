import { attributeDef, elementKind, relationKind, STATE_STATUSES } from '../../model/metamodel/metamodel.ts'
import type { StateStatus } from '../../model/metamodel/types.ts'
import type { AttributeValue, Element, Membership, Opd, ProjectData, Relation, State } from '../../model/project.ts'
import { coerceValue, findOpd } from '../inventory/coerceValue.ts'
import { attributeOf, fieldForName } from '../inventory/fieldNames.ts'
import { normalizeText } from '../inventory/normalize.ts'
import { SPBE_PROPERTIES, SPBE_PROPERTY_PREFIX } from '../archimate/archimateMapping.ts'

/**
 * How SPBE fields travel as Archi properties. Cetakbiru writes `spbe:*` keys (the exchange format's names), which read back
 * exactly; properties from other tools are matched by attribute name or label (either language)
 * and the usual header words ("Kode", "OPD" ...), and the rest is reported as not kept.
 */
export const KEY = {
  kind: SPBE_PROPERTIES.kind,
  code: SPBE_PROPERTIES.code,
  ownerOpd: SPBE_PROPERTIES.ownerOpd,
  userOpds: SPBE_PROPERTIES.userOpds,
  refCodes: SPBE_PROPERTIES.refCodes,
  goals: SPBE_PROPERTIES.goals,
  /** The exchange format has plateaus for this; a CSV has only properties: "asis, target:baru". */
  states: `${SPBE_PROPERTY_PREFIX}states`,
  attrPrefix: SPBE_PROPERTIES.attrPrefix,
} as const

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
export type ElementDraft = Mutable<Omit<Element, 'attrs' | 'states'>> & { attrs: Record<string, AttributeValue>; states: Record<string, Membership> }
export type RelationDraft = Mutable<Omit<Relation, 'attrs' | 'states'>> & { attrs: Record<string, AttributeValue>; states: Record<string, Membership> }

/** What applying one property did: kept, not kept (with why), or refused (a `spbe:*` value that does not fit). */
export type PropertyOutcome = { readonly kind: 'kept' } | { readonly kind: 'ignored' | 'error'; readonly why: { readonly id: string; readonly en: string } }

export interface OpdResolver {
  /** The OPD with this code or name, created (and remembered) when the project has none. */
  resolve(text: string): Opd
}

const REF_CODE = /^[A-Z]{3}(\.\d{2}){0,7}$/
const kept: PropertyOutcome = { kind: 'kept' }
const ignored = (id: string, en: string): PropertyOutcome => ({ kind: 'ignored', why: { id, en } })
const refused = (id: string, en: string): PropertyOutcome => ({ kind: 'error', why: { id, en } })
const list = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean)

export function applyElementProperty(el: ElementDraft, key: string, value: string, states: readonly State[], opd: OpdResolver, strict = key.startsWith(SPBE_PROPERTY_PREFIX)): PropertyOutcome {
  switch (key) {
    case KEY.kind:
      return kept // decided before any property is applied (see archiCsvImport)
    case KEY.code:
      return setOrClear(el, 'code', value)
    case KEY.ownerOpd:
      if (value.trim()) el.ownerOpd = opd.resolve(value).id
      else delete el.ownerOpd
      return kept
    case KEY.userOpds:
      el.userOpds = list(value).map((v) => opd.resolve(v).id)
      return kept
    case KEY.refCodes: {
      const codes = list(value)
      const wrong = codes.find((c) => !REF_CODE.test(c))
      if (wrong !== undefined) {
        const fail = strict ? refused : ignored
        return fail(`Kode referensi "${wrong}" tidak sah; diharapkan mis. RAA.01.02`, `Reference code "${wrong}" is not valid; expected e.g. RAA.01.02`)
      }
      el.refCodes = codes
      return kept
    }
    case KEY.goals:
      el.goals = list(value)
      return kept
    case KEY.states:
      return applyStates(el, value, states)
  }
  if (key.startsWith(KEY.attrPrefix)) return applyAttribute(el, el.kind, key.slice(KEY.attrPrefix.length), value, states, true, opd)
  if (strict) return refused(`Kunci "${key}" tidak dikenal`, `Unknown key "${key}"`)
  const kind = elementKind(el.kind)
  const field = kind ? fieldForName(key, [kind]) : undefined
  if (field === 'code') return setOrClear(el, 'code', value)
  if (field === 'ownerOpd') return applyElementProperty(el, KEY.ownerOpd, value, states, opd)
  if (field === 'refCodes') return applyElementProperty(el, KEY.refCodes, value, states, opd, false)
  const attr = field && attributeOf(field)
  if (attr) return applyAttribute(el, el.kind, attr, value, states, false, opd)
  return ignored(`Properti "${key}" tidak punya padanan di model SPBE; disimpan bersama proyek di luar model SPBE, untuk ekspor`, `Property "${key}" has no counterpart in the SPBE model; kept with the project outside the SPBE model, for export`)
}

export function applyRelationProperty(rel: RelationDraft, key: string, value: string, states: readonly State[], opd: OpdResolver): PropertyOutcome {
  if (key === KEY.kind) return kept
  if (key === KEY.states) return applyStates(rel, value, states)
  const strict = key.startsWith(KEY.attrPrefix)
  const rk = relationKind(rel.kind)
  const folded = normalizeText(key)
  const attr = strict
    ? key.slice(KEY.attrPrefix.length)
    : rk?.attributes.find((a) => [a.name, a.label.id, a.label.en].some((n) => normalizeText(n) === folded))?.name
  if (attr) return applyAttribute(rel, rel.kind, attr, value, states, strict, opd)
  return ignored(`Properti "${key}" tidak punya padanan di model SPBE; disimpan bersama proyek di luar model SPBE, untuk ekspor`, `Property "${key}" has no counterpart in the SPBE model; kept with the project outside the SPBE model, for export`)
}

function setOrClear(el: ElementDraft, field: 'code', value: string): PropertyOutcome {
  if (value.trim()) el[field] = value.trim()
  else delete el[field]
  return kept
}

/** `spbe:attr:<name>` sets the base value, `spbe:attr:<name>@<state>` the value in one state. */
function applyAttribute(
  target: ElementDraft | RelationDraft, kind: string, spec: string, value: string, states: readonly State[], strict: boolean, opd: OpdResolver,
): PropertyOutcome {
  const [name, stateId] = spec.split('@') as [string, string | undefined]
  const def = attributeDef(kind, name)
  const fail = strict ? refused : ignored
  if (!def) return fail(`Atribut "${name}" tidak ada pada jenis ${kind}`, `Kind ${kind} has no attribute "${name}"`)
  let bag: Record<string, AttributeValue>
  if (stateId === undefined) bag = target.attrs
  else {
    const m = target.states[stateId]
    if (!m || !states.some((s) => s.id === stateId)) return fail(`Kondisi "${stateId}" tidak ada atau tidak memuat elemen ini`, `State "${stateId}" does not exist or does not hold this element`)
    bag = { ...(m.attrs ?? {}) }
    target.states[stateId] = { ...m, attrs: bag }
  }
  if (value.trim() === '') {
    delete bag[name]
    return kept
  }
  if (def.type === 'reference' && def.target !== 'opd') {
    // An element reference travels as the element's id, which the CSV keeps.
    bag[name] = value.trim()
    return kept
  }
  // OPD references are written by name; an unknown one becomes a new OPD like ownerOpd does.
  const opdList = def.type === 'reference' && def.target === 'opd' ? [opd.resolve(value)] : []
  const coerced = coerceValue(def, value, opdList)
  if (!coerced.ok) return fail(`${def.label.id}: ${coerced.problem.id}`, `${def.label.en}: ${coerced.problem.en}`)
  bag[name] = coerced.value
  return kept
}

/** "asis, target:baru": the states that hold the concept, each with its status. */
function applyStates(target: ElementDraft | RelationDraft, value: string, states: readonly State[]): PropertyOutcome {
  const next: Record<string, Membership> = {}
  for (const entry of list(value)) {
    const [id, status] = entry.split(':').map((s) => s.trim()) as [string, string | undefined]
    if (!states.some((s) => s.id === id)) return refused(`Kondisi "${id}" tidak ada di proyek (yang ada: ${states.map((s) => s.id).join(', ')})`, `State "${id}" does not exist in the project (there are: ${states.map((s) => s.id).join(', ')})`)
    if (status !== undefined && !STATE_STATUSES.includes(status as StateStatus)) return refused(`Status "${status}" tidak dikenal; diharapkan ${STATE_STATUSES.join(', ')}`, `Unknown status "${status}"; expected ${STATE_STATUSES.join(', ')}`)
    const old = target.states[id]
    next[id] = { ...(old?.attrs ? { attrs: old.attrs } : {}), ...(status ? { status: status as StateStatus } : {}) }
  }
  if (Object.keys(next).length === 0) return refused('Daftar kondisi kosong; diharapkan mis. "asis, target:tetap"', 'Empty list of states; expected e.g. "asis, target:tetap"')
  target.states = next
  return kept
}

/** The properties Cetakbiru writes for an element, in a fixed order (exports are deterministic). */
export function elementPropertyPairs(e: Element, data: ProjectData): [string, string][] {
  const opdName = (id: string): string => data.opd.find((o) => o.id === id)?.name ?? id
  const out: [string, string][] = [[KEY.kind, e.kind]]
  if (e.code) out.push([KEY.code, e.code])
  if (e.ownerOpd) out.push([KEY.ownerOpd, opdName(e.ownerOpd)])
  if (e.userOpds?.length) out.push([KEY.userOpds, e.userOpds.map(opdName).join(', ')])
  if (e.refCodes?.length) out.push([KEY.refCodes, e.refCodes.join(', ')])
  if (e.goals?.length) out.push([KEY.goals, e.goals.join(', ')])
  out.push([KEY.states, statesText(e.states, data.states)])
  out.push(...attributePairs(e.kind, e.attrs, e.states, data, opdName))
  return out
}

export function relationPropertyPairs(r: Relation, data: ProjectData): [string, string][] {
  const opdName = (id: string): string => data.opd.find((o) => o.id === id)?.name ?? id
  return [[KEY.kind, r.kind], [KEY.states, statesText(r.states, data.states)], ...attributePairs(r.kind, r.attrs, r.states, data, opdName)]
}

function statesText(membership: Readonly<Record<string, Membership>>, states: readonly State[]): string {
  return states.filter((s) => s.id in membership).map((s) => (membership[s.id]!.status ? `${s.id}:${membership[s.id]!.status}` : s.id)).join(', ')
}

function attributePairs(kind: string, attrs: Element['attrs'], membership: Element['states'], data: ProjectData, opdName: (id: string) => string): [string, string][] {
  const text = (name: string, v: AttributeValue): string => {
    const def = attributeDef(kind, name)
    return def?.type === 'reference' && def.target === 'opd' ? opdName(String(v)) : String(v)
  }
  const out: [string, string][] = Object.keys(attrs).sort().map((n) => [`${KEY.attrPrefix}${n}`, text(n, attrs[n]!)])
  for (const s of data.states) {
    const perState = membership[s.id]?.attrs
    if (perState) for (const n of Object.keys(perState).sort()) out.push([`${KEY.attrPrefix}${n}@${s.id}`, text(n, perState[n]!)])
  }
  return out
}

export { findOpd }
