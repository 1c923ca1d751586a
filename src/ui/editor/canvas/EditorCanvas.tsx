import {
  Background, BackgroundVariant, ConnectionMode, Controls, MiniMap, Panel, ReactFlow, useReactFlow,
  type Connection, type EdgeChange, type FinalConnectionState, type Node, type NodeChange, type XYPosition,
} from '@xyflow/react'
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react'
import { domainById } from '../../../model/metamodel/domains.ts'
import type { View } from '../../../model/project.ts'
import { useLocale, useT } from '../../i18n/locale.ts'
import { addElementAt } from '../actions/addElement.ts'
import { moveElements } from '../actions/moveElements.ts'
import { placeExisting } from '../actions/placeExisting.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { closeDialog, openDialog, setSelection } from '../editorStore.ts'
import { ELEMENT_MIME, PALETTE_MIME } from '../palette/paletteDrag.ts'
import { viewLabel } from '../toolbar/viewLabel.ts'
import { CanvasPresence } from '../presence/CanvasPresence.tsx'
import { CanvasEmptyState } from './CanvasEmptyState.tsx'
import { ConnectPopover } from './ConnectPopover.tsx'
import { DeleteDialog } from './DeleteDialog.tsx'
import { FIT_VIEW_OPTIONS } from './fitView.ts'
import { EDGE_TYPES, NODE_TYPES } from './flowComponents.ts'
import type { ElementFlowNode, RelationFlowEdge } from './flowTypes.ts'
import { GapLegend } from './GapLegend.tsx'
import { LaneBands } from './LaneBands.tsx'
import { levelOfDetailClasses, useLevelOfDetail } from './levelOfDetail.ts'
import { NoticeBar } from './NoticeBar.tsx'
import { NoViews } from './NoViews.tsx'
import { isFramePending, useFrameRequest } from './useFrameRequest.ts'
import { MAX_ZOOM, MIN_ZOOM, useCanvasStart } from './useCanvasStart.ts'
import { useViewFlow } from './useViewFlow.ts'
import { ViewActions } from './ViewActions.tsx'

const SNAP_GRID: [number, number] = [8, 8]
const MULTI_SELECT_KEYS = ['Meta', 'Control', 'Shift']
const NO_DRAG: ReadonlyMap<string, XYPosition> = new Map()
/**
 * Above this many nodes, React Flow renders only what is on screen. Culling recomputes the visible
 * set on every pan frame and mounts nodes as they cross the edge; with a 1,000-node view fitted on
 * screen that cost more than drawing everything (npm run bench:ui: drag frames 50 -> 17 ms median).
 */
const CULL_FROM = 1500

function miniMapColor(node: Node): string {
  const domain = (node as ElementFlowNode).data?.domain
  return domain ? domainById(domain).color : '#94a3b8'
}

const isDifferentNodes = (c: Connection | RelationFlowEdge): boolean => c.source !== c.target

/** The canvas for the current view, or the empty state of a project without views. */
export function EditorCanvas() {
  const viewId = useUi((s) => s.viewId)
  const view = useProjection((s) => (viewId ? s.views.get(viewId) : undefined))
  const hasViews = useProjection((s) => s.views.size > 0)
  if (!hasViews) return <NoViews />
  if (!view) return null
  return <ViewCanvas view={view} />
}

