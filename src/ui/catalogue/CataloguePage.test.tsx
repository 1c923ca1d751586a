// @vitest-environment happy-dom
import { act } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { createElement } from '../../model/commands/elementCommands.ts'
import { generateProject } from '../../model/generate/generateProject.ts'
import { systemOrigin } from '../../model/origin.ts'
import { createProjection, readProjectData, type Projection } from '../../model/projection/projection.ts'
import type { ProjectData } from '../../model/project.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { buttonByText, choose, click, createScreen, press, typeInto, type Screen } from '../properties/testDom.ts'
import { ReadOnlyContext } from '../project/readOnly.ts'
import { CataloguePage } from './CataloguePage.tsx'

const USER = 'ani'
let screen: Screen
let doc: Y.Doc
let projection: Projection

// happy-dom lays nothing out: give the grid's scroll box the height a browser would.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) { return this.classList.contains('catalogue-grid__scroll') ? 600 : 0 },
  })
})
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
})

async function open(project: ProjectData): Promise<void> {
  doc = createDocFromProject(project)
  projection = createProjection(doc)
  await screen.render(<CataloguePage doc={doc} store={projection.store} userId={USER} />)
}

/** Three applications more than the small project, so moving down has somewhere to go. */
async function openApps(): Promise<void> {
  await open(smallProject())
  const ctx = { doc, origin: systemOrigin('test') }
  await act(async () => {
    for (const [code, name] of [['APL-002', 'e-Office'], ['APL-003', 'SIPD'], ['APL-004', 'Simpeg']] as const) {
      createElement(ctx, { kind: 'aplikasi-umum', name, code, ownerOpd: 'opd-kominfo', attrs: { function: 'Umum', platform: 'web' } })
    }
  })
}

const grid = (): HTMLElement => screen.container.querySelector<HTMLElement>('[role="grid"]')!
const activeCell = (): HTMLElement => screen.container.querySelector<HTMLElement>('td[data-active]')!
const editor = (): HTMLInputElement & HTMLSelectElement => screen.container.querySelector('[data-cell-editor]') as HTMLInputElement & HTMLSelectElement
const rowOf = (code: string): HTMLElement => [...screen.container.querySelectorAll<HTMLElement>('tbody tr')].find((tr) => tr.querySelector('[data-column="code"]')?.textContent === code)!
const nameOf = (id: string): string | undefined => readProjectData(doc).elements.find((e) => e.id === id)?.name
const keys = async (...list: string[]): Promise<void> => { for (const k of list) await press(document.activeElement as HTMLElement ?? grid(), k) }

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  screen = createScreen()
})

afterEach(async () => {
  await screen.unmount()
  projection.destroy()
})

