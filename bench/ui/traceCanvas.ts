/**
 * Where a canvas page spends one interaction's time: a Chromium trace and a JavaScript sampling
 * profile of one pan, zoom or node drag (the bench's own input, bench/ui/canvasBench.ts) or of the
 * page load, printed as time per thread and event (style, layout, paint, raster...) and the
 * heaviest functions. For finding what to change; `npm run bench:ui` is what measures.
 *   node --import tsx bench/ui/traceCanvas.ts --page editor|bare --action pan|zoom|drag|load
 *     [--dist dir] [--out file.json] [--inject "script run in the page before the interaction"]
 * `--out` also writes the profile beside the trace (file.cpuprofile). With `--dist` pointing at an
 * unminified build (`npx vite build --minify false --outDir dir`), functions keep their names.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type CDPSession } from 'playwright-core'
import { buildAppIfStale, REPO_ROOT } from '../../scripts/start.ts'
import { defaultDirs, startServer } from '../../server/staticServer.ts'
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/e2eSession.ts'
import { dragFrom, NODE_NEAR_CENTRE, PacedInput, PANE_POINTS, settle, wheelZoom, type Point } from './canvasBench.ts'
import { frameStats } from './frameStats.ts'
import { probedPage, readyAt, recordFrames } from './pagePrep.ts'
import { graphShowing } from './viewSize.ts'

const { values } = parseArgs({
  options: {
    page: { type: 'string', default: 'editor' },
    action: { type: 'string', default: 'pan' },
    nodes: { type: 'string', default: '1000' },
    dist: { type: 'string' },
    out: { type: 'string' },
    width: { type: 'string' },
    height: { type: 'string' },
    /** Script run in the page once it is shown, before the interaction: to try a change without a build. */
    inject: { type: 'string' },
  },
})
const PAGE = values.page === 'bare' ? 'bare' : 'editor'
const ACTION = values.action as 'pan' | 'zoom' | 'drag' | 'load'
if (!['pan', 'zoom', 'drag', 'load'].includes(ACTION)) throw new Error('--action takes pan, zoom, drag or load')

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink', 'cc', 'viz', 'toplevel', 'benchmark']

interface TraceEvent {
  readonly name: string
  readonly ph: string
  readonly pid: number
  readonly tid: number
  readonly ts: number
  readonly dur?: number
  readonly args?: { readonly name?: string }
}

/** Total duration per thread and event name (nested events counted in their parents too). */
function summarizeTrace(events: readonly TraceEvent[]): void {
  const threadNames = new Map<string, string>()
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?')
  const open = new Map<string, TraceEvent[]>()
  const totals = new Map<string, Map<string, { ms: number; n: number }>>()
  const add = (thread: string, name: string, us: number): void => {
    let byName = totals.get(thread)
    if (!byName) totals.set(thread, (byName = new Map()))
    const t = byName.get(name) ?? { ms: 0, n: 0 }
    t.ms += us / 1000
    t.n += 1
    byName.set(name, t)
  }
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    const thread = threadNames.get(key) ?? key
    if (e.ph === 'X' && e.dur !== undefined) add(thread, e.name, e.dur)
    else if (e.ph === 'B') (open.get(key) ?? open.set(key, []).get(key)!).push(e)
    else if (e.ph === 'E') {
      const begin = open.get(key)?.pop()
      if (begin) add(thread, begin.name, e.ts - begin.ts)
    }
  }
  const byThreadKind = new Map<string, Map<string, { ms: number; n: number }>>()
  for (const [thread, byName] of totals) {
    const kind = thread.replace(/\d+$/, '#')
    let merged = byThreadKind.get(kind)
    if (!merged) byThreadKind.set(kind, (merged = new Map()))
    for (const [name, t] of byName) {
      const m = merged.get(name) ?? { ms: 0, n: 0 }
      merged.set(name, { ms: m.ms + t.ms, n: m.n + t.n })
    }
  }
  for (const [thread, byName] of [...byThreadKind].sort((a, b) => maxMs(b[1]) - maxMs(a[1]))) {
    const top = [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14)
    if ((top[0]?.[1].ms ?? 0) < 5) continue
    console.log(`\n  ${thread}`)
    for (const [name, t] of top) console.log(`    ${t.ms.toFixed(1).padStart(9)} ms ${String(t.n).padStart(6)}x  ${name}`)
  }
}

