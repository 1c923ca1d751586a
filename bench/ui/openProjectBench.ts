import type { Browser } from 'playwright-core'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { generateProject } from '../../src/model/generate/generateProject.ts'
import { probedPage, readyAt } from './pagePrep.ts'

/**
 * Opening a large project from the browser's storage. The project is stored the way a user
 * stores one: in a fresh browser profile the app opens (and stores) its example on the first
 * visit; then the project list's "import a file" takes a generated `*.cetakbiru.json`
 * (generateProject, seed 1), which the app checks, turns into a Y.Doc and writes to IndexedDB
 * (src/sync/localProjects.ts), and opens. Each run reloads that project's page (`#/p/<id>`) and
 * measures, in the page, from navigation start to the overview heading (the project's name)
 * painted, and to the end of the last long task before the page was quiet for a second.
 */
export interface OpenRun {
  /** Navigation start to the project's name painted as the overview heading. */
  readonly shownMs: number
  /** The heading shown and no main-thread task over 50 ms left (end of the last one before 1 s of quiet). */
  readonly quietMs: number
  readonly longTasks: number
}

export interface OpenResult {
  readonly elements: number
  readonly fileMB: number
  readonly importMs: number
  readonly runs: OpenRun[]
}

const QUIET_MS = 1000

export async function measureOpen(browser: Browser, baseUrl: string, elements: number, runs: number, errors: string[]): Promise<OpenResult> {
  const data = generateProject({ elements, seed: 1 })
  const text = serializeProject(data)
  const name = data.project.name
  // The probe is driven with strings, which the server's CSP (no eval) would refuse; the app runs as served.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, bypassCSP: true })
  try {
    const page = await probedPage(context, { heading: name }, errors)
    // First visit: the app stores and opens its example; then to the list and the import.
    await page.goto(baseUrl)
    await page.locator('#project-name').waitFor({ timeout: 60_000 })
    await page.getByRole('link', { name: 'Semua proyek' }).click()
    await page.getByRole('button', { name: 'Proyek baru' }).click()
    const started = Date.now()
    await page.getByTestId('import-file').setInputFiles({ name: `generated-${elements}.cetakbiru.json`, mimeType: 'application/json', buffer: Buffer.from(text) })
    await page.locator('#project-name', { hasText: name }).waitFor({ timeout: 180_000 })
    const importMs = Date.now() - started
    if (!/#\/p\//.test(page.url())) throw new Error(`after the import the page is at ${page.url()}, not a project`)

    const results: OpenRun[] = []
    for (let i = 0; i < runs; i++) {
      await page.reload()
      const shownMs = await readyAt(page, 120_000)
      await page.waitForFunction(
        `(() => { const t = window.__bench.longTasks; const last = t.length ? t[t.length - 1][1] : 0; return performance.now() - Math.max(last, window.__bench.readyAt) > ${QUIET_MS} })()`,
        undefined,
        { timeout: 120_000, polling: 100 },
      )
      const longTasks = await page.evaluate<Array<[number, number]>>('window.__bench.longTasks')
      const lastEnd = longTasks.length > 0 ? longTasks[longTasks.length - 1]![1] : 0
      results.push({ shownMs, quietMs: Math.max(shownMs, lastEnd), longTasks: longTasks.length })
      process.stderr.write(`  open ${elements} from IndexedDB, run ${i + 1}: heading ${shownMs.toFixed(0)} ms, quiet ${Math.max(shownMs, lastEnd).toFixed(0)} ms\n`)
    }
    return { elements, fileMB: text.length / 1e6, importMs, runs: results }
  } finally {
    await context.close()
  }
}
