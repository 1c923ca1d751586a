// @vitest-environment node
/**
 * Finding things in a real Chromium, through the real server and the production build, on the
 * example project: Ctrl+K finds an element and opens it selected in the Diagram section; the
 * model browser (the "Model" tab beside the palette) places an existing element in a view by drag
 * and drop, and Ctrl+Z takes it out again. Screenshots: test-results/browser-1366.png,
 * search-1366.png and browser-search-1920.png.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/start.ts'
import type { RunningServer } from '../../server/staticServer.ts'
import { collectPageErrors, SCREENSHOTS, startE2ePage, stopE2e } from './e2eSession.ts'

interface ExampleFile {
  readonly elements: readonly { readonly id: string; readonly kind: string; readonly name: string }[]
  readonly views: readonly { readonly id: string; readonly nodes: readonly { readonly element: string }[] }[]
}

let server: RunningServer
let browser: Browser
let page: Page
let example: ExampleFile
const pageErrors: string[] = []

beforeAll(async () => {
  example = JSON.parse(await readFile(join(REPO_ROOT, 'examples', 'kabupaten-contoh.cetakbiru.json'), 'utf8')) as ExampleFile
  ;({ server, browser, page } = await startE2ePage(pageErrors))
}, 240_000)

afterAll(() => stopE2e({ server, browser }))

async function openExample(p: Page): Promise<void> {
  await p.goto(server.url)
  await p.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
  // The workspace (and with it Ctrl+K) is there once its search button is.
  await p.getByRole('button', { name: /^Cari/ }).waitFor({ timeout: 30_000 })
}

/** Lets React Flow finish framing and the browser paint. */
async function settle(p: Page): Promise<void> {
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  await p.waitForTimeout(400)
}

