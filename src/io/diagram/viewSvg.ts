import { domainById } from '../../model/metamodel/domains.ts'
import { elementKind, relationKind } from '../../model/metamodel/metamodel.ts'
import type { StateStatus } from '../../model/metamodel/types.ts'
import type { Element, ProjectData, View } from '../../model/project.ts'
import { lineBetween, r, type Box } from './lineGeometry.ts'
import { ellipsis, wrapText } from './wrapText.ts'

/**
 * A view of a project in one state as a self-contained SVG, drawn as the editor draws it: each
 * node a rounded box with its domain's colour as a stripe on the left, the kind above the name,
 * relations as straight lines from border to border with an arrowhead and their verb. Pure and
 * deterministic (the same project, view and state give the same bytes), so reports can embed it
 * in HTML, PDF and DOCX alike. All text is escaped; nothing is loaded from outside.
 */
export interface ViewDiagram {
  readonly svg: string
  /** Size of the drawing in SVG user units (CSS pixels at 100 %). */
  readonly width: number
  readonly height: number
  readonly nodes: number
  readonly relations: number
  /** The same drawing as plain shapes (viewBox origin, boxes, lines), for a raster copy. */
  readonly shapes: DiagramShapes
}

export interface DiagramShapes {
  readonly x: number
  readonly y: number
  readonly boxes: readonly { readonly box: Box; readonly color: string }[]
  /** Each relation's line as `[x1, y1, x2, y2]`, border to border. */
  readonly lines: readonly (readonly [number, number, number, number])[]
}

export class UnknownViewError extends Error {
  constructor(readonly viewId: string) {
    super(`Diagram ${viewId} tidak ada di proyek / There is no view ${viewId} in the project`)
  }
}

const MARGIN = 24
const STRIPE = 6
const RADIUS = 6
const KIND_SIZE = 10.5
const NAME_SIZE = 12.5
const NAME_LINE = 15.5
const VERB_SIZE = 10.5
const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif"
const STATUS_LABEL: Partial<Record<StateStatus, string>> = { baru: 'baru', pengembangan: 'pengembangan', dihentikan: 'dihentikan' }
const STATUS_FILL: Partial<Record<StateStatus, string>> = { baru: '#e7f6ec', pengembangan: '#fff4e0', dihentikan: '#fde8e8' }

/** Text the user typed, safe in SVG text and attribute values (and without XML-illegal characters). */
export function escapeXml(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export function viewSvg(data: ProjectData, viewId: string, stateId: string): string {
  return viewDiagram(data, viewId, stateId).svg
}

export function viewDiagram(data: ProjectData, viewId: string, stateId: string): ViewDiagram {
  const view = data.views.find((v) => v.id === viewId)
  if (!view) throw new UnknownViewError(viewId)
  const byId = new Map(data.elements.map((e) => [e.id, e]))
  const placed = placedNodes(view, byId, stateId)
  const boxes = new Map(placed.map((p) => [p.element.id, p.box]))

  const lines: string[] = []
  const segments: [number, number, number, number][] = []
  const labels: string[] = []
  let relations = 0
  for (const rel of data.relations) {
    const s = boxes.get(rel.source)
    const t = boxes.get(rel.target)
    if (!s || !t || !rel.states[stateId] || rel.source === rel.target) continue
    relations++
    const line = lineBetween(s, t)
    segments.push([line.from.x, line.from.y, line.to.x, line.to.y])
    const verb = relationKind(rel.kind)?.verb.id ?? rel.kind
    lines.push(`<path class="relation" data-relation="${escapeXml(rel.id)}" d="${line.path}"/>`)
    // The halo is a separate white copy underneath: paint-order is not read by every SVG renderer (Word, LibreOffice).
    const at = `x="${line.labelX}" y="${r(line.labelY + VERB_SIZE * 0.35)}"`
    labels.push(`<text ${at} stroke="#ffffff" stroke-width="4" stroke-linejoin="round" fill="#ffffff">${escapeXml(verb)}</text><text class="verb" ${at} fill="#475467">${escapeXml(verb)}</text>`)
  }

  const bounds = boundsOf(placed.map((p) => p.box))
  const width = r(bounds.w + 2 * MARGIN)
  const height = r(bounds.h + 2 * MARGIN)
  const viewBox = `${r(bounds.x - MARGIN)} ${r(bounds.y - MARGIN)} ${width} ${height}`
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(view.name)}" font-family="${FONT}">`,
    `<title>${escapeXml(view.name)}</title>`,
    `<rect x="${r(bounds.x - MARGIN)}" y="${r(bounds.y - MARGIN)}" width="${width}" height="${height}" fill="#ffffff"/>`,
    // Presentation attributes rather than a <style> sheet: Word and LibreOffice read those reliably.
    `<g class="relations" fill="none" stroke="#64748b" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round">${lines.join('')}</g>`,
    // Verbs under the nodes, as on the canvas: a long line's verb never covers a name.
    `<g class="labels" font-size="${VERB_SIZE}" text-anchor="middle">${labels.join('')}</g>`,
    `<g class="nodes">${placed.map((p) => nodeSvg(p.element, p.box, stateId)).join('')}</g>`,
    '</svg>',
  ].join('\n')
  const shapes: DiagramShapes = {
    x: r(bounds.x - MARGIN), y: r(bounds.y - MARGIN), lines: segments,
    boxes: placed.map((p) => ({ box: p.box, color: domainColor(p.element) })),
  }
  return { svg, width, height, nodes: placed.length, relations, shapes }
}

