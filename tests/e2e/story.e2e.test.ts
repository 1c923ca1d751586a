// @vitest-environment node
/**
 * The story of issue 4, as a new user lives it in Chromium through the real server: create a
 * project from the example, draw a small architecture in three domains (and be refused a
 * connection the metamodel does not allow), switch to the target, add and retire elements, see
 * the gap overlay and the findings, open the Peta Rencana it generates, drag a kegiatan to another
 * year and undo it, pin one, reload, and find everything still there.
 * Screenshots: test-results/story-*.png.
 */
import { join } from 'node:path'
import { type Browser, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2ePage, stopE2e } from './e2eSession.ts'

const VIEW = 'Lokakarya Perizinan'
const SERVICE = 'Layanan Izin Usaha'
const OLD_APP = 'Aplikasi Izin Lama'
const NEW_APP = 'Aplikasi Perizinan Terpadu'
const DATA = 'Data Izin Usaha'
const PROCESS = 'Proses Perizinan Berusaha'

let server: RunningServer
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  ;({ server, browser, page } = await startE2ePage(pageErrors))
}, 240_000)

afterAll(() => stopE2e({ server, browser }))

const canvas = (): Locator => page.locator('.editor-canvas')
const node = (name: string): Locator => page.locator('.react-flow__node', { has: page.locator('.element-node__name', { hasText: new RegExp(`^${name}$`) }) })

async function settle(): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  await page.waitForTimeout(150)
}

/** Drags a palette kind onto the canvas and names the new element in the properties panel. */
async function addElement(kind: string, fx: number, fy: number, name: string): Promise<void> {
  const box = (await canvas().boundingBox())!
  await page.locator(`.palette-item[data-kind="${kind}"]`).dragTo(canvas(), { targetPosition: { x: box.width * fx, y: box.height * fy } })
  await settle()
  const field = page.getByRole('textbox', { name: /^Nama\b/ }).first()
  await field.fill(name)
  await field.press('Tab')
  await node(name).waitFor()
}

/** Draws a connection from the right dot of one node onto another, as a mouse user does. */
async function connect(from: string, to: string): Promise<void> {
  const source = node(from)
  await source.hover()
  const handle = (await source.locator('.react-flow__handle-right').boundingBox())!
  const target = (await node(to).boundingBox())!
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
  await page.mouse.down()
  await page.mouse.move(handle.x + 40, handle.y + 10, { steps: 5 })
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 })
  await page.mouse.up()
  await page.locator('.connect-popover').waitFor()
}

async function openSection(name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click()
}

/** The kegiatan that builds the new application, found by its name in the timeline. */
const newAppRow = (): Locator => page.locator('.gantt-row--activity', { has: page.locator('.gantt-row__name', { hasText: NEW_APP }) }).first()

