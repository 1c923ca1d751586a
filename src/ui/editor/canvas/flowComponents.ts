import type { EdgeTypes, NodeTypes } from '@xyflow/react'
import { ElementNode } from './ElementNode.tsx'
import { RelationEdge } from './RelationEdge.tsx'

/** Defined once, outside any component: React Flow remounts every node when these objects change. */
export const NODE_TYPES: NodeTypes = { element: ElementNode }
export const EDGE_TYPES: EdgeTypes = { relation: RelationEdge }
