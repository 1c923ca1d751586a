/** A node's box on the canvas. */
export interface Box {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

export interface EdgeGeometry {
  readonly path: string
  readonly labelX: number
  readonly labelY: number
}

/**
 * Where the line from the centre of `box` towards `toward` leaves the box. Edges are drawn
 * between these border points ("floating" edges), so they read well in any direction: up the
 * lanes of a layered view as well as left to right.
 */
export function borderPoint(box: Box, toward: { readonly x: number; readonly y: number }): { x: number; y: number } {
  const cx = box.x + box.w / 2
  const cy = box.y + box.h / 2
  const dx = toward.x - cx
  const dy = toward.y - cy
  if (dx === 0 && dy === 0) return { x: cx, y: cy }
  // Scale the direction so it just reaches the nearer of the vertical or horizontal sides.
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.w / 2 / Math.abs(dx)
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.h / 2 / Math.abs(dy)
  const s = Math.min(sx, sy)
  return { x: cx + dx * s, y: cy + dy * s }
}

/** Length and half-width of the arrowhead at the target end. */
const HEAD_LENGTH = 9
const HEAD_HALF_WIDTH = 4.5

/**
 * A straight line from border to border with an open arrowhead at the target, all in one path:
 * no SVG marker, which for thousands of edges costs more to paint than the lines themselves.
 */
export function edgeGeometry(source: Box, target: Box): EdgeGeometry {
  const from = borderPoint(source, { x: target.x + target.w / 2, y: target.y + target.h / 2 })
  const to = borderPoint(target, { x: source.x + source.w / 2, y: source.y + source.h / 2 })
  const dx = to.x - from.x
  const dy = to.y - from.y
  const length = Math.hypot(dx, dy)
  let path = `M ${r(from.x)},${r(from.y)} L ${r(to.x)},${r(to.y)}`
  if (length > HEAD_LENGTH) {
    const ux = dx / length
    const uy = dy / length
    const bx = to.x - ux * HEAD_LENGTH
    const by = to.y - uy * HEAD_LENGTH
    path += ` M ${r(bx - uy * HEAD_HALF_WIDTH)},${r(by + ux * HEAD_HALF_WIDTH)} L ${r(to.x)},${r(to.y)} L ${r(bx + uy * HEAD_HALF_WIDTH)},${r(by - ux * HEAD_HALF_WIDTH)}`
  }
  return { path, labelX: (from.x + to.x) / 2, labelY: (from.y + to.y) / 2 }
}

function r(v: number): number {
  return Math.round(v * 10) / 10
}
