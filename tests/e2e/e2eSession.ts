import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { buildAppIfStale, REPO_ROOT } from '../../scripts/start.ts'
import { defaultDirs, startServer, type RunningServer } from '../../server/staticServer.ts'

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
/** Flags for headless Chromium as root on this machine (DESIGN.md §4). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run']
/** Where screenshots go for a person to look at (git-ignored). */
export const SCREENSHOTS = join(REPO_ROOT, 'test-results')

/**
 * What every end-to-end test starts from: the production build `npm start` serves, the real
 * server on a free loopback port, and Chromium.
 */
export async function startE2e(): Promise<{ server: RunningServer; browser: Browser }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium tidak ada di ${CHROMIUM} / Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`)
  await mkdir(SCREENSHOTS, { recursive: true })
  await buildAppIfStale({ log: () => {} })
  const server = await startServer({ port: 0, host: '127.0.0.1', ...defaultDirs(REPO_ROOT) })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  return { server, browser }
}

/** Collects script errors (and, if asked, console warnings) of a page, for a test to assert none. */
export function collectPageErrors(page: Page, sink: string[], options: { warnings?: boolean } = {}): void {
  page.on('pageerror', (e) => sink.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' || (options.warnings && m.type() === 'warning')) sink.push(m.text())
  })
}

/** startE2e and one page (1366x768 unless `context` says otherwise) whose script errors go to `errors`: how most e2e files begin. */
export async function startE2ePage(errors: string[], context: BrowserContextOptions = {}): Promise<{ server: RunningServer; browser: Browser; page: Page }> {
  const { server, browser } = await startE2e()
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, ...context })).newPage()
  collectPageErrors(page, errors)
  return { server, browser, page }
}

/** Closes what startE2e opened; either may be missing when the setup failed part-way. */
export async function stopE2e(session: { readonly server?: RunningServer; readonly browser?: Browser }): Promise<void> {
  await session.browser?.close()
  await session.server?.close()
}
