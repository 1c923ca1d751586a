import { formatMs, median, table } from '../harness.ts'
import type { CanvasRun } from './canvasBench.ts'
import { frameStats, percentile } from './frameStats.ts'
import type { OpenResult } from './openProjectBench.ts'
import type { ShownGraph } from './viewSize.ts'

/** Issue 4: the editor within 1.5x of the bare React Flow page, a 10k project open in under 2 s. */
export const MAX_RATIO = 1.5
export const OPEN_TARGET_MS = 2000

export interface InteractionSummary {
  /** Median and 95th percentile of the frame times of all runs together. */
  readonly medianMs: number
  readonly p95Ms: number
  /** 60 Hz frames missed in frames over 33.3 ms, median per run. */
  readonly dropped: number
  /** Frames per second, median per run. */
  readonly fps: number
}

export interface PageSummary {
  readonly firstRenderMs: number
  readonly firstNodeMs: number
  readonly zoom: number
  readonly edges: number
  readonly pan: InteractionSummary
  readonly zoomFrames: InteractionSummary
  readonly drag: InteractionSummary
}

export interface CanvasSummary {
  readonly editor: PageSummary
  readonly bare: PageSummary
}

function interaction(runs: readonly number[][]): InteractionSummary {
  const all = runs.flat()
  const perRun = runs.map(frameStats)
  return { medianMs: percentile(all, 50), p95Ms: percentile(all, 95), dropped: median(perRun.map((s) => s.dropped)), fps: median(perRun.map((s) => s.fps)) }
}

function page(runs: readonly CanvasRun[]): PageSummary {
  return {
    firstRenderMs: median(runs.map((r) => r.firstRenderMs)),
    firstNodeMs: median(runs.map((r) => r.firstNodeMs)),
    zoom: median(runs.map((r) => r.zoom)),
    edges: median(runs.map((r) => r.edges)),
    pan: interaction(runs.map((r) => r.pan)),
    zoomFrames: interaction(runs.map((r) => r.zoomFrames)),
    drag: interaction(runs.map((r) => r.drag)),
  }
}

export function summarize(editor: readonly CanvasRun[], bare: readonly CanvasRun[]): CanvasSummary {
  return { editor: page(editor), bare: page(bare) }
}

/** Editor over bare, and whether that is within the target; a bare count of 0 allows only 0. */
function compare(editor: number, bare: number): [ratio: string, verdict: string] {
  if (bare === 0) return [editor === 0 ? '1.00' : 'n/a', editor === 0 ? 'met' : 'NOT met']
  const ratio = editor / bare
  return [ratio.toFixed(2), ratio <= MAX_RATIO ? 'met' : 'NOT met']
}

function canvasRows(c: CanvasSummary): string[][] {
  const rows: string[][] = []
  const add = (name: string, e: number, b: number, unit: 'ms' | 'n', judged = true): void => {
    const [ratio, verdict] = compare(e, b)
    const fmt = unit === 'ms' ? formatMs : (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))
    rows.push([name, fmt(e), fmt(b), ratio, judged ? verdict : '(info)'])
  }
  add('first render: all nodes painted (ms)', c.editor.firstRenderMs, c.bare.firstRenderMs, 'ms')
  add('first node in the DOM (ms)', c.editor.firstNodeMs, c.bare.firstNodeMs, 'ms', false)
  for (const [label, key] of [['pan', 'pan'], ['zoom', 'zoomFrames'], ['node drag', 'drag']] as const) {
    add(`${label}: median frame (ms)`, c.editor[key].medianMs, c.bare[key].medianMs, 'ms')
    add(`${label}: p95 frame (ms)`, c.editor[key].p95Ms, c.bare[key].p95Ms, 'ms')
    add(`${label}: dropped frames per run`, c.editor[key].dropped, c.bare[key].dropped, 'n')
    add(`${label}: frames per second`, c.editor[key].fps, c.bare[key].fps, 'n', false)
  }
  return rows
}

export function printReport(report: { readonly canvas?: CanvasSummary; readonly open?: OpenResult; readonly graph: ShownGraph }): void {
  const { canvas, open, graph } = report
  if (canvas) {
    console.log(`\nEditor against a bare React Flow page, ${graph.nodes} nodes and ${canvas.editor.edges} / ${canvas.bare.edges} edges drawn; medians over runs (frame times: all frames of all runs); target editor/bare <= ${MAX_RATIO}:\n`)
    console.log(table(['figure', 'editor', 'bare', 'editor/bare', 'target'], canvasRows(canvas)))
    console.log(`\nFitted zoom: editor ${canvas.editor.zoom.toFixed(3)}, bare ${canvas.bare.zoom.toFixed(3)}. Frame times are multiples of the 16.7 ms vsync; dropped frames: 60 Hz frames missed in frames over 33.3 ms (a 50 ms frame missed 2).`)
  }
  if (open) {
    const shown = median(open.runs.map((r) => r.shownMs))
    const quiet = median(open.runs.map((r) => r.quietMs))
    console.log(`\nOpening a ${open.elements}-element project (${open.fileMB.toFixed(1)} MB file, imported once in ${(open.importMs / 1000).toFixed(1)} s) from IndexedDB, medians over ${open.runs.length} reloads; target < ${OPEN_TARGET_MS} ms:\n`)
    console.log(table(['figure', 'ms', 'target'], [
      ['navigation to the overview heading painted', formatMs(shown), shown < OPEN_TARGET_MS ? 'met' : 'NOT met'],
      ['... and no long task left (1 s quiet)', formatMs(quiet), '(info)'],
    ]))
  }
}
