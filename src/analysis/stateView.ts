import type { AttributeValue, Element, ProjectData, Relation, State } from '../model/project.ts'
import type { DomainId, StateStatus } from '../model/metamodel/types.ts'
import { buildAdjacency } from './adjacency.ts'
import { ProjectIndex } from './projectIndex.ts'

/** An element as it is in one state: its base attributes overlaid with the state's values. */
export interface ElementInState {
  readonly element: Element
  readonly id: string
  readonly kind: string
  readonly domain: DomainId
  readonly name: string
  readonly status?: StateStatus
  readonly attrs: Readonly<Record<string, AttributeValue>>
}

/**
 * One state of a project as the analysis reads it: the elements and relations it holds, with
 * effective attribute values and relation adjacency in both directions. Built once per state in
 * O(elements + relations) on a ProjectIndex (shared when several views of one project are
 * built): elements by position, and relations in compressed adjacency arrays (per element, a
 * range of relation positions, in the project's relation order), so queries allocate nothing
 * unless they return a list.
 */
export class StateView {
  /** Positions (in `data.relations`) of the relations in this state, both ends in it too. */
  private readonly relationPositions: Int32Array
  private relationList?: readonly Relation[]
  readonly index: ProjectIndex
  /** Per element position: 1 when the element is in this state (and of a known kind). */
  private readonly member: Uint8Array
  /**
   * Per element position: the element as it is in this state, made on first use (a view that
   * only a few queries read, like the earlier state's, makes few of them).
   */
  private readonly at: (ElementInState | undefined)[]
  private elementList?: readonly ElementInState[]
  /** Per kind: the positions of its elements, and the elements once asked for. */
  private kindPositions?: Map<string, number[]>
  private readonly kindLists = new Map<string, readonly ElementInState[]>()
  /**
   * Adjacency by element position, for loops that cannot afford a list per query: the relations
   * leaving the element at position p are `data.relations[outRel[k]]` for k from outStart[p] to
   * outStart[p + 1] (exclusive); likewise those arriving, with inStart and inRel.
   */
  readonly outStart: Int32Array
  readonly outRel: Int32Array
  readonly inStart: Int32Array
  readonly inRel: Int32Array

  constructor(
    readonly data: ProjectData,
    readonly state: State,
    index?: ProjectIndex,
  ) {
    if (index && index.data !== data) throw new Error('StateView: the index given is of another project')
    const ix = index ?? new ProjectIndex(data)
    this.index = ix
    // Each loop in a function of its own: each is optimised on its own, and none stops the other.
    const n = data.elements.length
    this.member = membersOf(ix, state.id)
    this.at = new Array<ElementInState | undefined>(n).fill(undefined)
    const { positions, count } = relationsBetween(ix, state.id, this.member)
    this.relationPositions = positions.subarray(0, count)
    const outgoing = buildAdjacency(n, positions, count, ix.source)
    const incoming = buildAdjacency(n, positions, count, ix.target)
    this.outStart = outgoing.start
    this.outRel = outgoing.rel
    this.inStart = incoming.start
    this.inRel = incoming.rel
  }

  /** The relations in this state (both ends in it too), in the project's order; listed on first use. */
  get relations(): readonly Relation[] {
    if (!this.relationList) {
      const all = this.data.relations
      const list = new Array<Relation>(this.relationPositions.length)
      for (let k = 0; k < list.length; k++) list[k] = all[this.relationPositions[k]!]!
      this.relationList = list
    }
    return this.relationList
  }

  /** The elements in this state, in the project's order. */
  get elements(): readonly ElementInState[] {
    if (!this.elementList) {
      const list: ElementInState[] = []
      for (let p = 0; p < this.member.length; p++) if (this.member[p]) list.push(this.atPosition(p)!)
      this.elementList = list
    }
    return this.elementList
  }

  ofKind(...kinds: string[]): readonly ElementInState[] {
    if (kinds.length === 1) return this.ofOneKind(kinds[0]!)
    return kinds.flatMap((k) => this.ofOneKind(k))
  }

  ofDomain(domain: DomainId): ElementInState[] {
    return this.elements.filter((e) => e.domain === domain)
  }

  /** Relations leaving `id`, optionally of one kind. */
  out(id: string, kind?: string): readonly Relation[] {
    return this.collect(this.outStart, this.outRel, this.index.positionOf(id), kind)
  }

  /** Relations arriving at `id`, optionally of one kind. */
  in(id: string, kind?: string): readonly Relation[] {
    return this.collect(this.inStart, this.inRel, this.index.positionOf(id), kind)
  }

  /** Whether some relation (of `kind`, when given) leaves `id` and, when given, satisfies `test`. */
  someOut(id: string, kind: string | undefined, test?: (r: Relation) => boolean): boolean {
    return this.some(this.outStart, this.outRel, this.index.positionOf(id), kind, test)
  }

  /** Whether some relation (of `kind`, when given) arrives at `id` and, when given, satisfies `test`. */
  someIn(id: string, kind: string | undefined, test?: (r: Relation) => boolean): boolean {
    return this.some(this.inStart, this.inRel, this.index.positionOf(id), kind, test)
  }

  /** Whether some relation of `kind` arrives at `id` from an element that passes `test`. */
  hasInFrom(id: string, kind: string, test: (source: ElementInState) => boolean): boolean {
    return this.someEnd(this.inStart, this.inRel, this.index.source, this.index.positionOf(id), kind, test)
  }

