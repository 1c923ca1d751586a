import { Position, type NodeHandle, type XYPosition } from '@xyflow/react'
import { elementKind } from '../../../model/metamodel/metamodel.ts'
import type { StateStatus } from '../../../model/metamodel/types.ts'
import type { Element, View, ViewNode } from '../../../model/project.ts'
import type { Locale } from '../../i18n/translate.ts'
import { localized, translate } from '../../i18n/translate.ts'
import type { GapMark } from '../gap/gapMarks.ts'
import type { ElementFlowNode, ElementNodeData } from './flowTypes.ts'

export interface NodeInput {
  readonly view: View
  /** The element of each of the view's nodes, in the same order (from the projection). */
  readonly elements: readonly (Element | undefined)[]
  readonly stateId: string
  /** Marks of the gap overlay, when it is on. */
  readonly marks?: ReadonlyMap<string, GapMark>
  readonly selected: ReadonlySet<string>
  /** Positions of nodes being dragged, ahead of the command that stores them. */
  readonly dragging: ReadonlyMap<string, XYPosition>
  readonly locale: Locale
}

interface CacheEntry {
  readonly node: ElementFlowNode
  readonly element: Element
  readonly stateId: string
  readonly mark: GapMark | undefined
  readonly locale: Locale
}

export type NodeCache = ReadonlyMap<string, CacheEntry>

export interface DerivedNodes {
  readonly nodes: ElementFlowNode[]
  /** Pass back on the next call: unchanged nodes are reused, so memoised node components skip them. */
  readonly cache: NodeCache
}

const SHOWN_STATUSES: ReadonlySet<StateStatus> = new Set(['baru', 'pengembangan', 'dihentikan'])

/**
 * The nodes of one view in one state: the view's placements of elements that belong to the state,
 * plus, with the overlay on, elements the overlay marks removed (shown dimmed). A node is a new
 * object only when something it shows changed.
 */
export function deriveNodes(input: NodeInput, previous: NodeCache = new Map()): DerivedNodes {
  const nodes: ElementFlowNode[] = []
  const cache = new Map<string, CacheEntry>()
  const { view, elements, stateId, marks, selected, dragging, locale } = input
  view.nodes.forEach((placement, i) => {
    const element = elements[i]
    if (!element || element.id !== placement.element) return
    if (!isShown(element, stateId, marks)) return
    const mark = marks?.get(element.id)
    const prev = previous.get(element.id)
    const position = dragging.get(element.id) ?? placement
    const isSelected = selected.has(element.id)
    const sameData = prev && prev.element === element && prev.stateId === stateId && prev.mark === mark && prev.locale === locale
    let node: ElementFlowNode
    if (sameData && samePlacement(prev.node, position, placement) && (prev.node.selected ?? false) === isSelected) {
      node = prev.node
    } else {
      const data = sameData ? prev.node.data : nodeData(element, stateId, mark, locale)
      node = flowNode(element.id, data, position, placement, isSelected)
    }
    cache.set(element.id, { node, element, stateId, mark, locale })
    nodes.push(node)
  })
  return { nodes, cache }
}

/** In the state, or marked removed by the overlay (then drawn dimmed). */
export function isShown(element: Element, stateId: string, marks: ReadonlyMap<string, GapMark> | undefined): boolean {
  return element.states[stateId] !== undefined || marks?.get(element.id) === 'removed'
}

function samePlacement(node: ElementFlowNode, position: XYPosition, placement: ViewNode): boolean {
  return node.position.x === position.x && node.position.y === position.y && node.width === placement.w && node.height === placement.h
}

function flowNode(id: string, data: ElementNodeData, position: XYPosition, size: ViewNode, selected: boolean): ElementFlowNode {
  return {
    id,
    type: 'element',
    position: { x: position.x, y: position.y },
    data,
    // Explicit sizes: React Flow can cull off-screen nodes and fit the view before measuring,
    // and declared handles let edges to culled nodes still be drawn.
    width: size.w,
    height: size.h,
    measured: { width: size.w, height: size.h },
    handles: handlesFor(size.w, size.h),
    selected,
  }
}

/** Id of the handle covering a node's body, which takes a connection dropped anywhere on the node. */
export const DROP_HANDLE = 'drop'

const handleCache = new Map<string, NodeHandle[]>()

function handlesFor(w: number, h: number): NodeHandle[] {
  const key = `${w}x${h}`
  let handles = handleCache.get(key)
  if (!handles) {
    // The same handles ElementNode renders: the dot on the right, and the whole body as a drop target.
    handles = [
      { id: null, type: 'source', position: Position.Right, x: w, y: h / 2, width: 1, height: 1 },
      { id: DROP_HANDLE, type: 'target', position: Position.Top, x: 0, y: 0, width: w, height: h },
    ]
    handleCache.set(key, handles)
  }
  return handles
}

export function nodeData(element: Element, stateId: string, mark: GapMark | undefined, locale: Locale): ElementNodeData {
  const kind = elementKind(element.kind)
  const status = element.states[stateId]?.status
  const data: { -readonly [K in keyof ElementNodeData]: ElementNodeData[K] } = {
    name: element.name,
    kindLabel: kind ? localized(kind.label, locale) : element.kind,
    domain: kind?.domain ?? 'aplikasi',
  }
  if (element.code) data.code = element.code
  if (status && SHOWN_STATUSES.has(status)) {
    data.status = status
    data.statusLabel = translate(locale, `editor.status.${status as 'baru' | 'pengembangan' | 'dihentikan'}`)
  }
  if (mark) data.mark = mark
  return data
}
