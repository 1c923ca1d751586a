// @vitest-environment happy-dom
import { ReactFlowProvider } from '@xyflow/react'
import { act, useState } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { generateProject } from '../../model/generate/generateProject.ts'
import { nationalCatalogue } from '../../model/reference/catalogue.ts'
import { EditorEnvContext } from '../editor/EditorContext.tsx'
import { Palette } from '../editor/palette/Palette.tsx'
import { ELEMENT_MIME } from '../editor/palette/paletteDrag.ts'
import { selectView } from '../editor/editorStore.ts'
import { openEditorFixture, type EditorFixture } from '../editor/testing/editorFixture.ts'
import { localeStore } from '../i18n/locale.ts'
import { translator } from '../i18n/translate.ts'
import { buttonByText, click, createScreen, typeInto, type Screen } from '../properties/testDom.ts'
import { allGroupIds, buildBrowserTree } from './browserTree.ts'
import { INITIAL_BROWSER_STATE, type BrowserViewState } from './browserViewState.ts'
import { ModelBrowser } from './ModelBrowser.tsx'
import { ROW_HEIGHT } from './BrowserRowView.tsx'

/**
 * The left column in happy-dom: the palette's list keys, the tabs, and the model tree (keys,
 * filter, grouping, drag data, and that only a window of 10,000 rows is in the DOM). happy-dom
 * lays nothing out, so the tree's scroller is given a height here, as a browser would.
 */
const TREE_HEIGHT = 560
let screen: Screen
let fixture: EditorFixture
const saved = (['clientHeight', 'scrollHeight'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const)

beforeAll(() => {
  const isTree = (el: HTMLElement): boolean => el.classList.contains('browser-tree')
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return isTree(this) ? TREE_HEIGHT : 0
    },
  })
  // What a browser computes from the spacer's height: how far the tree can scroll.
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return isTree(this) ? parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '0') : 0
    },
  })
})
afterAll(() => {
  for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor)
})

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  screen = createScreen()
})
afterEach(async () => {
  await screen.unmount()
})

async function mountPalette(f: EditorFixture = openEditorFixture()): Promise<void> {
  fixture = f
  await screen.render(
    <EditorEnvContext value={f.env}>
      <ReactFlowProvider>
        <Palette />
      </ReactFlowProvider>
    </EditorEnvContext>,
  )
}

const $ = <T extends Element = HTMLElement>(selector: string): T | null => screen.container.querySelector<T>(selector)
const active = (): HTMLElement | null => document.activeElement as HTMLElement | null

async function key(target: Element, k: string): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }))
  })
}

