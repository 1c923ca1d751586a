import { relationKind } from '../../../model/metamodel/metamodel.ts'
import type { Relation } from '../../../model/project.ts'
import { localized, type Locale } from '../../i18n/translate.ts'
import type { GapMark } from '../gap/gapMarks.ts'
import type { RelationFlowEdge, Size } from './flowTypes.ts'

export interface EdgeInput {
  readonly relations: ReadonlyMap<string, Relation>
  /** Ids of the nodes the canvas shows. */
  readonly shown: ReadonlySet<string>
  /** Size of each shown node (its placement in the view). */
  readonly sizes: ReadonlyMap<string, Size>
  readonly stateId: string
  readonly marks?: ReadonlyMap<string, GapMark>
  readonly selected: ReadonlySet<string>
  readonly locale: Locale
}

interface CacheEntry {
  readonly edge: RelationFlowEdge
  readonly relation: Relation
  readonly mark: GapMark | undefined
  readonly locale: Locale
}

export type EdgeCache = ReadonlyMap<string, CacheEntry>

export interface DerivedEdges {
  readonly edges: RelationFlowEdge[]
  readonly cache: EdgeCache
}

const NO_SIZE: Size = { w: 0, h: 0 }

function sameSizes(edge: RelationFlowEdge, source: Size, target: Size): boolean {
  const d = edge.data
  return d !== undefined && d.sourceSize.w === source.w && d.sourceSize.h === source.h && d.targetSize.w === target.w && d.targetSize.h === target.h
}

/**
 * The edges between shown nodes: relations that belong to the shown state, plus, with the overlay
 * on, relations it marks removed. An edge is a new object only when something it shows changed.
 */
export function deriveEdges(input: EdgeInput, previous: EdgeCache = new Map()): DerivedEdges {
  const { relations, shown, sizes, stateId, marks, selected, locale } = input
  const edges: RelationFlowEdge[] = []
  const cache = new Map<string, CacheEntry>()
  if (shown.size < 2) return { edges, cache }
  for (const relation of relations.values()) {
    if (!shown.has(relation.source) || !shown.has(relation.target)) continue
    const mark = marks?.get(relation.id)
    if (!relation.states[stateId] && mark !== 'removed') continue
    const sourceSize = sizes.get(relation.source) ?? NO_SIZE
    const targetSize = sizes.get(relation.target) ?? NO_SIZE
    const isSelected = selected.has(relation.id)
    const prev = previous.get(relation.id)
    let edge: RelationFlowEdge
    if (prev && prev.relation === relation && prev.mark === mark && prev.locale === locale && sameSizes(prev.edge, sourceSize, targetSize)) {
      edge = (prev.edge.selected ?? false) === isSelected ? prev.edge : { ...prev.edge, selected: isSelected }
    } else {
      const kind = relationKind(relation.kind)
      const verb = kind ? localized(kind.verb, locale) : relation.kind
      edge = {
        id: relation.id,
        type: 'relation',
        source: relation.source,
        target: relation.target,
        data: mark ? { verb, mark, sourceSize, targetSize } : { verb, sourceSize, targetSize },
        selected: isSelected,
      }
    }
    cache.set(relation.id, { edge, relation, mark, locale })
    edges.push(edge)
  }
  return { edges, cache }
}
