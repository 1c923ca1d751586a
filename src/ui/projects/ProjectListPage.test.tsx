// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serializeProject } from '../../model/file/serialize.ts'
import { seedExampleOnFirstStart } from '../../sync/firstStart.ts'
import { listProjects } from '../../sync/localProjects.ts'
import { deleteProjectDatabase, projectDatabase } from '../../sync/projectDatabase.ts'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { ProjectListPage } from './ProjectListPage.tsx'

/**
 * The project list against a real (in-memory) IndexedDB. Chromium runs the same page through
 * the real server in tests/e2e/projects.e2e.test.ts.
 *
 * IndexedDB answers arrive on their own schedule, outside any act() scope, so these tests let
 * React render as in a browser and wait for what a person would see (`until`).
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = false

let container: HTMLElement
let root: Root

const text = (): string => container.textContent ?? ''
const rows = (): HTMLElement[] => [...container.querySelectorAll<HTMLElement>('tbody tr[data-project]')]
const rowNamed = (name: string): HTMLElement | undefined => rows().find((r) => r.querySelector('.project-cell__name')?.textContent === name)
const button = (scope: ParentNode, label: string | RegExp): HTMLButtonElement => {
  const found = [...scope.querySelectorAll('button')].find((b) => (typeof label === 'string' ? b.textContent?.trim() === label : label.test(b.textContent ?? '')))
  if (!found) throw new Error(`no button ${String(label)}`)
  return found
}

async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(() => {
    if (!check()) throw new Error('not yet')
  }, { timeout: 3000, interval: 5 })
}

/** Lets React handle what the last event scheduled. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

async function step(fn: () => unknown): Promise<void> {
  await fn()
  await settle()
}

async function render(): Promise<void> {
  await step(() => root.render(<ProjectListPage />))
}

/** Types into a React-controlled input the way the browser does. */
function type(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!
  setter.call(input, value)
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

/** A store as a person has it after the first start: the example (here the small project) in it. */
async function seeded(): Promise<void> {
  await seedExampleOnFirstStart(async () => serializeProject(smallProject()))
}

beforeEach(async () => {
  await deleteProjectDatabase()
  localStorage.clear()
  localeStore.setState({ locale: 'id' })
  window.location.hash = '#/'
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(async () => {
  await step(() => root.unmount())
  container.remove()
  vi.unstubAllGlobals()
  await deleteProjectDatabase()
})

describe('ProjectListPage', () => {
  it('imports the example on the very first start and opens it', async () => {
    const fetchExample = vi.fn(async () => new Response(serializeProject(smallProject())))
    vi.stubGlobal('fetch', fetchExample)
    await render()
    await until(() => window.location.hash === '#/p/p-kecil')
    expect(fetchExample).toHaveBeenCalledWith('/examples/kabupaten-contoh.cetakbiru.json', expect.anything())
    expect((await listProjects()).map((p) => p.name)).toEqual(['Proyek Kecil'])
  })

  it('shows the stored projects with organisation, element count and last change', async () => {
    await seeded()
    await render()
    await until(() => rows().length === 1)
    const row = rowNamed('Proyek Kecil')!
    expect(row.querySelector('.project-cell__organization')?.textContent).toBe('Pemerintah Kabupaten Uji')
    expect(row.querySelector('[data-count="elements"]')?.textContent).toBe('7')
    expect(row.querySelector('time')?.textContent).toMatch(/\d{4}, \d{2}\.\d{2}$/)
    expect(row.querySelector('a.project-cell__name')?.getAttribute('href')).toBe('#/p/p-kecil')
    expect(document.title).toBe('Proyek · Cetakbiru')
  })

  it('creates an empty project from the form; it appears in the list and opens', async () => {
    await seeded()
    await render()
    await until(() => rows().length === 1)
    await step(async () => button(container, /Proyek baru/).click())
    const form = container.querySelector<HTMLFormElement>('form.empty-project-form')!

    // Nothing filled in: each missing field says so, nothing is created.
    await step(async () => button(form, 'Buat proyek').click())
    expect(form.querySelectorAll('.field__error')).toHaveLength(2)
    expect(await listProjects()).toHaveLength(1)

    const input = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!
    await step(async () => {
      type(input('name'), 'Arsitektur SPBE Kota Uji')
      type(input('organization'), 'Pemerintah Kota Uji')
      type(input('planStartYear'), '2026')
    })
    expect(text()).toContain('Periode RPJMD 2026–2030')
    await step(async () => button(form, 'Buat proyek').click())
    await until(() => rowNamed('Arsitektur SPBE Kota Uji') !== undefined)
    const created = (await listProjects()).find((p) => p.name === 'Arsitektur SPBE Kota Uji')!
    expect(created).toMatchObject({ organization: 'Pemerintah Kota Uji', elementCount: 0 })
    expect(window.location.hash).toBe(`#/p/${created.id}`)
    // Newest first.
    expect(rows()[0]).toBe(rowNamed('Arsitektur SPBE Kota Uji'))
  })

  it('asks before deleting, naming the project; cancel keeps it, confirm deletes it', async () => {
    await seeded()
    await render()
    await until(() => rows().length === 1)
    await step(async () => button(rowNamed('Proyek Kecil')!, 'Hapus').click())
    const dialog = container.ownerDocument.querySelector<HTMLDialogElement>('dialog.dialog')!
    expect(dialog.open).toBe(true)
    expect(dialog.querySelector('h2')?.textContent).toBe('Hapus proyek “Proyek Kecil”?')
    expect(dialog.textContent).toContain('7 elemen')

    await step(async () => button(dialog, 'Batal').click())
    expect(container.querySelector('dialog')).toBeNull()
    expect(await listProjects()).toHaveLength(1)

    await step(async () => button(rowNamed('Proyek Kecil')!, 'Hapus').click())
    await step(async () => button(container.querySelector('dialog')!, 'Hapus proyek').click())
    await until(() => rows().length === 0)
    expect(await listProjects()).toEqual([])
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Proyek “Proyek Kecil” dihapus dari peramban ini.')
    // No projects left: the page explains what to do, and the example does not come back by itself.
    expect(text()).toContain('Belum ada proyek di peramban ini')
    expect(container.querySelector('form.empty-project-form')).not.toBeNull()
  })

  it('shows why a file cannot be imported, with the paths, and creates nothing', async () => {
    await seeded()
    await render()
    await until(() => rows().length === 1)
    await step(async () => button(container, /Proyek baru/).click())
    const broken = JSON.parse(serializeProject(smallProject())) as { project: Record<string, unknown>; elements: { attrs: Record<string, unknown> }[] }
    delete broken.project.name
    broken.elements[0]!.attrs.level = 42
    const file = new File([JSON.stringify(broken)], 'rusak.cetakbiru.json', { type: 'application/json' })
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!
    Object.defineProperty(input, 'files', { value: [file], configurable: true })
    await step(async () => input.dispatchEvent(new Event('change', { bubbles: true })))
    await until(() => container.querySelector('.import-errors') !== null)

    const alert = container.querySelector('.import-errors')!
    expect(alert.getAttribute('role')).toBe('alert')
    expect(alert.textContent).toContain('Berkas rusak.cetakbiru.json tidak dapat diimpor')
    expect(alert.textContent).toContain('Isi berkas tidak sesuai format proyek Cetakbiru.')
    expect(alert.textContent).toContain('Tidak ada proyek yang dibuat.')
    const paths = [...alert.querySelectorAll('tbody td:first-child')].map((td) => td.textContent)
    expect(paths).toContain('project')
    expect(paths.some((p) => p?.startsWith('elements[0]'))).toBe(true)
    expect(await listProjects()).toHaveLength(1)
    expect(await projectDatabase().updates.count()).toBe(1)
    expect(window.location.hash).toBe('#/')
  })

  it('renames a project in its row', async () => {
    await seeded()
    await render()
    await until(() => rows().length === 1)
    await step(async () => button(rowNamed('Proyek Kecil')!, 'Ganti nama').click())
    const input = container.querySelector<HTMLInputElement>('.rename-form input')!
    expect(document.activeElement).toBe(input)
    await step(async () => type(input, 'Proyek Kecil 2026'))
    await step(async () => button(container.querySelector('.rename-form')!, 'Simpan').click())
    await until(() => rowNamed('Proyek Kecil 2026') !== undefined)
    expect(container.querySelector('.rename-form')).toBeNull()
    expect((await listProjects())[0]!.name).toBe('Proyek Kecil 2026')
  })

  it('duplicates a project under a name that says it is a copy', async () => {
    await seeded()
    await render()
    await until(() => rows().length === 1)
    await step(async () => button(rowNamed('Proyek Kecil')!, 'Duplikat').click())
    await until(() => rows().length === 2)
    expect(rowNamed('Proyek Kecil (salinan)')?.querySelector('[data-count="elements"]')?.textContent).toBe('7')
    expect(text()).toContain('Salinan dibuat: “Proyek Kecil (salinan)”.')
  })

  it('follows the language switch', async () => {
    await seeded()
    await render()
    await until(() => rows().length === 1)
    await step(async () => localeStore.getState().setLocale('en'))
    expect(container.querySelector('h1')?.textContent).toBe('Projects')
    expect(button(rowNamed('Proyek Kecil')!, 'Duplicate')).toBeDefined()
    expect(rowNamed('Proyek Kecil')!.querySelector('time')?.textContent).toMatch(/\d{4}, \d{2}:\d{2}$/)
  })
})
