// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { serializeProject } from '../model/file/serialize.ts'
import { smallProject } from '../../tests/fixtures/smallProject.ts'
import { App } from './App.tsx'
import { LOCALE_STORAGE_KEY, localeStore } from './i18n/locale.ts'

/**
 * The app's states without a browser or server: fetch is stubbed per test. The real page in
 * Chromium is covered by tests/e2e/overview.e2e.test.ts.
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

const URL_ = '/examples/uji.cetakbiru.json'
let container: HTMLElement
let root: Root

function respond(body: string, status = 200): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Internal Server Error' })))
}

async function render(): Promise<void> {
  await act(async () => root.render(<App projectUrl={URL_} />))
}

async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(async () => {
    await act(async () => {})
    if (!check()) throw new Error('not yet')
  })
}

const text = (): string => container.textContent ?? ''

beforeEach(() => {
  localStorage.clear()
  localeStore.setState({ locale: 'id' })
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(async () => {
  await act(async () => root.unmount())
  container.remove()
  vi.unstubAllGlobals()
})

describe('App', () => {
  it('shows a loading state until the file arrives', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})))
    await render()
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Memuat proyek')
    expect(text()).toContain(URL_)
  })

  it('shows the overview of a project, and sets the page language', async () => {
    respond(serializeProject(smallProject()))
    await render()
    await until(() => text().includes('Proyek Kecil'))
    expect(container.querySelectorAll('[data-domain]')).toHaveLength(6)
    expect(container.querySelector('[data-domain="infrastruktur"] [data-count="dihentikan"]')?.textContent).toBe('1')
    expect(container.querySelector('[data-testid="plan-period"]')?.textContent).toBe('RPJMD 2025-2029')
    expect(document.documentElement.lang).toBe('id')
    expect(document.title).toBe('Proyek Kecil · Cetakbiru')
  })

  it('switches language from the header and remembers it', async () => {
    respond(serializeProject(smallProject()))
    await render()
    await until(() => text().includes('Ringkasan per domain'))
    const en = [...container.querySelectorAll('button')].find((b) => b.textContent === 'EN')!
    await act(async () => en.click())
    expect(text()).toContain('Summary by domain')
    expect(text()).not.toContain('Ringkasan per domain')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
  })

  it('explains a project without elements instead of showing empty cards', async () => {
    respond(serializeProject({ ...smallProject(), elements: [], relations: [], views: [] }))
    await render()
    await until(() => text().includes('Proyek ini belum berisi elemen arsitektur'))
    expect(container.querySelectorAll('[data-domain]')).toHaveLength(0)
  })

  it('lists each problem of an invalid file with its location', async () => {
    const broken = JSON.parse(serializeProject(smallProject())) as { elements: { attrs: Record<string, unknown> }[]; project: Record<string, unknown> }
    delete broken.project.name
    broken.elements[0]!.attrs.level = 42
    respond(JSON.stringify(broken))
    await render()
    await until(() => container.querySelector('[role="alert"]') !== null)
    const alert = container.querySelector('[role="alert"]')!
    expect(alert.textContent).toContain('Proyek tidak dapat dibuka')
    expect(alert.textContent).toContain('Isi berkas tidak sesuai format proyek Cetakbiru.')
    const locations = [...alert.querySelectorAll('tbody td:first-child')].map((td) => td.textContent)
    expect(locations).toContain('project')
    expect(locations.some((l) => l?.startsWith('elements[0]'))).toBe(true)
  })

  it('names the line and column of a JSON syntax error', async () => {
    respond('{\n  "schemaVersion": 3,\n  "project": {,\n}')
    await render()
    await until(() => container.querySelector('[role="alert"]') !== null)
    expect(text()).toContain('Isi berkas bukan JSON yang sah.')
    expect(container.querySelector('[role="alert"] tbody td')?.textContent).toBe('3:15')
  })

  it('reports a server error and opens the project on retry', async () => {
    respond('', 500)
    await render()
    await until(() => text().includes('Server menjawab 500 Internal Server Error'))
    respond(serializeProject(smallProject()))
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Coba lagi')!
    await act(async () => retry.click())
    await until(() => text().includes('Proyek Kecil'))
  })
})
