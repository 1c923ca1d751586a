// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createElement } from '../../model/commands/elementCommands.ts'
import { serializeProject } from '../../model/file/serialize.ts'
import { localOrigin } from '../../model/origin.ts'
import { createProject, exportProjectText } from '../../sync/localProjects.ts'
import * as localProjects from '../../sync/localProjects.ts'
import { deleteProjectDatabase } from '../../sync/projectDatabase.ts'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { App } from '../App.tsx'
import { localeStore } from '../i18n/locale.ts'

/** The routes of the app: `#/p/<id>` opens a stored project, and leaving it keeps every change. */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
// IndexedDB answers outside any act() scope: render as a browser does, wait for the result.
globalThis.IS_REACT_ACT_ENVIRONMENT = false

const realOpen = localProjects.openLocalProject

/** Opens through the real store, with batch windows longer than the test: only closing or flushing writes. */
function openWithLongBatches(): { readonly project: () => localProjects.LocalProject | undefined } {
  let opened: localProjects.LocalProject | undefined
  vi.spyOn(localProjects, 'openLocalProject').mockImplementation(async (projectId, options) => {
    opened = await realOpen(projectId, { ...options, batchMs: 60_000, indexDelayMs: 60_000 })
    return opened
  })
  return { project: () => opened }
}

let container: HTMLElement
let root: Root
const text = (): string => container.textContent ?? ''
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(() => {
    if (!check()) throw new Error('not yet')
  }, { timeout: 3000, interval: 5 })
}

async function go(hash: string): Promise<void> {
  window.location.hash = hash
  await settle()
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
  root.unmount()
  await settle()
  container.remove()
  vi.restoreAllMocks()
  await deleteProjectDatabase()
})

describe('project route', () => {
  it('opens a stored project with a way back to the list', async () => {
    const id = await createProject(smallProject())
    await go(`#/p/${id}`)
    root.render(<App />)
    await until(() => container.querySelector('h1')?.textContent === 'Proyek Kecil')
    expect(container.querySelectorAll('[data-domain]')).toHaveLength(6)
    expect(text()).toContain('Tersimpan otomatis di peramban ini')
    const back = [...container.querySelectorAll('a')].find((a) => a.textContent?.includes('Semua proyek'))!
    expect(back.getAttribute('href')).toBe('#/')
    await go('#/')
    await until(() => container.querySelector('tr[data-project]') !== null)
    expect(container.querySelector('h1')?.textContent).toBe('Proyek')
    expect(container.querySelector('tr[data-project]')?.textContent).toContain('Proyek Kecil')
  })

  it('says a project is not in this browser, without showing its id, and links back', async () => {
    await createProject(smallProject())
    await go('#/p/tidak-ada-123')
    root.render(<App />)
    await until(() => container.querySelector('[role="alert"]') !== null)
    const alert = container.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('Proyek tidak dapat dibuka')
    expect(alert.textContent).toContain('Proyek tidak ditemukan di peramban ini')
    expect(alert.textContent).not.toContain('tidak-ada-123')
    expect(alert.querySelector('a')?.getAttribute('href')).toBe('#/')
  })

  it('closes the project when the route changes, writing what was still waiting', async () => {
    const id = await createProject(smallProject())
    const { project } = openWithLongBatches()
    await go(`#/p/${id}`)
    root.render(<App />)
    await until(() => container.querySelector('[data-figure="elements"] dd')?.textContent === '7')
    const created = createElement({ doc: project()!.doc, origin: localOrigin('tester') }, { kind: 'aplikasi-khusus', name: 'Aplikasi Baru' })
    expect(created.ok).toBe(true)
    await until(() => container.querySelector('[data-figure="elements"] dd')?.textContent === '8')
    await go('#/')
    await until(() => container.querySelector('tr[data-project] [data-count="elements"]')?.textContent === '8')
    expect(JSON.parse(await exportProjectText(id)).elements).toHaveLength(8)
  })

  it('writes at once when the page is hidden', async () => {
    const id = await createProject(smallProject())
    const { project } = openWithLongBatches()
    await go(`#/p/${id}`)
    root.render(<App />)
    await until(() => project() !== undefined && container.querySelector('h1')?.textContent === 'Proyek Kecil')
    createElement({ doc: project()!.doc, origin: localOrigin('tester') }, { kind: 'aplikasi-khusus', name: 'Sebelum pergi' })
    window.dispatchEvent(new Event('pagehide'))
    await vi.waitFor(async () => {
      expect(JSON.parse(await exportProjectText(id)).elements).toHaveLength(8)
    })
    expect(serializeProject(smallProject())).not.toBe(await exportProjectText(id))
  })
})
