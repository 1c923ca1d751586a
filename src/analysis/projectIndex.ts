import { elementKind } from '../model/metamodel/metamodel.ts'
import type { DomainId } from '../model/metamodel/types.ts'
import type { Element, Membership, ProjectData, Relation } from '../model/project.ts'

/** Fills `position` and returns each element's domain (a function per loop: each is optimised on its own). */
function indexElements(elements: readonly Element[], position: Map<string, number>): (DomainId | undefined)[] {
  const domain = new Array<DomainId | undefined>(elements.length)
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!
    position.set(e.id, i)
    domain[i] = elementKind(e.kind)?.domain
  }
  return domain
}

function indexRelations(
  relations: readonly Relation[], position: ReadonlyMap<string, number>, kindCodes: Map<string, number>,
  source: Int32Array, target: Int32Array, kind: Uint16Array,
): void {
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!
    source[i] = position.get(r.source) ?? -1
    target[i] = position.get(r.target) ?? -1
    let code = kindCodes.get(r.kind)
    if (code === undefined) kindCodes.set(r.kind, (code = kindCodes.size))
    kind[i] = code
  }
}

/** An element's or relation's membership in one state, by position; undefined where it is absent. */
export type Memberships = readonly (Membership | undefined)[]

/**
 * Integer positions for a project's elements and relations: element id -> position in
 * `data.elements`, each element's domain, each relation's endpoints as positions, and the
 * memberships of each state read once. Built once per analysis (O(elements + relations)) and
 * shared by both state views, the gap analysis and the roadmap, so that none of them looks up
 * ids or state records again. Not cached globally: each analysis builds its own.
 */
export class ProjectIndex {
  /** Element id -> position in `data.elements` (the last one, should an id repeat). */
  readonly position = new Map<string, number>()
  /** Per element position: its domain, or undefined when its kind is unknown to the metamodel. */
  readonly domain: (DomainId | undefined)[]
  /** Per relation position: the positions of its source and target elements, -1 when missing. */
  readonly source: Int32Array
  readonly target: Int32Array
  /** Per relation position: a small number for its kind (see kindCode), so loops compare numbers. */
  readonly kind: Uint16Array
  private readonly kindCodes = new Map<string, number>()
  private readonly elementMemberships = new Map<string, Memberships>()
  private readonly relationMemberships = new Map<string, Memberships>()

  constructor(readonly data: ProjectData) {
    this.domain = indexElements(data.elements, this.position)
    const relations = data.relations
    this.source = new Int32Array(relations.length)
    this.target = new Int32Array(relations.length)
    this.kind = new Uint16Array(relations.length)
    indexRelations(relations, this.position, this.kindCodes, this.source, this.target, this.kind)
  }

  /** The number standing for a relation kind in `kind`; -1 when no relation of the project has it. */
  kindCode(kind: string): number {
    return this.kindCodes.get(kind) ?? -1
  }

  /** The element's position, or -1. */
  positionOf(id: string): number {
    return this.position.get(id) ?? -1
  }

  /** Each element's membership in a state, by position (read once per state). */
  elementsIn(stateId: string): Memberships {
    let list = this.elementMemberships.get(stateId)
    if (!list) {
      list = this.data.elements.map((e) => e.states[stateId])
      this.elementMemberships.set(stateId, list)
    }
    return list
  }

  /** Each relation's membership in a state, by position (read once per state). */
  relationsIn(stateId: string): Memberships {
    let list = this.relationMemberships.get(stateId)
    if (!list) {
      list = this.data.relations.map((r) => r.states[stateId])
      this.relationMemberships.set(stateId, list)
    }
    return list
  }
}
