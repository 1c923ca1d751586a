import type { ELK, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js'
import type { DomainId } from '../../../model/metamodel/types.ts'
import { LANE_ORDER } from './laneOrder.ts'

/** One box to place: an element of the view with its size. */
export interface LayoutItem {
  readonly id: string
  readonly domain: DomainId
  readonly w: number
  readonly h: number
}

/** A relation between two items; only its ends matter to the layout. */
export interface LayoutLink {
  readonly source: string
  readonly target: string
}

export interface Placement {
  readonly id: string
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/** `flow`: layered left to right (domain and custom views). `lanes`: one horizontal band per domain. */
export type LayoutStyle = 'flow' | 'lanes'

/** Positions land on the canvas grid, so auto-laid nodes align with hand-placed ones. */
export const GRID = 8
/** Space above a lane's first row, where the canvas draws the lane's title. */
export const LANE_HEADER = 40
export const LANE_GAP = 40
/** Left inset of nodes inside a lane band. */
export const LANE_INSET = 24

const FLOW_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '32',
  'elk.layered.spacing.nodeNodeBetweenLayers': '72',
  'elk.spacing.componentComponent': '40',
  // Unconnected elements are packed in rows of this width-to-height ratio, not one long column.
  'elk.aspectRatio': '1.8',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
}

export async function layoutView(elk: ELK, style: LayoutStyle, items: readonly LayoutItem[], links: readonly LayoutLink[]): Promise<Placement[]> {
  return style === 'lanes' ? layoutLanes(elk, items, links) : layoutFlow(elk, items, links)
}

/** Layered left to right; connected groups are laid out together, groups packed in rows. */
export async function layoutFlow(elk: ELK, items: readonly LayoutItem[], links: readonly LayoutLink[]): Promise<Placement[]> {
  if (items.length === 0) return []
  const ids = new Set(items.map((i) => i.id))
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: FLOW_OPTIONS,
    children: items.map((i) => ({ id: i.id, width: i.w, height: i.h })),
    edges: uniqueLinks(links, ids).map((l, n) => ({ id: `l${n}`, sources: [l.source], targets: [l.target] })),
  }
  const result = await elk.layout(graph)
  const size = new Map(items.map((i) => [i.id, i]))
  return (result.children ?? []).map((c) => {
    const item = size.get(c.id)!
    return { id: c.id, x: snap(c.x ?? 0), y: snap(c.y ?? 0), w: item.w, h: item.h }
  })
}

/**
 * The cross-domain layout: one layered graph from top to bottom where each lane is a partition,
 * so relations between lanes (an application realising a service, a service supporting a
 * process) decide the left-to-right order and cross as little as possible.
 */
const LANES_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.partitioning.activate': 'true',
  // Partitions must hold across the whole view, not per connected group.
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
}

/** A lane row longer than this wraps, so a lane with many elements does not become a ribbon. */
export const MAX_ROW = 10
const ROW_GAP = 28
const COLUMN_GAP = 28

/**
 * Six horizontal lanes in LANE_ORDER, stacked top to bottom with room for the lane title above.
 * Inside a lane, rows come from the layered layout (relations within the lane give more rows);
 * a row longer than MAX_ROW wraps. Empty lanes take no space.
 */
export async function layoutLanes(elk: ELK, items: readonly LayoutItem[], links: readonly LayoutLink[]): Promise<Placement[]> {
  if (items.length === 0) return []
  const ids = new Set(items.map((i) => i.id))
  const lane = new Map(items.map((i) => [i.id, LANE_ORDER.indexOf(i.domain)]))
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LANES_OPTIONS,
    children: [...items]
      .sort((a, b) => lane.get(a.id)! - lane.get(b.id)!)
      .map((i) => ({ id: i.id, width: i.w, height: i.h, layoutOptions: { 'elk.partitioning.partition': String(lane.get(i.id)) } })),
    edges: uniqueLinks(links, ids).map((l, n) => ({ id: `l${n}`, sources: [l.source], targets: [l.target] })),
  }
  const result = await elk.layout(graph)
  const size = new Map(items.map((i) => [i.id, i]))
  const laid = (result.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0, item: size.get(c.id)! }))
  const left = Math.min(...laid.map((n) => n.x))

  const out: Placement[] = []
  let top = 0
  for (let index = 0; index < LANE_ORDER.length; index++) {
    const members = laid.filter((n) => lane.get(n.id) === index)
    if (members.length === 0) continue
    // The layered layout's rows inside this lane, top to bottom, each left to right.
    const byRow = new Map<number, typeof members>()
    for (const n of members) {
      const key = Math.round(n.y)
      byRow.set(key, [...(byRow.get(key) ?? []), n])
    }
    const rows = [...byRow.entries()].sort(([a], [b]) => a - b).flatMap(([, row]) => chunk(row.sort((a, b) => a.x - b.x), MAX_ROW))
    let y = top + LANE_HEADER
    for (const row of rows) {
      // A row that fits keeps the layout's x (aligned with related elements in other lanes);
      // a wrapped one is packed from the left.
      const wrapped = rows.length > byRow.size
      let x = LANE_INSET
      for (const n of row) {
        const px = wrapped ? x : LANE_INSET + n.x - left
        out.push({ id: n.id, x: snap(px), y: snapUp(y), w: n.item.w, h: n.item.h })
        x += n.item.w + COLUMN_GAP
      }
      y = snapUp(y) + Math.max(...row.map((n) => n.item.h)) + ROW_GAP
    }
    top = snapUp(y - ROW_GAP + LANE_GAP)
  }
  return out
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/**
 * Places new items next to what a view already shows: laid out among themselves, then moved
 * below the existing content (left-aligned with it), so the user's arrangement is not touched.
 */
export function belowExisting(placed: readonly Placement[], existing: readonly { readonly x: number; readonly y: number; readonly h: number }[]): Placement[] {
  if (existing.length === 0 || placed.length === 0) return [...placed]
  const left = Math.min(...existing.map((n) => n.x))
  const bottom = Math.max(...existing.map((n) => n.y + n.h))
  const minX = Math.min(...placed.map((p) => p.x))
  const minY = Math.min(...placed.map((p) => p.y))
  const dy = snapUp(bottom + 80) - minY
  return placed.map((p) => ({ ...p, x: snap(left + p.x - minX), y: p.y + dy }))
}

function uniqueLinks(links: readonly LayoutLink[], ids: ReadonlySet<string>): LayoutLink[] {
  const seen = new Set<string>()
  const out: LayoutLink[] = []
  for (const l of links) {
    if (l.source === l.target || !ids.has(l.source) || !ids.has(l.target)) continue
    const key = `${l.source}\u0000${l.target}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(l)
  }
  return out
}

export function snap(v: number): number {
  return Math.round(v / GRID) * GRID
}

function snapUp(v: number): number {
  return Math.ceil(v / GRID) * GRID
}
