// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { formatIndex } from '../../analysis/index/predicate.ts'
import { projectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import { parseProjectText } from '../../model/file/loadProject.ts'
import type { ProjectData } from '../../model/project.ts'
import { createProjection, readProjectData, type Projection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { buttonByText, choose, click, createScreen, field, fill, press, typeInto, type Screen } from '../properties/testDom.ts'
import { ReadOnlyContext } from '../project/readOnly.ts'
import { ProjectionPanel } from './ProjectionPanel.tsx'

// Under happy-dom import.meta.url is not a file URL; vitest runs from the repository root.
const EXAMPLE = join(process.cwd(), 'examples/kabupaten-contoh.cetakbiru.json')
const USER = 'perencana'

function example(): ProjectData {
  const loaded = parseProjectText(readFileSync(EXAMPLE, 'utf8'))
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
  return loaded.data
}

let screen: Screen
let doc: Y.Doc
let projection: Projection

async function open(data: ProjectData, readOnly = false): Promise<void> {
  doc = createDocFromProject(data)
  projection = createProjection(doc)
  screen = createScreen()
  await screen.render(
    <ReadOnlyContext.Provider value={readOnly}>
      <ProjectionPanel doc={doc} store={projection.store} userId={USER} />
    </ReadOnlyContext.Provider>,
  )
}

/** What the analysis says about the document now: the page must agree with it. */
function report() {
  const data = readProjectData(doc)
  return projectIndexReport(data, generateRoadmap(data).roadmap)
}
const tableValue = (year: number): string => screen.container.querySelector(`.index-projection-table tr[data-year="${year}"] td.num strong`)!.textContent!
const target = () => screen.container.querySelector<HTMLElement>('.index-target')!
const linkRow = (activity: string) => screen.container.querySelector<HTMLElement>(`.index-links tr[data-activity="${activity}"]`)

async function ctrl(el: HTMLElement, key: string, shiftKey = false): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, shiftKey, bubbles: true, cancelable: true }))
  })
}

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
})

afterEach(async () => {
  await screen.unmount()
  projection.destroy()
})

