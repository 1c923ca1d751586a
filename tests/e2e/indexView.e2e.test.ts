// @vitest-environment node
/**
 * The SPBE index in Chromium, as an assessor uses it: the example project's years 2021..2024 with
 * 3.02 Baik for 2024, a level changed with the keyboard-reachable select (the total follows), the
 * change still there after a reload, and the frameworks tab.
 * Screenshots: test-results/index-overview-1366.png, index-assessment-1366.png, index-indicators-1366.png, index-frameworks-1366.png,
 * index-framework-editor-1366.png.
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

/** Opens the app (the example project on a first start) and its SPBE index; after a reload, only the section. */
async function openIndex(p: Page, { fresh = true } = {}): Promise<void> {
  if (fresh) await p.goto(server.url)
  await p.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
  await p.getByRole('button', { name: 'Indeks SPBE', exact: true }).click()
  await p.locator('.index-assessment[data-year="2024"]').waitFor({ timeout: 30_000 })
}

const total = (p: Page) => p.locator('[data-testid="index-total"]').textContent()
const yearValue = (p: Page, year: number) => p.locator(`.index-year[data-year="${year}"] .index-year__value`).textContent()

async function scrollTo(p: Page, selector: string, margin: number): Promise<void> {
  await p.evaluate(([sel, m]) => window.scrollTo(0, document.querySelector(sel as string)!.getBoundingClientRect().top + window.scrollY - (m as number)), [selector, margin])
}

describe('the SPBE index in Chromium', { timeout: 90_000 }, () => {
  it('shows the years 2021..2024 with 2024 at 3.02 Baik', async () => {
    await openIndex(page)
    expect(await page.locator('.index-year').evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.year))).toEqual(['2024', '2023', '2022', '2021'])
    expect(await yearValue(page, 2024)).toBe('3.02 Baik')
    expect(await yearValue(page, 2023)).toBe('2.93 Baik')
    expect(await yearValue(page, 2021)).toBe('2.56 Cukup')
    expect(await total(page)).toBe('3.02')
    expect(await page.locator('[data-testid="index-predicate"]').textContent()).toBe('Baik')
    expect(await page.locator('.index-indicator').count()).toBe(47)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-overview-1366.png') })
    await scrollTo(page, '.index-tabs', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-assessment-1366.png') })
    expect(pageErrors).toEqual([])
  })

  it('changes a level of 2024 with the keyboard: the total follows and survives a reload', async () => {
    const select = page.getByLabel('Tingkat kematangan indikator 31', { exact: true })
    expect(await select.inputValue()).toBe('1')
    await select.focus()
    await select.selectOption('4')
    await expect.poll(() => total(page)).not.toBe('3.02')
    const changed = await total(page)
    expect(Number(changed)).toBeGreaterThan(3.02)
    expect(await yearValue(page, 2024)).toContain(changed!)
    // Tab leaves the select for the indicator's details, as a keyboard user expects.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('index-indicator__toggle')
    await page.keyboard.press('Enter')
    const body = page.locator('.index-indicator[data-indicator="31"] .index-indicator__body')
    await body.waitFor()
    await scrollTo(page, '.index-indicator[data-indicator="29"]', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-indicators-1366.png') })

    await page.waitForTimeout(500)
    await page.reload()
    await openIndex(page, { fresh: false })
    await expect.poll(() => total(page), { timeout: 30_000 }).toBe(changed)
    expect(await page.getByLabel('Tingkat kematangan indikator 31', { exact: true }).inputValue()).toBe('4')
    expect(pageErrors).toEqual([])
  })

  it('shows the frameworks, Pemdi marked "perlu verifikasi"', async () => {
    await page.getByRole('tab', { name: 'Kerangka' }).click()
    const pemdi = page.locator('.index-framework[data-framework="pemdi-2026"]')
    await pemdi.waitFor()
    expect(await pemdi.locator('.index-tag--warn').textContent()).toBe('perlu verifikasi')
    const spbe = page.locator('.index-framework[data-framework="spbe-2020"]')
    await spbe.getByRole('button', { name: 'Lihat isi' }).click()
    await spbe.locator('.index-framework-details').waitFor()
    await scrollTo(page, '.index-tabs', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-frameworks-1366.png') })
    expect(pageErrors).toEqual([])
  })

  it('copies a framework to edit it, and keeps Save off until the weights add up to 100', async () => {
    await page.locator('.index-framework[data-framework="spbe-2020"]').getByRole('button', { name: 'Salin untuk diubah' }).click()
    await page.getByRole('button', { name: 'Salin dan ubah' }).click()
    const editor = page.locator('.index-framework-editor')
    await editor.waitFor()
    const save = editor.getByRole('button', { name: 'Simpan kerangka' })
    await editor.getByLabel('Bobot indikator 1', { exact: true }).fill('2,3')
    expect(await editor.locator('[data-testid="framework-weight-sum"]').textContent()).toBe('Jumlah bobot indikator: 101% dari 100%')
    expect(await save.isDisabled()).toBe(true)
    expect(await editor.locator('.index-errors').textContent()).toContain('jumlah bobot semua indikator harus 100, bukan 101')
    await scrollTo(page, '.index-framework-editor', 8)
    await page.screenshot({ path: join(SCREENSHOTS, 'index-framework-editor-1366.png') })
    await editor.getByLabel('Bobot indikator 2', { exact: true }).fill('0,3')
    expect(await save.isDisabled()).toBe(false)
    await save.click()
    await page.locator('.index-framework[data-framework="spbe-2020-salinan"]').waitFor()
    expect(await page.locator('.index-framework[data-framework="spbe-2020-salinan"]').textContent()).toContain('Milik proyek')
    expect(pageErrors).toEqual([])
  })
})
