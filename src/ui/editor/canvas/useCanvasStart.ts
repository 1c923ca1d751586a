import { getNodesBounds, getViewportForBounds, useStoreApi, type Viewport } from '@xyflow/react'
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { FIT_VIEW_OPTIONS } from './fitView.ts'
import type { ElementFlowNode } from './flowTypes.ts'

/** The canvas's zoom limits (React Flow's minZoom and maxZoom). */
export const MIN_ZOOM = 0.1
export const MAX_ZOOM = 2

export interface CanvasStart {
  /** False until the canvas's box has been measured: React Flow is mounted only then. */
  readonly measured: boolean
  /** The view fitted to the canvas, when it could be measured: React Flow's first viewport. */
  readonly viewport: Viewport | undefined
  /** True once, for the view the first viewport already frames: its own "fit all" is not needed. */
  readonly takePrefitted: (viewId: string) => boolean
}

/**
 * Where a canvas starts: framing the view before React Flow mounts, so the first layout of a large
 * view is at the fitted zoom, with its level of detail (no relation verbs, no kind lines) already
 * applied. Left to React Flow, the view is first laid out whole at zoom 1, every verb and kind line
 * included, then fitted a frame later and laid out again (about a third of the first render of
 * 1,000 nodes in npm run bench:ui). The fit is the one React Flow computes (same bounds, padding
 * and limits); the canvas's box is measured in a layout effect, before anything is painted.
 * Without a box (a hidden canvas, a test DOM) or nodes, or when a focus request will frame the
 * view, React Flow starts as usual and the canvas fits the view itself.
 */
export function useCanvasStart(viewId: string, nodes: readonly ElementFlowNode[], wrapper: RefObject<HTMLDivElement | null>, framePending: boolean): CanvasStart {
  const store = useStoreApi()
  const [start, setStart] = useState<{ readonly viewport?: Viewport }>()
  const prefitted = useRef<string | undefined>(undefined)

  useLayoutEffect(() => {
    if (start) return
    const width = wrapper.current?.offsetWidth ?? 0
    const height = wrapper.current?.offsetHeight ?? 0
    if (width === 0 || height === 0 || nodes.length === 0 || framePending) {
      setStart({})
      return
    }
    const viewport = getViewportForBounds(getNodesBounds([...nodes]), width, height, FIT_VIEW_OPTIONS.minZoom ?? MIN_ZOOM, FIT_VIEW_OPTIONS.maxZoom ?? MAX_ZOOM, FIT_VIEW_OPTIONS.padding ?? 0.1)
    // React Flow's first render reads the store's transform; its pan-zoom then starts from the same viewport.
    store.setState({ transform: [viewport.x, viewport.y, viewport.zoom] })
    prefitted.current = viewId
    setStart({ viewport })
  }, [start, store, wrapper, nodes, viewId, framePending])

  const takePrefitted = useCallback((id: string): boolean => {
    if (prefitted.current !== id) return false
    prefitted.current = undefined
    return true
  }, [])

  return { measured: start !== undefined, viewport: start?.viewport, takePrefitted }
}
