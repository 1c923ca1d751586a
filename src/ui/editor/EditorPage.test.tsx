// @vitest-environment happy-dom
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localeStore } from '../i18n/locale.ts'
import { EditorPage, EditorWorkspace } from './EditorPage.tsx'
import { editorProject, openEditorFixture, USER, type EditorFixture } from './testing/editorFixture.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { createProjection } from '../../model/projection/projection.ts'

/**
 * The editor mounted in happy-dom with the real React Flow: what it shows for a view and a state,
 * and that its buttons, dialogs and keys run the right commands. Dragging and drawing connections
 * need real pointer events and layout: tests/e2e/editor.e2e.test.ts does those in Chromium.
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLElement
let root: Root
let fixture: EditorFixture
const panelCalls: { elementId?: string; stateId: string }[] = []

function rightPanel(selection: { elementId?: string; stateId: string }): ReactNode {
  panelCalls.push(selection)
  return <p data-testid="panel">{selection.elementId ?? 'none'}</p>
}

/** The page as the lead mounts it: it makes its own UI store and undo manager. */
async function mount(f: EditorFixture = openEditorFixture()): Promise<void> {
  fixture = f
  await act(async () => root.render(<EditorPage doc={f.doc} store={f.projection.store} userId={USER} rightPanel={rightPanel} />))
  await settle()
}

/** The same screen on the fixture's environment, so a test can set the selection or a dialog directly. */
async function mountWorkspace(f: EditorFixture = openEditorFixture()): Promise<void> {
  fixture = f
  await act(async () => root.render(<EditorWorkspace env={f.env} undoManager={f.undo} rightPanel={rightPanel} />))
  await settle()
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0))
  })
}

async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click')
  await act(async () => el.click())
  await settle()
}

async function key(k: string, init: KeyboardEventInit = {}): Promise<void> {
  await act(async () => {
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }))
  })
  await settle()
}

const $ = (selector: string): HTMLElement | null => container.querySelector(selector)
const $$ = (selector: string): HTMLElement[] => [...container.querySelectorAll<HTMLElement>(selector)]
const nodeIds = (): string[] => $$('.react-flow__node').map((n) => n.dataset.id!).sort()
const byText = (selector: string, text: string): HTMLElement | undefined => $$(selector).find((e) => e.textContent?.includes(text))

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  panelCalls.length = 0
  container = document.createElement('div')
  container.style.width = '1200px'
  container.style.height = '800px'
  document.body.append(container)
  root = createRoot(container)
})

afterEach(async () => {
  await act(async () => root.unmount())
  container.remove()
})

