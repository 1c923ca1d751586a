import { linePoints, r, type Box } from '../../../io/diagram/lineGeometry.ts'

export { borderPoint, type Box } from '../../../io/diagram/lineGeometry.ts'

export interface EdgeGeometry {
  readonly path: string
  readonly labelX: number
  readonly labelY: number
}

/**
 * A relation on the canvas: a straight line from border to border ("floating" edges read well in
 * any direction, up the lanes of a layered view as well as left to right) with an open arrowhead
 * at the target, all in one path: no SVG marker, which for thousands of edges costs more to paint
 * than the lines themselves. The geometry is the reports' too (src/io/diagram/lineGeometry.ts).
 */
export function edgeGeometry(source: Box, target: Box): EdgeGeometry {
  const { from, to, head } = linePoints(source, target)
  let path = `M ${r(from.x)},${r(from.y)} L ${r(to.x)},${r(to.y)}`
  if (head) path += ` M ${r(head.left.x)},${r(head.left.y)} L ${r(to.x)},${r(to.y)} L ${r(head.right.x)},${r(head.right.y)}`
  return { path, labelX: (from.x + to.x) / 2, labelY: (from.y + to.y) / 2 }
}
