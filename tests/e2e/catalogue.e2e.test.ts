// @vitest-environment node
/**
 * The catalogue table in Chromium, on the example project: a name edited inline with the
 * keyboard, the owner OPD of three rows changed in one bulk edit and undone with Ctrl+Z, and the
 * rows shown downloaded as CSV. Screenshots: test-results/catalogue-1366.png and -1920.png.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/staticServer.ts'
import { collectPageErrors, SCREENSHOTS, startE2e } from './e2eSession.ts'

let server: RunningServer
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  ;({ server, browser } = await startE2e())
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true })
  page = await context.newPage()
  collectPageErrors(page, pageErrors)
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const row = (id: string) => page.locator(`.catalogue-grid tbody tr[data-element="${id}"]`)
const cell = (id: string, column: string) => row(id).locator(`td[data-column="${column}"]`)

describe('the catalogue table in Chromium', { timeout: 60_000 }, () => {
  it('opens the Aplikasi table as a virtualised grid with the domain\'s attribute columns', async () => {
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Katalog', exact: true }).click()
    await page.getByRole('grid').waitFor({ timeout: 30_000 })
    const headers = await page.locator('.catalogue-grid thead th').allTextContents()
    expect(headers.map((h) => h.replace(/[▲▼]/g, '').trim())).toEqual([
      '', 'Kode', 'Nama', 'Jenis', 'OPD pemilik', 'Kode referensi', 'Basis aplikasi', 'Fungsi aplikasi', 'Tipe lisensi', 'Interoperabilitas', 'Saat ini', 'Status target',
    ])
    expect(await page.getByRole('grid').getAttribute('aria-rowcount')).toBe('41')
    expect(await cell('apl-sipd-perencanaan', 'code').textContent()).toBe('APL-001')
    // Status words are translated, not the model's ids.
    const statuses = await page.locator('.catalogue-grid tbody td[data-column="targetStatus"]').allTextContents()
    expect(statuses.every((s) => ['Tetap', 'Baru', 'Pengembangan', 'Dihentikan', ''].includes(s))).toBe(true)
    // The header stays in place while the rows scroll under it.
    const headTop = await page.locator('.catalogue-grid thead').boundingBox()
    await page.locator('.catalogue-grid__scroll').evaluate((el) => { el.scrollTop = 600 })
    expect((await page.locator('.catalogue-grid thead').boundingBox())?.y).toBe(headTop?.y)
    await page.locator('.catalogue-grid__scroll').evaluate((el) => { el.scrollTop = 0 })
    expect(pageErrors).toEqual([])
  })

  it('edits a name inline with the keyboard', async () => {
    await cell('apl-srikandi', 'code').click()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    const input = cell('apl-srikandi', 'name').locator('input')
    await expect.poll(() => input.inputValue()).toBe('SRIKANDI')
    await page.keyboard.press('Control+a')
    await page.keyboard.type('SRIKANDI Sukamaju')
    await page.keyboard.press('Enter')
    await expect.poll(() => cell('apl-srikandi', 'name').textContent()).toBe('SRIKANDI Sukamaju')
    // Enter moved the cursor down to the next row's name.
    expect(await row('apl-lapor').locator('td[data-active]').getAttribute('data-column')).toBe('name')
    // An empty name is refused beside the cell, and what was typed stays.
    await page.keyboard.press('F2')
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Delete')
    await page.keyboard.press('Enter')
    await expect.poll(() => cell('apl-lapor', 'name').locator('[role="alert"]').textContent()).toBe('Nama elemen wajib diisi')
    await page.screenshot({ path: join(SCREENSHOTS, 'catalogue-edit-error.png') })
    await page.keyboard.press('Escape')
    expect(await cell('apl-lapor', 'name').textContent()).toBe('SP4N-LAPOR!')
  })

  it('changes the owner OPD of three rows in one bulk edit, and Ctrl+Z undoes it', async () => {
    const ids = ['apl-sipd-perencanaan', 'apl-sipd-keuangan', 'apl-srikandi']
    const owners = () => Promise.all(ids.map((id) => cell(id, 'owner').textContent()))
    const before = await owners()
    expect(before).not.toContain('Inspektorat')
    await row(ids[0]!).getByRole('checkbox').click()
    await row(ids[2]!).getByRole('checkbox').click({ modifiers: ['Shift'] })
    const bar = page.locator('.catalogue-bulk')
    await expect.poll(() => bar.locator('.catalogue-bulk__title').textContent()).toBe('Ubah 3 elemen terpilih')
    await bar.locator('select[data-bulk="field"]').selectOption('owner')
    await bar.locator('select[data-bulk="value"]').selectOption('opd-inspektorat')
    await page.screenshot({ path: join(SCREENSHOTS, 'catalogue-1366.png') })
    await bar.getByRole('button', { name: 'Terapkan' }).click()
    await expect.poll(() => page.locator('.catalogue__notice').textContent()).toBe('OPD pemilik: 3 elemen diubah. Ctrl+Z mengurungkan.')
    await expect.poll(owners).toEqual(['Inspektorat', 'Inspektorat', 'Inspektorat'])
    await page.keyboard.press('Control+z')
    await expect.poll(owners).toEqual(before)
    // The inline rename was a separate step: it is still there.
    expect(await cell('apl-srikandi', 'name').textContent()).toBe('SRIKANDI Sukamaju')
    expect(pageErrors).toEqual([])
  })

  it('downloads every row shown as CSV, with the new columns', async () => {
    await page.getByRole('searchbox').fill('SIPD')
    await expect.poll(() => page.locator('.catalogue__count').textContent()).toMatch(/^\d+ dari 40 elemen$/)
    const shown = Number((await page.locator('.catalogue__count').textContent())!.split(' ')[0])
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh baris yang tampil (CSV)' }).click()])
    expect(download.suggestedFilename()).toBe('katalog-aplikasi.csv')
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '')
    const lines = csv.trim().split(/\r?\n/)
    expect(lines[0]).toBe('Kode,Nama,Jenis,OPD pemilik,Kode referensi,Basis aplikasi,Fungsi aplikasi,Tipe lisensi,Interoperabilitas,Saat ini,Status target')
    expect(lines).toHaveLength(shown + 1)
    expect(lines.slice(1).every((l) => l.includes('SIPD'))).toBe(true)
    expect(lines[1]).toMatch(/^APL-001,SIPD RI - Modul Perencanaan,Aplikasi Umum,Bappeda,/)
    // All forty rows when the filter is cleared, not only the rows the virtual window holds.
    await page.getByRole('searchbox').fill('')
    const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh baris yang tampil (CSV)' }).click()])
    const allLines = (await readFile((await all.path())!, 'utf8')).trim().split(/\r?\n/)
    expect(allLines).toHaveLength(41)
    expect(allLines.some((l) => l.startsWith('APL-003,SRIKANDI Sukamaju,'))).toBe(true)
  })

  it('looks right at 1920x1080', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await cell('apl-sipd-keuangan', 'attr:platform').click()
    await page.screenshot({ path: join(SCREENSHOTS, 'catalogue-1920.png') })
    expect(pageErrors).toEqual([])
  })
})
