import { BaseEdge, useStoreApi, type EdgeProps, type InternalNode } from '@xyflow/react'
import { memo } from 'react'
import { edgeGeometry, type Box } from './edgeGeometry.ts'
import type { RelationFlowEdge, Size } from './flowTypes.ts'

function boxOf(node: InternalNode, size: Size): Box {
  return { x: node.internals.positionAbsolute.x, y: node.internals.positionAbsolute.y, w: size.w, h: size.h }
}

/**
 * A relation: a straight line between the borders of its two nodes, an arrowhead at the target
 * and its verb ("mendukung") in the middle.
 * It holds no store subscription of its own (one per edge ran thousands of selectors on every pan,
 * zoom and drag frame of a large view): React Flow's edge wrapper already follows both nodes and
 * re-renders the edge whenever their handle points move, which any move of either node or change
 * of its width does; a change of size also gives the edge new data (the sizes). So the edge reads
 * its nodes' positions from the store as it renders, and draws them with their placements' sizes.
 */
function RelationEdgeView({ id, source, target, data, selected }: EdgeProps<RelationFlowEdge>) {
  const { nodeLookup } = useStoreApi().getState()
  const s = nodeLookup.get(source)
  const t = nodeLookup.get(target)
  if (!s || !t || !data) return null
  const { path, labelX, labelY } = edgeGeometry(boxOf(s, data.sourceSize), boxOf(t, data.targetSize))
  const mark = data.mark
  const className = ['relation-edge', mark ? `is-${mark}` : '', selected ? 'is-selected' : ''].join(' ').trim()
  return (
    <g className={className} data-mark={mark}>
      <BaseEdge id={id} path={path} interactionWidth={14} />
      {data.verb && (
        <text className="relation-edge__label" x={labelX} y={labelY} textAnchor="middle" dominantBaseline="central">
          {data.verb}
        </text>
      )}
    </g>
  )
}

export const RelationEdge = memo(RelationEdgeView)
