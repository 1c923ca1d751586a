// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateProject } from '../../model/generate/generateProject.ts'
import { createProjection } from '../../model/projection/projection.ts'
import type { ProjectData } from '../../model/project.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { createScreen, typeInto, type Screen } from '../properties/testDom.ts'
import type { WorkspaceSection } from './workspaceCommands.ts'
import { WorkspaceSearch } from './WorkspaceSearch.tsx'

/** The Ctrl+K palette in happy-dom, as the workspace mounts it, with its handlers recorded. */
let screen: Screen
let calls: string[]
let outside: HTMLButtonElement

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  screen = createScreen()
  calls = []
  outside = document.createElement('button')
  outside.textContent = 'elsewhere'
  document.body.append(outside)
})
afterEach(async () => {
  await screen.unmount()
  outside.remove()
})

async function mount(data: ProjectData = smallProject(), section: WorkspaceSection = 'diagrams'): Promise<void> {
  const store = createProjection(createDocFromProject(data)).store
  await screen.render(
    <WorkspaceSearch
      store={store}
      section={section}
      showSection={(s) => calls.push(`section:${s}`)}
      onElement={(id) => calls.push(`element:${id}`)}
      onView={(id) => calls.push(`view:${id}`)}
    />,
  )
}

async function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }))
  })
}

const input = (): HTMLInputElement => document.querySelector<HTMLInputElement>('[role="combobox"]')!
const dialog = (): HTMLElement | null => document.querySelector('[role="dialog"]')
function activeOption(): HTMLElement | null {
  const id = input().getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}
const optionTexts = (): string[] => [...document.querySelectorAll('[role="option"] .search-option__name')].map((o) => o.textContent!)

describe('the search palette', () => {
  it('opens with Ctrl+K from anywhere, offers views and commands before typing, and closes with Escape back to where focus was', async () => {
    await mount()
    outside.focus()
    const ctrlK = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true })
    await act(async () => {
      outside.dispatchEvent(ctrlK)
    })
    expect(ctrlK.defaultPrevented).toBe(true)
    expect(dialog()).not.toBeNull()
    expect(document.activeElement).toBe(input())
    expect(screen.text()).toContain('Ketik untuk mencari di antara 7 elemen dan 1 diagram.')
    expect(optionTexts()).toEqual(['Peta Aplikasi', 'Buka Ringkasan', 'Buka Katalog', 'Buka Peta Rencana', 'Buka Indeks SPBE', 'Ganti bahasa ke English', 'Kembali ke daftar proyek'])
    await press(input(), 'Escape')
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(outside)
    expect(calls).toEqual([])
  })

  it('finds an element as you type, ignoring accents, and Enter opens it', async () => {
    await mount()
    outside.focus()
    await press(outside, 'K', { metaKey: true })
    await typeInto(input(), 'SÍAK')
    expect(optionTexts()).toEqual(['SIAK Terpusat'])
    expect(activeOption()?.textContent).toContain('Aplikasi Khusus · Disdukcapil')
    await press(input(), 'Enter')
    expect(calls).toEqual(['element:apl-siak'])
    expect(dialog()).toBeNull()
    expect(document.activeElement).toBe(outside)
  })

  it('moves with the arrows (wrapping), runs a command or opens a view, and groups what it finds', async () => {
    await mount()
    await press(document.body, 'k', { ctrlKey: true })
    await typeInto(input(), 'peta')
    const headings = [...document.querySelectorAll('.search-palette__heading')].map((h) => h.textContent)
    expect(headings).toEqual(['Diagram', 'Perintah'])
    expect(optionTexts()).toEqual(['Peta Aplikasi', 'Buka Peta Rencana'])
    expect(activeOption()?.textContent).toContain('Peta Aplikasi')
    await press(input(), 'ArrowDown')
    expect(activeOption()?.textContent).toContain('Buka Peta Rencana')
    await press(input(), 'ArrowDown')
    expect(activeOption()?.textContent).toContain('Peta Aplikasi')
    await press(input(), 'ArrowUp')
    await press(input(), 'Enter')
    expect(calls).toEqual(['section:roadmap'])
    await press(document.body, 'k', { ctrlKey: true })
    await typeInto(input(), 'peta apl')
    await press(input(), 'Enter')
    expect(calls).toEqual(['section:roadmap', 'view:v-aplikasi'])
  })

  it('caps elements at 50 and says how many more matched; says so when nothing matches', async () => {
    await mount(generateProject({ elements: 2_000, seed: 5 }))
    await press(document.body, 'k', { ctrlKey: true })
    await typeInto(input(), 'a')
    const elements = document.querySelectorAll('[role="option"].search-option--element')
    expect(elements).toHaveLength(50)
    const more = document.querySelector('.search-palette__more')!.textContent!
    const n = Number(/dan (\d+) lainnya/.exec(more.replace(/\./g, ''))?.[1])
    expect(n).toBeGreaterThan(100)
    await typeInto(input(), 'qqqzzz')
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(0)
    expect(screen.text()).toContain('Tidak ada elemen, diagram, atau perintah yang cocok dengan "qqqzzz".')
  })
})
