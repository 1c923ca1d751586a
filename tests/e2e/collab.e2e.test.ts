// @vitest-environment node
/**
 * Co-editing in Chromium through the real server (API, sync endpoint, SQLite in a temp DATA_DIR):
 * the owner signs in through the printed link, invites an editor, both see each other's new
 * elements, cursors and selections; one goes offline, both edit, it comes back and everyone
 * converges (also a fresh third browser and the server's stored state); a viewer cannot edit.
 * Screenshots: test-results/collab-*.png.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAppIfStale, REPO_ROOT } from '../../scripts/start.ts'
import { startAppServer, type RunningAppServer } from '../../server/appServer.ts'
import { signToken } from '../../server/auth/tokens.ts'
import { ensureOwner, signInLink } from '../../server/firstStart.ts'
import { defaultDirs } from '../../server/staticServer.ts'
import { roots } from '../../src/model/ydoc/docSchema.ts'
import { storedDoc } from '../server/syncHarness.ts'
import { CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS } from './e2eSession.ts'

let server: RunningAppServer
let browser: Browser
let dataDir: string
let link: string
let projectId: string
const contexts: BrowserContext[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  await buildAppIfStale({ log: () => {} })
  dataDir = await mkdtemp(join(tmpdir(), 'cetakbiru-collab-e2e-'))
  server = await startAppServer({ port: 0, host: '127.0.0.1', dataDir, ...defaultDirs(REPO_ROOT), log: () => {} })
  const start = await ensureOwner(server.storage, defaultDirs(REPO_ROOT).examplesDir, () => {})
  projectId = start.importedExample!
  // Exactly what `npm start` prints on the first start.
  link = await signInLink(server.url, server.secret, start.owner)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, permissions: ['clipboard-read', 'clipboard-write'] })
  contexts.push(context)
  const page = await context.newPage()
  page.on('pageerror', (e) => pageErrors.push(e.message))
  return page
}

/** The Diagram section on the Aplikasi view. */
async function openAplikasi(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Diagram', exact: true }).click()
  await page.getByRole('tab', { name: 'Aplikasi', exact: true }).click()
  await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 })
}

const nodeNames = async (page: Page): Promise<string[]> => (await page.locator('.react-flow__node .element-node__name').allTextContents()).sort()

/** Adds an application from the palette and names it through the properties panel. */
async function addNamed(page: Page, name: string): Promise<void> {
  await page.locator('.palette-item[data-kind="aplikasi-khusus"]').click()
  const field = page.getByRole('textbox', { name: /^Nama\b/ }).first()
  await expect.poll(() => field.inputValue()).toMatch(/baru/)
  await field.fill(name)
  await field.press('Tab')
  await expect.poll(() => nodeNames(page)).toContain(name)
}

const connection = (page: Page) => page.locator('.collab-connection')

async function storedNames(): Promise<string[]> {
  const doc = await storedDoc(server, projectId)
  return [...roots(doc).elements.values()].map((e) => String((e as { get(k: string): unknown }).get('name'))).sort()
}

