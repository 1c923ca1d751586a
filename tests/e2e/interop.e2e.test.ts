// @vitest-environment node
/**
 * What an ArchiMate import keeps beside the SPBE model, in a real Chromium through the production
 * build and the real server: Archisurance (Archi's exchange-format sample) imported from the
 * project list, the summary saying what the project keeps for export, the ArchiMate export from
 * the Ekspor menu giving back a foreign relationship and foreign properties, and the properties
 * panel showing "Dari ArchiMate" for an imported element.
 * Screenshots at 1366x768: test-results/interop-*.png.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/start.ts'
import { importArchimate } from '../../src/io/archimate/importArchimate.ts'
import { compareRoundTrip, inventory } from '../../src/io/archimate/roundTripCheck.ts'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2ePage, stopE2e } from './e2eSession.ts'

const SOURCE = join(REPO_ROOT, '..', 'shared', 'interop', 'OpenGroupXMLExchange-archisurance.xml')

let server: RunningServer
let browser: Browser
let page: Page
let source: string
const pageErrors: string[] = []

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `interop-${name}.png`) })

beforeAll(async () => {
  source = await readFile(SOURCE, 'utf8')
  ;({ server, browser, page } = await startE2ePage(pageErrors, { deviceScaleFactor: 1, acceptDownloads: true }))
}, 240_000)

afterAll(() => stopE2e({ server, browser }))

describe('an ArchiMate import keeps what the SPBE model has no place for', { timeout: 120_000 }, () => {
  it('imports Archisurance and says how much the project keeps beside the model for export', async () => {
    // The very first start opens the example; the project list is one step back.
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('link', { name: /Semua proyek/ }).or(page.getByRole('button', { name: /Semua proyek/ })).first().click()
    await page.getByRole('button', { name: /Proyek baru/ }).click()
    await page.getByTestId('import-archimate').setInputFiles({ name: 'archisurance.xml', mimeType: 'application/xml', buffer: Buffer.from(source) })
    const result = page.getByTestId('exchange-result')
    await result.waitFor({ timeout: 60_000 })
    const kept = result.getByTestId('exchange-kept')
    const text = (await kept.textContent()) ?? ''
    const r = importArchimate(source)
    if (!r.ok) throw new Error('the sample does not import in Node')
    const foreign = r.extras.relationships.filter((x) => !x.relation).length
    expect(text).toContain(`${foreign} relasi ArchiMate dan 5 properti disimpan bersama proyek untuk ekspor`)
    expect(text).not.toMatch(/tidak masuk|belum menyimpan/)
    await result.scrollIntoViewIfNeeded()
    await shot('import-summary')
    await result.getByRole('button', { name: 'Buka proyek' }).click()
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    expect(pageErrors).toEqual([])
  })

  it('exports ArchiMate from the Ekspor menu with the foreign relationships and properties of the source file', async () => {
    await page.getByRole('button', { name: /^Ekspor/ }).click()
    const downloading = page.waitForEvent('download', { timeout: 60_000 })
    await page.getByRole('menuitem', { name: /^ArchiMate \(XML\)/ }).click()
    const download = await downloading
    const xml = await readFile(await download.path(), 'utf8')
    const r = importArchimate(source)
    if (!r.ok) throw new Error('the sample does not import in Node')
    // A relationship with no SPBE relation kind, as the source file had it.
    const foreign = r.extras.relationships.find((x) => !x.relation)!
    const line = new RegExp(`<relationship identifier="${foreign.id}" source="${foreign.source}" target="${foreign.target}" xsi:type="${foreign.type}"`)
    expect(xml).toMatch(line)
    // Property1..3 of the actor "Archisurance" (id-275), with their definitions' names.
    expect(xml).toContain('Another Value of Property 1')
    expect(xml).toContain('Value of Property 3')
    expect(xml).toContain('<name>Property1</name>')
    const report = compareRoundTrip(inventory(source), inventory(xml))
    expect(report.problems).toEqual([])
    expect(pageErrors).toEqual([])
  })

  it('shows "Dari ArchiMate" in the properties panel of an imported element, read only', async () => {
    await page.getByRole('button', { name: 'Diagram', exact: true }).click()
    await page.getByRole('tab', { name: 'Organisation Structure View', exact: true }).click()
    const node = page.locator('.react-flow__node[data-id="id-275"]')
    await node.waitFor({ timeout: 30_000 })
    // Archi nests nodes: in this view the actor's box holds others, so click its free top-left corner.
    await node.click({ position: { x: 8, y: 6 } })
    const origin = page.getByTestId('element-origin')
    await origin.waitFor({ timeout: 30_000 })
    expect(await origin.getByRole('heading', { name: 'Dari ArchiMate' }).count()).toBe(1)
    const rows = await origin.locator('.props-origin__row').evaluateAll((rs) => rs.map((r) => `${r.querySelector('dt')!.textContent}: ${r.querySelector('dd')!.textContent}`))
    expect(rows).toEqual([
      'Jenis ArchiMate: BusinessActor',
      'Property1: Another Value of Property 1',
      'Property2: Another Value of Property 2',
      'Property3: Value of Property 3',
    ])
    expect(await origin.locator('input, select, textarea').count()).toBe(0)
    await origin.scrollIntoViewIfNeeded()
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    await shot('properties-origin')
    expect(pageErrors).toEqual([])
  })
})