describe('a new user draws, analyses and plans in Chromium', { timeout: 90_000 }, () => {
  let projectName = ''

  it('creates a project from the example', async () => {
    await page.goto(server.url)
    // The first visit opens the bundled example; the story starts from a copy of it.
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    await page.getByRole('link', { name: 'Semua proyek' }).click()
    await page.getByRole('heading', { level: 1, name: 'Proyek' }).waitFor()
    const before = await page.locator('tr[data-project]').count()
    await page.getByRole('button', { name: 'Proyek baru' }).click()
    await page.getByRole('button', { name: 'Buat dari contoh' }).click()
    await page.getByRole('button', { name: 'Diagram', exact: true }).waitFor({ timeout: 30_000 })
    projectName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
    expect(projectName).toContain('Sukamaju')
    expect(page.url()).toMatch(/#\/p\//)
    await page.getByRole('link', { name: 'Semua proyek' }).click()
    await expect.poll(() => page.locator('tr[data-project]').count()).toBe(before + 1)
    await page.locator('tr[data-project]').filter({ hasText: projectName }).first().waitFor()
    await page.goBack()
    await page.getByRole('button', { name: 'Diagram', exact: true }).waitFor()
  })

  it('draws elements in four domains in a new diagram and connects them; a disallowed pair is refused with the reason', async () => {
    await openSection('Diagram')
    await page.getByRole('button', { name: 'Diagram baru' }).click()
    await page.getByLabel('Nama diagram').fill(VIEW)
    await page.getByRole('button', { name: 'Buat', exact: true }).click()
    await page.getByRole('tab', { name: VIEW, selected: true }).waitFor()

    await addElement('layanan-publik', 0.2, 0.25, SERVICE)
    await addElement('aplikasi-umum', 0.2, 0.6, OLD_APP)
    await addElement('data-informasi', 0.6, 0.6, DATA)
    await addElement('proses-bisnis', 0.2, 0.9, PROCESS)
    await page.locator('[data-action="fit"]').click()
    await settle()

    await connect(OLD_APP, SERVICE)
    expect(await page.locator('.connect-option').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-relation-kind')))).toEqual(['realizes'])
    await page.locator('.connect-option[data-relation-kind="realizes"]').click()
    await connect(OLD_APP, DATA)
    await page.locator('.connect-option[data-relation-kind="produces-data"]').click()
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2)

    // Neither direction is allowed between a process and an application: refused, with the reason.
    await connect(PROCESS, OLD_APP)
    expect(await page.locator('[data-refusal]').textContent()).toContain('Tidak ada relasi yang diizinkan antara Proses Bisnis dan Aplikasi Umum')
    await page.keyboard.press('Escape')
    expect(await page.locator('.react-flow__edge').count()).toBe(2)
    await page.screenshot({ path: join(SCREENSHOTS, 'story-drawn-1366.png') })
  })

  it('in the target state adds a new application and retires the old one; the gap overlay marks both', async () => {
    await page.getByRole('radio', { name: /Kondisi Target/ }).click()
    // Below the data set, where the fitted diagram has room.
    await addElement('aplikasi-umum', 0.5, 0.58, NEW_APP)
    await connect(NEW_APP, SERVICE)
    await page.locator('.connect-option[data-relation-kind="realizes"]').click()

    await node(OLD_APP).click()
    await page.getByRole('button', { name: 'Hentikan di Kondisi Target' }).click()
    await page.locator('[data-gap-toggle]').click()
    await page.locator('.gap-legend').waitFor()
    await expect.poll(() => node(NEW_APP).locator('.element-node').getAttribute('data-mark')).toBe('added')
    await expect.poll(() => node(OLD_APP).locator('.element-node').getAttribute('data-mark')).toBe('removed')
    expect(await node(SERVICE).locator('.element-node').getAttribute('data-mark')).toBeNull()
    await page.screenshot({ path: join(SCREENSHOTS, 'story-gap-1366.png') })
  })

  it('lists the changes and the findings in the gap panel; a click frames the element', async () => {
    await page.locator('[data-panel-tab="gap"]').click()
    const panel = page.locator('.gap-panel')
    await panel.waitFor()
    await panel.getByRole('searchbox').fill('Izin')
    const entries = panel.locator('.gap-entry')
    await expect.poll(() => entries.count()).toBeGreaterThan(1)
    const texts = await entries.allTextContents()
    expect(texts.some((t) => t.includes(NEW_APP))).toBe(true)
    expect(texts.some((t) => t.includes(OLD_APP))).toBe(true)
    // The new data set has no wali data: the rule finds it in the target.
    expect(await panel.locator('[data-gap-group]').filter({ hasText: DATA }).count()).toBeGreaterThan(0)
    await entries.filter({ hasText: NEW_APP }).first().click()
    await expect.poll(() => node(NEW_APP).getAttribute('class')).toContain('selected')
    await page.screenshot({ path: join(SCREENSHOTS, 'story-findings-1366.png') })
  })

  it('generates the Peta Rencana from the gaps; dragging a kegiatan to another year pins it, Ctrl+Z moves it back', async () => {
    await openSection('Peta Rencana')
    const row = newAppRow()
    await row.waitFor({ timeout: 30_000 })
    const bar = row.locator('.gantt-bar')
    const start = Number(await bar.getAttribute('data-start'))
    const years = await page.locator('.gantt__year').evaluateAll((ys) => ys.map((y) => Number((y as HTMLElement).dataset.year)))
    const to = start === years.at(-1) ? start - 1 : start + 1

    await bar.scrollIntoViewIfNeeded()
    const box = (await bar.boundingBox())!
    const yearWidth = (await page.locator('.gantt__year').first().boundingBox())!.width
    const y = box.y + box.height / 2
    await page.mouse.move(box.x + box.width / 2, y)
    await page.mouse.down()
    for (let i = 1; i <= 5; i++) await page.mouse.move(box.x + box.width / 2 + ((to - start) * yearWidth * i) / 5, y)
    await page.mouse.up()
    await expect.poll(() => bar.getAttribute('data-start')).toBe(String(to))
    expect(await bar.locator('.gantt-bar__pin').count()).toBe(1)
    await page.screenshot({ path: join(SCREENSHOTS, 'story-roadmap-1366.png') })

    await page.keyboard.press('Control+z')
    await expect.poll(() => bar.getAttribute('data-start')).toBe(String(start))
    expect(await bar.locator('.gantt-bar__pin').count()).toBe(0)

    // Pinned again from the keyboard, to find it after the reload.
    await bar.focus()
    await page.keyboard.press(to > start ? 'Alt+ArrowRight' : 'Alt+ArrowLeft')
    await expect.poll(() => bar.getAttribute('data-start')).toBe(String(to))
  })

  it('finds everything still there after a reload', async () => {
    const pinnedYear = await newAppRow().locator('.gantt-bar').getAttribute('data-start')
    // Let the batched write reach IndexedDB, then come back.
    await page.waitForTimeout(500)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: projectName }).waitFor({ timeout: 30_000 })

    await openSection('Peta Rencana')
    const bar = newAppRow().locator('.gantt-bar')
    await bar.waitFor({ timeout: 30_000 })
    expect(await bar.getAttribute('data-start')).toBe(pinnedYear)
    expect(await bar.locator('.gantt-bar__pin').count()).toBe(1)

    await openSection('Diagram')
    await page.getByRole('tab', { name: VIEW }).click()
    await page.getByRole('radio', { name: /Kondisi Target/ }).click()
    await page.locator('[data-gap-toggle]').click()
    for (const name of [SERVICE, OLD_APP, NEW_APP, DATA, PROCESS]) await node(name).waitFor({ timeout: 30_000 })
    expect(await node(NEW_APP).locator('.element-node').getAttribute('data-mark')).toBe('added')
    expect(await node(OLD_APP).locator('.element-node').getAttribute('data-mark')).toBe('removed')
    expect(await page.locator('.react-flow__edge').count()).toBe(3)
    await page.screenshot({ path: join(SCREENSHOTS, 'story-reloaded-1366.png') })
    expect(pageErrors).toEqual([])
  })
})