const maxMs = (m: Map<string, { ms: number }>): number => Math.max(0, ...[...m.values()].map((t) => t.ms))

interface ProfileNode {
  readonly id: number
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number }
  readonly hitCount?: number
}

/** Self time per function from a sampling profile. */
function summarizeProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): void {
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const byFunction = new Map<string, number>()
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0
    if (us === 0) continue
    const f = node.callFrame
    const where = f.url ? `${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim()
    byFunction.set(key, (byFunction.get(key) ?? 0) + us)
  }
  console.log('\n  JavaScript self time (sampling profile), top 30')
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`    ${(us / 1000).toFixed(1).padStart(9)} ms  ${name}`)
}

async function main(): Promise<void> {
  if (!values.dist) await buildAppIfStale({ log: (line) => console.log(line) })
  const server = await startServer({ port: 0, host: '127.0.0.1', ...defaultDirs(REPO_ROOT), ...(values.dist ? { distDir: resolve(values.dist) } : {}) })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] })
  const errors: string[] = []
  try {
    const graph = graphShowing(Number(values.nodes))
    const file = PAGE === 'editor' ? 'editorDemo' : 'bareFlow'
    const url = `${server.url}/src/ui/editor/dev/${file}.html?elements=${graph.elements}`
    const viewport = { width: Number(values.width ?? (PAGE === 'editor' ? 1920 : 1368)), height: Number(values.height ?? (PAGE === 'editor' ? 1080 : 991)) }
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, bypassCSP: true })
    const page = await probedPage(context, { nodes: graph.nodes }, errors)
    const cdp: CDPSession = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    let frames: number[] = []
    if (ACTION === 'load') {
      await browser.startTracing(page, { categories: CATEGORIES })
      await cdp.send('Profiler.start')
      await page.goto(url)
      console.log(`first render ${(await readyAt(page)).toFixed(0)} ms`)
    } else {
      await page.goto(url)
      console.log(`first render ${(await readyAt(page)).toFixed(0)} ms`)
      if (values.inject) await page.evaluate(values.inject)
      await settle(page)
      const points = await page.evaluate<{ centre: Point; empty: Point | undefined }>(PANE_POINTS)
      const input = await PacedInput.of(page)
      const node = await page.evaluate<(Point & { id: string }) | undefined>(NODE_NEAR_CENTRE)
      if (!points.empty || (ACTION === 'drag' && !node)) throw new Error('no empty spot (or, for a drag, node) to start from')
      await browser.startTracing(page, { categories: CATEGORIES })
      await cdp.send('Profiler.start')
      frames = await recordFrames(page, () =>
        ACTION === 'pan' ? dragFrom(input, points.empty!, 240, 160) : ACTION === 'zoom' ? wheelZoom(input, points.centre) : dragFrom(input, node!, 200, 120),
      )
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
    if (values.out) {
      writeFileSync(values.out, JSON.stringify(trace))
      writeFileSync(values.out.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile))
    }
    if (frames.length > 0) {
      const s = frameStats(frames)
      console.log(`${PAGE} ${ACTION}: ${s.frames} frames, median ${s.medianMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms, ${s.fps.toFixed(1)} fps`)
    }
    summarizeTrace(trace.traceEvents)
    summarizeProfile(profile)
    if (errors.length > 0) console.log(`\nScript errors: ${[...new Set(errors)].join('; ')}`)
    await context.close()
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e)
  process.exit(1)
})
