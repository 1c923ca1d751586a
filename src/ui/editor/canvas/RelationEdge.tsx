import { BaseEdge, useStore, type EdgeProps, type InternalNode, type ReactFlowState } from '@xyflow/react'
import { memo, useCallback } from 'react'
import { edgeGeometry, type Box } from './edgeGeometry.ts'
import type { RelationFlowEdge } from './flowTypes.ts'

type Ends = readonly [InternalNode | undefined, InternalNode | undefined]

/**
 * Both nodes' internal records in one store subscription (React Flow's edge wrapper already
 * holds one per edge; two more per edge cost more than the drawing on every pan, zoom and drag
 * frame of a large view). Compared by identity: a node that moves or changes gets a new record.
 */
function useEnds(source: string, target: string): Ends {
  return useStore(
    useCallback((s: ReactFlowState): Ends => [s.nodeLookup.get(source), s.nodeLookup.get(target)], [source, target]),
    sameEnds,
  )
}

function sameEnds(a: Ends, b: Ends): boolean {
  return a[0] === b[0] && a[1] === b[1]
}

function boxOf(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    w: node.measured.width ?? node.width ?? 0,
    h: node.measured.height ?? node.height ?? 0,
  }
}

/**
 * A relation: a straight line between the borders of its two nodes, an arrowhead at the target
 * and its verb ("mendukung") in the middle. It follows its two nodes only, so moving a node
 * redraws that node's edges.
 */
function RelationEdgeView({ id, source, target, data, selected }: EdgeProps<RelationFlowEdge>) {
  const [s, t] = useEnds(source, target)
  if (!s || !t) return null
  const { path, labelX, labelY } = edgeGeometry(boxOf(s), boxOf(t))
  const mark = data?.mark
  const className = ['relation-edge', mark ? `is-${mark}` : '', selected ? 'is-selected' : ''].join(' ').trim()
  return (
    <g className={className} data-mark={mark}>
      <BaseEdge id={id} path={path} interactionWidth={14} />
      {data?.verb && (
        <text className="relation-edge__label" x={labelX} y={labelY} textAnchor="middle" dominantBaseline="central">
          {data.verb}
        </text>
      )}
    </g>
  )
}

export const RelationEdge = memo(RelationEdgeView)
