import './presence.css'
import { useReactFlow, useStore as useFlowStore, useStoreApi, ViewportPortal } from '@xyflow/react'
import { useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { useCollab } from '../../collab/collabContext.ts'
import { initialsOf } from '../../collab/presenceUser.ts'
import { usePeers, type Peer } from '../../collab/usePresence.ts'
import { useEditorEnv, useUi } from '../EditorContext.tsx'
import { selectView } from '../editorStore.ts'

/**
 * What the canvas adds for collaboration, mounted inside <ReactFlow>: a viewer's canvas that
 * cannot drag or connect, this tab's cursor, view, selection and viewport published through
 * awareness, the others' cursors and selections drawn in flow coordinates in their colours, and
 * following someone's viewport ("Ikuti").
 */
export function CanvasPresence() {
  const env = useEditorEnv()
  useReadOnlyFlow(env.readOnly === true)
  const collab = useCollab()
  if (!collab) return null
  return <LivePresence />
}

/** React Flow's own interactions (drag, connect) are off for a viewer; actions are refused anyway. */
function useReadOnlyFlow(readOnly: boolean): void {
  const flowStore = useStoreApi()
  useEffect(() => {
    if (!readOnly) return
    const before = flowStore.getState()
    const saved = { nodesDraggable: before.nodesDraggable, nodesConnectable: before.nodesConnectable, edgesReconnectable: before.edgesReconnectable }
    flowStore.setState({ nodesDraggable: false, nodesConnectable: false, edgesReconnectable: false })
    return () => flowStore.setState(saved)
  }, [readOnly, flowStore])
}

/** Cursor updates at most this often: awareness frames go to everyone in the room. */
const CURSOR_MS = 50

function LivePresence() {
  const collab = useCollab()!
  const env = useEditorEnv()
  const flow = useReactFlow()
  const flowStore = useStoreApi()
  const viewId = useUi((s) => s.viewId)
  const selection = useUi((s) => s.selection.nodes)
  const awareness = collab.awareness
  const peers = usePeers(awareness)
  const following = useStore(collab.follow, (s) => s.following)
  const transform = useFlowStore((s) => s.transform)
  const size = useFlowStore((s) => ({ w: s.width, h: s.height }), (a, b) => a.w === b.w && a.h === b.h)

  // This tab's view and selection.
  useEffect(() => {
    awareness.setLocalStateField('viewId', viewId ?? null)
  }, [awareness, viewId])
  useEffect(() => {
    awareness.setLocalStateField('selection', [...selection])
  }, [awareness, selection])

  // The viewport as its centre in flow coordinates and a zoom, so a follower with another screen size sees the same middle.
  useEffect(() => {
    const [x, y, zoom] = transform
    const timer = setTimeout(() => {
      if (!size.w || !size.h) return
      awareness.setLocalStateField('viewport', { x: (size.w / 2 - x) / zoom, y: (size.h / 2 - y) / zoom, zoom })
    }, 100)
    return () => clearTimeout(timer)
  }, [awareness, transform, size.w, size.h])

  // The cursor, in flow coordinates.
  useEffect(() => {
    const node = flowStore.getState().domNode
    if (!node) return
    let last = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    let latest: { x: number; y: number } | undefined
    const send = (): void => {
      timer = undefined
      last = Date.now()
      awareness.setLocalStateField('cursor', latest ?? null)
    }
    const onMove = (event: PointerEvent): void => {
      latest = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      if (timer) return
      timer = setTimeout(send, Math.max(0, CURSOR_MS - (Date.now() - last)))
    }
    const onLeave = (): void => {
      latest = undefined
      clearTimeout(timer)
      send()
    }
    node.addEventListener('pointermove', onMove)
    node.addEventListener('pointerleave', onLeave)
    return () => {
      clearTimeout(timer)
      node.removeEventListener('pointermove', onMove)
      node.removeEventListener('pointerleave', onLeave)
      awareness.setLocalStateField('cursor', null)
    }
  }, [awareness, flow, flowStore])

  // Following: go where the followed person looks.
  const followed = peers.find((p) => p.clientId === following)
  useEffect(() => {
    if (!followed) return
    if (followed.viewId && followed.viewId !== env.ui.getState().viewId && env.store.getState().views.has(followed.viewId)) selectView(env.ui, followed.viewId)
    const v = followed.viewport
    if (!v || !size.w || !size.h) return
    void flow.setViewport({ x: size.w / 2 - v.x * v.zoom, y: size.h / 2 - v.y * v.zoom, zoom: v.zoom }, { duration: 150 })
  }, [followed, env, flow, size.w, size.h])
  // The followed person left: stop following.
  useEffect(() => {
    if (following !== undefined && !peers.some((p) => p.clientId === following) && peers.length > 0) collab.follow.setState({ following: undefined })
  }, [following, peers, collab.follow])

  const here = useMemo(() => peers.filter((p) => !p.self && p.viewId === viewId), [peers, viewId])
  return (
    <ViewportPortal>
      {here.map((p) => <PeerSelection key={`s${p.clientId}`} peer={p} />)}
      {here.map((p) => p.cursor && <PeerCursor key={`c${p.clientId}`} peer={p} zoom={transform[2]} />)}
    </ViewportPortal>
  )
}

function PeerCursor({ peer, zoom }: { readonly peer: Peer; readonly zoom: number }) {
  const { x, y } = peer.cursor!
  // Counter-scaled: a cursor keeps its size whatever the zoom.
  return (
    <div className="peer-cursor" data-peer={peer.user.name} style={{ transform: `translate(${x}px, ${y}px) scale(${1 / zoom})`, color: peer.user.color }} aria-hidden="true">
      <svg width="16" height="20" viewBox="0 0 16 20"><path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" fill="currentColor" stroke="#fff" strokeWidth="1.2" /></svg>
      <span className="peer-cursor__name" style={{ background: peer.user.color }}>{peer.user.name}</span>
    </div>
  )
}

function PeerSelection({ peer }: { readonly peer: Peer }) {
  const flow = useReactFlow()
  // Re-read when nodes move: the outline follows the node.
  useFlowStore((s) => s.nodeLookup)
  return (
    <>
      {peer.selection.map((id) => {
        const node = flow.getInternalNode(id)
        if (!node) return null
        const { x, y } = node.internals.positionAbsolute
        const w = node.measured.width ?? 0
        const h = node.measured.height ?? 0
        return (
          <div key={id} className="peer-selection" data-peer={peer.user.name} data-node={id} style={{ transform: `translate(${x - 4}px, ${y - 4}px)`, width: w + 8, height: h + 8, borderColor: peer.user.color }} aria-hidden="true">
            <span className="peer-selection__tag" style={{ background: peer.user.color }}>{initialsOf(peer.user.name)}</span>
          </div>
        )
      })}
    </>
  )
}