  /** Whether some relation of `kind` leaves `id` for an element that passes `test`. */
  hasOutTo(id: string, kind: string, test: (target: ElementInState) => boolean): boolean {
    return this.hasOutToAt(this.index.positionOf(id), kind, test)
  }

  /** hasOutTo for the element at a position of `data.elements` (-1 for none). */
  hasOutToAt(position: number, kind: string, test: (target: ElementInState) => boolean): boolean {
    return this.someEnd(this.outStart, this.outRel, this.index.target, position, kind, test)
  }

  get(id: string): ElementInState | undefined {
    const p = this.index.position.get(id)
    return p === undefined ? undefined : this.atPosition(p)
  }

  /** The element at a position of `data.elements`, if it is in this state. */
  atPosition(position: number): ElementInState | undefined {
    if (position < 0 || this.member[position] !== 1) return undefined
    return this.at[position] ?? this.make(position)
  }

  private make(p: number): ElementInState {
    const e = this.data.elements[p]!
    const m = this.index.elementsIn(this.state.id)[p]!
    // Same keys on every object (status may be undefined): one hidden class for fast reads.
    const view: ElementInState = {
      element: e, id: e.id, kind: e.kind, domain: this.index.domain[p]!, name: e.name, status: m.status,
      attrs: m.attrs ? { ...e.attrs, ...m.attrs } : e.attrs,
    }
    this.at[p] = view
    return view
  }

  private ofOneKind(kind: string): readonly ElementInState[] {
    let list = this.kindLists.get(kind)
    if (!list) {
      this.kindPositions ??= positionsByKind(this.data, this.member)
      list = (this.kindPositions.get(kind) ?? []).map((p) => this.atPosition(p)!)
      this.kindLists.set(kind, list)
    }
    return list
  }

  private collect(start: Int32Array, rel: Int32Array, p: number, kind: string | undefined): readonly Relation[] {
    if (p < 0 || start[p] === start[p + 1]) return EMPTY
    const relations = this.data.relations
    const code = kind === undefined ? -1 : this.index.kindCode(kind)
    if (kind !== undefined && code < 0) return EMPTY
    const kinds = this.index.kind
    const list: Relation[] = []
    for (let k = start[p]!, end = start[p + 1]!; k < end; k++) {
      const j = rel[k]!
      if (code < 0 || kinds[j] === code) list.push(relations[j]!)
    }
    return list
  }

  private some(start: Int32Array, rel: Int32Array, p: number, kind: string | undefined, test: ((r: Relation) => boolean) | undefined): boolean {
    if (p < 0) return false
    const code = kind === undefined ? -1 : this.index.kindCode(kind)
    if (kind !== undefined && code < 0) return false
    const kinds = this.index.kind
    const relations = this.data.relations
    for (let k = start[p]!, end = start[p + 1]!; k < end; k++) {
      const j = rel[k]!
      if ((code < 0 || kinds[j] === code) && (!test || test(relations[j]!))) return true
    }
    return false
  }

  private someEnd(start: Int32Array, rel: Int32Array, end: Int32Array, p: number, kind: string, test: (other: ElementInState) => boolean): boolean {
    const code = this.index.kindCode(kind)
    if (p < 0 || code < 0) return false
    const kinds = this.index.kind
    for (let k = start[p]!, last = start[p + 1]!; k < last; k++) {
      const j = rel[k]!
      if (kinds[j] === code && test(this.atPosition(end[j]!)!)) return true
    }
    return false
  }
}

/** Per element position: 1 when the element is in the state and of a kind the metamodel knows. */
function membersOf(ix: ProjectIndex, stateId: string): Uint8Array {
  const memberships = ix.elementsIn(stateId)
  const domains = ix.domain
  const member = new Uint8Array(memberships.length)
  for (let i = 0; i < memberships.length; i++) if (memberships[i] && domains[i]) member[i] = 1
  return member
}

/** The positions of the state's elements per kind, in the project's order. */
function positionsByKind(data: ProjectData, member: Uint8Array): Map<string, number[]> {
  const byKind = new Map<string, number[]>()
  const elements = data.elements
  for (let p = 0; p < member.length; p++) {
    if (!member[p]) continue
    const kind = elements[p]!.kind
    const list = byKind.get(kind)
    if (list) list.push(p)
    else byKind.set(kind, [p])
  }
  return byKind
}

/** Positions of the relations in the state whose both ends are in it too (the first `count`). */
function relationsBetween(ix: ProjectIndex, stateId: string, member: Uint8Array): { positions: Int32Array; count: number } {
  const memberships = ix.relationsIn(stateId)
  const positions = new Int32Array(memberships.length)
  const source = ix.source
  const target = ix.target
  let count = 0
  for (let j = 0; j < memberships.length; j++) {
    if (!memberships[j]) continue
    const s = source[j]!
    const t = target[j]!
    if (s < 0 || t < 0 || !member[s] || !member[t]) continue
    positions[count++] = j
  }
  return { positions, count }
}

const EMPTY: readonly Relation[] = []

/** The state with a role (as-is or target), or the one with a given id. */
export function findState(data: ProjectData, idOrRole: string): State | undefined {
  return data.states.find((s) => s.id === idOrRole) ?? data.states.find((s) => s.role === idOrRole)
}
