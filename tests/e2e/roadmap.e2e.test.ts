// @vitest-environment node
/**
 * The Peta Rencana timeline in Chromium, as a planner uses it: the example project's kegiatan as
 * bars with dependency arrows, a bar dragged with the mouse to another year (pinned there, the
 * table agrees), Ctrl+Z puts it back, a name edited in the panel survives a reload.
 * Screenshots: test-results/roadmap-gantt-1366.png and roadmap-gantt-1920.png.
 */
import { join } from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/staticServer.ts'
import { collectPageErrors, SCREENSHOTS, startE2ePage, stopE2e } from './e2eSession.ts'

let server: RunningServer
let browser: Browser
let page: Page
const pageErrors: string[] = []

/** A kegiatan with nothing depending on it, placed in 2028 in the example: free to move. */
const WAF = 'k-add-inf-waf'

beforeAll(async () => {
  ;({ server, browser, page } = await startE2ePage(pageErrors))
}, 240_000)

afterAll(() => stopE2e({ server, browser }))

/** Opens the app (the example project on a first start) and its Peta Rencana; after a reload, only the section. */
async function openRoadmap(p: Page, { fresh = true } = {}): Promise<void> {
  if (fresh) await p.goto(server.url)
  await p.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
  await p.getByRole('button', { name: 'Peta Rencana', exact: true }).click()
  await p.locator(`.gantt-bar[data-activity="${WAF}"]`).waitFor({ timeout: 30_000 })
}

const bar = (p: Page, id: string) => p.locator(`.gantt-bar[data-activity="${id}"]`)
const startOf = (p: Page, id: string) => bar(p, id).getAttribute('data-start')

/** Scrolls the window so `selector` is near the top (under the timeline's sticky head): what a screenshot should show. */
async function scrollTo(p: Page, selector: string, margin: number): Promise<void> {
  await p.evaluate(([sel, m]) => window.scrollTo(0, document.querySelector(sel as string)!.getBoundingClientRect().top + window.scrollY - (m as number)), [selector, margin])
}

/** Which year cells of a kegiatan's table row are active, and which one carries the pin. */
async function tableRow(p: Page, id: string): Promise<{ active: boolean[]; pinned: number }> {
  const row = p.locator(`tr[data-activity="${id}"]`)
  await row.waitFor()
  const active = await row.locator('.roadmap-table__cell').evaluateAll((tds) => tds.map((td) => td.classList.contains('roadmap-table__cell--active')))
  const pinned = await row.locator('.roadmap-table__pin').evaluateAll((bs) => bs.findIndex((b) => b.getAttribute('aria-pressed') === 'true'))
  return { active, pinned }
}

