// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import { createElement, setAttribute } from '../../model/commands/elementCommands.ts'
import { localOrigin, systemOrigin } from '../../model/origin.ts'
import { createProjection, readProjectData, type Projection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { localeStore } from '../i18n/locale.ts'
import { PropertiesPanel } from './PropertiesPanel.tsx'
import { blur, buttonByText, choose, click, createScreen, field, fill, rowOf, typeInto, type Screen } from './testDom.ts'

const USER = 'ani'
let screen: Screen
let doc: Y.Doc
let projection: Projection

async function open(elementId: string | undefined, stateId = 'asis'): Promise<void> {
  await screen.render(<PropertiesPanel doc={doc} store={projection.store} elementId={elementId} stateId={stateId} userId={USER} />)
}

const element = (id: string) => readProjectData(doc).elements.find((e) => e.id === id)
const panel = (): HTMLElement => screen.container

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  doc = createDocFromProject(smallProject())
  projection = createProjection(doc)
  screen = createScreen()
})

afterEach(async () => {
  await screen.unmount()
  projection.destroy()
})

describe('PropertiesPanel', () => {
  it('explains how to select an element when nothing is selected', async () => {
    await open(undefined)
    expect(screen.text()).toContain('Belum ada elemen terpilih')
    expect(screen.text()).toContain('Pilih elemen di diagram')
    expect(panel().querySelector('input')).toBeNull()
  })

  it('shows the kind in its domain colour and the fields the metamodel defines', async () => {
    await open('apl-siak')
    const section = panel().querySelector<HTMLElement>('section.props')!
    expect(section.dataset.domain).toBe('aplikasi')
    expect(section.style.getPropertyValue('--domain-color')).toBe('#7c3aed')
    expect(section.querySelector('.props__kind')?.textContent).toContain('Aplikasi Khusus')
    expect(field(section, 'Nama').value).toBe('SIAK Terpusat')
    expect(field<HTMLSelectElement>(section, 'Perangkat daerah pemilik').value).toBe('opd-dukcapil')
    expect(field(section, 'Tahun mulai').type).toBe('number')
    expect(field(section, 'Penanggung jawab').tagName).toBe('SELECT')
    expect(field(section, 'Fungsi aplikasi').value).toBe('Administrasi kependudukan')
  })

  it('renames through the command, and the user\'s undo takes it back', async () => {
    const undo = createUserUndo(doc, USER)
    await open('apl-siak')
    await fill(field(panel(), 'Nama'), '  SIAK Daerah ')
    expect(element('apl-siak')?.name).toBe('SIAK Daerah')
    expect(field(panel(), 'Nama').value).toBe('SIAK Daerah')
    await act(async () => undo.undo())
    expect(element('apl-siak')?.name).toBe('SIAK Terpusat')
    expect(field(panel(), 'Nama').value).toBe('SIAK Terpusat')
    undo.destroy()
  })

  it('refuses an empty name with the command\'s error and keeps the old name', async () => {
    await open('apl-siak')
    const name = field(panel(), 'Nama')
    expect(name.getAttribute('aria-required')).toBe('true')
    await fill(name, '')
    expect(element('apl-siak')?.name).toBe('SIAK Terpusat')
    expect(rowOf(name).querySelector('[role="alert"]')?.textContent).toBe('Nama elemen wajib diisi')
    expect(name.getAttribute('aria-invalid')).toBe('true')
  })

  it('marks a required field that is empty', async () => {
    const created = createElement({ doc, origin: systemOrigin('test') }, { kind: 'aplikasi-umum', name: 'Aplikasi Baru' })
    if (!created.ok) throw new Error('not created')
    await open(created.value)
    const fn = field(panel(), 'Fungsi aplikasi')
    expect(fn.getAttribute('aria-required')).toBe('true')
    expect(rowOf(fn).dataset.missing).toBe('true')
    expect(rowOf(fn).querySelector('.prop-field__missing')?.textContent).toBe('Wajib diisi')
    expect(rowOf(fn).querySelector('.prop-field__required')?.textContent).toBe('*')
    // An optional empty field is not marked.
    expect(rowOf(field(panel(), 'Luaran')).dataset.missing).toBeUndefined()
    await fill(fn, 'Persuratan')
    expect(rowOf(field(panel(), 'Fungsi aplikasi')).dataset.missing).toBeUndefined()
  })

  it('offers exactly the metamodel\'s enum options, labelled in the current language', async () => {
    await open('lay-ktp')
    const mode = field<HTMLSelectElement>(panel(), 'Metode layanan')
    const options = [...mode.options].filter((o) => o.value !== '')
    expect(options.map((o) => o.value)).toEqual(['daring', 'luring', 'hibrida'])
    expect(options.map((o) => o.textContent)).toEqual(['Daring', 'Luring', 'Daring dan luring'])
    expect(mode.value).toBe('luring')
  })

  it('edits the target only, leaving the as-is value, and shows the as-is value beside it', async () => {
    await open('lay-ktp', 'target')
    const mode = field<HTMLSelectElement>(panel(), 'Metode layanan')
    expect(mode.value).toBe('daring')
    expect(rowOf(mode).querySelector('[data-note="asis"]')?.textContent).toContain('Saat ini: Luring')

    const purpose = field(panel(), 'Tujuan layanan')
    expect(rowOf(purpose).querySelector('[data-note="asis"]')).toBeNull()
    await fill(purpose, 'Penerbitan KTP-el daring')
    const e = element('lay-ktp')!
    expect(e.attrs.purpose).toBe('Penerbitan KTP-el')
    expect(e.states.target?.attrs?.purpose).toBe('Penerbitan KTP-el daring')
    expect(rowOf(field(panel(), 'Tujuan layanan')).querySelector('[data-note="asis"]')?.textContent).toContain('Saat ini: Penerbitan KTP-el')

    // Back to the as-is value: the target no longer records its own.
    await click(buttonByText(rowOf(field(panel(), 'Tujuan layanan')), 'Pakai nilai saat ini'))
    expect(element('lay-ktp')!.states.target?.attrs?.purpose).toBeUndefined()
  })

  it('edits the base in the as-is and says the target keeps its own values', async () => {
    await open('lay-ktp', 'asis')
    expect(panel().querySelector('[data-note="separate"]')?.textContent).toContain('Nilai di Kondisi Target dicatat terpisah')
    const mode = field<HTMLSelectElement>(panel(), 'Metode layanan')
    expect(rowOf(mode).querySelector('[data-note="target"]')?.textContent).toBe('Di Kondisi Target: Daring')
    await choose(mode, 'hibrida')
    const e = element('lay-ktp')!
    expect(e.attrs.deliveryMode).toBe('hibrida')
    expect(e.states.target?.attrs?.deliveryMode).toBe('daring')
  })

  it('shows a refused value\'s error next to the field and writes nothing', async () => {
    await open('inf-server')
    const memory = field(panel(), 'Memori (GB)')
    expect(rowOf(memory).querySelector('.prop-number__unit')?.textContent).toBe('GB')
    await fill(memory, '-4')
    expect(element('inf-server')?.attrs.memoryGb).toBeUndefined()
    expect(rowOf(memory).querySelector('[role="alert"]')?.textContent).toBe('Memori (GB): paling kecil 0')
    expect(memory.value).toBe('-4')
    await fill(memory, '64')
    expect(element('inf-server')?.attrs.memoryGb).toBe(64)
    expect(rowOf(memory).querySelector('[role="alert"]')).toBeNull()
  })

  it('saves what was typed when the selection moves on before the field is left', async () => {
    await open('apl-siak')
    await typeInto(field(panel(), 'Kode'), 'APL-777')
    await open('lay-ktp')
    expect(element('apl-siak')?.code).toBe('APL-777')
    expect(field(panel(), 'Kode').value).toBe('LAY-001')
  })

  it('writes a date attribute', async () => {
    await open('kam-audit')
    const date = field(panel(), 'Terakhir dilaksanakan')
    expect(date.type).toBe('date')
    await fill(date, '2025-03-01')
    expect(element('kam-audit')?.attrs.lastPerformed).toBe('2025-03-01')
  })

  it('shows a colleague\'s change to a field unless the user is typing in it', async () => {
    await open('apl-siak')
    const colleague = { doc, origin: localOrigin('budi') }
    await act(async () => void setAttribute(colleague, 'apl-siak', 'output', 'Dokumen kependudukan'))
    expect(field(panel(), 'Luaran').value).toBe('Dokumen kependudukan')

    const output = field(panel(), 'Luaran')
    await typeInto(output, 'Akta')
    await act(async () => void setAttribute(colleague, 'apl-siak', 'output', 'KK'))
    expect(output.value).toBe('Akta')
    await blur(output)
    expect(element('apl-siak')?.attrs.output).toBe('Akta')
  })

  it('retires an element in the target, which then offers to bring it back', async () => {
    await open('apl-siak', 'target')
    expect(panel().querySelector('.props-status')?.textContent).toBe('tetap')
    await click(buttonByText(panel(), 'Hentikan di Kondisi Target'))
    const e = element('apl-siak')!
    expect(Object.keys(e.states)).toEqual(['asis'])
    expect(screen.text()).toContain('Elemen ini tidak ada di Kondisi Target.')
    await click(buttonByText(panel(), 'Bawa ke Kondisi Target'))
    expect(element('apl-siak')?.states.target?.status).toBe('tetap')
  })

  it('marks an element for development in the target', async () => {
    await open('apl-siak', 'target')
    await click(buttonByText(panel(), 'Tandai pengembangan'))
    expect(element('apl-siak')?.states.target?.status).toBe('pengembangan')
    expect(panel().querySelector('.props-status')?.textContent).toBe('pengembangan')
    expect(buttonByText(panel(), 'Tandai pengembangan')).toBeUndefined()
  })

  it('offers to bring an as-is element into the target, and explains a new one', async () => {
    await open('inf-server', 'asis')
    expect(screen.text()).toContain('Tidak dibawa ke Kondisi Target (dihentikan)')
    await click(buttonByText(panel(), 'Bawa ke Kondisi Target'))
    expect(element('inf-server')?.states.target?.status).toBe('tetap')

    await open('inf-pdn', 'target')
    expect(panel().querySelector('.props-status')?.textContent).toBe('baru')
    expect(screen.text()).toContain('Elemen baru: belum ada di Kondisi Saat Ini.')
    expect(buttonByText(panel(), 'Hentikan di Kondisi Target')).toBeUndefined()
  })

  it('shows the findings about the element inline, and updates them', async () => {
    await open('dat-penduduk')
    const finding = panel().querySelector('.props-findings [data-rule="low-confidence-reference-code"]')
    expect(finding?.textContent).toContain('Kode RAD.03 belum terkonfirmasi')
    expect(finding?.querySelector('.severity-badge')?.textContent).toBe('Info')

    await choose(field<HTMLSelectElement>(panel(), 'Perangkat daerah pemilik'), '')
    expect(element('dat-penduduk')?.ownerOpd).toBeUndefined()
    expect(panel().querySelector('.props-findings [data-rule="missing-owner-opd"]')).not.toBeNull()
    // Findings about other elements stay out.
    expect(panel().querySelectorAll('.props-finding')).toHaveLength(2)
  })

  it('edits user OPD, goals and reference codes as lists', async () => {
    await open('apl-siak')
    await choose(field<HTMLSelectElement>(panel(), 'Perangkat daerah pengguna'), 'opd-kominfo')
    expect(element('apl-siak')?.userOpds).toEqual(['opd-kominfo'])

    const goals = field<HTMLSelectElement>(panel(), 'Sasaran RPJMD yang didukung')
    expect([...goals.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['Visi', 'Sasaran', 'Indikator kinerja utama (IKU)'])
    await choose(goals, 'g-iku')
    expect(element('apl-siak')?.goals).toEqual(['g-iku'])

    await click(panel().querySelector('[aria-label="Hapus RAA.02.01"]'))
    expect(element('apl-siak')?.refCodes).toBeUndefined()
  })

  it('switches its labels with the language', async () => {
    await open('lay-ktp', 'target')
    await act(async () => localeStore.getState().setLocale('en'))
    expect(field(panel(), 'Name').value).toBe('Layanan KTP-el')
    const mode = field<HTMLSelectElement>(panel(), 'Delivery mode')
    expect([...mode.options].filter((o) => o.value !== '').map((o) => o.textContent)).toEqual(['Online', 'Offline', 'Hybrid'])
    expect(rowOf(mode).querySelector('[data-note="asis"]')?.textContent).toContain('Currently: Offline')
    expect(buttonByText(panel(), 'Retire in the target state')).toBeDefined()
    expect(panel().querySelector('.props__kind')?.textContent).toContain('Public service')
  })

  it('says so when the selected element was deleted', async () => {
    await open('e-hilang')
    expect(screen.text()).toContain('Elemen tidak ditemukan')
  })
})
