import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'
import { useEditorEnv, useUi } from '../EditorContext.tsx'
import { clearFrame } from '../editorStore.ts'

/** How a focus request frames its elements: a wide margin, close but not too close, animated briefly. */
export const FRAME_OPTIONS = { padding: 0.3, maxZoom: 1.5, duration: 300 } as const

/**
 * Frames the elements a focus request asked for, once this canvas shows the requested view.
 * React Flow queues fitView until the nodes are measured, so calling it right after a view
 * switch frames the new view's nodes.
 */
export function useFrameRequest(viewId: string, shown: ReadonlySet<string>): void {
  const env = useEditorEnv()
  const flow = useReactFlow()
  const frame = useUi((s) => s.frame)
  useEffect(() => {
    if (!frame || frame.viewId !== viewId) return
    clearFrame(env.ui, frame.seq)
    const nodes = frame.elementIds.filter((id) => shown.has(id)).map((id) => ({ id }))
    if (nodes.length > 0) void flow.fitView({ ...FRAME_OPTIONS, nodes })
  }, [env, flow, frame, viewId, shown])
}

/** Whether a focus request is waiting for this view: then the view's own "fit all" must not run. */
export function isFramePending(env: ReturnType<typeof useEditorEnv>, viewId: string): boolean {
  return env.ui.getState().frame?.viewId === viewId
}
