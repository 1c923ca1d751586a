import { useStoreApi } from '@xyflow/react'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

/**
 * How much the canvas draws at a zoom (styles.css, `.is-far` and `.is-overview`):
 * - near: everything;
 * - far (below 0.7): no relation verbs (except on selected edges);
 * - overview (below 0.4): also no kind line with its glyph (a few pixels high, unreadable), square
 *   corners (a 6 px corner is two pixels) and no background grid (cells a few pixels wide, a grey
 *   wash). Rounded corners and masked glyphs were most of what a thousand nodes cost a zoom frame
 *   in raster (bench/ui/traceCanvas.ts), and a view that large is fitted at this level.
 */
export type LevelOfDetail = 'near' | 'far' | 'overview'

const FAR_BELOW = 0.7
const OVERVIEW_BELOW = 0.4

export function levelOfDetail(zoom: number): LevelOfDetail {
  return zoom < OVERVIEW_BELOW ? 'overview' : zoom < FAR_BELOW ? 'far' : 'near'
}

/** The canvas wrapper's classes for a level of detail. */
export function levelOfDetailClasses(level: LevelOfDetail): string {
  return level === 'overview' ? 'is-far is-overview' : level === 'far' ? 'is-far' : ''
}

export interface LevelOfDetailState {
  readonly level: LevelOfDetail
  /** For React Flow's onMoveStart / onMoveEnd. */
  readonly onMoveStart: () => void
  readonly onMoveEnd: () => void
}

/**
 * The level of detail to draw, changed only while the viewport is still. Changing it restyles,
 * lays out and repaints every node at once (a 100 ms frame with a thousand nodes); in the middle
 * of a zoom that was a stutter each time a threshold was crossed, so a moving viewport keeps the
 * level it started with and takes the new one when it stops, as the relation verbs already did.
 * While it moves, the wrapper carries `data-moving`: relation verbs are hidden then (laying out
 * thousands of SVG texts on every pan frame made a large view stutter).
 */
export function useLevelOfDetail(wrapper: RefObject<HTMLElement | null>): LevelOfDetailState {
  const flowStore = useStoreApi()
  const moving = useRef(false)
  const [level, setLevel] = useState(() => levelOfDetail(flowStore.getState().transform[2]))
  // A subscription rather than a selector: a threshold crossed mid-move re-renders nothing.
  useEffect(() => {
    const follow = (zoom: number): void => {
      if (!moving.current) setLevel(levelOfDetail(zoom))
    }
    follow(flowStore.getState().transform[2]) // in case the viewport changed before this ran
    return flowStore.subscribe((s) => follow(s.transform[2]))
  }, [flowStore])
  const onMoveStart = useCallback(() => {
    moving.current = true
    wrapper.current?.setAttribute('data-moving', '')
  }, [wrapper])
  const onMoveEnd = useCallback(() => {
    moving.current = false
    wrapper.current?.removeAttribute('data-moving')
    setLevel(levelOfDetail(flowStore.getState().transform[2]))
  }, [wrapper, flowStore])
  return { level, onMoveStart, onMoveEnd }
}
