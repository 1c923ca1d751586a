/**
 * `npm run bench:ui`: the editor's speed in headless Chromium, against a bare React Flow page
 * showing the same graph, measured in the same run (issue 4).
 *
 * Builds the app if stale (what `npm start` serves), starts the static server on a free loopback
 * port and launches Debian's Chromium. Then, for `--runs` runs (default 5), loads the editor demo
 * and the bare page (src/ui/editor/dev/bareFlow.tsx), alternating which goes first, each with
 * `--nodes` nodes (default 1,000) in the same grid with the same edges, and measures first render
 * and the frame times of a pan, a zoom and a node drag (bench/ui/canvasBench.ts). Last, opens a
 * `--open` element project (default 10,000) from IndexedDB (bench/ui/openProjectBench.ts).
 * Prints medians, ratios editor/bare and the targets; writes bench/out/ui-latest.json.
 *   npm run bench:ui -- --runs 3 --only canvas
 * `--dist <dir>` serves that build as it is instead of building dist/ (to measure a build kept
 * aside, or while the working tree does not build).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { buildAppIfStale, REPO_ROOT } from '../../scripts/start.ts'
import { defaultDirs, startServer } from '../../server/staticServer.ts'
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/e2eSession.ts'
import { measureCanvas, type CanvasRun, type Size } from './canvasBench.ts'
import { measureOpen, type OpenResult } from './openProjectBench.ts'
import { printReport, summarize, type CanvasSummary } from './uiReport.ts'
import { graphShowing } from './viewSize.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    nodes: { type: 'string', default: '1000' },
    open: { type: 'string', default: '10000' },
    only: { type: 'string' },
    dist: { type: 'string' },
  },
})
const RUNS = Number(values.runs)
const NODES = Number(values.nodes)
const OPEN_ELEMENTS = Number(values.open)
if (!(RUNS >= 1) || !(NODES >= 1) || !(OPEN_ELEMENTS >= 1)) throw new Error('--runs, --nodes and --open take positive numbers')
if (values.only && values.only !== 'canvas' && values.only !== 'open') throw new Error('--only takes canvas or open')

/**
 * The editor's window: a desktop screen. At 1366x768 its canvas (between palette and side panel)
 * is too narrow to frame a 40-column grid of 1,000 nodes even at the minimum zoom, and "all nodes
 * painted" would never happen. The bare page gets a window the size of the editor's canvas pane,
 * so both draw the same graph in the same number of pixels.
 */
const EDITOR_VIEWPORT = { width: 1920, height: 1080 }
/** Background tabs and timers must not be throttled while a page is measured. */
const ARGS = [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding']

async function main(): Promise<void> {
  const chromiumVersion = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()
  console.log(`Cetakbiru UI benchmark, ${new Date().toISOString()}, Node ${process.version}, ${chromiumVersion}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`)
  if (!values.dist) await buildAppIfStale({ log: (line) => console.log(line) })
  const dirs = defaultDirs(REPO_ROOT)
  const server = await startServer({ port: 0, host: '127.0.0.1', ...dirs, ...(values.dist ? { distDir: resolve(values.dist) } : {}) })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  const errors: string[] = []
  try {
    let canvas: CanvasSummary | undefined
    let raw: { editor: CanvasRun[]; bare: CanvasRun[] } | undefined
    let viewports: { editor: Size; bare: Size } | undefined
    const graph = graphShowing(NODES)
    if (values.only !== 'open') {
      const pages = {
        editor: `${server.url}/src/ui/editor/dev/editorDemo.html?elements=${graph.elements}`,
        bare: `${server.url}/src/ui/editor/dev/bareFlow.html?elements=${graph.elements}`,
      }
      // The probe is driven with strings (tsx-compiled functions do not survive being sent to the
      // page), which the server's CSP (no eval) would refuse; the app's own code runs as served.
      const context = await browser.newContext({ viewport: EDITOR_VIEWPORT, deviceScaleFactor: 1, bypassCSP: true })
      try {
        // One unmeasured load of each page fills the HTTP cache and V8's code cache for both alike;
        // the editor's tells the size of its pane.
        const warm = await measureCanvas(context, pages.editor, graph.nodes, EDITOR_VIEWPORT, errors)
        viewports = { editor: EDITOR_VIEWPORT, bare: warm.pane }
        await measureCanvas(context, pages.bare, graph.nodes, viewports.bare, errors)
        console.log(`\nCanvas: ${graph.nodes} nodes and ${graph.edges} edges (the as-is state of a generated project of ${graph.elements} elements), ${RUNS} runs; editor window ${EDITOR_VIEWPORT.width}x${EDITOR_VIEWPORT.height}, bare window ${warm.pane.width}x${warm.pane.height} (the editor's pane)`)
        raw = { editor: [], bare: [] }
        for (let i = 0; i < RUNS; i++) {
          const order = i % 2 === 0 ? (['editor', 'bare'] as const) : (['bare', 'editor'] as const)
          for (const which of order) {
            const run = await measureCanvas(context, pages[which], graph.nodes, viewports[which], errors)
            raw[which].push(run)
            process.stderr.write(`  run ${i + 1} ${which}: first render ${run.firstRenderMs.toFixed(0)} ms, ${run.edges} edges drawn, zoom ${run.zoom.toFixed(3)}, drag moved ${run.dragMovedPx.toFixed(0)} px\n`)
          }
        }
      } finally {
        await context.close()
      }
      canvas = summarize(raw.editor, raw.bare)
    }
    let open: OpenResult | undefined
    if (values.only !== 'canvas') {
      console.log(`\nOpening a ${OPEN_ELEMENTS}-element project from IndexedDB, ${RUNS} runs`)
      open = await measureOpen(browser, server.url, OPEN_ELEMENTS, RUNS, errors)
    }
    printReport({ canvas, open, graph })
    if (errors.length > 0) console.log(`\nScript errors in the measured pages (${errors.length}):\n${[...new Set(errors)].map((e) => `  ${e}`).join('\n')}`)

    mkdirSync(new URL('../out/', import.meta.url), { recursive: true })
    const out = new URL('../out/ui-latest.json', import.meta.url)
    writeFileSync(out, JSON.stringify({
      date: new Date().toISOString(), node: process.version, chromium: chromiumVersion, browserVersion: browser.version(), cpus: cpus().length,
      runs: RUNS, viewports, graph, canvas, open, raw, errors,
    }, null, 2))
    console.log(`\nWritten: bench/out/ui-latest.json`)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e)
  process.exit(1)
})