function ViewCanvas({ view }: { readonly view: View }) {
  const env = useEditorEnv()
  const t = useT()
  const locale = useLocale()
  const flow = useReactFlow()
  const wrapper = useRef<HTMLDivElement>(null)
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition>>(NO_DRAG)
  const draggingRef = useRef(dragging)
  const { nodes, edges, marks, shown } = useViewFlow(view, dragging)
  const dialog = useUi((s) => s.dialog)
  const { level, onMoveStart, onMoveEnd } = useLevelOfDetail(wrapper)

  const updateDragging = useCallback((next: ReadonlyMap<string, XYPosition>) => {
    draggingRef.current = next
    setDragging(next)
  }, [])

  // A newly shown view is framed whole (unless a focus request frames some of it, or the canvas
  // started framing it); switching state keeps the viewport.
  const start = useCanvasStart(view.id, nodes, wrapper, isFramePending(env, view.id))
  const { measured, takePrefitted } = start
  useEffect(() => {
    if (!measured || takePrefitted(view.id)) return
    if (!isFramePending(env, view.id)) void flow.fitView(FIT_VIEW_OPTIONS)
  }, [view.id, flow, env, measured, takePrefitted])
  useFrameRequest(view.id, shown)

  const onNodesChange = useCallback(
    (changes: NodeChange<ElementFlowNode>[]) => {
      let selected: Set<string> | undefined
      let moving: Map<string, XYPosition> | undefined
      let done: Map<string, XYPosition> | undefined
      for (const c of changes) {
        if (c.type === 'select') {
          selected ??= new Set(env.ui.getState().selection.nodes)
          if (c.selected) selected.add(c.id)
          else selected.delete(c.id)
        } else if (c.type === 'position' && c.position) {
          if (c.dragging) (moving ??= new Map()).set(c.id, c.position)
          else (done ??= new Map()).set(c.id, c.position)
        }
      }
      if (selected) setSelection(env.ui, { nodes: selected })
      if (moving) updateDragging(new Map([...draggingRef.current, ...moving]))
      if (done) {
        // The end of a drag is one undo step; React Flow's own arrow-key moves merge into a burst.
        const wasDragged = [...done.keys()].some((id) => draggingRef.current.has(id))
        moveElements(env, done, wasDragged ? {} : { burst: 'nudge' })
        if (draggingRef.current.size > 0) updateDragging(NO_DRAG)
      }
    },
    [env, updateDragging],
  )

  const onEdgesChange = useCallback(
    (changes: EdgeChange<RelationFlowEdge>[]) => {
      let selected: Set<string> | undefined
      for (const c of changes) {
        if (c.type !== 'select') continue
        selected ??= new Set(env.ui.getState().selection.edges)
        if (c.selected) selected.add(c.id)
        else selected.delete(c.id)
      }
      if (selected) setSelection(env.ui, { edges: selected })
    },
    [env],
  )

  // Transient modes are data attributes set directly: nothing re-renders, and React's className
  // updates cannot wipe them.
  const onConnectStart = useCallback(() => wrapper.current?.setAttribute('data-connecting', ''), [])
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      wrapper.current?.removeAttribute('data-connecting')
      const from = state.fromNode?.id
      const to = state.toNode?.id
      const box = wrapper.current?.getBoundingClientRect()
      const target = to ? flow.getInternalNode(to) : undefined
      if (!from || !to || from === to || !box || !target) return
      // The popover opens beside the node the connection was dropped on, not over it.
      const { x, y } = target.internals.positionAbsolute
      const topLeft = flow.flowToScreenPosition({ x, y })
      const bottomRight = flow.flowToScreenPosition({ x: x + (target.measured.width ?? 0), y: y + (target.measured.height ?? 0) })
      const anchor = { left: topLeft.x - box.left, top: topLeft.y - box.top, right: bottomRight.x - box.left, bottom: bottomRight.y - box.top }
      // The user drew from `from` to `to`: that is the relation's direction, whichever dot was used.
      openDialog(env.ui, { type: 'connect', source: from, target: to, anchor })
    },
    [env, flow],
  )

  const onPaneClick = useCallback(() => closeDialog(env.ui), [env])

  // Two drags land here: a kind from the palette (a new element) and a model browser row (an existing one).
  const onDragOver = useCallback((event: DragEvent) => {
    const types = event.dataTransfer.types
    if (!types.includes(PALETTE_MIME) && !types.includes(ELEMENT_MIME)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }, [])
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME)
      const elementId = kind ? '' : event.dataTransfer.getData(ELEMENT_MIME)
      if (!kind && !elementId) return
      event.preventDefault()
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      if (kind) addElementAt(env, kind, at)
      else placeExisting(env, elementId, at)
      wrapper.current?.focus({ preventScroll: true })
    },
    [env, flow],
  )

  const className = ['editor-canvas', levelOfDetailClasses(level), marks ? 'has-gap' : ''].join(' ').replace(/\s+/g, ' ').trim()
  return (
    <div ref={wrapper} className={className} tabIndex={-1} onDragOver={onDragOver} onDrop={onDrop} aria-label={t('editor.canvas.label', { view: viewLabel(view, locale) })} role="region" data-view={view.id}>
      {measured && (
        <ReactFlow<ElementFlowNode, RelationFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnectStart={onConnectStart}
          onConnectEnd={onConnectEnd}
          onPaneClick={onPaneClick}
          onMoveStart={onMoveStart}
          onMoveEnd={onMoveEnd}
          isValidConnection={isDifferentNodes}
          connectionMode={ConnectionMode.Loose}
          connectionRadius={24}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          snapToGrid
          snapGrid={SNAP_GRID}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          {...(start.viewport ? { defaultViewport: start.viewport } : {})}
          fitViewOptions={FIT_VIEW_OPTIONS}
          onlyRenderVisibleElements={nodes.length > CULL_FROM}
          attributionPosition="bottom-center"
        >
          {view.layout === 'layered' && <LaneBands nodes={nodes} />}
          <Background variant={BackgroundVariant.Lines} gap={24} color="#e8ecf1" />
          <Controls showInteractive={false} position="bottom-left" fitViewOptions={FIT_VIEW_OPTIONS} />
          {nodes.length > 0 && (
            <MiniMap position="bottom-right" pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} ariaLabel={t('editor.canvas.minimap')} />
          )}
          <Panel position="top-right">
            <ViewActions />
          </Panel>
          {marks && (
            <Panel position="top-left">
              <GapLegend marks={marks} shown={shown} />
            </Panel>
          )}
          <CanvasPresence />
        </ReactFlow>
      )}
      <CanvasEmptyState view={view} shownCount={nodes.length} />
      {dialog?.type === 'connect' && <ConnectPopover dialog={dialog} />}
      {dialog?.type === 'delete' && <DeleteDialog dialog={dialog} />}
      <NoticeBar />
    </div>
  )
}
