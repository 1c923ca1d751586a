// @vitest-environment happy-dom
import { act, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DomainId } from '../../model/metamodel/types.ts'
import type { CatalogueExtension } from '../../model/project.ts'
import { localeStore } from '../i18n/locale.ts'
import { ReferenceCodePicker } from './ReferenceCodePicker.tsx'
import { click, createScreen, press, typeInto, type Screen } from './testDom.ts'

let screen: Screen
let changes: string[][]

function Harness({ domain, initial = [], extensions = [] }: { domain: DomainId; initial?: string[]; extensions?: CatalogueExtension[] }) {
  const [value, setValue] = useState(initial)
  return (
    <ReferenceCodePicker
      domain={domain}
      extensions={extensions}
      value={value}
      onChange={(codes) => {
        changes.push(codes)
        setValue(codes)
      }}
    />
  )
}

const search = () => screen.container.querySelector<HTMLInputElement>('input[role="combobox"]')!
const listbox = () => screen.container.querySelector<HTMLElement>('[role="listbox"]')!
const options = () => [...screen.container.querySelectorAll<HTMLElement>('[role="option"]')]
const optionCodes = () => options().map((o) => o.querySelector('.cat-entry__code')?.textContent)
const chips = () => [...screen.container.querySelectorAll('.ref-chip .ref-chip__code')].map((c) => c.textContent)

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  changes = []
  screen = createScreen()
})

afterEach(async () => {
  await screen.unmount()
})

describe('ReferenceCodePicker', () => {
  it('searches only the element\'s domain', async () => {
    await screen.render(<Harness domain="aplikasi" />)
    await typeInto(search(), 'aplikasi')
    expect(optionCodes().length).toBeGreaterThan(3)
    expect(optionCodes().every((c) => c?.startsWith('RAA'))).toBe(true)

    // "data" matches many RAD codes, none of which an application may use.
    await typeInto(search(), 'data')
    expect(optionCodes().some((c) => c?.startsWith('RAD'))).toBe(false)
  })

  it('explains when nothing matches', async () => {
    await screen.render(<Harness domain="aplikasi" />)
    await typeInto(search(), 'zzz tidak ada')
    expect(options()).toHaveLength(0)
    expect(screen.text()).toContain('Tidak ada kode RAA yang cocok dengan "zzz tidak ada".')
  })

  it('shows confidence with an explanation and marks inferred codes', async () => {
    await screen.render(<Harness domain="data" />)
    await typeInto(search(), 'RAD.01')
    const first = options()[0]!
    expect(first.querySelector('.cat-entry__code')?.textContent).toBe('RAD.01')
    const conf = first.querySelector<HTMLElement>('.cat-conf')!
    expect(conf.textContent).toBe('U')
    expect(conf.title).toBe('Keyakinan U: belum terkonfirmasi')
    expect(first.querySelector('[data-badge="unconfirmed"]')?.textContent).toBe('belum terkonfirmasi')

    await screen.render(<Harness domain="aplikasi" />)
    await typeInto(search(), 'RAA.01')
    const confirmed = options()[0]!
    expect(confirmed.querySelector('.cat-conf')?.textContent).toBe('R')
    expect(confirmed.querySelector('[data-badge="unconfirmed"]')).toBeNull()
  })

  it('moves with the arrow keys, picks with Enter and closes with Escape', async () => {
    await screen.render(<Harness domain="aplikasi" />)
    const input = search()
    await typeInto(input, 'aplikasi umum')
    expect(listbox().hidden).toBe(false)
    const codes = optionCodes()
    await press(input, 'ArrowDown')
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1]!.id)
    await press(input, 'Enter')
    expect(changes).toEqual([[codes[1]]])
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true')
    expect(chips()).toEqual([codes[1]])

    // Enter on a chosen code takes it off again.
    await press(input, 'Enter')
    expect(chips()).toEqual([])

    await press(input, 'Escape')
    expect(listbox().hidden).toBe(true)
    expect(input.getAttribute('aria-expanded')).toBe('false')
    await press(input, 'ArrowDown')
    expect(listbox().hidden).toBe(false)
  })

  it('shows chosen codes as removable chips, unconfirmed ones flagged', async () => {
    await screen.render(<Harness domain="data" initial={['RAD.03', 'RAD.99']} />)
    const [inferred, unknown] = [...screen.container.querySelectorAll<HTMLElement>('.ref-chip')]
    expect(inferred?.textContent).toContain('Data Pembangunan Kewilayahan')
    expect(inferred?.querySelector('.ref-chip__flag')?.textContent).toBe('belum terkonfirmasi')
    expect(unknown?.dataset.unknown).toBe('true')
    expect(unknown?.title).toBe('Kode ini tidak ada di katalog referensi.')
    await click(screen.container.querySelector('[aria-label="Hapus RAD.99"]'))
    expect(changes).toEqual([['RAD.03']])
  })

  it('browses the domain\'s catalogue as a tree', async () => {
    await screen.render(<Harness domain="aplikasi" initial={['RAA.02.01']} />)
    await click(screen.container.querySelector('[aria-label="Telusuri katalog RAA"]'))
    const tree = screen.container.querySelector<HTMLElement>('.cat-tree')!
    const visible = () => [...tree.querySelectorAll('.cat-tree__entry .cat-entry__code')].map((c) => c.textContent)
    // The root and the path to the chosen code start open.
    expect(visible()).toEqual(['RAA', 'RAA.01', 'RAA.02', 'RAA.02.01', 'RAA.02.02'])
    expect(tree.querySelector('[aria-pressed="true"] .cat-entry__code')?.textContent).toBe('RAA.02.01')

    await click(tree.querySelector('[aria-label="Buka RAA.01"]'))
    expect(visible()).toContain('RAA.01.02')
    const entry = [...tree.querySelectorAll('.cat-tree__entry')].find((b) => b.querySelector('.cat-entry__code')?.textContent === 'RAA.01.02')
    await click(entry)
    expect(changes.at(-1)).toEqual(['RAA.02.01', 'RAA.01.02'])

    await click(tree.querySelector('[aria-label="Tutup RAA.02"]'))
    expect(visible()).not.toContain('RAA.02.01')
    await press(tree.querySelector<HTMLElement>('.cat-tree__entry')!, 'Escape')
    expect(screen.container.querySelector('.cat-tree')).toBeNull()
  })

  it('includes the project\'s own catalogue extensions, marked local', async () => {
    // Local codes start at level 4, under a national level-3 code.
    const extensions = [{ code: 'RAB.01.01.01.01', parent: 'RAB.01.01.01', name: 'Strategi pertahanan daerah' }]
    await screen.render(<Harness domain="proses-bisnis" extensions={extensions} />)
    await typeInto(search(), 'pertahanan daerah')
    expect(optionCodes()).toEqual(['RAB.01.01.01.01'])
    expect(options()[0]!.querySelector('[data-badge="local"]')?.textContent).toBe('lokal')
  })

  it('speaks the chosen language', async () => {
    await screen.render(<Harness domain="data" />)
    await act(async () => localeStore.getState().setLocale('en'))
    expect(search().placeholder).toBe('Search RAD…')
    await typeInto(search(), 'RAD.01')
    expect(options()[0]!.querySelector('[data-badge="unconfirmed"]')?.textContent).toBe('unconfirmed')
    expect(screen.container.querySelector('[aria-label="Browse the RAD catalogue"]')?.textContent).toBe('Browse')
  })
})
