// @vitest-environment node
/**
 * The overview page in a real Chromium, through the real server and the production build that
 * `npm start` serves. Screenshots go to test-results/ for a person to look at.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ELEMENT_KINDS } from '../../src/model/metamodel/metamodel.ts'
import { REPO_ROOT } from '../../scripts/start.ts'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2e } from './e2eSession.ts'

const EXAMPLE = join(REPO_ROOT, 'examples', 'kabupaten-contoh.cetakbiru.json')
const DOMAIN_IDS = ['proses-bisnis', 'data', 'layanan', 'aplikasi', 'infrastruktur', 'keamanan']

interface ExampleFile {
  readonly project: { readonly name: string }
  readonly plan: { readonly name: string }
  readonly opd: readonly { readonly id: string }[]
  readonly states: readonly { readonly id: string; readonly role: string }[]
  readonly elements: readonly { readonly kind: string; readonly states: Readonly<Record<string, { readonly status?: string }>> }[]
}

type Counts = Record<'asis' | 'target' | 'baru' | 'dihentikan', number>

/**
 * Expected figures per domain, computed straight from the file (not through the app's code):
 * as-is members; target members not marked retired; new = status "baru" or target-only;
 * retired = as-is members that the target drops.
 */
function expectedCounts(file: ExampleFile): Map<string, Counts> {
  const domainOfKind = new Map(ELEMENT_KINDS.map((k) => [k.id, k.domain as string]))
  const asis = file.states.find((s) => s.role === 'asis')!.id
  const target = file.states.find((s) => s.role === 'target')!.id
  const counts = new Map(DOMAIN_IDS.map((d) => [d, { asis: 0, target: 0, baru: 0, dihentikan: 0 }]))
  for (const e of file.elements) {
    const c = counts.get(domainOfKind.get(e.kind)!)!
    const inAsis = asis in e.states
    const t = e.states[target]
    const inTarget = t !== undefined && t.status !== 'dihentikan'
    if (inAsis) c.asis++
    if (inTarget) c.target++
    if (inTarget && (t.status === 'baru' || !inAsis)) c.baru++
    if (inAsis && !inTarget) c.dihentikan++
  }
  return counts
}

let example: ExampleFile
let server: RunningServer
let browser: Browser
let context: BrowserContext
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as ExampleFile
  ;({ server, browser } = await startE2e())
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 })
  page = await context.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
}, 240_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.close()
})

describe('project overview in Chromium', { timeout: 60_000 }, () => {
  it('opens the example project, in Indonesian by default', async () => {
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1, name: /Kabupaten Sukamaju/ }).waitFor({ timeout: 30_000 })
    expect(await page.locator('h1').textContent()).toBe(example.project.name)
    expect(await page.getAttribute('html', 'lang')).toBe('id')
    expect(await page.getByTestId('plan-period').textContent()).toBe(example.plan.name)
    await expect.poll(() => page.title()).toContain('Cetakbiru')
    await page.getByRole('heading', { name: 'Ringkasan per domain' }).waitFor()
  })

  it('shows the six domains with the counts of the example file', async () => {
    const expected = expectedCounts(example)
    const shown = await page.$$eval('[data-domain]', (cards) =>
      cards.map((card) => {
        const count = (name: string): number => Number(card.querySelector(`[data-count="${name}"]`)?.textContent ?? NaN)
        return { domain: card.getAttribute('data-domain')!, asis: count('asis'), target: count('target'), baru: count('baru'), dihentikan: count('dihentikan') }
      }),
    )
    expect(shown.map((s) => s.domain)).toEqual(DOMAIN_IDS)
    for (const s of shown) {
      const { domain, ...counts } = s
      expect(counts, domain).toEqual(expected.get(domain))
      expect(counts.asis, domain).toBeGreaterThan(0)
      expect(counts.target, domain).toBeGreaterThan(0)
    }
  })

  it('lists every OPD with the elements it owns', async () => {
    const rows = await page.$$eval('tr[data-opd]', (trs) => trs.map((tr) => Number(tr.querySelector('[data-count="elements"]')?.textContent)))
    expect(rows.length).toBe(example.opd.length)
    expect(rows.reduce((a, b) => a + b, 0)).toBe(example.elements.length)
  })

  it('reports no validation errors for the example', async () => {
    expect(await page.locator('[data-severity-count="error"]').textContent()).toBe('0')
    expect(await page.locator('.finding[data-severity="error"]').count()).toBe(0)
    expect(await page.locator('.finding').count()).toBeLessThanOrEqual(50)
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-id.png'), fullPage: true })
  })

  it('switches to English, and remembers the choice', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click()
    await page.getByRole('heading', { name: 'Summary by domain' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.getByRole('button', { name: 'EN', exact: true }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('[data-domain="aplikasi"] h3').textContent()).toBe('Applications')
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-en.png'), fullPage: true })

    await page.reload()
    await page.getByRole('heading', { name: 'Validation findings' }).waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('en')
  })

  it('explains a project file that cannot be loaded', async () => {
    await page.goto(`${server.url}/?project=/examples/tidak-ada.cetakbiru.json`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('The project cannot be opened')
    expect(await alert.textContent()).toContain('404')
    await page.getByRole('button', { name: 'ID', exact: true }).click()
    expect(await alert.textContent()).toContain('Proyek tidak dapat dibuka')
    await page.screenshot({ path: join(SCREENSHOTS, 'overview-error.png'), fullPage: true })
    // The failed fetch itself is logged by the browser; nothing else may be.
    pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((e) => !/404/.test(e)))
  })

  it('raised no script errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
