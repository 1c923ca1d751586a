// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { builtinFramework } from '../../analysis/index/builtinFrameworks.ts'
import { addAssessment } from '../../model/commands/indexCommands.ts'
import { localOrigin } from '../../model/origin.ts'
import { localeStore } from '../i18n/locale.ts'
import { buttonByText, click, typeInto } from '../properties/testDom.ts'
import { example, openIndexPage, settle, type Opened } from './indexPageTestKit.tsx'

let page: Opened
afterEach(async () => page?.close())

const c = () => page.screen.container
const card = (id: string) => c().querySelector<HTMLElement>(`.index-framework[data-framework="${id}"]`)
const weightInput = (n: number) => c().querySelector<HTMLInputElement>(`.index-framework-editor tr[data-indicator="${n}"] input[inputmode="decimal"]`)!
const errors = () => [...c().querySelectorAll('.index-errors li')].map((li) => li.textContent)
const saveButton = () => buttonByText(c(), 'Simpan kerangka')!

async function openFrameworks(): Promise<void> {
  page = await openIndexPage(example())
  await click(buttonByText(c(), 'Kerangka'))
}

async function upload(name: string, text: string): Promise<void> {
  const input = c().querySelector<HTMLInputElement>('.index-frameworks__load input[type="file"]')!
  const file = new File([text], name, { type: 'application/json' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
  await settle()
}

/** A valid framework of the project's own: the shipped one under another id. */
function ownFramework(id: string): string {
  return JSON.stringify({ ...builtinFramework('spbe-2020')!, id, name: { id: 'Kerangka Daerah 2027' } })
}

describe('the evaluation frameworks', () => {
  it('lists the shipped frameworks with source, confidence, counts and the Pemdi verification note', async () => {
    await openFrameworks()
    const spbe = card('spbe-2020')!
    expect(spbe.textContent).toContain('Bawaan Cetakbiru')
    expect(spbe.textContent).toContain('Keyakinan R')
    expect(spbe.textContent).toContain('Terverifikasi')
    expect(spbe.textContent).toContain('8 aspek · 47 indikator · 5 tingkat')
    const pemdi = card('pemdi-2026')!
    expect(pemdi.querySelector('.index-tag--warn')?.textContent).toBe('perlu verifikasi')
    expect(pemdi.querySelector('.index-warning')?.textContent).toContain('teks PermenPANRB 8/2026 belum dikonfirmasi')
    expect(pemdi.textContent).toContain('7 aspek · 20 indikator')

    // Inspecting one shows levels, bands and indicators with weights.
    await click(buttonByText(spbe, 'Lihat isi'))
    const details = spbe.querySelector<HTMLElement>('.index-framework-details')!
    expect(details.textContent).toContain('Terpadu dan Terukur')
    expect(details.textContent).toContain('Sangat Baik3.50 sampai < 4.20')
    expect(details.textContent).toContain('Memuaskan4.20 sampai 5.00')
    expect(details.querySelectorAll('.index-framework-details__indicators tbody tr:not(.index-framework-details__aspect)').length).toBe(47)
  })

  it('lists every error of a bad file with its JSON path, in the UI language', async () => {
    await openFrameworks()
    const bad = JSON.parse(ownFramework('kerangka-rusak')) as { aspects: { indicators: { weight: unknown }[] }[] }
    bad.aspects[2]!.indicators[1]!.weight = 'dua'
    await upload('kerangka-rusak.json', JSON.stringify(bad))
    expect(c().querySelector('.index-frameworks__load [role="alert"]')?.textContent).toContain('Berkas kerangka-rusak.json tidak dapat dimuat')
    expect(errors().some((e) => e?.startsWith('aspects[2].indicators[1].weight') && e.includes('harus bertipe angka'))).toBe(true)
    expect(page.data().index.frameworks).toEqual([])

    await upload('bukan.json', '{ "id": ')
    expect(errors()[0]).toMatch(/^\(file\)\s*Bukan JSON yang sah/)

    await act(async () => localeStore.setState({ locale: 'en' }))
    await upload('kerangka-rusak.json', JSON.stringify(bad))
    expect(errors().some((e) => e?.startsWith('aspects[2].indicators[1].weight') && e.includes('must be a number'))).toBe(true)
  })

  it('loads a good file into the project, and refuses one that takes a shipped id', async () => {
    await openFrameworks()
    await upload('daerah.json', ownFramework('kerangka-daerah'))
    expect(c().querySelector('.index-ok')?.textContent).toBe('Kerangka "Kerangka Daerah 2027" (kerangka-daerah) dimuat ke proyek.')
    expect(card('kerangka-daerah')?.textContent).toContain('Milik proyek')
    expect(page.data().index.frameworks.map((f) => f.id)).toEqual(['kerangka-daerah'])

    await upload('spbe.json', ownFramework('spbe-2020'))
    expect(c().querySelector('.index-frameworks__load .field__error')?.textContent).toBe('Kerangka "spbe-2020" sudah disertakan Cetakbiru; beri id lain')
    expect(page.data().index.frameworks.map((f) => f.id)).toEqual(['kerangka-daerah'])
  })

  it('copies a framework, keeps Save off while the weights do not add up to 100, and saves it', async () => {
    await openFrameworks()
    await click(buttonByText(card('spbe-2020')!, 'Salin untuk diubah'))
    const idInput = card('spbe-2020')!.querySelector<HTMLInputElement>('.index-copy input')!
    expect(idInput.value).toBe('spbe-2020-salinan')
    await typeInto(idInput, 'pemdi-2026')
    expect(card('spbe-2020')!.querySelector('.index-copy .field__error')?.textContent).toBe('Id "pemdi-2026" sudah dipakai kerangka lain.')
    await typeInto(idInput, 'spbe-2020-daerah')
    await click(buttonByText(c(), 'Salin dan ubah'))

    expect(c().querySelector('.index-framework-editor h3')?.textContent).toBe('Ubah kerangka spbe-2020-daerah')
    expect(c().querySelector('[data-testid="framework-weight-sum"]')?.textContent).toBe('Jumlah bobot indikator: 100% dari 100%')
    expect(saveButton().disabled).toBe(false)

    await typeInto(weightInput(1), '2,3')
    expect(c().querySelector('[data-testid="framework-weight-sum"]')?.textContent).toBe('Jumlah bobot indikator: 101% dari 100%')
    expect(saveButton().disabled).toBe(true)
    expect(errors()).toContain('aspects jumlah bobot semua indikator harus 100, bukan 101')

    await typeInto(weightInput(2), 'x')
    expect(weightInput(2).getAttribute('aria-invalid')).toBe('true')
    expect(errors().some((e) => e?.startsWith('aspects[0].indicators[1].weight'))).toBe(true)

    await typeInto(weightInput(2), '0,3')
    const name = c().querySelector<HTMLInputElement>('.index-framework-editor tr[data-indicator="1"] input:not([inputmode])')!
    await typeInto(name, 'Kebijakan Arsitektur SPBE Daerah')
    expect(errors()).toEqual([])
    expect(saveButton().disabled).toBe(false)
    await click(saveButton())

    const saved = page.data().index.frameworks.find((f) => f.id === 'spbe-2020-daerah') as unknown as ReturnType<typeof builtinFramework>
    expect(saved).toBeDefined()
    const first = saved!.aspects[0]!
    expect(first.indicators[0]).toMatchObject({ weight: 2.3, name: { id: 'Kebijakan Arsitektur SPBE Daerah' } })
    expect(first.indicators[1]!.weight).toBe(0.3)
    // The aspect and domain weights followed their indicators.
    expect(first.weight).toBe(13)
    expect(card('spbe-2020-daerah')?.textContent).toContain('Milik proyek')
    expect(c().querySelector('.index-ok')?.textContent).toBe('Kerangka spbe-2020-daerah disimpan di proyek.')
  })

  it('checks predicate bands live: a gap is named with its path', async () => {
    await openFrameworks()
    await click(buttonByText(card('spbe-2020')!, 'Salin untuk diubah'))
    await click(buttonByText(c(), 'Salin dan ubah'))
    const min = c().querySelector<HTMLInputElement>('input[aria-label="Batas bawah predikat Baik"]')!
    await typeInto(min, '2.7')
    expect(errors().some((e) => e?.startsWith('predicates[2].min') && e.includes('bercelah atau bertumpang tindih'))).toBe(true)
    expect(min.getAttribute('aria-invalid')).toBe('true')
    expect(saveButton().disabled).toBe(true)
    await typeInto(min, '2.6')
    expect(errors()).toEqual([])
  })

  it('removes a project framework, but not while a year uses it', async () => {
    await openFrameworks()
    await upload('daerah.json', ownFramework('kerangka-daerah'))
    await act(async () => {
      addAssessment({ doc: page.doc, origin: localOrigin('kolega') }, 2026, 'kerangka-daerah')
    })
    await click(buttonByText(card('kerangka-daerah')!, 'Hapus'))
    expect(c().querySelector('.index-frameworks__load .field__error')?.textContent).toBe('Kerangka "kerangka-daerah" masih dipakai penilaian 2026')
    expect(page.data().index.frameworks.length).toBe(1)
    await act(async () => {
      page.doc.transact(() => page.doc.getMap('assessments').delete('2026'))
    })
    await click(buttonByText(card('kerangka-daerah')!, 'Hapus'))
    expect(page.data().index.frameworks).toEqual([])
    expect(card('kerangka-daerah')).toBeNull()
  })
})
