// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatIndex } from '../../analysis/index/predicate.ts'
import { deleteElement } from '../../model/commands/elementCommands.ts'
import { localOrigin } from '../../model/origin.ts'
import type { ProjectData } from '../../model/project.ts'
import { buttonByText, choose, click, fill, typeInto } from '../properties/testDom.ts'
import { ctrlKey, example, openIndexPage, type Opened } from './indexPageTestKit.tsx'

let page: Opened
afterEach(async () => page?.close())

const c = () => page.screen.container
const total = () => c().querySelector('[data-testid="index-total"]')?.textContent
const predicate = () => c().querySelector('[data-testid="index-predicate"]')?.textContent
const row = (n: number) => c().querySelector<HTMLElement>(`.index-indicator[data-indicator="${n}"]`)!
const level = (year: number, n: number) => c().querySelector<HTMLSelectElement>(`#index-${year}-${n}-level`)!
const indicatorOf = (year: number, n: number) => page.data().index.assessments.find((a) => a.year === year)?.indicators[String(n)]
async function openDetails(n: number): Promise<void> {
  const toggle = row(n).querySelector<HTMLButtonElement>('.index-indicator__toggle')!
  if (toggle.getAttribute('aria-expanded') !== 'true') await click(toggle)
}

describe('the assessment of a year', () => {
  it('opens on the latest assessed year with its index and predicate, grouped by domain and aspect', async () => {
    page = await openIndexPage(example())
    expect(c().querySelector('.index-assessment')?.getAttribute('data-year')).toBe('2024')
    expect(total()).toBe('3.02')
    expect(predicate()).toBe('Baik')
    expect(c().querySelectorAll('.index-group--domain').length).toBe(4)
    expect(c().querySelectorAll('.index-group--aspect').length).toBe(8)
    expect(c().querySelectorAll('.index-indicator').length).toBe(47)
    // The level select has the framework's levels with their names, and "not assessed".
    const options = [...level(2024, 1).options].map((o) => o.textContent)
    expect(options).toEqual(['— belum dinilai', '1 · Rintisan', '2 · Terkelola', '3 · Terdefinisi', '4 · Terpadu dan Terukur', '5 · Optimum'])
    expect(level(2024, 1).value).toBe('3')
    // The formula and the filled-in expression are shown.
    expect(c().querySelector('.index-formula')?.textContent).toContain('Indeks = Σ (bobot indikator % / 100 × tingkat kematangan)')
    expect(c().querySelector('.index-formula__expression')?.textContent).toBe(page.report().years.find((y) => y.year === 2024)!.result!.expression)
  })

  it('recomputes the index and predicate when a level changes, and Ctrl+Z takes it back', async () => {
    page = await openIndexPage(example())
    await choose(level(2024, 31), '5')
    expect(indicatorOf(2024, 31)?.level).toBe(5)
    const after = page.report().years.find((y) => y.year === 2024)!.result!
    expect(after.index).toBeGreaterThan(3.02)
    expect(total()).toBe(formatIndex(after.index))
    expect(predicate()).toBe(after.predicate!.id)
    // The aspect table agrees with the analysis.
    const aspectRow = [...c().querySelectorAll('.index-result__table tr')].find((tr) => tr.textContent?.startsWith(after.aspects.find((a) => a.code === 'A8')!.code))
    expect(aspectRow?.textContent).toContain(formatIndex(after.aspects.find((a) => a.code === 'A8')!.index!))

    // Back to not assessed: the assessment becomes partial and names what is missing.
    await choose(level(2024, 31), '')
    expect(indicatorOf(2024, 31)?.level).toBeUndefined()
    expect(c().querySelector('.index-result')?.textContent).toContain('Penilaian sebagian: 1 indikator belum dinilai')
    expect(c().querySelector('.index-missing')?.textContent).toContain('31')

    await ctrlKey('z')
    expect(indicatorOf(2024, 31)?.level).toBe(5)
    await ctrlKey('z')
    expect(indicatorOf(2024, 31)?.level).toBe(1)
    expect(total()).toBe('3.02')
    await ctrlKey('z', true)
    expect(indicatorOf(2024, 31)?.level).toBe(5)
  })

  it('saves a justification on blur and with Ctrl+Enter', async () => {
    page = await openIndexPage(example())
    await openDetails(2)
    const why = c().querySelector<HTMLTextAreaElement>('#index-2024-2-why')!
    await fill(why, 'Peta Rencana SPBE 2020 ada, belum dimutakhirkan.')
    expect(indicatorOf(2024, 2)?.justification).toBe('Peta Rencana SPBE 2020 ada, belum dimutakhirkan.')
    await typeInto(why, 'Diperbarui lewat Ctrl+Enter')
    await act(async () => {
      why.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }))
    })
    expect(indicatorOf(2024, 2)?.justification).toBe('Diperbarui lewat Ctrl+Enter')
  })

  it('adds and removes bukti dukung; a bad URL is refused with the reason', async () => {
    page = await openIndexPage(example())
    await openDetails(5)
    const r = row(5)
    const input = r.querySelector<HTMLInputElement>('#index-2024-5-evidence-value')!
    await typeInto(input, 'bukan alamat')
    await click(buttonByText(r, 'Tambah'))
    expect(r.querySelector('[role="alert"]')?.textContent).toBe('Alamat "bukan alamat" bukan URL http(s)')
    expect(indicatorOf(2024, 5)?.evidence).toBeUndefined()
    expect(input.value).toBe('bukan alamat')

    await typeInto(input, 'https://sukamaju.go.id/pusat-data')
    await click(buttonByText(r, 'Tambah'))
    expect(r.querySelector('[role="alert"]')).toBeNull()
    expect(indicatorOf(2024, 5)?.evidence).toEqual([{ kind: 'url', value: 'https://sukamaju.go.id/pusat-data' }])
    expect(r.querySelector('.index-evidence__list a')?.getAttribute('href')).toBe('https://sukamaju.go.id/pusat-data')

    await choose(r.querySelector<HTMLSelectElement>('#index-2024-5-evidence-kind')!, 'document')
    await typeInto(r.querySelector<HTMLInputElement>('#index-2024-5-evidence-value')!, 'SK Pengelola Pusat Data')
    await click(buttonByText(r, 'Tambah'))
    expect(indicatorOf(2024, 5)?.evidence?.map((e) => e.kind)).toEqual(['url', 'document'])

    // An element through the search picker: its name and domain are shown.
    await choose(r.querySelector<HTMLSelectElement>('#index-2024-5-evidence-kind')!, 'element')
    await typeInto(r.querySelector<HTMLInputElement>('#index-2024-5-evidence-value')!, 'pusat data daerah')
    const match = r.querySelector<HTMLButtonElement>('.index-evidence__matches button')!
    expect(match.textContent).toContain('Infrastruktur')
    await click(match)
    const third = indicatorOf(2024, 5)!.evidence![2]!
    expect(third.kind).toBe('element')
    expect(page.data().elements.find((e) => e.id === third.value)?.name.toLowerCase()).toContain('pusat data daerah')

    await click([...r.querySelectorAll('.index-evidence__remove')].find((b) => b.getAttribute('aria-label') === 'Hapus bukti dukung "https://sukamaju.go.id/pusat-data"'))
    expect(indicatorOf(2024, 5)?.evidence?.map((e) => e.kind)).toEqual(['document', 'element'])
  })

  it('shows an element that was deleted as such', async () => {
    page = await openIndexPage(example())
    await openDetails(16)
    expect(row(16).querySelector('.index-evidence__list')?.textContent).not.toContain('elemen sudah dihapus')
    await act(async () => {
      const r = deleteElement({ doc: page.doc, origin: localOrigin('kolega') }, 'inf-rs-rsud')
      if (!r.ok) throw new Error(r.error.en)
    })
    expect(row(16).querySelector('.index-evidence__gone')?.textContent).toBe('elemen sudah dihapus')
  })

  it('shows what the architecture says as evidence, and takes a hint as bukti dukung', async () => {
    page = await openIndexPage(example())
    await openDetails(16)
    const hints = row(16).querySelector<HTMLElement>('.index-hints')!
    expect(hints.querySelector('h5')?.textContent).toBe('Petunjuk dari arsitektur')
    expect(hints.textContent).toContain('bukan nilai otomatis')
    const item = hints.querySelector<HTMLElement>('li[data-topic="pusat-data"]')!
    expect(item.textContent).toMatch(/\d+ dari \d+ aplikasi berjalan di pusat data/)
    const before = indicatorOf(2024, 16)!.evidence!.length
    await click(buttonByText(item, 'Jadikan bukti dukung'))
    const evidence = indicatorOf(2024, 16)!.evidence!
    expect(evidence.length).toBe(before + 1)
    expect(evidence[before]!.kind).toBe('document')
    expect(item.textContent).toContain(evidence[before]!.value)
    expect(buttonByText(item, 'Sudah menjadi bukti dukung')?.disabled).toBe(true)
    // The level was not touched: hints are evidence, not a score.
    expect(indicatorOf(2024, 16)?.level).toBe(3)
  })

  it('fills every empty indicator in one undo step, and filters to those not assessed', async () => {
    page = await openIndexPage(example())
    await click(buttonByText(c(), '+ Tahun penilaian'))
    const form = c().querySelector<HTMLFormElement>('.index-years .index-add-year')!
    await typeInto(form.querySelector('input')!, '2025')
    await click(form.querySelector<HTMLInputElement>('input[type="checkbox"]'))
    await click(buttonByText(form, 'Tambah tahun'))
    expect(c().querySelector('.index-assessment')?.getAttribute('data-year')).toBe('2025')
    expect(c().querySelector('.index-note')?.textContent).toContain('Belum ada indikator yang dinilai')

    await choose(level(2025, 3), '4')
    await click(c().querySelector<HTMLInputElement>('.index-toolbar input[type="checkbox"]'))
    expect(c().querySelectorAll('.index-indicator').length).toBe(46)
    expect(row(3)).toBeNull()

    await choose(c().querySelector<HTMLSelectElement>('#index-fill-2025')!, '2')
    await click(buttonByText(c(), 'Isi 46 indikator'))
    const levels = page.data().index.assessments.find((a) => a.year === 2025)!.indicators
    expect(Object.values(levels).filter((i) => i.level === 2).length).toBe(46)
    expect(levels['3']?.level).toBe(4)
    expect(c().textContent).toContain('Semua indikator sudah dinilai.')
    expect(total()).toBe(formatIndex(page.report().years.find((y) => y.year === 2025)!.result!.index))

    await ctrlKey('z')
    const undone = page.data().index.assessments.find((a) => a.year === 2025)!.indicators
    expect(Object.values(undone).filter((i) => i.level !== undefined).map((i) => i.level)).toEqual([4])
  })

  it('keeps the level select in the Tab order', async () => {
    page = await openIndexPage(example())
    const select = level(2024, 1)
    expect(select.tabIndex).not.toBe(-1)
    expect(select.disabled).toBe(false)
    expect(c().querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Tingkat kematangan indikator 1')
  })

  it('lets a viewer read everything and change nothing', async () => {
    page = await openIndexPage(example(), true)
    expect(c().querySelector('.index-readonly')?.textContent).toContain('peninjau')
    expect(level(2024, 1).disabled).toBe(true)
    expect(buttonByText(c(), '+ Tahun penilaian')?.disabled).toBe(true)
    await openDetails(16)
    expect(row(16).querySelector('.index-evidence__add')).toBeNull()
    expect(buttonByText(row(16), 'Jadikan bukti dukung')?.disabled).toBe(true)
  })

  it('starts an empty project with a call to add the first year', async () => {
    const data: ProjectData = { ...example(), index: { assessments: [], frameworks: [], links: [] } }
    page = await openIndexPage(data)
    const start = c().querySelector<HTMLElement>('.index-start')!
    expect(start.textContent).toContain('Belum ada penilaian indeks. Mulai dengan tahun')
    await typeInto(start.querySelector('input')!, '2024')
    await choose(start.querySelector('select')!, 'spbe-2020')
    await click(buttonByText(start, 'Tambah tahun'))
    expect(page.data().index.assessments).toEqual([{ year: 2024, framework: 'spbe-2020', indicators: {} }])
    expect(c().querySelector('.index-assessment')?.getAttribute('data-year')).toBe('2024')
  })
})
