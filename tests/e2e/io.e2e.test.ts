// @vitest-environment node
/**
 * Export and import in a real Chromium, through the production build and the real server, with
 * the io Web Worker: the report as DOCX and XLSX from the example project (read back in Node),
 * an ArchiMate export imported back from the project list as a new project, and an inventory CSV
 * imported into the catalogue through the mapping step and undone with Ctrl+Z.
 * Screenshots at 1366x768: test-results/io-*.png.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { type Browser, type Download, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/start.ts'
import { projectFileName } from '../../src/ui/projects/downloadProject.ts'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2ePage, stopE2e } from './e2eSession.ts'

const EXAMPLE = join(REPO_ROOT, 'examples', 'kabupaten-contoh.cetakbiru.json')

let server: RunningServer
let browser: Browser
let page: Page
let exampleName: string
let exampleElements: number
let archimateXml: Buffer
const pageErrors: string[] = []

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `io-${name}.png`) })
const slug = (): string => projectFileName(exampleName).replace('.cetakbiru.json', '')
const today = (): string => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Chooses an export from the menu and returns its download, photographing the progress dialog when it is caught. */
async function exportFile(item: string, progressShot?: string): Promise<Download> {
  await page.getByRole('button', { name: /^Ekspor/ }).click()
  const downloading = page.waitForEvent('download', { timeout: 60_000 })
  const caught = progressShot
    ? page.getByTestId('io-progress').waitFor({ timeout: 10_000 }).then(() => shot(progressShot)).then(() => true, () => false)
    : Promise.resolve(false)
  await page.getByRole('menuitem', { name: new RegExp(`^${item.replace(/[()]/g, '\\$&')}`) }).click()
  const download = await downloading
  await caught
  return download
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path()
  return readFile(path)
}

beforeAll(async () => {
  const example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { project: { name: string }; elements: unknown[] }
  exampleName = example.project.name
  exampleElements = example.elements.length
  ;({ server, browser, page } = await startE2ePage(pageErrors, { deviceScaleFactor: 1, acceptDownloads: true }))
}, 240_000)

afterAll(() => stopE2e({ server, browser }))

