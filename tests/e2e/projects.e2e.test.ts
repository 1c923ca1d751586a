// @vitest-environment node
/**
 * The project list in a real Chromium, through the real server and the production build that
 * `npm start` serves: the first start opens the example, projects are created, renamed,
 * duplicated, deleted and downloaded, and survive a reload. Screenshots at 1366x768 go to
 * test-results/projects-*.png for a person to look at.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseProjectText } from '../../src/model/file/loadProject.ts'
import { REPO_ROOT } from '../../scripts/start.ts'
import type { RunningServer } from '../../server/staticServer.ts'
import { SCREENSHOTS, startE2e } from './e2eSession.ts'

const EXAMPLE = join(REPO_ROOT, 'examples', 'kabupaten-contoh.cetakbiru.json')

const NEW_NAME = 'Arsitektur SPBE Kota Contoh'
const RENAMED = 'Arsitektur dan Peta Rencana SPBE Kota Contoh 2026-2030'

let exampleName: string
let exampleElements: number
let server: RunningServer
let browser: Browser
let context: BrowserContext
let page: Page
const pageErrors: string[] = []

const rows = () => page.locator('tr[data-project]')
const row = (name: string) => rows().filter({ has: page.locator('.project-cell__name', { hasText: new RegExp(`^${escape(name)}$`) }) })
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `projects-${name}.png`) })

async function listNames(): Promise<string[]> {
  await page.locator('tr[data-project]').first().waitFor()
  return page.locator('tr[data-project] .project-cell__name').allTextContents()
}

async function newPage(ctx: BrowserContext): Promise<Page> {
  const p = await ctx.newPage()
  p.on('pageerror', (e) => pageErrors.push(e.message))
  p.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`${m.text()} (${m.location().url})`)
  })
  p.on('response', (r) => {
    if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()}`)
  })
  return p
}

beforeAll(async () => {
  const example = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { project: { name: string }; elements: unknown[] }
  exampleName = example.project.name
  exampleElements = example.elements.length
  ;({ server, browser } = await startE2e())
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1, acceptDownloads: true })
  page = await newPage(context)
}, 240_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.close()
})

describe('project list in Chromium', { timeout: 60_000 }, () => {
  it('opens the example project on the first visit', async () => {
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1, name: exampleName }).waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).hash).toBe('#/p/kabupaten-sukamaju')
    expect(await page.locator('.save-state').textContent()).toContain('Tersimpan otomatis di peramban ini')
    await shot('example-opened')
  })

  it('goes back to the list, which shows the example with its figures', async () => {
    await page.getByRole('link', { name: 'Semua proyek' }).click()
    await page.getByRole('heading', { level: 1, name: 'Proyek' }).waitFor()
    expect(await listNames()).toEqual([exampleName])
    expect(await row(exampleName).locator('[data-count="elements"]').textContent()).toBe(String(exampleElements))
    expect(await row(exampleName).locator('.project-cell__organization').textContent()).toBe('Pemerintah Kabupaten Sukamaju')
    expect(await row(exampleName).locator('time').textContent()).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}\.\d{2}$/)
    expect(await page.title()).toBe('Proyek · Cetakbiru')
    await shot('list')
  })

  it('creates an empty project from the form and opens it', async () => {
    await page.getByRole('button', { name: 'Proyek baru' }).click()
    const form = page.locator('form.empty-project-form')
    await form.waitFor()
    await form.getByLabel('Nama proyek').fill(NEW_NAME)
    await form.getByLabel('Nama instansi').fill('Pemerintah Kota Contoh')
    await form.getByLabel('Jenis instansi').selectOption('kota')
    await form.getByLabel('Tahun awal RPJMD').fill('2026')
    await page.getByText('Periode RPJMD 2026–2030').waitFor()
    await shot('new')
    await form.getByRole('button', { name: 'Buat proyek' }).click()
    await page.getByRole('heading', { level: 1, name: NEW_NAME }).waitFor()
    expect(await page.getByTestId('plan-period').textContent()).toBe('RPJMD 2026-2030')
    await page.getByRole('heading', { name: 'Proyek ini belum berisi elemen arsitektur' }).waitFor()
    await shot('empty-project')
    await page.getByRole('link', { name: 'Semua proyek' }).click()
    expect(await listNames()).toEqual([NEW_NAME, exampleName])
  })

  it('renames it in its row', async () => {
    await row(NEW_NAME).getByRole('button', { name: `Ganti nama: ${NEW_NAME}` }).click()
    const input = page.getByLabel(`Nama baru untuk proyek ${NEW_NAME}`)
    await input.fill(RENAMED)
    await shot('rename')
    await input.press('Enter')
    await row(RENAMED).waitFor()
    await page.getByRole('status').filter({ hasText: `Nama proyek diganti menjadi “${RENAMED}”.` }).waitFor()
    expect(await listNames()).toEqual([RENAMED, exampleName])
  })

  it('finds both projects again after a reload', async () => {
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Proyek' }).waitFor()
    expect(await listNames()).toEqual([RENAMED, exampleName])
    expect(await row(RENAMED).locator('[data-count="elements"]').textContent()).toBe('0')
  })

  it('duplicates the example', async () => {
    await row(exampleName).getByRole('button', { name: 'Duplikat', exact: false }).click()
    const copy = `${exampleName} (salinan)`
    await row(copy).waitFor()
    expect(await listNames()).toEqual([copy, RENAMED, exampleName])
    expect(await row(copy).locator('[data-count="elements"]').textContent()).toBe(String(exampleElements))
  })

  it('deletes the copy only after confirming, in a dialog that names it', async () => {
    const copy = `${exampleName} (salinan)`
    await row(copy).getByRole('button', { name: `Hapus: ${copy}` }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await dialog.getByRole('heading').textContent()).toBe(`Hapus proyek “${copy}”?`)
    await shot('delete')
    await dialog.getByRole('button', { name: 'Batal' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await listNames()).toHaveLength(3)

    await row(copy).getByRole('button', { name: `Hapus: ${copy}` }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus proyek' }).click()
    await row(copy).waitFor({ state: 'detached' })
    expect(await listNames()).toEqual([RENAMED, exampleName])
    await page.getByRole('status').filter({ hasText: 'dihapus dari peramban ini' }).waitFor()
    await shot('deleted')
  })

  it('downloads project files that the file format accepts', async () => {
    for (const [name, elements] of [[RENAMED, 0], [exampleName, exampleElements]] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), row(name).getByRole('button', { name: `Unduh: ${name}` }).click()])
      expect(download.suggestedFilename()).toMatch(/^[a-z0-9-]+\.cetakbiru\.json$/)
      const path = join(SCREENSHOTS, `projects-download-${download.suggestedFilename()}`)
      await download.saveAs(path)
      const parsed = parseProjectText(await readFile(path, 'utf8'))
      expect(parsed.ok, name).toBe(true)
      if (!parsed.ok) continue
      expect(parsed.data.project.name).toBe(name)
      expect(parsed.data.elements).toHaveLength(elements)
    }
    expect(await page.getByRole('status').textContent()).toContain('.cetakbiru.json diunduh')
  })

  it('refuses a broken file with the paths of its problems, and creates nothing', async () => {
    await page.getByRole('button', { name: 'Proyek baru' }).click()
    const broken = JSON.parse(await readFile(EXAMPLE, 'utf8')) as { project: Record<string, unknown>; elements: { kind: string }[] }
    delete broken.project.organization
    broken.elements[3]!.kind = 'tidak-dikenal'
    await page.getByTestId('import-file').setInputFiles({ name: 'rusak.cetakbiru.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
    const alert = page.locator('.import-errors')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Berkas rusak.cetakbiru.json tidak dapat diimpor')
    const paths = await alert.locator('tbody td:first-child').allTextContents()
    expect(paths).toContain('project')
    expect(paths.some((p) => p.startsWith('elements[3]'))).toBe(true)
    await shot('import-error')
    expect(await listNames()).toEqual([RENAMED, exampleName])
  })

  it('reads in English too', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Projects' }).waitFor()
    await rows().first().waitFor()
    await shot('list-en')
    await page.getByRole('button', { name: 'ID', exact: true }).click()
  })

  it('explains an empty list, and does not bring the example back once it was deleted', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 })
    const other = await newPage(fresh)
    try {
      await other.goto(server.url)
      await other.getByRole('heading', { level: 1, name: exampleName }).waitFor({ timeout: 30_000 })
      await other.getByRole('link', { name: 'Semua proyek' }).click()
      await other.getByRole('button', { name: `Hapus: ${exampleName}` }).click()
      await other.getByRole('dialog').getByRole('button', { name: 'Hapus proyek' }).click()
      await other.getByRole('heading', { name: 'Belum ada proyek di peramban ini' }).waitFor()
      await other.reload()
      await other.getByRole('heading', { name: 'Belum ada proyek di peramban ini' }).waitFor()
      expect(await other.locator('tr[data-project]').count()).toBe(0)
      expect(await other.getByRole('button', { name: 'Buat dari contoh' }).isVisible()).toBe(true)
      await other.screenshot({ path: join(SCREENSHOTS, 'projects-none.png') })

      // The example is one click away.
      await other.getByRole('button', { name: 'Buat dari contoh' }).click()
      await other.getByRole('heading', { level: 1, name: exampleName }).waitFor()
    } finally {
      await fresh.close()
    }
  })

  it('raised no script errors in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