describe('co-editing a server project in Chromium', { timeout: 120_000 }, () => {
  let owner: Page
  let editor: Page

  it('signs in through the printed link, which leaves the address bar at once', async () => {
    owner = await newPage()
    await owner.goto(link)
    await owner.getByRole('heading', { name: 'Di server' }).waitFor({ timeout: 30_000 })
    expect(owner.url()).not.toContain('token=')
    // replaceState left no history entry with the token: one step back is the blank tab it opened in.
    await owner.goBack()
    expect(owner.url()).toBe('about:blank')
    await owner.goForward()
    expect(owner.url()).not.toContain('token=')
    await owner.getByRole('heading', { name: 'Di server' }).waitFor({ timeout: 30_000 })
    await owner.locator(`tr[data-server-project="${projectId}"]`).waitFor()
    await expect.poll(() => owner.locator(`tr[data-server-project="${projectId}"] td[data-role]`).textContent()).toBe('Pemilik')
    await owner.screenshot({ path: join(SCREENSHOTS, 'collab-list.png') })
    await owner.locator(`tr[data-server-project="${projectId}"] a.project-cell__name`).click()
    await expect.poll(() => connection(owner).getAttribute('data-phase'), { timeout: 30_000 }).toBe('connected')
  })

  it('invites an editor through "Undang peserta"; the invite link opens the project for them', async () => {
    await owner.getByRole('button', { name: 'Undang peserta' }).click()
    const dialog = owner.getByRole('dialog', { name: 'Undang peserta' })
    await dialog.getByLabel('Peran').selectOption('editor')
    await dialog.getByRole('button', { name: 'Buat tautan' }).click()
    const linkInput = dialog.getByLabel('Tautan undangan')
    await expect.poll(() => linkInput.inputValue()).toMatch(/#undangan=/)
    const invite = await linkInput.inputValue()
    await expect.poll(() => dialog.locator('tr[data-invite]').count()).toBe(1)
    await owner.screenshot({ path: join(SCREENSHOTS, 'collab-invite.png') })
    await dialog.getByRole('button', { name: 'Tutup' }).click()

    editor = await newPage()
    await editor.goto(invite)
    await editor.getByLabel('Nama Anda').fill('Budi Bappeda')
    await editor.getByRole('button', { name: 'Gabung' }).click()
    await expect.poll(() => connection(editor).getAttribute('data-phase'), { timeout: 30_000 }).toBe('connected')
    expect(editor.url()).toContain(`#/s/${projectId}`)
  })

  it('shows each the other\'s new element, cursor and selection', async () => {
    await openAplikasi(owner)
    await openAplikasi(editor)
    // Presence: both in the bar, with initials.
    await expect.poll(() => owner.locator('.collab-presence__peer').count()).toBe(2)
    await expect.poll(() => editor.locator('.collab-avatar').allTextContents()).toEqual(expect.arrayContaining(['BB', 'PE']))

    await addNamed(owner, 'Aplikasi dari Pemilik')
    await expect.poll(() => nodeNames(editor), { timeout: 10_000 }).toContain('Aplikasi dari Pemilik')
    await addNamed(editor, 'Aplikasi dari Budi')
    await expect.poll(() => nodeNames(owner), { timeout: 10_000 }).toContain('Aplikasi dari Budi')

    // The owner's cursor and selection appear on the editor's canvas, in the owner's colour.
    const pane = owner.locator('.react-flow__pane')
    const box = (await pane.boundingBox())!
    await owner.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4)
    await owner.mouse.move(box.x + box.width * 0.32, box.y + box.height * 0.42)
    await editor.locator('.peer-cursor[data-peer="Pemilik"]').waitFor({ timeout: 10_000 })
    const selected = 'apl-dapodik'
    await owner.locator(`.react-flow__node[data-id="${selected}"]`).click()
    await editor.locator(`.peer-selection[data-node="${selected}"][data-peer="Pemilik"]`).waitFor({ timeout: 10_000 })
    await owner.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.3)
    await editor.screenshot({ path: join(SCREENSHOTS, 'collab-presence.png') })

    // "Ikuti": the editor follows the owner's viewport (the facilitator zooms in, the room follows).
    const zoom = async (page: Page): Promise<number> => Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1])
    await editor.getByRole('button', { name: 'Ikuti tampilan Pemilik' }).click()
    const startZoom = await zoom(editor)
    await owner.locator('.react-flow__controls-zoomin').click()
    await owner.locator('.react-flow__controls-zoomin').click()
    await expect.poll(() => zoom(owner)).toBeGreaterThan(startZoom * 1.3)
    // Both at the owner's new zoom: the editor moved because it follows, not because the two started alike.
    await expect.poll(async () => Math.abs((await zoom(editor)) - (await zoom(owner))), { timeout: 10_000 }).toBeLessThan(0.001)
    expect(await zoom(editor)).toBeGreaterThan(startZoom * 1.3)
    await editor.getByRole('button', { name: 'Berhenti mengikuti Pemilik' }).click()
  })

  it('keeps working offline and converges when the connection is back', async () => {
    const editorContext = contexts[1]!
    await editorContext.setOffline(true)
    await expect.poll(() => connection(editor).getAttribute('data-phase'), { timeout: 10_000 }).toBe('offline')
    await addNamed(editor, 'Offline Budi')
    await addNamed(owner, 'Online Pemilik')
    await expect.poll(() => connection(editor).getAttribute('data-pending')).not.toBe('0')
    expect(await nodeNames(owner)).not.toContain('Offline Budi')
    expect(await nodeNames(editor)).not.toContain('Online Pemilik')
    await editor.screenshot({ path: join(SCREENSHOTS, 'collab-offline.png') })

    await editorContext.setOffline(false)
    await expect.poll(() => connection(editor).getAttribute('data-phase'), { timeout: 30_000 }).toBe('connected')
    expect(await connection(editor).getAttribute('data-pending')).toBe('0')
    await expect.poll(() => nodeNames(owner), { timeout: 10_000 }).toContain('Offline Budi')
    await expect.poll(() => nodeNames(editor), { timeout: 10_000 }).toContain('Online Pemilik')
    const inOwner = await nodeNames(owner)
    expect(await nodeNames(editor)).toEqual(inOwner)

    // A fresh browser signed in through the same link sees the same.
    const third = await newPage()
    await third.goto(link)
    await third.getByRole('heading', { name: 'Di server' }).waitFor({ timeout: 30_000 })
    await third.goto(`${server.url}/#/s/${projectId}`)
    await expect.poll(() => connection(third).getAttribute('data-phase'), { timeout: 30_000 }).toBe('connected')
    await openAplikasi(third)
    await expect.poll(() => nodeNames(third), { timeout: 10_000 }).toEqual(inOwner)
    const stored = await storedNames()
    for (const name of ['Aplikasi dari Pemilik', 'Aplikasi dari Budi', 'Offline Budi', 'Online Pemilik']) expect(stored).toContain(name)
  })

  it('gives a viewer a read-only workspace, and their attempts change nothing on the server', async () => {
    const before = await storedNames()
    const viewerToken = await signToken(server.secret, { sub: 'u-viewer', prj: projectId, role: 'viewer', name: 'Asesor' }, 3600)
    const viewer = await newPage()
    await viewer.goto(`${server.url}/#token=${viewerToken}`)
    await expect.poll(() => viewer.url()).toContain(`#/s/${projectId}`)
    await viewer.getByTestId('read-only-banner').waitFor({ timeout: 30_000 })
    await openAplikasi(viewer)
    const item = viewer.locator('.palette-item[data-kind="aplikasi-khusus"]')
    expect(await item.isDisabled()).toBe(true)
    expect(await nodeNames(viewer)).toContain('Online Pemilik')
    const node = viewer.locator('.react-flow__node[data-id="apl-dapodik"]')
    const position = async (): Promise<string | undefined> => /transform:[^;]+/.exec((await node.getAttribute('style')) ?? '')?.[0]
    const positionBefore = await position()
    await node.click()
    // The properties panel shows the element, but every control in it is disabled.
    await expect.poll(() => viewer.locator('.props__fieldset').getAttribute('disabled')).not.toBeNull()
    expect(await viewer.getByRole('textbox', { name: /^Nama\b/ }).first().isDisabled()).toBe(true)
    // Dragging a node moves nothing, and Delete deletes nothing.
    const b = (await node.boundingBox())!
    await viewer.mouse.move(b.x + b.width / 2, b.y + b.height / 2)
    await viewer.mouse.down()
    await viewer.mouse.move(b.x + b.width / 2 + 120, b.y + b.height / 2 + 80, { steps: 5 })
    await viewer.mouse.up()
    await viewer.keyboard.press('Delete')
    await viewer.waitForTimeout(500)
    expect(await nodeNames(viewer)).toContain('Dapodik')
    expect(await position()).toBe(positionBefore)
    await viewer.screenshot({ path: join(SCREENSHOTS, 'collab-viewer.png') })
    expect(await storedNames()).toEqual(before)
    expect(pageErrors).toEqual([])
  })

  it('saves a named version, compares it with now, restores it as a change everyone gets, and opens it read-only', async () => {
    await owner.getByRole('button', { name: 'Versi', exact: true }).click()
    let dialog = owner.getByRole('dialog', { name: 'Riwayat versi' })
    await dialog.getByLabel('Nama versi').fill('Draf setelah lokakarya 1')
    await dialog.getByRole('button', { name: 'Simpan versi' }).click()
    await dialog.locator('tr[data-version="Draf setelah lokakarya 1"]').waitFor()
    await dialog.getByRole('button', { name: 'Tutup' }).last().click()

    await addNamed(owner, 'Sementara')
    await expect.poll(() => nodeNames(editor), { timeout: 10_000 }).toContain('Sementara')
    await owner.getByRole('button', { name: 'Versi', exact: true }).click()
    dialog = owner.getByRole('dialog', { name: 'Riwayat versi' })
    const row = dialog.locator('tr[data-version="Draf setelah lokakarya 1"]')
    await row.getByRole('button', { name: 'Bandingkan' }).click()
    await expect.poll(() => dialog.locator('.collab-versions__compare').textContent()).toContain('1 elemen baru, 0 berubah, 0 dihapus')
    // The target by default: workshops edit the target.
    expect(await dialog.locator('.collab-versions__compare').getAttribute('data-state')).toBe('target')
    expect(await dialog.locator('li[data-change="added"] .version-compare__name').allTextContents()).toEqual(['Sementara'])
    await owner.screenshot({ path: join(SCREENSHOTS, 'collab-versions.png') })
    await row.getByRole('button', { name: 'Pulihkan' }).click()
    await dialog.getByRole('alertdialog').getByRole('button', { name: 'Pulihkan' }).click()
    await expect.poll(() => nodeNames(owner), { timeout: 10_000 }).not.toContain('Sementara')
    await expect.poll(() => nodeNames(editor), { timeout: 10_000 }).not.toContain('Sementara')
    await expect.poll(() => connection(owner).getAttribute('data-pending'), { timeout: 10_000 }).toBe('0')
    expect(await storedNames()).not.toContain('Sementara')
    expect(await storedNames()).toContain('Offline Budi')

    // Opened read-only: the version's content, a banner, and a palette that adds nothing.
    await owner.getByRole('button', { name: 'Versi', exact: true }).click()
    dialog = owner.getByRole('dialog', { name: 'Riwayat versi' })
    await dialog.locator('tr[data-version="Draf setelah lokakarya 1"]').getByRole('button', { name: 'Buka' }).click()
    await owner.locator('[data-version="Draf setelah lokakarya 1"]').waitFor()
    await openAplikasi(owner)
    expect(await owner.locator('.palette-item[data-kind="aplikasi-khusus"]').isDisabled()).toBe(true)
    await owner.screenshot({ path: join(SCREENSHOTS, 'collab-version-open.png') })
    await owner.getByRole('button', { name: 'Kembali ke proyek' }).click()
    await openAplikasi(owner)
    await expect.poll(() => owner.locator('.palette-item[data-kind="aplikasi-khusus"]').isDisabled()).toBe(false)
    expect(pageErrors).toEqual([])
  })

  it('compares two versions with an edit between them, in the state chosen, and a version with now', async () => {
    const saveVersion = async (name: string): Promise<void> => {
      await owner.getByRole('button', { name: 'Versi', exact: true }).click()
      const d = owner.getByRole('dialog', { name: 'Riwayat versi' })
      await d.getByLabel('Nama versi').fill(name)
      await d.getByRole('button', { name: 'Simpan versi' }).click()
      await d.locator(`tr[data-version="${name}"]`).waitFor()
      await d.getByRole('button', { name: 'Tutup' }).last().click()
    }
    await saveVersion('Lokakarya 2 pagi')
    // Between the two versions: a new application, and a rename through the properties panel.
    await addNamed(owner, 'Portal Perizinan')
    await owner.locator('.react-flow__node[data-id="apl-dapodik"]').click()
    const nameField = owner.getByRole('textbox', { name: /^Nama\b/ }).first()
    await expect.poll(() => nameField.inputValue()).toBe('Dapodik')
    await nameField.fill('Dapodik Terpadu')
    await nameField.press('Tab')
    await expect.poll(() => nodeNames(owner)).toContain('Dapodik Terpadu')
    await saveVersion('Lokakarya 2 sore')
    // After the second version: not part of the comparison between the two.
    await addNamed(owner, 'Sesudah Lokakarya')

    await owner.getByRole('button', { name: 'Versi', exact: true }).click()
    const dialog = owner.getByRole('dialog', { name: 'Riwayat versi' })
    await dialog.locator('tr[data-version="Lokakarya 2 sore"]').waitFor()
    // Picked the wrong way round on purpose: the comparison is in time order all the same.
    await dialog.getByLabel('Dari', { exact: true }).selectOption({ label: 'Lokakarya 2 sore' })
    await dialog.getByLabel('Ke', { exact: true }).selectOption({ label: 'Lokakarya 2 pagi' })
    expect(await dialog.getByLabel('Kondisi', { exact: true }).inputValue()).toBe('target')
    await dialog.getByRole('button', { name: 'Tampilkan perbedaan' }).click()
    const result = dialog.locator('.collab-versions__compare')
    await expect.poll(() => result.locator('h4').textContent()).toBe('Perbedaan dari “Lokakarya 2 pagi” ke “Lokakarya 2 sore”, Kondisi Target')
    expect(await result.textContent()).toContain('1 elemen baru, 1 berubah, 0 dihapus')
    expect(await result.locator('li[data-change="added"] .version-compare__name').allTextContents()).toEqual(['Portal Perizinan'])
    const renamed = result.locator('li[data-change="changed"][data-id="apl-dapodik"]')
    expect(await renamed.locator('.version-compare__name').textContent()).toBe('Dapodik Terpadu')
    expect(await renamed.locator('[data-field="name"] del').textContent()).toBe('Dapodik')
    expect(await renamed.locator('[data-field="name"] ins').textContent()).toBe('Dapodik Terpadu')
    expect(await result.locator('[data-domain="aplikasi"] h5').textContent()).toContain('1 baru, 1 berubah, 0 dihapus')
    await owner.screenshot({ path: join(SCREENSHOTS, 'collab-versions-compare.png') })

    // The as-is state: the same two versions, seen there.
    await dialog.getByLabel('Kondisi', { exact: true }).selectOption({ label: 'Kondisi Saat Ini' })
    await expect.poll(() => result.locator('h4').textContent()).toContain('Kondisi Saat Ini')
    // The earlier version against now: the edit made after the second version shows too.
    await dialog.getByLabel('Dari', { exact: true }).selectOption({ label: 'Lokakarya 2 pagi' })
    await dialog.getByLabel('Ke', { exact: true }).selectOption({ label: 'Keadaan sekarang' })
    await dialog.getByLabel('Kondisi', { exact: true }).selectOption({ label: 'Kondisi Target' })
    await expect.poll(() => result.locator('h4').textContent()).toBe('Perbedaan dari “Lokakarya 2 pagi” ke “Keadaan sekarang”, Kondisi Target')
    await expect.poll(async () => (await result.locator('li[data-change="added"] .version-compare__name').allTextContents()).sort()).toEqual(['Portal Perizinan', 'Sesudah Lokakarya'])
    await dialog.getByRole('button', { name: 'Tutup' }).last().click()
    expect(pageErrors).toEqual([])
  })
})
