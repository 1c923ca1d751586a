import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { FRAME_MS } from './frameStats.ts'
import { probedPage, readyAt, recordFrames } from './pagePrep.ts'

/**
 * One load of a canvas page and the interactions a user makes on it, in this order:
 * 1. first render: navigation start to the frame in which all expected nodes are in the DOM,
 *    measured by React Flow and inside the pane, painted (pageProbe.js);
 * 2. pan: a mouse drag on an empty spot of the pane, 60 steps at 60 Hz;
 * 3. zoom: 30 wheel steps in and 30 out at the pane's centre, at 60 Hz;
 * 4. node drag: the node nearest the pane's centre dragged 60 steps at 60 Hz, and dropped.
 * Frame times are recorded in the page for each interaction (requestAnimationFrame deltas).
 */
export interface CanvasRun {
  readonly firstRenderMs: number
  readonly firstNodeMs: number
  readonly nodes: number
  readonly edges: number
  /** React Flow's zoom once the view is fitted: both pages should frame the grid alike. */
  readonly zoom: number
  /** Size of React Flow's pane (CSS pixels): the bare page is given a window of the editor's pane size. */
  readonly pane: Size
  readonly pan: number[]
  readonly zoomFrames: number[]
  readonly drag: number[]
  /** How far the dragged node moved on screen: a drag that moved nothing measured nothing. */
  readonly dragMovedPx: number
}

const STEPS = 60
const WHEEL_STEPS = 30
/** Pixels of wheel delta per zoom step: React Flow zooms by 2^(0.12) = 1.09x per step. */
const WHEEL_DELTA = 60

export interface Size {
  readonly width: number
  readonly height: number
}

export interface Point {
  readonly x: number
  readonly y: number
}

/**
 * The centre of the pane, and an empty point of the pane to start a pan from: the first one found
 * from the top edge down, nearest the middle first (the margin fitView leaves is usually empty;
 * hit-testing thousands of edges is slow, so few points are tried).
 */
export const PANE_POINTS = `(() => {
  const pane = document.querySelector('.react-flow__pane')
  const box = pane.getBoundingClientRect()
  const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 }
  for (let y = box.top + 6; y < box.bottom - 6; y += 6) {
    for (let dx = 0; dx < box.width / 2 - 6; dx += 6) {
      for (const x of [centre.x - dx, centre.x + dx]) if (document.elementFromPoint(x, y) === pane) return { centre, empty: { x, y } }
    }
  }
  return { centre, empty: undefined }
})()`

/** The node nearest the pane's centre that is not covered at its own centre, and that centre. */
export const NODE_NEAR_CENTRE = `(() => {
  const box = document.querySelector('.react-flow__pane').getBoundingClientRect()
  const cx = box.left + box.width / 2
  const cy = box.top + box.height / 2
  const near = [...document.querySelectorAll('.react-flow__node')].map((node) => {
    const r = node.getBoundingClientRect()
    const x = r.left + r.width / 2
    const y = r.top + r.height / 2
    return { node, x, y, d: (x - cx) ** 2 + (y - cy) ** 2 }
  }).sort((a, b) => a.d - b.d)
  for (const { node, x, y } of near) if (document.elementFromPoint(x, y)?.closest('.react-flow__node') === node) return { id: node.dataset.id, x, y }
  return undefined
})()`

const nodeCentre = (id: string): string => `(() => {
  const r = document.querySelector('.react-flow__node[data-id="${id}"]').getBoundingClientRect()
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
})()`

const VIEW_FACTS = `(() => {
  const transform = document.querySelector('.react-flow__viewport').style.transform
  const zoom = Number(/scale\\(([\\d.]+)\\)/.exec(transform)?.[1] ?? NaN)
  const pane = document.querySelector('.react-flow__pane').getBoundingClientRect()
  return {
    nodes: document.querySelectorAll('.react-flow__node').length, edges: document.querySelectorAll('.react-flow__edge').length, zoom,
    pane: { width: Math.round(pane.width), height: Math.round(pane.height) },
  }
})()`

/**
 * Input at the pace of a hand on a mouse: one step every 16.7 ms, sent through Chromium's input
 * pipeline (CDP Input events, as Playwright's mouse does) without waiting for the page between
 * steps. A page that keeps up handles one step per frame; a slow one coalesces steps into fewer,
 * longer frames. Waiting for the page instead would add idle frames between steps and flatter it.
 */