describe('ProjectionPanel on the example project', () => {
  beforeEach(async () => open(example()))

  it('shows the baseline and every plan year with its index, predicate and what raised it', () => {
    const plan = report().projection!
    const years = [...screen.container.querySelectorAll<HTMLElement>('.index-projection-table tbody tr')].map((r) => Number(r.dataset.year))
    expect(years).toEqual([2024, ...plan.map((p) => p.year)])
    expect(years).toEqual([2024, 2025, 2026, 2027, 2028, 2029])
    expect(tableValue(2024)).toBe('3.02')
    expect(tableValue(2027)).toBe('3.36')
    for (const p of plan) expect(tableValue(p.year)).toBe(formatIndex(p.index))
    const row2027 = screen.container.querySelector<HTMLElement>('.index-projection-table tr[data-year="2027"]')!
    expect(row2027.textContent).toContain('Baik')
    expect(row2027.textContent).toContain('Indikator 16: 3 → 4')
    expect(row2027.textContent).toContain('Peningkatan Pusat Data Daerah menjadi Tier 2')
    // The chart beside it carries history, projection and target.
    expect(screen.container.querySelectorAll('.index-projection__chart [data-series="history"]').length).toBe(4)
    expect(screen.container.querySelectorAll('.index-projection__chart [data-series="projection"]').length).toBe(5)
    expect(screen.container.querySelector('.index-projection__chart [data-series="target"]')?.getAttribute('data-year')).toBe('2027')
  })

  it('adding a link to a kegiatan ending 2025 raises the 2025 index', async () => {
    const before = Number(tableValue(2025))
    await click(screen.container.querySelector('.index-links__check input'))
    const row = linkRow('k-add-apl-mpp-digital')!
    expect(row.textContent).toContain('2025')
    await click(buttonByText(row, '+ Tautkan indikator'))
    const search = row.querySelector<HTMLInputElement>('input[role="combobox"]')!
    await typeInto(search, '43')
    expect(row.querySelector('[role="option"][aria-selected="true"]')?.getAttribute('data-indicator')).toBe('43')
    await press(search, 'Enter')
    // One level above the 2024 assessment (43 is at 3) is offered first.
    expect(field<HTMLSelectElement>(row, 'Tingkat yang dicapai').value).toBe('4')
    await click(buttonByText(row, 'Tautkan'))
    expect(readProjectData(doc).index.links).toContainEqual({ activity: 'k-add-apl-mpp-digital', indicator: 43, level: 4 })
    const after = report().projection!.find((p) => p.year === 2025)!.index
    expect(after).toBeGreaterThan(before)
    expect(tableValue(2025)).toBe(formatIndex(after))
    expect(tableValue(2025)).toBe('3.27')
    // The kegiatan now shows what it alone adds.
    expect(linkRow('k-add-apl-mpp-digital')!.querySelector('td.num')!.textContent).toBe('+0.03')
  })

  it('changes and removes a link from its row', async () => {
    const row = linkRow('k-dev-inf-pdd')!
    const select = row.querySelector<HTMLSelectElement>('li[data-indicator="16"] select')!
    await choose(select, '5')
    expect(readProjectData(doc).index.links).toContainEqual({ activity: 'k-dev-inf-pdd', indicator: 16, level: 5 })
    expect(tableValue(2027)).toBe(formatIndex(report().projection!.find((p) => p.year === 2027)!.index))
    await click(linkRow('k-dev-inf-pdd')!.querySelector('li[data-indicator="16"] button'))
    expect(readProjectData(doc).index.links.some((l) => l.activity === 'k-dev-inf-pdd' && l.indicator === 16)).toBe(false)
  })

  it('shows the target plan: 0.44 short of 3.80 in 2027; "Majukan" pins the top kegiatan and Ctrl+Z undoes it', async () => {
    expect(target().querySelector('[data-shortfall]')!.textContent).toBe('0.44')
    expect(target().textContent).toContain('Belum tercapai.')
    expect(target().textContent).toContain(`Dengan semua dimajukan: ${formatIndex(report().target!.withAllMoved)} pada 2027`)
    const ranked = [...screen.container.querySelectorAll<HTMLElement>('.index-target-gap .index-target__ranking tbody tr')].map((r) => Number(r.dataset.indicator))
    expect(ranked).toEqual(report().target!.ranking.slice(0, 10).map((h) => h.indicator))
    const top = report().target!.movable[0]!
    const items = [...target().querySelectorAll<HTMLElement>('.index-target__movable li')]
    expect(items[0]!.dataset.activity).toBe(top.id)
    const before = Number(tableValue(2027))

    await click(buttonByText(items[0]!, 'Majukan'))
    const activity = generateRoadmap(readProjectData(doc)).roadmap.activities.find((a) => a.id === top.id)!
    expect(activity.endYear).toBeLessThanOrEqual(2027)
    expect(activity.pinnedYear).toBe(Math.max(2025, 2027 - activity.duration + 1))
    expect(Number(tableValue(2027))).toBeGreaterThan(before)
    expect(tableValue(2027)).toBe(formatIndex(report().projection!.find((p) => p.year === 2027)!.index))

    await ctrl(document.activeElement instanceof HTMLElement && screen.container.contains(document.activeElement) ? document.activeElement : target(), 'z')
    expect(generateRoadmap(readProjectData(doc)).roadmap.activities.find((a) => a.id === top.id)!.pinnedYear).toBeUndefined()
    expect(tableValue(2027)).toBe('3.36')
    await ctrl(target(), 'z', true)
    expect(Number(tableValue(2027))).toBeGreaterThan(before)
  })

  it('sets a target in 2029: 3.50 is 0.07 short of the projected 3.43, 3.40 is reached', async () => {
    await choose(field<HTMLSelectElement>(target(), 'Tahun'), '2029')
    await typeInto(field(target(), 'Indeks'), '3.5')
    await click(buttonByText(target(), 'Tetapkan target'))
    expect(readProjectData(doc).index.target).toEqual({ year: 2029, index: 3.5 })
    expect(target().querySelector('.index-target__status')!.textContent).toBe('Belum tercapai. Proyeksi 2029 adalah 3.43; target 3.50 masih kurang 0.07.')
    await typeInto(field(target(), 'Indeks'), '3,4')
    await click(buttonByText(target(), 'Tetapkan target'))
    expect(readProjectData(doc).index.target).toEqual({ year: 2029, index: 3.4 })
    expect(target().querySelector('.index-target__status')!.textContent).toContain('Tercapai.')
    expect(target().querySelector('[data-shortfall]')!.textContent).toBe('0.00')
    expect(target().querySelector('.index-target__movable')).toBeNull()
    // An index outside the scale is refused in the form, before any command.
    await fill(field(target(), 'Indeks'), '7')
    await click(buttonByText(target(), 'Tetapkan target'))
    expect(target().querySelector('[role="alert"]')!.textContent).toContain('antara 1.00 dan 5.00')
    expect(readProjectData(doc).index.target).toEqual({ year: 2029, index: 3.4 })
  })

  it('the priority switch sets roadmap.prioritiseIndex, and back', async () => {
    const sw = screen.container.querySelector<HTMLButtonElement>('[role="switch"]')!
    expect(sw.getAttribute('aria-checked')).toBe('false')
    await click(sw)
    expect(readProjectData(doc).roadmap.prioritiseIndex).toBe(true)
    expect(sw.getAttribute('aria-checked')).toBe('true')
    await click(sw)
    expect(readProjectData(doc).roadmap.prioritiseIndex).toBeUndefined()
  })

  it('lists links that count for nothing and removes one', async () => {
    await act(async () => {
      doc.transact(() => doc.getMap('indicatorLinks').set('k-add-apl-sitaru#99', 3))
    })
    const stale = screen.container.querySelector<HTMLElement>('.index-stale li[data-indicator="99"]')
    if (!stale) throw new Error(`no stale link listed; links: ${JSON.stringify(readProjectData(doc).index.links.filter((l) => l.indicator === 99))}`)
    expect(stale.textContent).toContain('tidak ada dalam kerangka spbe-2020')
    await click(buttonByText(stale, 'Hapus tautan'))
    expect(readProjectData(doc).index.links.some((l) => l.indicator === 99)).toBe(false)
    expect(screen.container.querySelector('.index-stale')).toBeNull()
  })
})

