import type { AttributeValue, Element, ProjectData, Relation, State } from '../model/project.ts'
import { elementKind } from '../model/metamodel/metamodel.ts'
import type { DomainId, StateStatus } from '../model/metamodel/types.ts'

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
 * effective attribute values and relation indexes by kind in both directions. Built once per
 * state in O(elements + relations); every rule and the scheduler query it.
 */
export class StateView {
  readonly elements = new Map<string, ElementInState>()
  readonly relations: Relation[] = []
  private readonly outgoing = new Map<string, Relation[]>()
  private readonly incoming = new Map<string, Relation[]>()
  private readonly byKind = new Map<string, ElementInState[]>()

  constructor(
    readonly data: ProjectData,
    readonly state: State,
  ) {
    for (const e of data.elements) {
      const m = e.states[state.id]
      if (!m) continue
      const kind = elementKind(e.kind)
      if (!kind) continue
      // Same keys on every object (status may be undefined): one hidden class for fast reads.
      const view: ElementInState = {
        element: e, id: e.id, kind: e.kind, domain: kind.domain, name: e.name, status: m.status,
        attrs: m.attrs ? { ...e.attrs, ...m.attrs } : e.attrs,
      }
      this.elements.set(e.id, view)
      push(this.byKind, e.kind, view)
    }
    for (const r of data.relations) {
      if (!r.states[state.id] || !this.elements.has(r.source) || !this.elements.has(r.target)) continue
      this.relations.push(r)
      push(this.outgoing, r.source, r)
      push(this.incoming, r.target, r)
    }
  }

  ofKind(...kinds: string[]): ElementInState[] {
    return kinds.flatMap((k) => this.byKind.get(k) ?? [])
  }

  ofDomain(domain: DomainId): ElementInState[] {
    return [...this.elements.values()].filter((e) => e.domain === domain)
  }

  /** Relations leaving `id`, optionally of one kind. */
  out(id: string, kind?: string): readonly Relation[] {
    const list = this.outgoing.get(id) ?? EMPTY
    return kind ? list.filter((r) => r.kind === kind) : list
  }

  /** Relations arriving at `id`, optionally of one kind. */
  in(id: string, kind?: string): readonly Relation[] {
    const list = this.incoming.get(id) ?? EMPTY
    return kind ? list.filter((r) => r.kind === kind) : list
  }

  get(id: string): ElementInState | undefined {
    return this.elements.get(id)
  }
}

const EMPTY: readonly Relation[] = []

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The state with a role (as-is or target), or the one with a given id. */
export function findState(data: ProjectData, idOrRole: string): State | undefined {
  return data.states.find((s) => s.id === idOrRole) ?? data.states.find((s) => s.role === idOrRole)
}
