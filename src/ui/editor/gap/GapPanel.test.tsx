// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { localeStore } from '../../i18n/locale.ts'
import { choose, click, createScreen, typeInto, type Screen } from '../../properties/testDom.ts'
import { EditorEnvContext } from '../EditorContext.tsx'
import { openEditorFixture, type EditorFixture } from '../testing/editorFixture.ts'
import { GapPanel } from './GapPanel.tsx'

let screen: Screen
let f: EditorFixture

const $$ = (selector: string): HTMLElement[] => [...screen.container.querySelectorAll<HTMLElement>(selector)]
/** Each group as "title count", in order. */
const headers = (): string[] => $$('.gap-group__toggle').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())
const entries = (group?: string): string[] =>
  $$(`${group ? `[data-gap-group="${group}"] ` : ''}.gap-entry__label`).map((e) => e.textContent!)
const entry = (label: string): HTMLElement => $$('.gap-entry').find((b) => b.querySelector('.gap-entry__label')!.textContent === label)!
const select = (label: string): HTMLSelectElement =>
  [...screen.container.querySelectorAll('select')].find((s) => screen.container.querySelector(`label[for="${s.id}"]`)?.textContent === label)!

beforeEach(async () => {
  localeStore.setState({ locale: 'id' })
  f = openEditorFixture()
  screen = createScreen()
  await screen.render(
    <EditorEnvContext value={f.env}>
      <GapPanel />
    </EditorEnvContext>,
  )
})

afterEach(async () => {
  await screen.unmount()
  f.projection.destroy()
})

describe('GapPanel', () => {
  it('groups the changes as-is → target by type then domain, and the findings by rule, with counts', () => {
    const changeHeaders = headers().filter((h) => /^(Baru|Berubah|Dihentikan)/.test(h))
    expect(changeHeaders).toEqual(['Baru2', 'Berubah1', 'Dihentikan2'])
    expect($$('[data-gap-group="added"] .gap-subgroup__title').map((h) => h.textContent)).toEqual(['Aplikasi 1', 'Infrastruktur 1'])
    expect(entries('added')).toEqual(['SIAK Terpusat berjalan di Pusat Data Nasional', 'Pusat Data Nasional'])
    expect(entries('changed')).toEqual(['Layanan KTP-el'])
    expect($$('[data-gap-group="changed"] .gap-entry__detail')[0]!.textContent).toBe('Layanan Publik · Berubah: Metode layanan')
    expect(entries('removed')).toEqual(['SIAK Terpusat berjalan di Server Disdukcapil', 'Server Disdukcapil'])
    expect(screen.text()).toContain('Perubahan Kondisi Saat Ini → Kondisi Target (2029)')

    // Findings of the target, one group per rule, each with its severity.
    const findingGroups = $$('.gap-group').filter((g) => g.querySelector('.severity-badge'))
    expect(findingGroups.length).toBeGreaterThan(0)
    for (const g of findingGroups) {
      const count = Number(g.querySelector('.gap-group__toggle .gap-panel__count')!.textContent)
      expect(g.querySelectorAll('.gap-entry').length).toBe(count)
    }
    // Names and messages, never ids.
    for (const id of ['apl-siak', 'inf-server', 'inf-pdn', 'r-runs-new', 'lay-ktp', 'opd-dukcapil']) expect(screen.text()).not.toContain(id)
  })

  it('filters by text, domain and type, and says when nothing matches', async () => {
    const search = screen.container.querySelector<HTMLInputElement>('input[type="search"]')!
    await typeInto(search, 'pusat data')
    expect(entries('added')).toEqual(['SIAK Terpusat berjalan di Pusat Data Nasional', 'Pusat Data Nasional'])
    expect(entries('removed')).toEqual([])
    await typeInto(search, '')
    await choose(select('Domain'), 'infrastruktur')
    expect(entries('added')).toEqual(['Pusat Data Nasional'])
    expect(entries('removed')).toEqual(['Server Disdukcapil'])
    await choose(select('Jenis'), 'removed')
    expect(headers()).toEqual(['Dihentikan1'])
    await typeInto(search, 'tidak ada yang begini')
    expect(screen.text()).toContain('Tidak ada yang cocok dengan saringan ini.')
    await click([...screen.container.querySelectorAll('button')].find((b) => b.textContent === 'Hapus saringan'))
    expect(headers().filter((h) => /^(Baru|Berubah|Dihentikan)/.test(h))).toEqual(['Baru2', 'Berubah1', 'Dihentikan2'])
  })

  it('focuses the elements of a clicked entry: view, state, selection and a frame request', async () => {
    expect(f.env.ui.getState().viewId).toBe('v-aplikasi')
    await click(entry('Server Disdukcapil'))
    let ui = f.env.ui.getState()
    expect(ui.viewId).toBe('v-lintas') // the only view that holds it
    expect(ui.stateId).toBe('asis') // retired: seen in the earlier state
    expect([...ui.selection.nodes]).toEqual(['inf-server'])
    expect(ui.frame).toMatchObject({ viewId: 'v-lintas', elementIds: ['inf-server'] })

    await click(entry('Pusat Data Nasional'))
    ui = f.env.ui.getState()
    expect(ui.stateId).toBe('target') // new: only in the target
    expect([...ui.selection.nodes]).toEqual(['inf-pdn'])

    await click(entry('SIAK Terpusat berjalan di Pusat Data Nasional'))
    expect([...f.env.ui.getState().selection.nodes].sort()).toEqual(['apl-siak', 'inf-pdn'])
  })

  it('compares the states chosen in the panel, shared with the overlay', async () => {
    await choose(select('Ke'), 'asis')
    expect(screen.text()).toContain('Pilih dua kondisi yang berbeda')
    expect(f.env.ui.getState().gap.to).toBe('asis')
    await choose(select('Dari'), 'target')
    // Target → as-is: what is new in the target reads as retired, and the other way round.
    expect(entries('removed')).toEqual(['SIAK Terpusat berjalan di Pusat Data Nasional', 'Pusat Data Nasional'])
  })
})
