import type { FitViewOptions } from '@xyflow/react'

/** How "fit" frames a view: a small margin, and never zoomed in past 100 % for a few nodes. */
export const FIT_VIEW_OPTIONS: FitViewOptions = { padding: 0.08, maxZoom: 1 }
