// @vitest-environment node
/**
 * The index projection in Chromium, as a planner uses it on the example project: Indeks SPBE →
 * Proyeksi shows every plan year (2027 at 3.36) with the chart; a target of 3.50 in 2029 is
 * 0.07 short, 3.40 is reached; back at 3.80 in 2027, "Majukan" on the top kegiatan lifts 2027 and
 * one Ctrl+Z takes back exactly that step (the page around the panel has undo keys too).
 * Screenshots in test-results/: index-projection-1366.png, index-projection-chart-print.png,
 * index-projection-links-1366.png, index-projection-target-1366.png, index-projection-picker-1366.png.
 */
import { join } from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2ePage, stopE2e } from './e2eSession.ts'

let server: RunningServer
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  ;({ server, browser, page } = await startE2ePage(pageErrors))
}, 240_000)

afterAll(() => stopE2e({ server, browser }))

const value = (year: number) => page.locator(`.index-projection-table tr[data-year="${year}"] td.num strong`).textContent()
const target = () => page.locator('.index-target')
const status = () => target().locator('.index-target__status').textContent()

async function setTarget(year: string, index: string): Promise<void> {
  await target().getByLabel('Tahun', { exact: true }).selectOption(year)
  await target().getByLabel('Indeks', { exact: true }).fill(index)
  await target().getByRole('button', { name: 'Tetapkan target' }).click()
}

/** Scrolls the window so `selector` is near the top: what a screenshot should show. */
async function scrollTo(selector: string, margin: number): Promise<void> {
  await page.evaluate(([sel, m]) => window.scrollTo(0, document.querySelector(sel as string)!.getBoundingClientRect().top + window.scrollY - (m as number)), [selector, margin])
}

describe('the index projection in Chromium', { timeout: 90_000 }, () => {
  it('shows the plan years with their index, the chart with history, projection and target', async () => {
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Indeks SPBE', exact: true }).click()
    await page.getByRole('tab', { name: 'Proyeksi' }).click()
    await page.locator('.index-projection-table').waitFor({ timeout: 30_000 })
    const years = await page.locator('.index-projection-table tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.year))
    expect(years).toEqual(['2024', '2025', '2026', '2027', '2028', '2029'])
    expect(await value(2024)).toBe('3.02')
    expect(await value(2027)).toBe('3.36')
    const chart = page.locator('.index-projection__chart svg[role="img"]')
    expect(await chart.getAttribute('aria-label')).toContain('Proyeksi: 2025 3.24, 2026 3.32, 2027 3.36, 2028 3.43, 2029 3.43')
    expect(await page.locator('.index-projection__chart [data-series="history"]').count()).toBe(4)
    expect(await page.locator('.index-projection__chart [data-series="projection"]').count()).toBe(5)
    // The chart fills its column and its points stay inside it.
    const box = (await chart.boundingBox())!
    const column = (await page.locator('.index-projection__chart').boundingBox())!
    expect(box.width).toBeGreaterThan(column.width * 0.8)
    expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width)
    expect(await target().locator('[data-shortfall]').textContent()).toBe('0.44')
    await scrollTo('.index-projection', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-projection-1366.png') })
    // On paper (print media, no colour needed): the chart keeps its bands, dashes and shapes.
    await page.emulateMedia({ media: 'print' })
    await page.locator('.index-projection__chart').screenshot({ path: join(SCREENSHOTS, 'index-projection-chart-print.png') })
    await page.emulateMedia({ media: 'screen' })
    await scrollTo('.index-links', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-projection-links-1366.png') })
    expect(pageErrors).toEqual([])
  })

  it('a target of 3.50 in 2029 is 0.07 short; 3.40 is reached', async () => {
    await setTarget('2029', '3.50')
    await expect.poll(status).toContain('Belum tercapai.')
    expect(await status()).toContain('kurang 0.07')
    await setTarget('2029', '3.40')
    await expect.poll(status).toContain('Tercapai.')
    expect(await page.locator('.index-projection__chart [data-series="target"]').getAttribute('data-year')).toBe('2029')
    await scrollTo('.index-target', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-projection-target-1366.png') })
    expect(pageErrors).toEqual([])
  })

  it('"Majukan" lifts 2027 towards 3.80, and one Ctrl+Z takes back only that step', async () => {
    await setTarget('2027', '3.80')
    await expect.poll(() => target().locator('[data-shortfall]').textContent()).toBe('0.44')
    const first = target().locator('.index-target__movable li').first()
    const moved = await first.getAttribute('data-activity')
    await first.getByRole('button', { name: /Majukan/ }).click()
    await expect.poll(() => value(2027)).not.toBe('3.36')
    expect(Number(await value(2027))).toBeGreaterThan(3.36)
    expect(await target().locator(`.index-target__movable li[data-activity="${moved}"]`).count()).toBe(0)

    await page.keyboard.press('Control+z')
    await expect.poll(() => value(2027)).toBe('3.36')
    // The target set before the move is still there: one key press, one step.
    expect(await target().getByLabel('Indeks', { exact: true }).inputValue()).toBe('3.80')
    expect(await target().getByLabel('Tahun', { exact: true }).inputValue()).toBe('2027')
    expect(await target().locator(`.index-target__movable li[data-activity="${moved}"]`).count()).toBe(1)
    expect(pageErrors).toEqual([])
  })

  it('links an indicator to a kegiatan with the keyboard: search by name, Enter, the level, Tautkan', async () => {
    await page.locator('.index-links__check input').uncheck()
    const row = page.locator('.index-links tr[data-activity="k-add-apl-mpp-digital"]')
    await row.getByRole('button', { name: /Tautkan indikator/ }).click()
    const search = row.locator('input[role="combobox"]')
    await search.pressSequentially('pelayanan publik')
    await row.getByRole('option').first().waitFor()
    await scrollTo('.index-links tr[data-activity="k-add-apl-mpp-digital"]', 80)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-projection-picker-1366.png') })
    const chosen = await row.locator('[role="option"][aria-selected="true"]').getAttribute('data-indicator')
    await search.press('Enter')
    await row.getByRole('button', { name: 'Tautkan', exact: true }).click()
    await row.locator(`li[data-indicator="${chosen}"]`).waitFor()
    expect(await row.locator('td.num').textContent()).toMatch(/^\+0\.\d\d$/)
    expect(pageErrors).toEqual([])
  })
})