describe('EditorPage', () => {
  it('shows the views as tabs and the first view on the canvas, in the as-is', async () => {
    await mount()
    expect($$('[role="tab"]').map((t) => t.textContent)).toEqual(['Peta Aplikasi', 'Lintas Domain'])
    expect($('[role="tab"][aria-selected="true"]')?.textContent).toBe('Peta Aplikasi')
    expect(nodeIds()).toEqual(['apl-siak'])
    expect($('.react-flow__node .element-node__name')?.textContent).toBe('SIAK Terpusat')
    expect($('[role="radio"][aria-checked="true"]')?.textContent).toBe('Kondisi Saat Ini')
    expect($('[data-testid="panel"]')?.textContent).toBe('none')
  })

  it('switches view and state, and marks the gap between two states', async () => {
    await mount()
    await click(byText('[role="tab"]', 'Lintas Domain'))
    expect(nodeIds()).toEqual(['apl-siak', 'dat-penduduk', 'inf-server', 'kam-audit', 'lay-ktp', 'pb-adminduk'])
    expect($$('.lane-band').map((b) => b.dataset.lane)).toEqual(['proses-bisnis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan'])

    await click(byText('[role="radio"]', 'Kondisi Target'))
    expect(nodeIds()).toContain('inf-pdn')
    expect(nodeIds()).not.toContain('inf-server')
    expect(byText('.react-flow__node', 'Pusat Data Nasional')?.querySelector('.element-node__status')?.textContent).toBe('baru')

    await click($('[data-gap-toggle]'))
    expect($('.gap-legend')).not.toBeNull()
    const mark = (id: string) => $(`.react-flow__node[data-id="${id}"] .element-node`)?.dataset.mark
    expect(mark('inf-server')).toBe('removed')
    expect(mark('inf-pdn')).toBe('added')
    expect(mark('lay-ktp')).toBe('changed')
    expect(mark('apl-siak')).toBeUndefined()
    expect($('[data-legend="added"] .gap-legend__count')?.textContent).toBe('1')
  })

  it('adds an element from the palette by click, selected and shown to the properties panel', async () => {
    await mount()
    await click($('.palette-item[data-kind="aplikasi-umum"]'))
    const created = [...fixture.projection.store.getState().elements.values()].find((e) => e.name === 'Aplikasi Umum baru')
    expect(created).toBeDefined()
    expect(nodeIds()).toContain(created!.id)
    expect($('[data-testid="panel"]')?.textContent).toBe(created!.id)
    expect(panelCalls.at(-1)).toEqual({ elementId: created!.id, stateId: 'asis' })

    // Undo through the toolbar takes it back; redo through the keyboard brings it again.
    await click($('[data-action="undo"]'))
    expect(fixture.projection.store.getState().elements.has(created!.id)).toBe(false)
    await key('z', { ctrlKey: true, shiftKey: true })
    expect(fixture.projection.store.getState().elements.has(created!.id)).toBe(true)
  })

  it('asks how to delete selected elements and says what goes with them', async () => {
    await mountWorkspace()
    await click(byText('[role="tab"]', 'Lintas Domain'))
    await act(async () => fixture.env.ui.setState({ selection: { nodes: new Set(['apl-siak']), edges: new Set() } }))
    await key('Delete')
    const dialog = $('[role="dialog"]')
    expect(dialog?.textContent).toContain('Hapus “SIAK Terpusat”?')
    expect($('[data-impact="relations"]')?.textContent).toBe('Ikut terhapus: 5 relasi.')
    expect($('[data-impact="views"]')?.textContent).toBe('Juga hilang dari 1 diagram lain: Peta Aplikasi.')
    await click($('[data-delete="view"]'))
    expect(nodeIds()).not.toContain('apl-siak')
    expect(fixture.projection.store.getState().elements.has('apl-siak')).toBe(true)
    expect($('[data-notice="info"]')?.textContent).toContain('elemen tetap ada di model')

    await act(async () => fixture.env.ui.setState({ selection: { nodes: new Set(['kam-audit']), edges: new Set() } }))
    await key('Backspace')
    await click($('[data-delete="model"]'))
    expect(fixture.projection.store.getState().elements.has('kam-audit')).toBe(false)
  })

  it('offers the allowed relation kinds after a connection, and explains a refusal', async () => {
    await mountWorkspace()
    await click(byText('[role="tab"]', 'Lintas Domain'))
    await act(async () => fixture.env.ui.setState({ dialog: { type: 'connect', source: 'apl-siak', target: 'lay-ktp', anchor: { left: 100, top: 100, right: 280, bottom: 164 } } }))
    expect($$('.connect-option').map((b) => b.dataset.relationKind)).toEqual(['realizes'])
    expect($('.connect-option')?.textContent).toContain('SIAK Terpusat merealisasikan Layanan KTP-el')
    await click($('.connect-option'))
    expect([...fixture.projection.store.getState().relations.values()].filter((r) => r.kind === 'realizes')).toHaveLength(2)

    await act(async () => fixture.env.ui.setState({ dialog: { type: 'connect', source: 'pb-adminduk', target: 'inf-server', anchor: { left: 100, top: 100, right: 280, bottom: 164 } } }))
    expect($('[data-refusal]')?.textContent).toContain('Tidak ada relasi yang diizinkan antara Proses Bisnis dan Perangkat Keras Server')
    await key('Escape')
    expect($('[role="dialog"]')).toBeNull()
  })

  it('creates a named custom view from the "+" button', async () => {
    await mount()
    await click(byText('button', 'Diagram baru'))
    const input = $('.new-view__form input') as HTMLInputElement
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
      setter.call(input, 'Layanan Kependudukan')
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await click(byText('.new-view__form button[type="submit"]', 'Buat'))
    expect($('[role="tab"][aria-selected="true"]')?.textContent).toBe('Layanan Kependudukan')
    expect($('.canvas-empty')?.textContent).toContain('Diagram ini masih kosong')
  })

  it('offers per-domain views to a project without any', async () => {
    const doc = createDocFromProject(editorProject((d) => ({ ...d, views: [] })))
    const projection = createProjection(doc)
    await mount({ ...openEditorFixture(), doc, projection })
    expect($('.canvas-empty')?.textContent).toContain('Proyek ini belum punya diagram')
    await click(byText('button', 'Buat diagram per domain'))
    await vi.waitFor(async () => {
      await settle()
      expect($$('[role="tab"]')).toHaveLength(6)
    })
    expect($('[role="tab"][aria-selected="true"]')?.textContent).toBe('Proses Bisnis')
    expect($('[role="tab"][aria-selected="true"]')?.title).toBe('Domain Proses Bisnis')
    expect(nodeIds()).toEqual(['pb-adminduk'])
  })
})
