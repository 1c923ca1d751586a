// @vitest-environment node
/**
 * The whole path a user takes: the product opens the example from the browser's storage, the
 * Diagram section shows the editor, a click selects an element, its properties panel edits it,
 * and the edit is still there after a reload. Screenshot: test-results/workspace-*.png.
 */
import { join } from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2e } from './e2eSession.ts'


let server: RunningServer
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  ;({ server, browser } = await startE2e())
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
  page = await context.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('an opened project in Chromium', { timeout: 60_000 }, () => {
  it('edits an element through the diagram and the properties panel, and keeps it after a reload', async () => {
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Diagram', exact: true }).click()
    await page.getByRole('tab', { name: 'Aplikasi', exact: true }).click()
    const node = page.locator('.react-flow__node[data-id="apl-dapodik"]')
    await node.waitFor({ timeout: 30_000 })
    await node.click()
    const name = page.getByRole('textbox', { name: /^Nama\b/ }).first()
    await expect.poll(() => name.inputValue()).toBe('Dapodik')
    await name.fill('Dapodik Sukamaju')
    await name.press('Tab')
    await expect.poll(() => node.locator('.element-node__name').textContent()).toBe('Dapodik Sukamaju')
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-properties.png') })

    // Let the batched write reach IndexedDB, then come back.
    await page.waitForTimeout(500)
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Diagram', exact: true }).click()
    await page.getByRole('tab', { name: 'Aplikasi', exact: true }).click()
    await expect.poll(() => page.locator('.react-flow__node[data-id="apl-dapodik"] .element-node__name').textContent(), { timeout: 30_000 }).toBe('Dapodik Sukamaju')
    expect(pageErrors).toEqual([])
  })

  it('shows the Peta Rencana: a row per kegiatan, a column per plan year, the pinned SPLP in 2026', async () => {
    await page.getByRole('button', { name: 'Peta Rencana', exact: true }).click()
    // The section opens on the timeline; the table is the other form.
    await page.getByRole('radio', { name: 'Tabel' }).click()
    const splp = page.locator('tr[data-activity="k-add-inf-splp"]')
    await splp.waitFor({ timeout: 30_000 })
    const headers = await page.locator('.roadmap-table thead th').allTextContents()
    expect(headers.slice(3, 8)).toEqual(['2025', '2026', '2027', '2028', '2029'])
    const cells = await splp.locator('.roadmap-table__cell').evaluateAll((tds) => tds.map((td) => td.classList.contains('roadmap-table__cell--active')))
    expect(cells).toEqual([false, true, false, false, false])
    expect(await page.locator('.roadmap-table tbody tr').count()).toBeGreaterThan(60)
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-roadmap.png') })
    expect(pageErrors).toEqual([])
  })

  it('pins a kegiatan to another year from the table, and undoes it with Ctrl+Z', async () => {
    const row = page.locator('tr[data-activity="k-add-inf-waf"]')
    const active = () => row.locator('.roadmap-table__cell').evaluateAll((tds) => tds.map((td) => td.classList.contains('roadmap-table__cell--active')))
    const before = await active()
    const target = before.indexOf(true) === 4 ? 3 : 4
    await row.locator('.roadmap-table__pin').nth(target).click()
    await expect.poll(active).toEqual([0, 1, 2, 3, 4].map((i) => i === target))
    expect(await row.locator('.roadmap-table__pin[aria-pressed="true"]').count()).toBe(1)
    await page.keyboard.press('Control+z')
    await expect.poll(active).toEqual(before)
  })

  it('changes the owner OPD of several applications at once in the catalogue table', async () => {
    await page.getByRole('button', { name: 'Katalog', exact: true }).click()
    await page.getByRole('searchbox').fill('Sukamaju')
    const rows = page.locator('.catalogue__table tbody tr[data-element]')
    await rows.first().waitFor({ timeout: 30_000 })
    const count = await rows.count()
    expect(count).toBeGreaterThan(2)
    await rows.nth(0).getByRole('checkbox').check()
    await rows.nth(1).getByRole('checkbox').check()
    const ids = await Promise.all([0, 1].map((i) => rows.nth(i).getAttribute('data-element')))
    await page.locator('select[data-bulk="field"]').selectOption('owner')
    await page.locator('select[data-bulk="value"]').selectOption('opd-diskominfo')
    await page.getByRole('button', { name: 'Terapkan' }).click()
    await page.locator('.catalogue__notice').waitFor()
    for (const id of ids) expect(await page.locator(`tr[data-element="${id}"] td`).nth(4).textContent()).toBe('Diskominfo')
    await page.screenshot({ path: join(SCREENSHOTS, 'workspace-catalogue.png') })
    expect(pageErrors).toEqual([])
  })
})
