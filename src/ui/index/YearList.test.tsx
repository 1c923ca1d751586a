// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { buttonByText, choose, click, fill, typeInto } from '../properties/testDom.ts'
import { ctrlKey, example, openIndexPage, type Opened } from './indexPageTestKit.tsx'

let page: Opened
afterEach(async () => page?.close())

const c = () => page.screen.container
const years = () => [...c().querySelectorAll<HTMLElement>('.index-year')].map((li) => li.dataset.year)
const yearRow = (y: number) => c().querySelector<HTMLElement>(`.index-year[data-year="${y}"]`)!
const assessment = (y: number) => page.data().index.assessments.find((a) => a.year === y)

async function addYear(year: string, options: { framework?: string; copy?: boolean } = {}): Promise<HTMLFormElement> {
  await click(buttonByText(c(), '+ Tahun penilaian'))
  const form = c().querySelector<HTMLFormElement>('.index-years .index-add-year')!
  await typeInto(form.querySelector('input')!, year)
  if (options.framework) await choose(form.querySelector('select')!, options.framework)
  const copy = form.querySelector<HTMLInputElement>('input[type="checkbox"]')
  if (copy && options.copy === false && copy.checked) await click(copy)
  await click(buttonByText(form, 'Tambah tahun'))
  return form
}

describe('the years of the index', () => {
  it('lists each year with its framework, index, predicate and where the value comes from', async () => {
    page = await openIndexPage(example())
    expect(years()).toEqual(['2024', '2023', '2022', '2021'])
    expect(yearRow(2024).querySelector('.index-year__value')?.textContent).toBe('3.02 Baik')
    expect(yearRow(2024).querySelector('.index-year__meta')?.textContent).toBe('PermenPANRB 59/2020 · dihitung')
    expect(yearRow(2021).querySelector('.index-year__value')?.textContent).toBe('2.56 Cukup')
    expect(yearRow(2021).querySelector('.index-year__meta')?.textContent).toBe('PermenPANRB 59/2020 · terbit')
    expect(yearRow(2024).querySelector('.index-year__main')?.getAttribute('aria-current')).toBe('true')
    // The latest value in large type above the tabs.
    expect(c().querySelector('.index-latest__value')?.textContent).toBe('3.02')
  })

  it('adds a year copying the levels of the year before, when it uses the same framework', async () => {
    page = await openIndexPage(example())
    await click(buttonByText(c(), '+ Tahun penilaian'))
    const form = c().querySelector<HTMLFormElement>('.index-years .index-add-year')!
    expect(form.querySelector('input')!.value).toBe('2025')
    // Pemdi is marked in the framework list; copying is offered only for the same framework.
    const pemdi = [...form.querySelectorAll('option')].find((o) => o.value === 'pemdi-2026')!
    expect(pemdi.textContent).toContain('(perlu verifikasi)')
    expect(form.querySelector('input[type="checkbox"]')).not.toBeNull()
    expect(form.textContent).toContain('Salin tingkat dari tahun 2024')
    await choose(form.querySelector('select')!, 'pemdi-2026')
    expect(form.querySelector('input[type="checkbox"]')).toBeNull()
    await choose(form.querySelector('select')!, 'spbe-2020')
    await click(buttonByText(form, 'Tambah tahun'))

    const copied = assessment(2025)!
    const from = assessment(2024)!
    expect(Object.keys(copied.indicators).length).toBe(47)
    for (const [n, i] of Object.entries(from.indicators)) expect(copied.indicators[n]?.level).toBe(i.level)
    expect(years()[0]).toBe('2025')
    expect(yearRow(2025).querySelector('.index-year__value')?.textContent).toBe('3.02 Baik')
    expect(c().querySelector('.index-assessment')?.getAttribute('data-year')).toBe('2025')
  })

  it('shows a partial year as "n/total dinilai", and a year without levels as not assessed', async () => {
    page = await openIndexPage(example())
    await addYear('2026', { framework: 'pemdi-2026' })
    expect(yearRow(2026).querySelector('.index-year__value')?.textContent).toBe('belum dinilai')
    expect(yearRow(2026).textContent).toContain('perlu verifikasi')
    await choose(c().querySelector<HTMLSelectElement>('#index-2026-1-level')!, '3')
    await choose(c().querySelector<HTMLSelectElement>('#index-2026-2-level')!, '4')
    expect(yearRow(2026).querySelector('.index-year__meta')?.textContent).toContain('2/20 dinilai')
  })

  it('takes a year with only the published total into the history', async () => {
    page = await openIndexPage(example())
    await addYear('2020', { framework: 'spbe-2020' })
    expect(page.report().history.some((p) => p.year === 2020)).toBe(false)
    await fill(c().querySelector<HTMLInputElement>('#index-published-2020')!, '2,41')
    expect(assessment(2020)?.published).toBe(2.41)
    const point = page.report().history.find((p) => p.year === 2020)
    expect(point).toMatchObject({ index: 2.41, source: 'published' })
    expect(yearRow(2020).querySelector('.index-year__value')?.textContent).toBe('2.41 Cukup')
    expect(yearRow(2020).querySelector('.index-year__meta')?.textContent).toContain('terbit')
  })

  it('warns when the published total differs from the computed one', async () => {
    page = await openIndexPage(example())
    await fill(c().querySelector<HTMLInputElement>('#index-published-2024')!, '3.39')
    expect(c().querySelector('.index-assessment__head')?.textContent).toContain('Indeks terbit 3.39 berbeda dari hasil hitung 3.02')
  })

  it('removes a year only after confirmation, and Ctrl+Z brings it back', async () => {
    page = await openIndexPage(example())
    await click(yearRow(2022).querySelector('.index-year__remove'))
    const confirm = yearRow(2022).querySelector<HTMLElement>('.index-year__confirm')!
    expect(confirm.textContent).toContain('Hapus penilaian 2022')
    await click(buttonByText(confirm, 'Batal'))
    expect(assessment(2022)).toBeDefined()
    await click(yearRow(2022).querySelector('.index-year__remove'))
    await click(buttonByText(yearRow(2022), 'Hapus'))
    expect(assessment(2022)).toBeUndefined()
    expect(years()).toEqual(['2024', '2023', '2021'])
    await ctrlKey('z')
    expect(assessment(2022)?.published).toBe(2.6)
    expect(years()).toEqual(['2024', '2023', '2022', '2021'])
  })

  it('refuses a year that is already assessed, with the reason', async () => {
    page = await openIndexPage(example())
    const form = await addYear('2023')
    expect(form.querySelector('[role="alert"]')?.textContent).toBe('Tahun 2023 sudah dinilai')
  })
})