export class PacedInput {
  private readonly sent: Promise<unknown>[] = []
  private constructor(private readonly cdp: CDPSession) {}

  static async of(page: Page): Promise<PacedInput> {
    return new PacedInput(await page.context().newCDPSession(page))
  }

  mouse(type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', at: Point, pressed: boolean): void {
    this.sent.push(this.cdp.send('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: pressed || type === 'mouseReleased' ? 'left' : 'none', buttons: pressed ? 1 : 0, clickCount: type === 'mouseMoved' ? 0 : 1 }))
  }

  wheel(at: Point, deltaY: number): void {
    this.sent.push(this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY }))
  }

  /** Calls `step(i)` for i = 0 .. count - 1, one every 16.7 ms, then waits until all were delivered. */
  async paced(count: number, step: (i: number) => void): Promise<void> {
    const start = performance.now()
    for (let i = 0; i < count; i++) {
      const wait = start + i * FRAME_MS - performance.now()
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
      step(i)
    }
    await Promise.all(this.sent.splice(0))
  }

  async detach(): Promise<void> {
    await this.cdp.detach()
  }
}

export async function dragFrom(input: PacedInput, from: Point, dx: number, dy: number): Promise<void> {
  await input.paced(1, () => input.mouse('mouseMoved', from, false))
  await input.paced(1, () => input.mouse('mousePressed', from, true))
  await input.paced(STEPS, (i) => input.mouse('mouseMoved', { x: from.x + (dx * (i + 1)) / STEPS, y: from.y + (dy * (i + 1)) / STEPS }, true))
  await input.paced(1, () => input.mouse('mouseReleased', { x: from.x + dx, y: from.y + dy }, false))
}

export async function wheelZoom(input: PacedInput, at: Point): Promise<void> {
  await input.paced(1, () => input.mouse('mouseMoved', at, false))
  await input.paced(2 * WHEEL_STEPS, (i) => input.wheel(at, i < WHEEL_STEPS ? -WHEEL_DELTA : WHEEL_DELTA))
}

/** Waits until the page had `ms` without a long task: the interaction starts on a quiet page. */
export async function settle(page: Page, ms = 500): Promise<void> {
  await page.waitForFunction(`(() => { const t = window.__bench.longTasks; const last = t.length ? t[t.length - 1][1] : 0; return performance.now() - last > ${ms} })()`, undefined, { timeout: 30_000, polling: 100 })
}

export async function measureCanvas(context: BrowserContext, url: string, expectedNodes: number, viewport: Size, errors: string[]): Promise<CanvasRun> {
  const page = await probedPage(context, { nodes: expectedNodes }, errors)
  try {
    await page.setViewportSize(viewport)
    await page.goto(url)
    const firstRenderMs = await readyAt(page)
    const firstNodeMs = await page.evaluate<number>('window.__bench.firstNodeAt')
    await settle(page)
    const facts = await page.evaluate<{ nodes: number; edges: number; zoom: number; pane: Size }>(VIEW_FACTS)
    if (facts.nodes !== expectedNodes) throw new Error(`${url}: ${facts.nodes} nodes drawn, ${expectedNodes} expected`)

    const points = await page.evaluate<{ centre: Point; empty: Point | undefined }>(PANE_POINTS)
    if (!points.empty) throw new Error(`${url}: no empty spot on the pane to start a pan from`)
    const input = await PacedInput.of(page)
    const pan = await recordFrames(page, () => dragFrom(input, points.empty!, 240, 160))
    await settle(page)
    const zoomFrames = await recordFrames(page, () => wheelZoom(input, points.centre))
    await settle(page)

    const node = await page.evaluate<(Point & { id: string }) | undefined>(NODE_NEAR_CENTRE)
    if (!node) throw new Error(`${url}: no node to drag near the pane's centre`)
    const drag = await recordFrames(page, () => dragFrom(input, node, 200, 120))
    await input.detach()
    await settle(page)
    const after = await page.evaluate<Point>(nodeCentre(node.id))
    const dragMovedPx = Math.hypot(after.x - node.x, after.y - node.y)
    return { firstRenderMs, firstNodeMs, ...facts, pan, zoomFrames, drag, dragMovedPx }
  } finally {
    await page.close()
  }
}
