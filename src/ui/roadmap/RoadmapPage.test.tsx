// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { el, plan } from '../../../tests/fixtures/planFixture.ts'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import { pinActivity } from '../../model/commands/roadmapCommands.ts'
import { localOrigin } from '../../model/origin.ts'
import { createProjection, readProjectData, type Projection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { buttonByText, click, createScreen, field, fill, press, type Screen } from '../properties/testDom.ts'
import { ReadOnlyContext } from '../project/readOnly.ts'
import { RoadmapPage } from './RoadmapPage.tsx'

const USER = 'perencana'
let screen: Screen
let doc: Y.Doc
let projection: Projection

/** A data centre, an application on it, an old application retired: three kegiatan, one dependency. */
function project() {
  return plan(
    [el('pdd', 'fasilitas-komputasi', 'new', { name: 'Pusat Data' }), el('app', 'aplikasi-khusus', 'new', { budget: 500_000_000, name: 'SIMPEG' }), el('old', 'aplikasi-khusus', 'old', { name: 'Kepegawaian Lama' })],
    [['runs-on', 'app', 'pdd']],
  )
}

/** The Peta Rencana as the model makes it now: what the page must agree with. */
const roadmap = () => generateRoadmap(readProjectData(doc)).roadmap
const activity = (id: string) => [...roadmap().activities, ...roadmap().unscheduled].find((a) => a.id === id)
const startYear = (id: string): number => roadmap().activities.find((a) => a.id === id)!.startYear
const row = (id: string) => screen.container.querySelector<HTMLElement>(`.gantt-row[data-activity="${id}"]`)
const bar = (id: string) => screen.container.querySelector<HTMLButtonElement>(`.gantt-bar[data-activity="${id}"]`)!
const panel = () => screen.container.querySelector<HTMLElement>('.roadmap-workbench__side')!

beforeEach(async () => {
  localeStore.setState({ locale: 'id' })
  doc = createDocFromProject(project())
  projection = createProjection(doc)
  screen = createScreen()
  await screen.render(<RoadmapPage doc={doc} store={projection.store} userId={USER} />)
})

afterEach(async () => {
  await screen.unmount()
  projection.destroy()
})

describe('RoadmapPage timeline', () => {
  it('opens on the timeline: a bar per kegiatan in its years, an arrow per dependency, and switches to the table', async () => {
    expect(screen.container.querySelector('[role="radio"][aria-checked="true"]')?.textContent).toBe('Linimasa')
    for (const a of roadmap().activities) {
      expect(bar(a.id).dataset.start).toBe(String(a.startYear))
      expect(bar(a.id).dataset.end).toBe(String(a.endYear))
    }
    const line = screen.container.querySelector('.gantt-line[data-from="k-add-pdd"][data-to="k-add-app"]')
    expect(line).not.toBeNull()
    expect(screen.container.querySelectorAll('.gantt-line').length).toBe(roadmap().activities.reduce((n, a) => n + a.dependencies.length, 0))
    await click(buttonByText(screen.container, 'Tabel'))
    expect(screen.container.querySelector('tr[data-activity="k-add-app"]')).not.toBeNull()
    expect(screen.container.querySelector('.gantt')).toBeNull()
    // Years are written as years, not as numbers with a thousands separator.
    const pins = [...screen.container.querySelectorAll('tr[data-activity="k-add-app"] .roadmap-table__pin')].map((b) => b.getAttribute('aria-label'))
    expect(pins).toContain('Kunci "Pembangunan Aplikasi SIMPEG" mulai tahun 2025')
  })

  it('marks a pin that comes before what the kegiatan needs, and explains it', async () => {
    expect(row('k-add-app')!.querySelector('.gantt-conflict')).toBeNull()
    // A colleague pins the application into the data centre's year: the page follows the Y.Doc.
    await act(async () => {
      pinActivity({ doc, origin: localOrigin('kolega') }, 'k-add-app', startYear('k-add-pdd'))
    })
    const mark = row('k-add-app')!.querySelector<HTMLElement>('.gantt-conflict')!
    expect(mark.getAttribute('tabindex')).toBe('0')
    expect(mark.querySelector('[role="tooltip"]')?.textContent).toContain('sebelum "Pembangunan Pusat Data"')
    expect(bar('k-add-app').classList.contains('has-conflict')).toBe(true)
    expect(bar('k-add-app').querySelector('.gantt-bar__pin')).not.toBeNull()
  })

  it('moves a bar a year with Alt+Right (pinning it there), and Ctrl+Z takes it back', async () => {
    const before = activity('k-add-app')!
    expect(before.pinnedYear).toBeUndefined()
    const start = startYear('k-add-app')
    await act(async () => {
      bar('k-add-app').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true }))
    })
    expect(activity('k-add-app')).toMatchObject({ pinnedYear: start + 1, startYear: start + 1 })
    expect(bar('k-add-app').dataset.start).toBe(String(start + 1))
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    })
    expect(activity('k-add-app')).toMatchObject({ pinnedYear: undefined, startYear: start })
    expect(bar('k-add-app').dataset.start).toBe(String(start))
  })

  it('edits the name and the pagu of a kegiatan in the panel, through to the regenerated roadmap', async () => {
    await click(row('k-add-app')!.querySelector('.gantt-row__name'))
    expect(panel().querySelector('h2')?.textContent).toContain(activity('k-add-app')!.name)
    expect(panel().textContent).toContain('SIMPEG') // what it closes, by name
    expect(panel().textContent).toContain('Pusat Data') // what it waits for

    await fill(field(panel(), 'Nama kegiatan'), '  Pembangunan SIMPEG Terpadu ')
    expect(activity('k-add-app')!.name).toBe('Pembangunan SIMPEG Terpadu')
    expect(row('k-add-app')!.textContent).toContain('Pembangunan SIMPEG Terpadu')

    const year = startYear('k-add-app')
    await fill(field(panel(), `Tahun ${year}`), '750.000.000')
    expect(activity('k-add-app')).toMatchObject({ totalBudget: 750_000_000, budget: { [String(year)]: 750_000_000 } })
    expect(field(panel(), `Tahun ${year}`).value).toBe('750.000.000')

    await fill(field(panel(), `Tahun ${year}`), 'banyak')
    expect(panel().querySelector('[role="alert"]')?.textContent).toBe('Isi jumlah rupiah dengan angka, misalnya 150.000.000')
    expect(activity('k-add-app')!.totalBudget).toBe(750_000_000)

    await fill(field(panel(), 'Nama kegiatan'), '   ')
    expect(panel().querySelector('[role="alert"]')?.textContent).toBe('Nama kegiatan wajib diisi')
    expect(activity('k-add-app')!.name).toBe('Pembangunan SIMPEG Terpadu')

    await click(buttonByText(panel(), 'Kembalikan ke hasil penyusunan'))
    expect(activity('k-add-app')).toMatchObject({ name: 'Pembangunan Aplikasi SIMPEG', totalBudget: 500_000_000 })
  })

  it('merges kegiatan chosen with the checkboxes into the one kept, and takes one out again', async () => {
    await click(row('k-add-app')!.querySelector('input[type="checkbox"]'))
    await click(row('k-ret-old')!.querySelector('input[type="checkbox"]'))
    expect(panel().textContent).toContain('2 kegiatan terpilih')
    await click(buttonByText(panel(), 'Gabungkan 2 kegiatan'))

    expect(activity('k-ret-old')).toBeUndefined()
    expect(activity('k-add-app')!.closes).toEqual(expect.arrayContaining(['add:app', 'ret:old']))
    expect(row('k-ret-old')).toBeNull()
    // The kept kegiatan is selected; the merged one is listed by its own name, not its id.
    expect(panel().textContent).toContain('Gabungan dari')
    expect(panel().textContent).toContain(activity('k-add-app')!.name)
    expect(panel().textContent).not.toContain('k-ret-old')
    const mergedItem = [...panel().querySelectorAll('li')].find((li) => li.textContent?.includes('Pisahkan kembali'))!
    expect(mergedItem.textContent).toContain('Kepegawaian Lama')

    await click(buttonByText(mergedItem, 'Pisahkan kembali'))
    expect(activity('k-ret-old')).toBeDefined()
    expect(activity('k-add-app')!.closes).not.toContain('ret:old')
  })

  it('adds a manual dependency and a manual kegiatan, and removes both', async () => {
    await click(row('k-ret-old')!.querySelector('.gantt-row__name'))
    const select = panel().querySelector<HTMLSelectElement>('.roadmap-links__add select')!
    await act(async () => {
      select.value = 'k-add-app'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await click(buttonByText(panel(), 'Tambah'))
    expect(activity('k-ret-old')!.dependencies.map((d) => d.on)).toContain('k-add-app')
    expect(screen.container.querySelector('.gantt-line[data-from="k-add-app"][data-to="k-ret-old"]')).not.toBeNull()
    await click(panel().querySelector('.roadmap-links__dep .button--danger-text'))
    expect(activity('k-ret-old')!.dependencies.map((d) => d.on)).not.toContain('k-add-app')

    await click(panel().querySelector('.roadmap-panel__close'))
    await click(buttonByText(panel(), 'Tambah kegiatan'))
    await fill(field(panel(), 'Nama kegiatan'), 'Bimtek Arsitektur SPBE')
    await act(async () => panel().querySelector('form')!.requestSubmit())
    const added = roadmap().activities.find((a) => a.name === 'Bimtek Arsitektur SPBE')
    expect(added?.origin).toBe('manual')
    expect(panel().querySelector('h2')?.textContent).toContain('Bimtek Arsitektur SPBE')
    await click(buttonByText(panel(), 'Hapus kegiatan tambahan'))
    expect(roadmap().activities.some((a) => a.name === 'Bimtek Arsitektur SPBE')).toBe(false)
  })

  it('splits the gaps of a kegiatan into a new one', async () => {
    await click(row('k-add-app')!.querySelector('.gantt-row__name'))
    const gaps = activity('k-add-app')!.closes
    expect(gaps.length).toBeGreaterThan(1)
    const details = panel().querySelector('details.roadmap-split')!
    const boxes = details.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
    await click(boxes[boxes.length - 1])
    await fill(field(panel(), 'Nama kegiatan baru'), 'Integrasi SIMPEG')
    await click(buttonByText(details as HTMLElement, 'Pecah'))
    const part = [...roadmap().activities, ...roadmap().unscheduled].find((a) => a.name === 'Integrasi SIMPEG')
    expect(part?.closes).toEqual([gaps[gaps.length - 1]])
    expect(activity('k-add-app')!.closes).toEqual(gaps.slice(0, -1))
    expect(panel().querySelector('h2')?.textContent).toContain('Integrasi SIMPEG')
  })

  it('shows the reason of a placement on focus', async () => {
    await act(async () => bar('k-add-app').focus())
    const tip = screen.container.querySelector<HTMLElement>('.gantt-tip')!
    expect(tip.hidden).toBe(false)
    expect(tip.textContent).toContain('Alasan penempatan: setelah')
    await press(bar('k-add-app'), 'Escape')
  })

  it('lets a viewer read but not move a bar, and switches the panel off', async () => {
    await screen.unmount()
    screen = createScreen()
    await screen.render(<ReadOnlyContext value><RoadmapPage doc={doc} store={projection.store} userId={USER} /></ReadOnlyContext>)
    const start = startYear('k-add-app')
    await act(async () => {
      bar('k-add-app').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true }))
    })
    expect(activity('k-add-app')!.pinnedYear).toBeUndefined()
    expect(startYear('k-add-app')).toBe(start)
    await click(bar('k-add-app'))
    expect(panel().querySelector('fieldset')!.disabled).toBe(true)
  })
})
