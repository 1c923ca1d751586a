// @vitest-environment node
/**
 * The diagram editor in a real Chromium, through the real server and the production build that
 * `npm start` serves. The app's routing is built elsewhere, so this drives the editor's own demo
 * page (src/ui/editor/dev/editorDemo.html: the example project opened straight in the editor).
 * Screenshots go to test-results/editor-*.png for a person to look at.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/start.ts'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2e } from './e2eSession.ts'

const EXAMPLE = join(REPO_ROOT, 'examples', 'kabupaten-contoh.cetakbiru.json')
const DEMO = '/src/ui/editor/dev/editorDemo.html'

interface Membership {
  readonly status?: string
  readonly attrs?: Readonly<Record<string, unknown>>
}
interface ExampleFile {
  readonly elements: readonly { readonly id: string; readonly kind: string; readonly name: string; readonly states: Readonly<Record<string, Membership>> }[]
  readonly views: readonly { readonly id: string; readonly name: string; readonly nodes: readonly { readonly element: string }[] }[]
}

/** What the overlay should mark in a view, computed straight from the file (not through the app's code). */
function expectedMarks(file: ExampleFile, viewId: string): Record<'added' | 'changed' | 'removed', string[]> {
  const view = file.views.find((v) => v.id === viewId)!
  const byId = new Map(file.elements.map((e) => [e.id, e]))
  const marks = { added: [] as string[], changed: [] as string[], removed: [] as string[] }
  for (const { element } of view.nodes) {
    const e = byId.get(element)!
    const before = e.states.asis
    const after = e.states.target
    const inAfter = after !== undefined && after.status !== 'dihentikan'
    if (!before && inAfter) marks.added.push(e.id)
    else if (before && !inAfter) marks.removed.push(e.id)
    else if (before && after && (after.status === 'pengembangan' || JSON.stringify(before.attrs ?? {}) !== JSON.stringify(after.attrs ?? {}))) marks.changed.push(e.id)
  }
  for (const list of Object.values(marks)) list.sort()
  return marks
}

/** The editor as a person sees it: tabs, palette, canvas, dialogs. */
class EditorScreen {
  constructor(readonly page: Page) {}

  get canvas(): Locator {
    return this.page.locator('.editor-canvas')
  }

  node(nameOrId: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${nameOrId}"]`).or(this.page.locator('.react-flow__node', { has: this.page.locator('.element-node__name', { hasText: new RegExp(`^${nameOrId}$`) }) }))
  }

  async nodeIds(): Promise<string[]> {
    return (await this.page.locator('.react-flow__node').evaluateAll((ns) => ns.map((n) => n.getAttribute('data-id')!))).sort()
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click()
    await this.page.getByRole('tab', { name, exact: true, selected: true }).waitFor()
    await this.settle()
  }

  /** Lets React Flow finish fitting the view and the browser paint it. */
  async settle(): Promise<void> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
    await this.page.waitForTimeout(150)
  }

  /** Drags a palette kind onto the canvas at a fraction of its size. */
  async dropKind(kind: string, fx: number, fy: number): Promise<void> {
    const box = (await this.canvas.boundingBox())!
    await this.page.locator(`.palette-item[data-kind="${kind}"]`).dragTo(this.canvas, { targetPosition: { x: box.width * fx, y: box.height * fy } })
    await this.settle()
  }

  /** Draws a connection from the right dot of one node onto the body of another, like a mouse user. */
  async connect(from: Locator, to: Locator): Promise<void> {
    await from.hover()
    const handle = (await from.locator('.react-flow__handle-right').boundingBox())!
    const target = (await to.boundingBox())!
    const { mouse } = this.page
    await mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
    await mouse.down()
    await mouse.move(handle.x + 40, handle.y + 10, { steps: 5 })
    await mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 })
    await mouse.up()
    await this.page.locator('.connect-popover').waitFor()
  }

  async screenshot(name: string): Promise<void> {
    await this.settle()
    await this.page.screenshot({ path: join(SCREENSHOTS, `editor-${name}.png`) })
  }
}

let example: ExampleFile
let server: RunningServer
let browser: Browser
let context: BrowserContext
let page: Page
let editor: EditorScreen
const pageErrors: string[] = []

beforeAll(async () => {
  example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as ExampleFile
  ;({ server, browser } = await startE2e())
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 })
  page = await context.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') pageErrors.push(m.text())
  })
  editor = new EditorScreen(page)
}, 240_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.close()
})

