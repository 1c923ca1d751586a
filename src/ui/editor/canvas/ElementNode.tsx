import { Handle, Position, type NodeProps } from '@xyflow/react'
import { memo, type CSSProperties } from 'react'
import { domainById } from '../../../model/metamodel/domains.ts'
import { DROP_HANDLE } from './deriveNodes.ts'
import { glyphUrl } from './DomainIcon.tsx'
import type { ElementFlowNode } from './flowTypes.ts'

const MARK_GLYPH = { added: '+', removed: '−', changed: '~' } as const

/**
 * One element on the canvas: the domain's colour as a stripe, its glyph, the kind and the name;
 * a dot on the right to draw a relation from. Kept to a few plain elements: a view may hold a
 * thousand of them.
 * Memoised on its props; the canvas hands it the same data object while the element is unchanged,
 * so dragging or editing one node re-renders only that node.
 */
function ElementNodeView({ data, selected }: NodeProps<ElementFlowNode>) {
  const domain = domainById(data.domain)
  const className = ['element-node', selected ? 'is-selected' : '', data.mark ? `is-${data.mark}` : ''].join(' ').trimEnd()
  return (
    <div className={className} style={{ '--domain-color': domain.color, '--glyph': glyphUrl(domain.icon) } as CSSProperties} data-domain={data.domain} data-mark={data.mark} title={data.name}>
      {/* While a connection is being drawn, the whole node accepts it (there is no small target dot). */}
      <Handle type="target" id={DROP_HANDLE} position={Position.Top} className="element-node__drop" isConnectableStart={false} />
      <div className="element-node__kind">
        <span className="element-node__glyph" aria-hidden="true" />
        <span className="element-node__kind-label">{data.kindLabel}</span>
        {data.statusLabel && <span className={`element-node__status is-${data.status}`}>{data.statusLabel}</span>}
        {data.mark && (
          <span className="element-node__mark" aria-hidden="true">
            {MARK_GLYPH[data.mark]}
          </span>
        )}
      </div>
      <div className="element-node__name">{data.name}</div>
      <Handle type="source" position={Position.Right} className="element-node__handle" />
    </div>
  )
}

export const ElementNode = memo(ElementNodeView)