describe('the Peta Rencana timeline in Chromium', { timeout: 90_000 }, () => {
  it('shows the kegiatan as bars in their years, with dependency arrows and the budget per year', async () => {
    await openRoadmap(page)
    expect(await page.getByRole('radio', { name: 'Linimasa' }).getAttribute('aria-checked')).toBe('true')
    expect(await page.locator('.gantt-bar').count()).toBeGreaterThan(80)
    expect(await page.locator('.gantt-line').count()).toBeGreaterThan(50)
    expect(await page.locator('.gantt__year').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('2025'), expect.stringContaining('2029')]))
    // Every bar sits in the columns of its years.
    const misplaced = await page.evaluate(() => {
      const years = [...document.querySelectorAll<HTMLElement>('.gantt__year')].map((y) => ({ year: Number(y.dataset.year), box: y.getBoundingClientRect() }))
      return [...document.querySelectorAll<HTMLElement>('.gantt-bar')].filter((b) => {
        const box = b.getBoundingClientRect()
        const from = years.find((y) => y.year === Number(b.dataset.start))!.box
        const to = years.find((y) => y.year === Number(b.dataset.end))!.box
        return box.left < from.left || box.right > to.right
      }).map((b) => b.dataset.activity)
    })
    expect(misplaced).toEqual([])
    // The pinned SPLP conflicts with the data centre it needs: marked on its row, explained on focus.
    const mark = page.locator('.gantt-row[data-activity="k-add-inf-splp"] .gantt-conflict')
    await mark.focus()
    expect(await mark.locator('[role="tooltip"]').isVisible()).toBe(true)
    expect(await mark.locator('[role="tooltip"]').textContent()).toContain('Peningkatan Pusat Data Daerah menjadi Tier 2')
    // Hovering a bar tells why it sits in its year.
    await bar(page, WAF).hover()
    const tip = page.locator('.gantt-tip')
    await tip.waitFor()
    expect(await tip.textContent()).toContain('Alasan penempatan: digeser ke 2028')
    await page.mouse.move(0, 0)
    expect(pageErrors).toEqual([])
  })

  it('pins a kegiatan by dragging its bar to another year, the table agrees, and Ctrl+Z moves it back', async () => {
    expect(await startOf(page, WAF)).toBe('2028')
    const b = bar(page, WAF)
    await b.scrollIntoViewIfNeeded()
    const box = (await b.boundingBox())!
    const yearWidth = (await page.locator('.gantt__year').first().boundingBox())!.width
    const y = box.y + box.height / 2
    await page.mouse.move(box.x + box.width / 2, y)
    await page.mouse.down()
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 + (yearWidth * i) / 5, y)
    await page.mouse.up()
    await expect.poll(() => startOf(page, WAF)).toBe('2029')
    expect(await b.locator('.gantt-bar__pin').count()).toBe(1)

    await page.getByRole('radio', { name: 'Tabel' }).click()
    expect(await tableRow(page, WAF)).toEqual({ active: [false, false, false, false, true], pinned: 4 })
    await page.getByRole('radio', { name: 'Linimasa' }).click()
    await b.waitFor()
    expect(await startOf(page, WAF)).toBe('2029')

    await page.keyboard.press('Control+z')
    await expect.poll(() => startOf(page, WAF)).toBe('2028')
    expect(await b.locator('.gantt-bar__pin').count()).toBe(0)
    expect(pageErrors).toEqual([])
  })

  it('edits a kegiatan name in the panel, and finds it again after a reload', async () => {
    await bar(page, WAF).click()
    const panel = page.locator('.roadmap-panel[data-activity="k-add-inf-waf"]')
    await panel.waitFor()
    await expect.poll(() => panel.locator('h2').textContent()).toContain('Pengadaan Web Application Firewall')
    const name = panel.getByLabel('Nama kegiatan', { exact: true })
    await name.fill('Pengadaan WAF untuk Layanan Publik')
    await name.press('Tab')
    const label = page.locator(`.gantt-row[data-activity="${WAF}"] .gantt-row__name`)
    await expect.poll(() => label.textContent()).toContain('Pengadaan WAF untuk Layanan Publik')
    // What it closes is named, not given as ids.
    expect(await panel.locator('.roadmap-links').textContent()).toContain('Web Application Firewall')
    await scrollTo(page, '.roadmap-workbench', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'roadmap-gantt-1366.png') })

    // Let the batched write reach IndexedDB, then come back.
    await page.waitForTimeout(500)
    await page.reload()
    await openRoadmap(page, { fresh: false })
    await expect.poll(() => page.locator(`.gantt-row[data-activity="${WAF}"] .gantt-row__name`).textContent(), { timeout: 30_000 }).toContain('Pengadaan WAF untuk Layanan Publik')
    expect(pageErrors).toEqual([])
  })

  it('looks the same on a wide screen (1920x1080)', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const wide = await context.newPage()
    const errors: string[] = []
    collectPageErrors(wide, errors)
    await openRoadmap(wide)
    await bar(wide, 'k-add-inf-splp').click()
    await wide.locator('.roadmap-panel[data-activity="k-add-inf-splp"]').waitFor()
    // The infrastructure kegiatan: the selected SPLP with its arrows drawn strong, its pin conflict marked.
    await scrollTo(wide, '.gantt-row[data-group="m:infrastruktur"]', 80)
    await wide.screenshot({ path: join(SCREENSHOTS, 'roadmap-gantt-1920.png') })
    expect(errors).toEqual([])
    await context.close()
  })
})
