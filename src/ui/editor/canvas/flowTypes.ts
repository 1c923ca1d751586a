import type { Edge, Node } from '@xyflow/react'
import type { DomainId, StateStatus } from '../../../model/metamodel/types.ts'
import type { GapMark } from '../gap/gapMarks.ts'

/**
 * What a node shows: plain values only, already in the UI language, so a node's data can be
 * compared field by field and a node whose element did not change keeps its object.
 */
export interface ElementNodeData extends Record<string, unknown> {
  readonly name: string
  readonly kindLabel: string
  readonly domain: DomainId
  readonly code?: string
  /** Status in the shown state, when it says something (baru, pengembangan, dihentikan). */
  readonly status?: StateStatus
  readonly statusLabel?: string
  readonly mark?: GapMark
}

export type ElementFlowNode = Node<ElementNodeData, 'element'>

export interface RelationEdgeData extends Record<string, unknown> {
  readonly verb: string
  readonly mark?: GapMark
  /** The two nodes' sizes (their placements'): a resized node gives its edges new data, which redraws them. */
  readonly sourceSize: Size
  readonly targetSize: Size
}

/** A node's size on the canvas (its placement's w and h). */
export interface Size {
  readonly w: number
  readonly h: number
}

export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>