describe('diagram editor in Chromium', { timeout: 60_000 }, () => {
  it('opens the example with its views as tabs, domain views first', async () => {
    await page.goto(`${server.url}${DEMO}`)
    await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 })
    // Domain views under their default names ("Domain Aplikasi") are tabbed by the domain alone.
    const tabs = await page.getByRole('tablist', { name: 'Diagram' }).getByRole('tab').allTextContents()
    expect(tabs).toEqual(['Proses Bisnis', 'Data dan Informasi', 'Layanan', 'Aplikasi', 'Infrastruktur', 'Keamanan', 'Arsitektur Lintas Domain'])
    expect(await page.getByRole('tab', { name: 'Aplikasi' }).getAttribute('title')).toBe('Domain Aplikasi')
    expect(await page.getByRole('radio', { checked: true }).textContent()).toBe('Kondisi Saat Ini')
  })

  it('shows the application nodes of the Aplikasi view in the as-is', async () => {
    await editor.openTab('Aplikasi')
    const view = example.views.find((v) => v.id === 'view-aplikasi')!
    const byId = new Map(example.elements.map((e) => [e.id, e]))
    const expected = view.nodes.map((n) => n.element).filter((id) => byId.get(id)!.states.asis).sort()
    expect(await editor.nodeIds()).toEqual(expected)
    expect(await page.locator('.element-node[data-domain="aplikasi"]').count()).toBe(expected.length)
    expect(await editor.node('apl-dapodik').locator('.element-node__name').textContent()).toBe('Dapodik')
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(0)
    await editor.screenshot('aplikasi-1366')
  })

  it('creates an element by dragging a palette kind onto the canvas, and undoes it', async () => {
    const before = await editor.nodeIds()
    await editor.dropKind('aplikasi-umum', 0.45, 0.86)
    const created = editor.node('Aplikasi Umum baru')
    await created.waitFor()
    expect(await editor.nodeIds()).toHaveLength(before.length + 1)
    expect(await created.getAttribute('class')).toContain('selected')
    await editor.screenshot('created-1366')

    await page.keyboard.press('Control+z')
    await created.waitFor({ state: 'detached' })
    expect(await editor.nodeIds()).toEqual(before)
    await page.keyboard.press('Control+Shift+z')
    await created.waitFor()
    await page.locator('[data-action="undo"]').click()
    await created.waitFor({ state: 'detached' })
  })

  it('connects two elements with an allowed relation, and refuses a disallowed pair with the reason', async () => {
    await page.getByRole('button', { name: 'Diagram baru' }).click()
    await page.getByLabel('Nama diagram').fill('Uji Relasi')
    await page.getByRole('button', { name: 'Buat', exact: true }).click()
    await page.getByRole('tab', { name: 'Uji Relasi', selected: true }).waitFor()
    await page.getByText('Diagram ini masih kosong').waitFor()
    await editor.screenshot('empty-view-1366')

    await editor.dropKind('aplikasi-umum', 0.25, 0.3)
    await editor.dropKind('data-informasi', 0.7, 0.3)
    await editor.dropKind('proses-bisnis', 0.25, 0.7)
    await page.locator('[data-action="fit"]').click()
    await editor.settle()
    const app = editor.node('Aplikasi Umum baru')
    const data = editor.node('Data dan Informasi baru')
    const process = editor.node('Proses Bisnis baru')

    await editor.connect(app, data)
    const options = await page.locator('.connect-option').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-relation-kind')))
    expect(options).toEqual(['uses-data', 'produces-data'])
    await editor.screenshot('connect-1366')
    await page.locator('.connect-option[data-relation-kind="produces-data"]').click()
    const edge = page.locator('.react-flow__edge')
    await edge.first().waitFor()
    expect(await edge.count()).toBe(1)
    expect(await page.locator('.relation-edge__label').textContent()).toBe('menghasilkan')

    await editor.connect(process, app)
    const refusal = page.locator('[data-refusal]')
    expect(await refusal.textContent()).toContain('Tidak ada relasi yang diizinkan antara Proses Bisnis dan Aplikasi Umum')
    await editor.screenshot('refused-1366')
    await page.keyboard.press('Escape')
    await refusal.waitFor({ state: 'detached' })
    expect(await edge.count()).toBe(1)
  })

  it('deletes from this view only or from the model, saying which', async () => {
    await editor.node('Proses Bisnis baru').click()
    await page.keyboard.press('Delete')
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await dialog.textContent()).toContain('Hapus dari diagram ini saja')
    expect(await dialog.textContent()).toContain('Hapus dari model')
    await editor.screenshot('delete-1366')
    await page.locator('[data-delete="model"]').click()
    await editor.node('Proses Bisnis baru').waitFor({ state: 'detached' })
    expect(await page.getByRole('status').textContent()).toContain('dihapus dari model')
  })

  it('selects with a box, nudges the selection with the arrow keys (one undo step), clears it with Escape', async () => {
    const position = (name: string) =>
      editor.node(name).evaluate((n) => {
        const m = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec((n as HTMLElement).style.transform)!
        return { x: Number(m[1]), y: Number(m[2]) }
      })
    const app = await position('Aplikasi Umum baru')
    const data = await position('Data dan Informasi baru')
    const box = (await editor.canvas.boundingBox())!
    await page.keyboard.down('Shift')
    await page.mouse.move(box.x + 20, box.y + 60)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 })
    await page.mouse.move(box.x + box.width - 30, box.y + box.height - 200, { steps: 5 })
    await page.mouse.up()
    await page.keyboard.up('Shift')
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(2)
    expect(await page.locator('.editor__panel').textContent()).toContain('2 elemen dipilih')

    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Shift+ArrowDown')
    await expect.poll(() => position('Aplikasi Umum baru')).toEqual({ x: app.x + 16, y: app.y + 32 })
    expect(await position('Data dan Informasi baru')).toEqual({ x: data.x + 16, y: data.y + 32 })
    await page.locator('[data-action="undo"]').click()
    await expect.poll(() => position('Aplikasi Umum baru')).toEqual(app)
    expect(await position('Data dan Informasi baru')).toEqual(data)

    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(0)
  })

  it('shows the target state with the gap overlay: added, removed and changed', async () => {
    await editor.openTab('Aplikasi')
    await page.getByRole('radio', { name: /Kondisi Target/ }).click()
    await page.locator('[data-gap-toggle]').click()
    await page.locator('.gap-legend').waitFor()
    const expected = expectedMarks(example, 'view-aplikasi')
    for (const mark of ['added', 'changed', 'removed'] as const) {
      const shown = (await page.locator(`.react-flow__node:has(.element-node[data-mark="${mark}"])`).evaluateAll((ns) => ns.map((n) => n.getAttribute('data-id')!))).sort()
      expect(shown, mark).toEqual(expected[mark])
      expect(await page.locator(`[data-legend="${mark}"] .gap-legend__count`).textContent()).toBe(String(expected[mark].length))
    }
    expect(expected.removed.length).toBeGreaterThan(0)
    const removed = editor.node(expected.removed[0]!)
    const style = await removed.locator('.element-node__name').evaluate((n) => getComputedStyle(n).textDecorationLine)
    expect(style).toContain('line-through')
    expect(Number(await removed.locator('.element-node').evaluate((n) => getComputedStyle(n).opacity))).toBeLessThan(1)
    await editor.screenshot('gap-1366')
  })

  it('lays out the cross-domain view in six lanes, in one undo step', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await editor.openTab('Arsitektur Lintas Domain')
    await page.locator('[data-action="fit"]').click()
    await editor.screenshot('layered-1920')
    const before = await page.locator('.react-flow__node').evaluateAll((ns) => ns.map((n) => (n as HTMLElement).style.transform).join())
    await page.locator('[data-action="auto-layout"]').click()
    await page.locator('[data-action="auto-layout"]:not([aria-busy="true"])').waitFor()
    await editor.settle()
    const lanes = await page.locator('.lane-band').evaluateAll((bs) =>
      bs.map((b) => ({ lane: b.getAttribute('data-lane'), top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom })).sort((a, b) => a.top - b.top),
    )
    expect(lanes.map((l) => l.lane)).toEqual(['proses-bisnis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan'])
    for (let i = 1; i < lanes.length; i++) expect(lanes[i]!.top).toBeGreaterThanOrEqual(lanes[i - 1]!.bottom)
    await editor.screenshot('layered-auto-1920')
    await page.keyboard.press('Control+z')
    await editor.settle()
    const after = await page.locator('.react-flow__node').evaluateAll((ns) => ns.map((n) => (n as HTMLElement).style.transform).join())
    expect(after).toBe(before)
  })

  it('stays clean at 1920x1080', async () => {
    await editor.openTab('Aplikasi')
    await editor.screenshot('gap-1920')
    await page.locator('[data-gap-toggle]').click()
    await page.getByRole('radio', { name: 'Kondisi Saat Ini' }).click()
    await editor.openTab('Layanan')
    await editor.screenshot('layanan-1920')
  })

  it('raised no script errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