describe('export and import in Chromium', { timeout: 120_000 }, () => {
  it('exports the report as DOCX from the Ekspor menu, through the worker, named after the project and the date', async () => {
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: /^Ekspor/ }).click()
    await page.getByRole('menu').waitFor()
    expect(await page.getByRole('menuitem').allTextContents()).toHaveLength(8)
    await shot('export-menu')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('menu').count()).toBe(0)

    const download = await exportFile('Laporan (DOCX)', 'progress')
    expect(download.suggestedFilename()).toBe(`${slug()}-laporan-${today()}.docx`)
    const zip = await JSZip.loadAsync(await bytesOf(download))
    const documentXml = await zip.file('word/document.xml')?.async('string')
    expect(documentXml).toBeDefined()
    expect(documentXml).toContain(exampleName)
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'diunduh' }).count()).toBeGreaterThan(0)
    expect(pageErrors).toEqual([])
  })

  it('exports the report as XLSX with the Peta Rencana sheet, readable by exceljs', async () => {
    const download = await exportFile('Laporan (XLSX)')
    expect(download.suggestedFilename()).toMatch(/-laporan-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await bytesOf(download)) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Peta Rencana')
    expect(sheet).toBeDefined()
    expect(sheet!.actualRowCount).toBeGreaterThan(10)
    expect(pageErrors).toEqual([])
  })

  it('exports ArchiMate and imports it back from the project list as a new project with as many elements', async () => {
    const download = await exportFile('ArchiMate (XML)')
    expect(download.suggestedFilename()).toBe(`${slug()}-archimate-${today()}.xml`)
    archimateXml = await bytesOf(download)
    expect(archimateXml.toString('utf8')).toContain('http://www.opengroup.org/xsd/archimate/3.0/')

    await page.goto(`${server.url}/#/`)
    await page.getByRole('button', { name: /Proyek baru/ }).click()
    await page.getByRole('heading', { name: 'Dari ArchiMate (XML)' }).waitFor()
    await page.getByTestId('import-archimate').setInputFiles({ name: 'sukamaju.xml', mimeType: 'application/xml', buffer: archimateXml })
    const result = page.getByTestId('exchange-result')
    await result.waitFor({ timeout: 60_000 })
    const text = (await result.textContent()) ?? ''
    const elements = Number(/(\d+) elemen/.exec(text)?.[1])
    expect(elements).toBe(exampleElements)
    await result.scrollIntoViewIfNeeded()
    await shot('exchange-import')
    await result.getByRole('button', { name: 'Buka proyek' }).click()
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).hash).toMatch(/^#\/p\//)
    expect(pageErrors).toEqual([])
  })

  it('refuses a broken exchange file with the XML path and line of each problem, and creates nothing', async () => {
    await page.goto(`${server.url}/#/`)
    await page.locator('tr[data-project]').first().waitFor({ timeout: 30_000 })
    const before = await page.locator('tr[data-project]').count()
    expect(before).toBe(2)
    await page.getByRole('button', { name: /Proyek baru/ }).click()
    const broken = archimateXml.toString('utf8').replace(/xsi:type="ApplicationComponent"/, 'xsi:type="NoSuchType"')
    await page.getByTestId('import-archimate').setInputFiles({ name: 'rusak.xml', mimeType: 'application/xml', buffer: Buffer.from(broken) })
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor({ timeout: 60_000 })
    expect(await dialog.locator('tbody tr').count()).toBeGreaterThan(0)
    expect(await dialog.textContent()).toContain('/model/elements/element[')
    await shot('exchange-errors')
    await dialog.getByRole('button', { name: 'Tutup' }).click()
    expect(await page.locator('tr[data-project]').count()).toBe(before)
    expect(pageErrors).toEqual([])
  })

  it('imports an inventory CSV into the catalogue through the mapping step, and Ctrl+Z takes it back', async () => {
    await page.goto(`${server.url}/#/p/kabupaten-sukamaju`)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Katalog', exact: true }).click()
    const grid = page.getByRole('grid')
    await grid.waitFor({ timeout: 30_000 })
    const rowsBefore = Number(await grid.getAttribute('aria-rowcount'))

    const csv = [
      'Nama Aplikasi,Kode,Ringkasan,Tahun',
      'Aplikasi Uji Impor Satu,APL-UJI-1,Dibuat oleh uji e2e,2024',
      '"Aplikasi Uji ""Impor"" Dua",APL-UJI-2,"Baris kedua, dengan koma",2025',
    ].join('\n')
    await page.getByRole('button', { name: 'Impor inventaris' }).click()
    const dialog = page.getByTestId('inventory-import')
    await dialog.getByTestId('inventory-file').setInputFiles({ name: 'inventaris.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await dialog.getByRole('button', { name: 'Baca berkas' }).click()

    // The mapping step: suggested from the headers, one column chosen by hand.
    const target = (column: string) => dialog.getByRole('combobox', { name: `Tujuan kolom ${column}` })
    await target('Nama Aplikasi').waitFor({ timeout: 30_000 })
    expect(await target('Nama Aplikasi').inputValue()).toBe('name')
    expect(await target('Kode').inputValue()).toBe('code')
    expect(await target('Ringkasan').inputValue()).toBe('')
    await target('Ringkasan').selectOption('description')
    await shot('mapping')

    await dialog.getByRole('button', { name: 'Pratinjau' }).click()
    await dialog.locator('[data-count="create"] dd').waitFor({ timeout: 30_000 })
    expect(await dialog.locator('[data-count="create"] dd').textContent()).toBe('2')
    expect(await dialog.locator('[data-count="skip"] dd').textContent()).toBe('0')
    await shot('preview')

    await dialog.getByRole('button', { name: 'Terapkan impor' }).click()
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain('2 elemen baru')
    await dialog.getByRole('button', { name: 'Tutup' }).click()
    await expect.poll(() => grid.getAttribute('aria-rowcount').then(Number)).toBe(rowsBefore + 2)
    await page.getByRole('textbox', { name: /Saring|Filter/ }).or(page.getByRole('searchbox')).first().fill('Uji')
    await expect.poll(() => page.getByRole('gridcell', { name: 'Aplikasi Uji "Impor" Dua' }).count()).toBeGreaterThan(0)
    await page.getByRole('heading', { level: 2, name: /Katalog/ }).click()

    await page.keyboard.press('Control+z')
    await page.getByRole('searchbox').first().fill('')
    await page.getByRole('heading', { level: 2, name: /Katalog/ }).click()
    await expect.poll(() => grid.getAttribute('aria-rowcount').then(Number)).toBe(rowsBefore)
    expect(pageErrors).toEqual([])
  })
})