interface Placed {
  readonly element: Element
  readonly box: Box
}

/** The view's placements of elements that belong to the state, each element once. */
function placedNodes(view: View, byId: ReadonlyMap<string, Element>, stateId: string): Placed[] {
  const seen = new Set<string>()
  const out: Placed[] = []
  for (const n of view.nodes) {
    const element = byId.get(n.element)
    if (!element || !element.states[stateId] || seen.has(element.id)) continue
    seen.add(element.id)
    out.push({ element, box: { x: n.x, y: n.y, w: Math.max(n.w, 40), h: Math.max(n.h, 30) } })
  }
  return out
}

function boundsOf(boxes: readonly Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, w: 200, h: 60 }
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  return { x, y, w: Math.max(...boxes.map((b) => b.x + b.w)) - x, h: Math.max(...boxes.map((b) => b.y + b.h)) - y }
}

function domainColor(e: Element): string {
  const kind = elementKind(e.kind)
  return kind ? domainById(kind.domain).color : '#475569'
}

function nodeSvg(e: Element, b: Box, stateId: string): string {
  const kind = elementKind(e.kind)
  const color = domainColor(e)
  const status = e.states[stateId]?.status
  const statusLabel = status ? STATUS_LABEL[status] : undefined
  const textX = b.x + STRIPE + 8
  const textW = b.w - STRIPE - 8 - 8
  const kindLabel = ellipsis(kind?.label.id ?? e.kind, statusLabel ? textW - 9 * 0.6 * statusLabel.length - 8 : textW, KIND_SIZE, true)
  const maxLines = Math.max(1, Math.floor((b.h - 10 - KIND_SIZE - 4) / NAME_LINE))
  const nameLines = wrapText(e.name, textW, NAME_SIZE, maxLines, true)
  // Kind and name as one block, centred vertically in the box like the editor's flex column.
  const block = KIND_SIZE + 3 + nameLines.length * NAME_LINE
  const top = b.y + (b.h - block) / 2
  const stripe = `M${r(b.x + RADIUS)},${r(b.y)} H${r(b.x + STRIPE)} V${r(b.y + b.h)} H${r(b.x + RADIUS)} A${RADIUS},${RADIUS} 0 0 1 ${r(b.x)},${r(b.y + b.h - RADIUS)} V${r(b.y + RADIUS)} A${RADIUS},${RADIUS} 0 0 1 ${r(b.x + RADIUS)},${r(b.y)} Z`
  const parts = [
    `<g class="node" data-element="${escapeXml(e.id)}" data-domain="${kind?.domain ?? ''}">`,
    `<title>${escapeXml(e.name)}</title>`,
    `<rect x="${r(b.x + 0.5)}" y="${r(b.y + 0.5)}" width="${r(b.w - 1)}" height="${r(b.h - 1)}" rx="${RADIUS}" fill="#ffffff" stroke="#b8c2cf"/>`,
    `<path d="${stripe}" fill="${color}"/>`,
    `<text class="kind" x="${r(textX)}" y="${r(top + KIND_SIZE * 0.8)}" font-size="${KIND_SIZE}" font-weight="bold" fill="#667085">${escapeXml(kindLabel)}</text>`,
    `<text class="name" x="${r(textX)}" y="${r(top + KIND_SIZE + 3)}" font-size="${NAME_SIZE}" font-weight="bold" fill="#101828">${nameLines.map((line, i) => `<tspan x="${r(textX)}" dy="${i === 0 ? r(NAME_SIZE * 0.95) : NAME_LINE}">${escapeXml(line)}</tspan>`).join('')}</text>`,
  ]
  if (statusLabel) {
    const w = r(statusLabel.length * 5.4 + 10)
    const cx = b.x + b.w - 8 - w / 2
    parts.push(`<rect x="${r(cx - w / 2)}" y="${r(b.y - 7)}" width="${w}" height="14" rx="7" fill="${STATUS_FILL[status!]}" stroke="#667085" stroke-width="0.8"/>`)
    parts.push(`<text class="status" x="${r(cx)}" y="${r(b.y + 3.2)}" font-size="9" text-anchor="middle" fill="#344054">${statusLabel}</text>`)
  }
  parts.push('</g>')
  return parts.join('')
}
