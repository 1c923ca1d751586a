// @vitest-environment node
/**
 * The built app under the served Content-Security-Policy, which allows no eval: Chromium signs
 * in through the printed link, opens the example project from the server (WebSocket), lays out
 * a diagram with ELK (its Web Worker), and imports project files through the project list (the
 * precompiled Ajv validator accepts one and refuses a broken one). No CSP violation, no page
 * error. A last check evaluates a string on purpose, to show the policy is enforced and that
 * this test would see a violation. Screenshot: test-results/csp-import.png.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAppIfStale, REPO_ROOT } from '../../scripts/start.ts'
import { startAppServer, type RunningAppServer } from '../../server/appServer.ts'
import { ensureOwner, signInLink } from '../../server/firstStart.ts'
import { defaultDirs } from '../../server/staticServer.ts'
import { CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS } from './e2eSession.ts'

const EXAMPLE = join(REPO_ROOT, 'examples', 'kabupaten-contoh.cetakbiru.json')

let server: RunningAppServer
let browser: Browser
let dataDir: string
let link: string
let projectId: string
let page: Page
const pageErrors: string[] = []
const consoleErrors: string[] = []
const documentCsp: string[] = []

/** Violations the page itself reports (securitypolicyviolation events), workers' included through the console. */
const violations = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
const cspConsole = (): string[] => consoleErrors.filter((m) => /Content Security Policy|unsafe-eval/i.test(m))

beforeAll(async () => {
  await buildAppIfStale({ log: () => {} })
  dataDir = await mkdtemp(join(tmpdir(), 'cetakbiru-csp-e2e-'))
  server = await startAppServer({ port: 0, host: '127.0.0.1', dataDir, ...defaultDirs(REPO_ROOT), log: () => {} })
  const start = await ensureOwner(server.storage, defaultDirs(REPO_ROOT).examplesDir, () => {})
  projectId = start.importedExample!
  link = await signInLink(server.url, server.secret, start.owner)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  page = await context.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
  })
  page.on('response', (r) => {
    if (r.request().resourceType() === 'document') documentCsp.push(r.headers()['content-security-policy'] ?? '')
  })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

describe('the app under a Content-Security-Policy without unsafe-eval', { timeout: 120_000 }, () => {
  it('is served with the strict policy', async () => {
    await page.goto(link)
    await page.getByRole('heading', { name: 'Di server' }).waitFor({ timeout: 30_000 })
    expect(documentCsp.length).toBeGreaterThan(0)
    for (const csp of documentCsp) {
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-eval')
    }
  })

  it('opens the example from the server and lays out a diagram with ELK in its worker', async () => {
    await page.locator(`tr[data-server-project="${projectId}"] a.project-cell__name`).click()
    await expect.poll(() => page.locator('.collab-connection').getAttribute('data-phase'), { timeout: 30_000 }).toBe('connected')
    await page.getByRole('button', { name: 'Diagram', exact: true }).click()
    await page.getByRole('tab', { name: 'Aplikasi', exact: true }).click()
    await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 })
    const positions = (): Promise<string> => page.locator('.react-flow__node').evaluateAll((ns) => ns.map((n) => (n as HTMLElement).style.transform).join())
    const before = await positions()
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))
    await page.locator('[data-action="auto-layout"]').click()
    await page.locator('[data-action="auto-layout"]:not([aria-busy="true"])').waitFor()
    // The layout ran in a worker loaded from the app's own origin, and moved the nodes.
    await expect.poll(positions, { timeout: 15_000 }).not.toBe(before)
    expect(workers.some((url) => url.startsWith(server.url))).toBe(true)
  })

  it('imports a project file through the project list: the precompiled validator accepts it and refuses a broken one', async () => {
    await page.goto(`${server.url}/#/`)
    await page.getByRole('button', { name: 'Proyek baru' }).click()
    const broken = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { project: Record<string, unknown>; elements: { kind: string }[] }
    delete broken.project.organization
    broken.elements[3]!.kind = 'tidak-dikenal'
    await page.getByTestId('import-file').setInputFiles({ name: 'rusak.cetakbiru.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
    const alert = page.locator('.import-errors')
    await alert.waitFor()
    // The same paths the run-time compiled validator named before (tests/e2e/projects.e2e.test.ts).
    const paths = await alert.locator('tbody td:first-child').allTextContents()
    expect(paths).toContain('project')
    expect(paths.some((p) => p.startsWith('elements[3]'))).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'csp-import.png') })

    const good = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { project: { id: string; name: string } }
    good.project.id = 'csp-impor'
    good.project.name = 'Impor di bawah CSP'
    await page.getByRole('button', { name: 'Proyek baru' }).click()
    await page.getByTestId('import-file').setInputFiles({ name: 'contoh.cetakbiru.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) })
    await page.getByRole('heading', { level: 1, name: 'Impor di bawah CSP' }).waitFor({ timeout: 30_000 })
  })

  it('saw no CSP violation and no page error, and would have seen one', async () => {
    expect(pageErrors).toEqual([])
    expect(cspConsole()).toEqual([])
    expect(await violations()).toEqual([])
    // The control: a string handed to the page as code is refused, and reported where this test
    // looks. (A timer with a string goes through the page's own eval check; Playwright's
    // page.evaluate itself is exempt, so `new Function` inside it would prove nothing.)
    await page.evaluate(() => {
      const w = window as unknown as { __evalRan?: boolean; setTimeout: (code: string, ms: number) => number }
      w.setTimeout('window.__evalRan = true', 0)
    })
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)])
    expect(await page.evaluate(() => (window as unknown as { __evalRan?: boolean }).__evalRan)).toBeUndefined()
  })
})
