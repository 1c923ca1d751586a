// @vitest-environment happy-dom
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localeStore } from '../i18n/locale.ts'
import { EditorPage, EditorWorkspace } from './EditorPage.tsx'
import { editorProject, openEditorFixture, USER, type EditorFixture } from './testing/editorFixture.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { createProjection } from '../../model/projection/projection.ts'
import { typeInto } from '../properties/testDom.ts'
import type { FocusRequest } from './focusRequest.ts'

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
    expect($$('.view-tabs [role="tab"]').map((t) => t.textContent)).toEqual(['Peta Aplikasi', 'Lintas Domain'])
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.textContent).toBe('Peta Aplikasi')
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
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.textContent).toBe('Layanan Kependudukan')
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
      expect($$('.view-tabs [role="tab"]')).toHaveLength(6)
    }, { timeout: 8000 }) // ELK lays out six views; slow on a busy machine
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.textContent).toBe('Proses Bisnis')
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.title).toBe('Domain Proses Bisnis')
    expect(nodeIds()).toEqual(['pb-adminduk'])
  })
})

describe('EditorPage: focus, right panel tabs, intermediate states, duplicate', () => {
  it('carries out a focus request from outside once per nonce: view, selection, state', async () => {
    const f = openEditorFixture()
    const render = async (focus: FocusRequest | undefined): Promise<void> => {
      await act(async () => root.render(<EditorPage doc={f.doc} store={f.projection.store} userId={USER} rightPanel={rightPanel} focus={focus} />))
      await settle()
    }
    fixture = f
    await render({ elementIds: ['lay-ktp'], nonce: 1 })
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.textContent).toBe('Lintas Domain')
    expect($$('.react-flow__node.selected').map((n) => n.dataset.id)).toEqual(['lay-ktp'])
    await click(byText('.view-tabs [role="tab"]', 'Peta Aplikasi'))
    await render({ elementIds: ['lay-ktp'], nonce: 1 }) // the same request again: already done
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.textContent).toBe('Peta Aplikasi')
    await render({ elementIds: ['inf-pdn'], nonce: 2 })
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.textContent).toBe('Lintas Domain')
    expect($('[role="radio"][aria-checked="true"]')?.textContent).toBe('Kondisi Target (2029)')
    expect($$('.react-flow__node.selected').map((n) => n.dataset.id)).toEqual(['inf-pdn'])
  })

  it('shows the properties and the gap panel as two tabs of the right column', async () => {
    await mount()
    expect($$('.panel-tabs [role="tab"]').map((t) => t.textContent)).toEqual(['Properti', 'Kesenjangan'])
    expect($('[data-testid="panel"]')).not.toBeNull()
    await click($('[data-panel-tab="gap"]'))
    expect($('[data-testid="panel"]')).toBeNull()
    expect($('.gap-panel')?.textContent).toContain('Pusat Data Nasional')
    const entry = (label: string) => $$('.gap-entry').find((b) => b.querySelector('.gap-entry__label')?.textContent === label)
    await click(entry('Pusat Data Nasional'))
    expect($('.view-tabs [role="tab"][aria-selected="true"]')?.textContent).toBe('Lintas Domain')
    expect($('[role="radio"][aria-checked="true"]')?.textContent).toBe('Kondisi Target (2029)')
    expect($$('.react-flow__node.selected').map((n) => n.dataset.id)).toEqual(['inf-pdn'])
    // A relation new in the target: both ends, in the state that shows both.
    await click(byText('[role="radio"]', 'Kondisi Saat Ini'))
    await click(entry('SIAK Terpusat berjalan di Pusat Data Nasional'))
    expect($('[role="radio"][aria-checked="true"]')?.textContent).toBe('Kondisi Target (2029)')
    expect($$('.react-flow__node.selected').map((n) => n.dataset.id).sort()).toEqual(['apl-siak', 'inf-pdn'])
  })

  it('adds an intermediate year state inside the plan period, shows it, and renames it', async () => {
    await mount()
    await click($('[data-action="manage-states"]'))
    const year = $('[data-state-year]') as HTMLInputElement
    expect(year.value).toBe('2027')
    expect(($('[data-state-name]') as HTMLInputElement).value).toBe('Kondisi Akhir 2027')
    await typeInto(year, '2030')
    expect($('.state-manager__problem')?.textContent).toBe('Pilih tahun dari 2025 sampai 2028.')
    expect(($('[data-action="add-state"]') as HTMLButtonElement).disabled).toBe(true)
    await typeInto(year, '2027')
    await click($('[data-action="add-state"]'))
    const added = fixture.projection.store.getState().states.find((s) => s.role === 'intermediate')!
    expect(added).toMatchObject({ name: 'Kondisi Akhir 2027', year: 2027 })
    expect($$('[role="radio"]').map((r) => r.textContent)).toEqual(['Kondisi Saat Ini', 'Kondisi Akhir 2027', 'Kondisi Target (2029)'])
    expect($('[role="radio"][aria-checked="true"]')?.textContent).toBe('Kondisi Akhir 2027')
    expect($$('[data-gap-to] option').map((o) => o.textContent)).toContain('Kondisi Akhir 2027')

    await click($('[data-action="manage-states"]'))
    expect(($('[data-state-year]') as HTMLInputElement).value).toBe('2025') // 2027 is taken: the first free year
    await typeInto($('[data-state-year]') as HTMLInputElement, '2027')
    expect($('.state-manager__problem')?.textContent).toBe('Sudah ada kondisi untuk tahun 2027.')
    const rename = $(`[data-state-rename="${added.id}"]`) as HTMLInputElement
    await typeInto(rename, 'Tahap Integrasi')
    await act(async () => rename.blur())
    expect(fixture.projection.store.getState().states.find((s) => s.id === added.id)!.name).toBe('Tahap Integrasi')
    expect($$('[role="radio"]').map((r) => r.textContent)).toContain('Tahap Integrasi (2027)')

    // Delete asks once more; the editor then shows the as-is again.
    await click($(`[data-delete-state="${added.id}"]`))
    expect(fixture.projection.store.getState().states).toHaveLength(3)
    await click($('[data-action="confirm-delete-state"]'))
    expect(fixture.projection.store.getState().states.map((s) => s.role)).toEqual(['asis', 'target'])
    expect($('[role="radio"][aria-checked="true"]')?.textContent).toBe('Kondisi Saat Ini')
  })

  it('names a default year state in the reader\'s language', async () => {
    await mount()
    await click($('[data-action="manage-states"]'))
    await click($('[data-action="add-state"]'))
    await act(async () => localeStore.setState({ locale: 'en' }))
    expect($$('[role="radio"]').map((r) => r.textContent)).toEqual(['Current state', 'End of 2027', 'Target state (2029)'])
  })

  it('duplicates the selection with Ctrl+D, one undo step', async () => {
    await mountWorkspace()
    await click(byText('.view-tabs [role="tab"]', 'Lintas Domain'))
    await act(async () => fixture.env.ui.setState({ selection: { nodes: new Set(['apl-siak', 'dat-penduduk']), edges: new Set() } }))
    await key('d', { ctrlKey: true })
    const names = [...fixture.projection.store.getState().elements.values()].map((e) => e.name)
    expect(names).toContain('SIAK Terpusat (2)')
    expect(names).toContain('Data Penduduk (2)')
    expect($$('.react-flow__node.selected')).toHaveLength(2)
    await key('z', { ctrlKey: true })
    expect(fixture.projection.store.getState().elements.size).toBe(7)
  })
})
