/**
 * Border-to-border lines with an open arrowhead: how a relation is drawn, on the editor's canvas
 * (src/ui/editor/canvas/edgeGeometry.ts formats these points for React Flow) and in the reports.
 */
export interface Box {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

export interface Line {
  /** The line, then the arrowhead, in one path. */
  readonly path: string
  readonly labelX: number
  readonly labelY: number
  readonly from: { readonly x: number; readonly y: number }
  readonly to: { readonly x: number; readonly y: number }
}

const HEAD_LENGTH = 9
const HEAD_HALF_WIDTH = 4.5

/** Where the line from the centre of `box` towards `toward` leaves the box. */
export function borderPoint(box: Box, toward: { readonly x: number; readonly y: number }): { x: number; y: number } {
  const cx = box.x + box.w / 2
  const cy = box.y + box.h / 2
  const dx = toward.x - cx
  const dy = toward.y - cy
  if (dx === 0 && dy === 0) return { x: cx, y: cy }
  const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.w / 2 / Math.abs(dx)
  const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.h / 2 / Math.abs(dy)
  const s = Math.min(sx, sy)
  return { x: cx + dx * s, y: cy + dy * s }
}

type Point = { readonly x: number; readonly y: number }

/** The two border points of a line and, when it is long enough, the arrowhead's two outer points. */
export interface LinePoints {
  readonly from: Point
  readonly to: Point
  readonly head?: { readonly left: Point; readonly right: Point }
}

export function linePoints(source: Box, target: Box): LinePoints {
  const from = borderPoint(source, { x: target.x + target.w / 2, y: target.y + target.h / 2 })
  const to = borderPoint(target, { x: source.x + source.w / 2, y: source.y + source.h / 2 })
  const dx = to.x - from.x
  const dy = to.y - from.y
  const length = Math.hypot(dx, dy)
  if (length <= HEAD_LENGTH) return { from, to }
  const ux = dx / length
  const uy = dy / length
  const bx = to.x - ux * HEAD_LENGTH
  const by = to.y - uy * HEAD_LENGTH
  return { from, to, head: { left: { x: bx - uy * HEAD_HALF_WIDTH, y: by + ux * HEAD_HALF_WIDTH }, right: { x: bx + uy * HEAD_HALF_WIDTH, y: by - ux * HEAD_HALF_WIDTH } } }
}

export function lineBetween(source: Box, target: Box): Line {
  const { from, to, head } = linePoints(source, target)
  let path = `M${r(from.x)},${r(from.y)} L${r(to.x)},${r(to.y)}`
  if (head) path += ` M${r(head.left.x)},${r(head.left.y)} L${r(to.x)},${r(to.y)} L${r(head.right.x)},${r(head.right.y)}`
  return { path, labelX: r((from.x + to.x) / 2), labelY: r((from.y + to.y) / 2), from, to }
}

/** One decimal: enough for print, and the same number always prints the same. */
export function r(v: number): number {
  return Math.round(v * 10) / 10
}