describe('ProjectionPanel for a viewer, in English and in empty projects', () => {
  it('reads in English when the UI is in English, names of the framework included', async () => {
    localeStore.setState({ locale: 'en' })
    await open(example())
    expect(screen.container.querySelector('h2')!.textContent).toBe('Index projection')
    expect(screen.container.querySelector('.index-projection-table tr[data-year="2027"]')!.textContent).toContain('Good')
    expect(target().querySelector('.index-target__status')!.textContent).toBe('Not reached. The 2027 projection is 3.36; the target of 3.80 is 0.44 short.')
    expect(buttonByText(target(), 'Move earlier')).toBeDefined()
    expect(screen.container.querySelector('.index-links')!.textContent).toContain('now 2 →')
  })

  it('a viewer sees everything and changes nothing', async () => {
    await open(example(), true)
    expect(screen.text()).toContain('sebagai peninjau')
    expect(tableValue(2027)).toBe('3.36')
    const fieldset = screen.container.querySelector('fieldset.index-projection__body') as HTMLFieldSetElement
    expect(fieldset.disabled).toBe(true)
    const controls = screen.container.querySelectorAll('button, input, select')
    expect(controls.length).toBeGreaterThan(10)
    for (const c of controls) expect(fieldset.contains(c)).toBe(true)
    await click(screen.container.querySelector('[role="switch"]'))
    expect(readProjectData(doc).roadmap.prioritiseIndex).toBeUndefined()
  })

  it('without an assessment with levels, says to fill one in first', async () => {
    const data = example()
    await open({ ...data, index: { ...data.index, assessments: data.index.assessments.map((a) => ({ ...a, indicators: {} })) } })
    expect(screen.text()).toContain('Proyeksi dimulai dari penilaian terakhir yang berisi tingkat; isi penilaian dulu')
    expect(screen.container.querySelector('.index-projection-table')).toBeNull()
  })

  it('without a target state, says that a Peta Rencana is needed', async () => {
    const data = example()
    await open({ ...data, states: data.states.filter((s) => s.role !== 'target') })
    expect(screen.text()).toContain('Belum ada Peta Rencana')
    expect(screen.text()).toContain('Penilaian 2024 memberi indeks 3.02')
  })

  it('without links, explains how to link', async () => {
    const data = example()
    await open({ ...data, index: { ...data.index, links: [] } })
    expect(screen.text()).toContain('Belum ada kegiatan yang tertaut ke indikator. Pilih "Tautkan indikator" pada sebuah kegiatan')
    // With nothing linked, every kegiatan is listed to start linking.
    expect(screen.container.querySelectorAll('.index-links tbody tr').length).toBe(generateRoadmap(readProjectData(doc)).roadmap.activities.length)
  })
})