const tree = (): HTMLElement => $('[role="tree"]')!
/** The rows in the DOM, as their labels (group rows) or element ids. */
function rows(): string[] {
  return [...screen.container.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((r) => r.dataset.element ?? r.querySelector('.browser-row__label')!.textContent!)
}
function activeRow(): HTMLElement | null {
  const id = tree().getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

describe('the palette tab', () => {
  it('walks its buttons with Up, Down, Home and End, skipping nothing and wrapping nowhere', async () => {
    await mountPalette()
    const groups = $('.editor-palette__groups')!
    const first = $<HTMLButtonElement>('.palette-group__toggle')!
    first.focus()
    await key(first, 'ArrowDown')
    expect(active()?.dataset.kind).toBe('proses-bisnis')
    await key(active()!, 'ArrowUp')
    expect(active()).toBe(first)
    await key(active()!, 'ArrowUp')
    expect(active()).toBe(first)
    await key(active()!, 'End')
    const items = groups.querySelectorAll<HTMLButtonElement>('.palette-group__toggle, .palette-item')
    expect(active()).toBe(items[items.length - 1])
    await key(active()!, 'Home')
    expect(active()).toBe(first)
  })

  it('switches to the Model tab with the arrow keys, as a tab list does', async () => {
    await mountPalette()
    const paletteTab = buttonByText(screen.container, 'Palet')!
    expect(paletteTab.getAttribute('aria-selected')).toBe('true')
    paletteTab.focus()
    await key(paletteTab, 'ArrowRight')
    const modelTab = buttonByText(screen.container, 'Model')!
    expect(modelTab.getAttribute('aria-selected')).toBe('true')
    expect(active()).toBe(modelTab)
    expect(tree()).not.toBeNull()
    await key(modelTab, 'ArrowLeft')
    expect($('.palette-item')).not.toBeNull()
  })
})

describe('the model tab', () => {
  async function openModel(f?: EditorFixture): Promise<void> {
    await mountPalette(f)
    await click(buttonByText(screen.container, 'Model'))
  }

  it('moves, opens, enters and closes groups with the keys of a tree, and shows the chosen element', async () => {
    await openModel()
    expect(rows()).toEqual(['Proses Bisnis', 'Data dan Informasi', 'Layanan', 'Aplikasi', 'Infrastruktur', 'Keamanan'])
    await act(async () => tree().focus())
    expect(activeRow()?.textContent).toContain('Proses Bisnis')
    for (let i = 0; i < 3; i++) await key(tree(), 'ArrowDown')
    expect(activeRow()?.textContent).toContain('Aplikasi')
    await key(tree(), 'ArrowRight')
    expect(activeRow()?.getAttribute('aria-expanded')).toBe('true')
    expect(rows()).toEqual(['Proses Bisnis', 'Data dan Informasi', 'Layanan', 'Aplikasi', 'Aplikasi Khusus', 'Infrastruktur', 'Keamanan'])
    await key(tree(), 'ArrowRight')
    expect(activeRow()?.textContent).toContain('Aplikasi Khusus')
    expect(activeRow()?.getAttribute('aria-level')).toBe('2')
    await key(tree(), 'Enter')
    await key(tree(), 'ArrowDown')
    expect(activeRow()?.dataset.element).toBe('apl-siak')
    expect(activeRow()?.getAttribute('aria-level')).toBe('3')
    await key(tree(), 'Enter')
    expect([...fixture.env.ui.getState().selection.nodes]).toEqual(['apl-siak'])
    expect(activeRow()?.getAttribute('aria-selected')).toBe('true')
    await key(tree(), 'ArrowLeft')
    expect(activeRow()?.textContent).toContain('Aplikasi Khusus')
    await key(tree(), 'ArrowLeft')
    expect(activeRow()?.getAttribute('aria-expanded')).toBe('false')
    await key(tree(), 'End')
    expect(activeRow()?.textContent).toContain('Keamanan')
    await key(tree(), 'Home')
    expect(activeRow()?.textContent).toContain('Proses Bisnis')
  })

  it('filters as you type, opening the groups that hold matches, and says when nothing matches', async () => {
    await openModel()
    const filter = screen.container.querySelector<HTMLInputElement>('input[type="search"]')!
    await typeInto(filter, 'siak')
    expect(rows()).toEqual(['Aplikasi', 'Aplikasi Khusus', 'apl-siak'])
    expect(screen.text()).toContain('1 dari 7 elemen')
    await typeInto(filter, 'tidak ada')
    expect($('[role="tree"]')).toBeNull()
    expect(screen.text()).toContain('Tidak ada elemen yang nama atau kodenya cocok dengan "tidak ada".')
  })

  it('regroups by reference code and by OPD, with counts', async () => {
    await openModel()
    await click(buttonByText(screen.container, 'Kode'))
    expect(rows()).toEqual(nationalCatalogue().children().map((c) => c.name))
    await click(buttonByText(screen.container, 'OPD'))
    expect(rows()).toEqual(['Disdukcapil', 'Diskominfo'])
    expect([...screen.container.querySelectorAll('.browser-row__count')].map((c) => c.textContent)).toEqual(['3', '4'])
  })

  it('marks elements of one state only and those already in the view, and drags the element id', async () => {
    await openModel()
    await act(async () => tree().focus())
    for (let i = 0; i < 4; i++) await key(tree(), 'ArrowDown')
    await key(tree(), 'ArrowRight')
    await key(tree(), 'ArrowRight')
    await key(tree(), 'ArrowRight')
    await key(tree(), 'ArrowDown')
    await key(tree(), 'ArrowRight')
    // Infrastruktur > Perangkat Keras Server > Server Disdukcapil (as-is only), then Fasilitas > PDN (target only).
    await key(tree(), 'ArrowDown')
    await key(tree(), 'ArrowRight')
    const server = $('[data-element="inf-server"]')!
    const pdn = $('[data-element="inf-pdn"]')!
    expect(server.querySelector('.browser-row__state')?.textContent).toBe('saat ini')
    expect(pdn.querySelector('.browser-row__state')?.textContent).toBe('target')
    // The view shown holds only SIAK; the cross-domain one holds every element.
    expect(server.querySelector('.browser-row__in-view')).toBeNull()
    await act(async () => selectView(fixture.env.ui, 'v-lintas'))
    expect(server.querySelector('.browser-row__in-view')).not.toBeNull()
    const data = new DataTransfer()
    // happy-dom's DragEvent drops `dataTransfer` from its init: set it as a browser would.
    const drag = new Event('dragstart', { bubbles: true })
    Object.defineProperty(drag, 'dataTransfer', { value: data })
    await act(async () => {
      server.dispatchEvent(drag)
    })
    expect(data.getData(ELEMENT_MIME)).toBe('inf-server')
  })

  it('keeps only a window of rows in the DOM for 10,000 elements, and scrolls to the last', async () => {
    const big = generateProject({ elements: 10_000, seed: 11 })
    const f = openEditorFixture(big)
    const groupIds = allGroupIds(
      buildBrowserTree(
        { elements: f.projection.store.getState().elements, opd: f.projection.store.getState().opd, catalogue: nationalCatalogue() },
        { grouping: 'domain', filter: '', locale: 'id', t: translator('id') },
      ).groups,
    )
    function Host() {
      const [state, setState] = useState<BrowserViewState>({ ...INITIAL_BROWSER_STATE, expanded: new Set(groupIds) })
      return <ModelBrowser state={state} setState={setState} />
    }
    await screen.render(
      <EditorEnvContext value={f.env}>
        <ReactFlowProvider>
          <Host />
        </ReactFlowProvider>
      </EditorEnvContext>,
    )
    const total = 10_000 + groupIds.length
    const space = $('.browser-tree__space')!
    expect(space.style.height).toBe(`${total * ROW_HEIGHT}px`)
    const shown = rows().length
    expect(shown).toBeGreaterThan(TREE_HEIGHT / ROW_HEIGHT)
    expect(shown).toBeLessThan(60)
    // A user's scroll: the window moves, its size does not.
    await act(async () => {
      tree().scrollTop = 5_000 * ROW_HEIGHT
      tree().dispatchEvent(new Event('scroll'))
    })
    const middle = [...screen.container.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((r) => Number(r.dataset.index))
    expect(Math.min(...middle)).toBeGreaterThan(4_900)
    expect(Math.max(...middle)).toBeLessThan(5_100)
    expect(middle.length).toBeLessThan(60)
    // End: the tree asks its scroller to show the last row (here the scroller does what a browser would).
    const asked: number[] = []
    tree().scrollTo = ((options: ScrollToOptions) => {
      asked.push(options.top ?? 0)
      tree().scrollTop = options.top ?? 0
      setTimeout(() => tree().dispatchEvent(new Event('scroll')), 0)
    }) as typeof Element.prototype.scrollTo
    await act(async () => tree().focus())
    await key(tree(), 'End')
    await act(async () => {
      await new Promise((r) => setTimeout(r, 100))
    })
    expect(asked.at(-1)).toBe(total * ROW_HEIGHT - TREE_HEIGHT)
    const last = activeRow()!
    expect(last).not.toBeNull()
    expect(Number(last.dataset.index)).toBe(total - 1)
    expect(last.getAttribute('aria-posinset')).toBe(last.getAttribute('aria-setsize'))
    expect(rows().length).toBeLessThan(60)
  })
})