describe('CataloguePage as a spreadsheet', () => {
  it('moves the cell cursor with the arrows and edits a name with Enter, typing and Enter', async () => {
    await openApps()
    grid().focus()
    expect(activeCell().dataset.column).toBe('code')
    expect(grid().getAttribute('aria-activedescendant')).toBe(activeCell().id)
    await keys('ArrowRight')
    expect(activeCell().dataset.column).toBe('name')
    expect(activeCell().closest('tr')?.getAttribute('data-element')).toBe('apl-siak')
    await keys('Enter')
    expect(editor().value).toBe('SIAK Terpusat')
    await typeInto(editor(), 'SIAK Daerah')
    await press(editor(), 'Enter')
    expect(nameOf('apl-siak')).toBe('SIAK Daerah')
    // Enter saved and moved down, and the grid has the keys again.
    expect(editor()).toBeNull()
    expect(document.activeElement).toBe(grid())
    expect(activeCell().closest('tr')?.querySelector('[data-column="code"]')?.textContent).toBe('APL-002')
    expect(rowOf('APL-001').querySelector('[data-column="name"]')?.textContent).toBe('SIAK Daerah')
  })

  it('starts editing by typing, cancels with Escape, and Tab saves and moves right', async () => {
    await openApps()
    grid().focus()
    await keys('ArrowRight', 'ArrowDown')
    await keys('S')
    expect(editor().value).toBe('S')
    await press(editor(), 'Escape')
    expect(editor()).toBeNull()
    expect(rowOf('APL-002').querySelector('[data-column="name"]')?.textContent).toBe('e-Office')
    await keys('F2')
    await typeInto(editor(), 'e-Office Sukamaju')
    await press(editor(), 'Tab')
    expect(rowOf('APL-002').querySelector('[data-column="name"]')?.textContent).toBe('e-Office Sukamaju')
    expect(activeCell().dataset.column).toBe('kind')
  })

  it('shows the command\'s refusal beside the cell in the current language and keeps what was typed', async () => {
    await openApps()
    grid().focus()
    await keys('ArrowRight', 'Enter')
    await typeInto(editor(), '   ')
    await press(editor(), 'Enter')
    const alert = activeCell().querySelector('[role="alert"]')
    expect(alert?.textContent).toBe('Nama elemen wajib diisi')
    expect(editor().value).toBe('   ')
    expect(editor().getAttribute('aria-invalid')).toBe('true')
    expect(nameOf('apl-siak')).toBe('SIAK Terpusat')
    await act(async () => localeStore.setState({ locale: 'en' }))
    expect(activeCell().querySelector('[role="alert"]')?.textContent).toBe('The element needs a name')
    await press(editor(), 'Escape')
    expect(activeCell().querySelector('[role="alert"]')).toBeNull()
  })

  it('edits the owner OPD and an enum attribute with a select', async () => {
    await openApps()
    grid().focus()
    await keys('ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter')
    expect(activeCell().dataset.column).toBe('owner')
    expect(editor().tagName).toBe('SELECT')
    await choose(editor(), 'opd-kominfo')
    expect(readProjectData(doc).elements.find((e) => e.id === 'apl-siak')?.ownerOpd).toBe('opd-kominfo')
    await keys('ArrowRight', 'ArrowRight', 'Enter')
    expect(activeCell().dataset.column).toBe('attr:platform')
    await choose(editor(), 'mobile')
    expect(readProjectData(doc).elements.find((e) => e.id === 'apl-siak')?.attrs.platform).toBe('mobile')
    expect(rowOf('APL-001').querySelector('[data-column="attr:platform"]')?.textContent).toBe('Mobile')
  })

  it('bulk-edits the selected rows in one undo step, with shift-click range selection', async () => {
    await openApps()
    const boxes = () => [...screen.container.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]')]
    await click(boxes()[1])
    await act(async () => { boxes()[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey: true })) })
    expect(boxes().map((b) => b.checked)).toEqual([false, true, true, true])
    const bar = screen.container.querySelector<HTMLElement>('.catalogue-bulk')!
    expect(bar.textContent).toContain('Ubah 3 elemen terpilih')
    await choose(bar.querySelector('select[data-bulk="field"]')!, 'owner')
    await choose(bar.querySelector('select[data-bulk="value"]')!, 'opd-dukcapil')
    await click(buttonByText(bar, 'Terapkan'))
    expect(screen.container.querySelector('.catalogue__notice')?.textContent).toBe('OPD pemilik: 3 elemen diubah. Ctrl+Z mengurungkan.')
    const owners = () => readProjectData(doc).elements.filter((e) => e.kind === 'aplikasi-umum').map((e) => e.ownerOpd)
    expect(owners()).toEqual(['opd-dukcapil', 'opd-dukcapil', 'opd-dukcapil'])
    await act(async () => { document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true })) })
    expect(owners()).toEqual(['opd-kominfo', 'opd-kominfo', 'opd-kominfo'])
    await act(async () => { document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, shiftKey: true, bubbles: true })) })
    expect(owners()).toEqual(['opd-dukcapil', 'opd-dukcapil', 'opd-dukcapil'])
  })

  it('keeps only a window of 10,000 rows in the DOM, and every row is reachable', async () => {
    // A fifth of generated elements are applications: 50,000 give a 10,000-row Aplikasi table.
    await open(generateProject({ elements: 50_000, seed: 11, relationsPerElement: 0 }))
    expect(screen.container.querySelector('.catalogue__count')?.textContent).toBe('10.000 dari 10.000 elemen')
    expect(grid().getAttribute('aria-rowcount')).toBe('10001')
    const rendered = () => [...screen.container.querySelectorAll<HTMLElement>('tbody tr')].map((tr) => Number(tr.dataset.index))
    expect(rendered().length).toBeGreaterThan(10)
    expect(rendered().length).toBeLessThan(60)
    expect(Math.max(...rendered())).toBeLessThan(60)
    // Scrolling brings the middle in, and the keyboard reaches the last row.
    const scroller = screen.container.querySelector<HTMLElement>('.catalogue-grid__scroll')!
    await act(async () => {
      scroller.scrollTop = 36 * 5000
      scroller.dispatchEvent(new Event('scroll'))
    })
    expect(rendered()).toContain(5005)
    expect(rendered().length).toBeLessThan(60)
    grid().focus()
    await keys('End')
    await press(grid(), 'ArrowDown')
    await act(async () => { grid().dispatchEvent(new KeyboardEvent('keydown', { key: 'End', ctrlKey: true, bubbles: true })) })
    expect(activeCell().closest('tr')?.getAttribute('aria-rowindex')).toBe('10001')
    // Select-all takes every row shown, not only the window.
    await click(screen.container.querySelector('thead input[type="checkbox"]'))
    expect(screen.container.querySelector('.catalogue-bulk')?.textContent).toContain('Ubah 10.000 elemen terpilih')
  }, 60_000)

  it('lets a viewer read and move the cursor but edit nothing, and offers no bulk edit', async () => {
    const project = smallProject()
    doc = createDocFromProject(project)
    projection = createProjection(doc)
    await screen.render(<ReadOnlyContext value><CataloguePage doc={doc} store={projection.store} userId={USER} /></ReadOnlyContext>)
    grid().focus()
    await keys('ArrowRight')
    expect(activeCell().dataset.column).toBe('name')
    await keys('Enter')
    expect(editor()).toBeNull()
    expect(screen.container.querySelector('.catalogue-grid__notice')?.textContent).toContain('peninjau')
    await keys('Delete')
    expect(nameOf('apl-siak')).toBe('SIAK Terpusat')
    await click(screen.container.querySelector('tbody input[type="checkbox"]'))
    expect(screen.container.querySelector('[data-bulk="field"]')).toBeNull()
  })
})
