import type { DomainId } from '../../../model/metamodel/types.ts'
import { LANE_HEADER, LANE_INSET } from '../layout/viewLayout.ts'
import { LANE_ORDER } from '../layout/laneOrder.ts'

export interface LaneBand {
  readonly domain: DomainId
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

interface Positioned {
  readonly position: { readonly x: number; readonly y: number }
  readonly width?: number
  readonly height?: number
  readonly data: { readonly domain: DomainId }
}

/**
 * The bands behind a layered view: one per domain that has nodes, spanning the nodes of that
 * domain vertically and the whole view horizontally. They follow the nodes, so moving an
 * element moves its lane's edge with it.
 */
export function laneBands(nodes: readonly Positioned[]): LaneBand[] {
  if (nodes.length === 0) return []
  let left = Number.POSITIVE_INFINITY
  let right = Number.NEGATIVE_INFINITY
  const spans = new Map<DomainId, { top: number; bottom: number }>()
  for (const n of nodes) {
    const w = n.width ?? 0
    const h = n.height ?? 0
    left = Math.min(left, n.position.x)
    right = Math.max(right, n.position.x + w)
    const span = spans.get(n.data.domain)
    if (span) {
      span.top = Math.min(span.top, n.position.y)
      span.bottom = Math.max(span.bottom, n.position.y + h)
    } else spans.set(n.data.domain, { top: n.position.y, bottom: n.position.y + h })
  }
  const x = left - LANE_INSET
  const w = right - left + 2 * LANE_INSET
  return LANE_ORDER.flatMap((domain) => {
    const span = spans.get(domain)
    return span ? [{ domain, x, y: span.top - LANE_HEADER + 4, w, h: span.bottom - span.top + LANE_HEADER + 12 }] : []
  })
}
