import type { XYPosition } from '@xyflow/react'
import { useMemo, useRef } from 'react'
import { useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { Element, View } from '../../../model/project.ts'
import { useLocale } from '../../i18n/locale.ts'
import { useEditorEnv, useUi } from '../EditorContext.tsx'
import { useGapMarks } from '../gap/useGapMarks.ts'
import type { GapMarks } from '../gap/gapMarks.ts'
import { deriveEdges, type EdgeCache } from './deriveEdges.ts'
import { deriveNodes, isShown, type NodeCache } from './deriveNodes.ts'
import type { ElementFlowNode, RelationFlowEdge } from './flowTypes.ts'

export interface ViewFlow {
  readonly nodes: ElementFlowNode[]
  readonly edges: RelationFlowEdge[]
  readonly marks: GapMarks | undefined
  /** Ids of the shown nodes; stable while what is shown does not change. */
  readonly shown: ReadonlySet<string>
}

/**
 * React Flow's nodes and edges for one view, kept as identity-stable as the projection:
 * the view's elements are selected with a shallow comparison (one changed element re-renders one
 * node), and the derivations reuse every node and edge whose inputs did not change.
 */
export function useViewFlow(view: View, dragging: ReadonlyMap<string, XYPosition>): ViewFlow {
  const env = useEditorEnv()
  const locale = useLocale()
  const stateId = useUi((s) => s.stateId)
  const gap = useUi((s) => s.gap)
  const selection = useUi((s) => s.selection)
  const elements = useStore(env.store, useShallow((s) => view.nodes.map((n) => s.elements.get(n.element))))
  const relations = useStore(env.store, (s) => s.relations)
  const marks = useGapMarks(env.store, gap)

  const nodeCache = useRef<NodeCache>(new Map())
  const nodes = useMemo(() => {
    const derived = deriveNodes({ view, elements, stateId, marks: marks?.elements, selected: selection.nodes, dragging, locale }, nodeCache.current)
    nodeCache.current = derived.cache
    return derived.nodes
  }, [view, elements, stateId, marks, selection.nodes, dragging, locale])

  const shown = useMemo(() => shownIds(view, elements, stateId, marks), [view, elements, stateId, marks])

  const sizes = useMemo(() => new Map(view.nodes.map((n) => [n.element, { w: n.w, h: n.h }])), [view])
  const edgeCache = useRef<EdgeCache>(new Map())
  const lastEdges = useRef<RelationFlowEdge[]>([])
  const edges = useMemo(() => {
    const derived = deriveEdges({ relations, shown, sizes, stateId, marks: marks?.relations, selected: selection.edges, locale }, edgeCache.current)
    edgeCache.current = derived.cache
    // Moving a node changes the view, hence `sizes`, but rarely an edge: the same list keeps React
    // Flow from re-indexing thousands of edges after every drop.
    if (!sameItems(derived.edges, lastEdges.current)) lastEdges.current = derived.edges
    return lastEdges.current
  }, [relations, shown, sizes, stateId, marks, selection.edges, locale])

  return { nodes, edges, marks, shown }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

function shownIds(view: View, elements: readonly (Element | undefined)[], stateId: string, marks: GapMarks | undefined): Set<string> {
  const ids = new Set<string>()
  view.nodes.forEach((_, i) => {
    const e = elements[i]
    if (e && isShown(e, stateId, marks?.elements)) ids.add(e.id)
  })
  return ids
}