describe('search and the model browser in Chromium', { timeout: 90_000 }, () => {
  it('finds "dapodik" with Ctrl+K from the overview and shows it selected in the Diagram section', async () => {
    await openExample(page)
    await page.keyboard.press('Control+k')
    const box = page.getByRole('combobox', { name: 'Cari elemen, diagram, atau perintah' })
    await box.waitFor()
    await box.pressSequentially('dapodik')
    const first = page.locator('[role="option"]').first()
    await expect.poll(() => first.locator('.search-option__name').textContent()).toBe('Dapodik')
    expect(await first.getAttribute('aria-selected')).toBe('true')
    await page.screenshot({ path: join(SCREENSHOTS, 'search-1366.png') })
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor({ state: 'detached' })
    const node = page.locator('.react-flow__node[data-id="apl-dapodik"]')
    await node.waitFor({ timeout: 30_000 })
    await expect.poll(() => node.evaluate((n) => n.classList.contains('selected'))).toBe(true)
    expect(await page.getByRole('button', { name: 'Diagram', exact: true }).getAttribute('aria-pressed')).toBe('true')
    // The properties panel follows the selection.
    await expect.poll(() => page.getByRole('textbox', { name: /^Nama\b/ }).first().inputValue()).toBe('Dapodik')
    expect(pageErrors).toEqual([])
  })

  it('drags an element from the Model tab onto a view that lacks it, and Ctrl+Z takes it out again', async () => {
    await page.getByRole('tab', { name: 'Model', exact: true }).click()
    const tree = page.getByRole('tree')
    await tree.waitFor()
    const viewId = (await page.locator('.editor-canvas').getAttribute('data-view'))!
    const inView = new Set(example.views.find((v) => v.id === viewId)!.nodes.map((n) => n.element))
    await page.locator('[role="treeitem"][data-group="d:data"]').click()
    await page.locator('[role="treeitem"][data-group="d:data/k:data-informasi"]').click()
    const rows = page.locator('[role="treeitem"][data-element]')
    await rows.first().waitFor()
    const shownIds = await rows.evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.element!))
    const dataIds = new Set(example.elements.filter((e) => e.kind === 'data-informasi').map((e) => e.id))
    const candidate = shownIds.find((id) => dataIds.has(id) && !inView.has(id))
    expect(candidate).toBeDefined()
    const id = candidate!
    await page.screenshot({ path: join(SCREENSHOTS, 'browser-1366.png') })

    const canvas = page.locator('.editor-canvas')
    const area = (await canvas.boundingBox())!
    const before = await page.locator('.react-flow__node').count()
    await page.locator(`[role="treeitem"][data-element="${id}"]`).dragTo(canvas, { targetPosition: { x: area.width * 0.5, y: area.height * 0.3 } })
    const placed = page.locator(`.react-flow__node[data-id="${id}"]`)
    await placed.waitFor({ timeout: 10_000 })
    expect(await page.locator('.react-flow__node').count()).toBe(before + 1)
    await expect.poll(() => placed.evaluate((n) => n.classList.contains('selected'))).toBe(true)
    // The row now says the view holds it.
    await expect.poll(() => page.locator(`[role="treeitem"][data-element="${id}"] .browser-row__in-view`).count()).toBe(1)
    await settle(page)
    await page.screenshot({ path: join(SCREENSHOTS, 'browser-1366-placed.png') })

    await page.keyboard.press('Control+z')
    await placed.waitFor({ state: 'detached', timeout: 10_000 })
    expect(await page.locator('.react-flow__node').count()).toBe(before)
    // Only the placement was undone: the element is still in the model (and in the browser).
    expect(await page.locator(`[role="treeitem"][data-element="${id}"]`).count()).toBe(1)
    expect(pageErrors).toEqual([])
  })

  it('walks the tree with the keyboard, and Enter on an element shows it in a view that holds it', async () => {
    const tree = page.getByRole('tree')
    const activeRow = (): Promise<string | null> =>
      tree.evaluate((t) => {
        const row = document.getElementById(t.getAttribute('aria-activedescendant') ?? '')
        return row?.dataset.element ?? row?.getAttribute('aria-label') ?? null
      })
    await page.getByRole('button', { name: 'Kode', exact: true }).click()
    await tree.focus()
    await page.keyboard.press('Home')
    expect(await activeRow()).toMatch(/^RAB Referensi Arsitektur Proses Bisnis, \d+ elemen$/)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    expect(await activeRow()).toMatch(/^RAB\.0\d /)
    await page.keyboard.press('End')
    expect(await activeRow()).toMatch(/^RAK /)

    // The filter finds by code; Down goes from the box into the tree.
    await page.getByRole('button', { name: 'Domain', exact: true }).click()
    await page.getByRole('searchbox', { name: 'Saring elemen' }).fill('DAT-001')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('End')
    expect(await activeRow()).toBe('dat-kependudukan')
    expect(await page.locator('.editor-canvas').getAttribute('data-view')).toBe('view-aplikasi')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.editor-canvas').getAttribute('data-view')).toBe('view-data')
    const node = page.locator('.react-flow__node[data-id="dat-kependudukan"]')
    await expect.poll(() => node.evaluate((n) => n.classList.contains('selected'))).toBe(true)
    // Focus stays in the tree, so browsing goes on.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tree')

    // Shift+Enter is the keyboard's drag and drop: Dapodik joins the data view, one undo step.
    await page.getByRole('searchbox', { name: 'Saring elemen' }).fill('APL-015')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('End')
    expect(await activeRow()).toBe('apl-dapodik')
    await page.keyboard.press('Shift+Enter')
    const dapodik = page.locator('.react-flow__node[data-id="apl-dapodik"]')
    await dapodik.waitFor({ timeout: 10_000 })
    expect(await page.locator('.editor-canvas').getAttribute('data-view')).toBe('view-data')
    await page.keyboard.press('Control+z')
    await dapodik.waitFor({ state: 'detached', timeout: 10_000 })
    expect(pageErrors).toEqual([])
  })

  it('looks right at 1920x1080 too', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const wide = await context.newPage()
    const errors: string[] = []
    collectPageErrors(wide, errors)
    await openExample(wide)
    await wide.getByRole('button', { name: 'Diagram', exact: true }).click()
    await wide.getByRole('tab', { name: 'Model', exact: true }).click()
    await wide.getByRole('button', { name: 'OPD', exact: true }).click()
    await wide.locator('[role="treeitem"][data-group="o:opd-disdik"]').click()
    await wide.locator('[role="treeitem"][data-group="o:opd-disdik/d:aplikasi"]').click()
    await settle(wide)
    await wide.getByRole('button', { name: /^Cari/ }).click()
    await wide.getByRole('combobox', { name: 'Cari elemen, diagram, atau perintah' }).pressSequentially('data pend')
    await expect.poll(() => wide.locator('[role="option"]').count()).toBeGreaterThan(0)
    await wide.screenshot({ path: join(SCREENSHOTS, 'browser-search-1920.png') })
    expect(errors).toEqual([])
    await context.close()
  })
})
