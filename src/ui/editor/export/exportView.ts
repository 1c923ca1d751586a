import { getNodesBounds, getViewportForBounds, type Node, type Viewport } from '@xyflow/react'
import { toPng, toSvg } from 'html-to-image'

export type ImageFormat = 'png' | 'svg'

/** Margin around the diagram in the image, in image pixels. */
const MARGIN = 32
/** The longest side of an image at 100 %; larger diagrams are scaled down to fit it. */
const MAX_SIDE = 6000
/** PNG pixels per diagram pixel: sharp in a document, under the browsers' canvas size limits. */
const PNG_RATIO = 2
const MAX_CANVAS_SIDE = 16000

/** Parts of React Flow that are controls, not the diagram. */
const NOT_DIAGRAM = ['react-flow__minimap', 'react-flow__controls', 'react-flow__panel', 'react-flow__attribution', 'react-flow__handle']

export interface ImageFrame {
  readonly width: number
  readonly height: number
  readonly viewport: Viewport
}

/** The image size and the viewport that shows every node in it, at 100 % unless too large. */
export function imageFrame(nodes: readonly Node[]): ImageFrame {
  const bounds = getNodesBounds([...nodes])
  const zoom = Math.min(1, MAX_SIDE / Math.max(bounds.width, bounds.height, 1))
  const width = Math.ceil(bounds.width * zoom + 2 * MARGIN)
  const height = Math.ceil(bounds.height * zoom + 2 * MARGIN)
  return { width, height, viewport: getViewportForBounds(bounds, width, height, zoom, zoom, `${MARGIN}px`) }
}

/**
 * Renders the shown view as an image data URL, the way React Flow's "download image" example
 * does: the viewport element, re-framed to hold every node, on white, without minimap or controls.
 */
export async function renderViewImage(viewportElement: HTMLElement, nodes: readonly Node[], format: ImageFormat): Promise<string> {
  const { width, height, viewport } = imageFrame(nodes)
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
    filter: (node: HTMLElement) => !NOT_DIAGRAM.some((c) => node.classList?.contains(c)),
  }
  if (format === 'svg') return toSvg(viewportElement, options)
  return toPng(viewportElement, { ...options, pixelRatio: Math.min(PNG_RATIO, MAX_CANVAS_SIDE / Math.max(width, height)) })
}

/** The view's name as a file name: characters file systems refuse become dashes. */
export function imageFileName(viewName: string, format: ImageFormat): string {
  // eslint-disable-next-line no-control-regex
  const base = viewName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')
  return `${base || 'diagram'}.${format}`
}

export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = dataUrl
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
}
