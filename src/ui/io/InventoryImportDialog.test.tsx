// @vitest-environment happy-dom
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { createProjection, readProjectData, type Projection } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import { localeStore } from '../i18n/locale.ts'
import { buttonByText, choose, click, createScreen, type Screen } from '../properties/testDom.ts'
import { inThreadRunner, IoRunnerContext } from './ioClient.ts'
import { runIoJob } from './ioJobs.ts'
import { InventoryImportDialog } from './InventoryImportDialog.tsx'

const USER = 'ani'
const CSV = [
  'Nama Aplikasi,Kode,Ringkasan,OPD,Tipe lisensi',
  'Aplikasi Impor Satu,IMP-1,Catatan satu,Diskominfo,',
  'Aplikasi Impor Dua,IMP-2,Catatan dua,Dinas Baru,',
  'Aplikasi Rusak,IMP-4,Catatan,Diskominfo,bukan lisensi apa pun',
  ',IMP-3,Tanpa nama,Diskominfo,',
].join('\n')

let screen: Screen
let doc: Y.Doc
let projection: Projection
let closed: number

/** Lets the in-thread job (a few promise turns) finish and React render its result. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(async () => { await new Promise((r) => setTimeout(r, 5)) })
}

const dialog = (): HTMLElement => screen.container.querySelector('[data-testid="inventory-import"]')!
const select = (column: string): HTMLSelectElement => dialog().querySelector(`select[aria-label="Tujuan kolom ${column}"]`)!
const count = (key: string): string => dialog().querySelector(`[data-count="${key}"] dd`)!.textContent ?? ''

async function pickFile(text: string, name = 'inventaris.csv'): Promise<void> {
  const input = dialog().querySelector<HTMLInputElement>('input[type=file]')!
  const file = new File([text], name, { type: 'text/csv' })
  Object.defineProperty(input, 'files', { configurable: true, value: [file] })
  await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })) })
  await click(buttonByText(dialog(), 'Baca berkas'))
  await settle()
}

beforeEach(async () => {
  localeStore.getState().setLocale('id')
  screen = createScreen()
  doc = createDocFromProject(smallProject())
  projection = createProjection(doc)
  closed = 0
  await screen.render(
    <IoRunnerContext.Provider value={inThreadRunner(runIoJob)}>
      <InventoryImportDialog doc={doc} store={projection.store} userId={USER} onClose={() => closed++} />
    </IoRunnerContext.Provider>,
  )
})

afterEach(async () => {
  await screen.unmount()
  projection.destroy?.()
  doc.destroy()
})

describe('the inventory import dialog', () => {
  it('suggests a mapping from the headers, and each column can be sent elsewhere or left out', async () => {
    await pickFile(CSV)
    expect(dialog().textContent).toContain('4 baris dari inventaris.csv')
    expect(select('Nama Aplikasi').value).toBe('name')
    expect(select('Kode').value).toBe('code')
    expect(select('OPD').value).toBe('ownerOpd')
    expect(select('Ringkasan').value).toBe('')
    // The metamodel's attribute labels are offered, not raw names.
    expect([...select('Ringkasan').options].map((o) => o.textContent)).toContain('Tipe lisensi')

    await choose(select('Ringkasan'), 'description')
    expect(select('Ringkasan').value).toBe('description')
    // Without a name column the preview waits, and says why.
    await choose(select('Nama Aplikasi'), '')
    expect(dialog().querySelector('[role=alert]')?.textContent).toContain('kolom untuk nama elemen')
    expect(buttonByText(dialog(), 'Pratinjau')!.disabled).toBe(true)
    await choose(select('Nama Aplikasi'), 'name')
    expect(buttonByText(dialog(), 'Pratinjau')!.disabled).toBe(false)
  })

  it('previews creates, skips with the row and column, and new OPD; applying is one undo step', async () => {
    const before = readProjectData(doc)
    const undo = createUserUndo(doc, USER)
    await pickFile(CSV)
    await choose(select('Ringkasan'), 'description')
    await click(buttonByText(dialog(), 'Pratinjau'))
    await settle()
    expect([count('create'), count('update'), count('skip'), count('opd')]).toEqual(['2', '0', '2', '1'])
    const issueRows = [...dialog().querySelectorAll('.io-issues tbody tr')].map((r) => r.textContent ?? '')
    // The bad cell with its row and column; the row without a name with its row.
    expect(issueRows.some((r) => r.startsWith('baris 4, kolom 5 (Tipe lisensi)'))).toBe(true)
    expect(issueRows.some((r) => r.startsWith('baris 5') && r.includes('nama kosong'))).toBe(true)
    // Nothing is written by the preview.
    expect(readProjectData(doc).elements).toHaveLength(before.elements.length)

    await click(buttonByText(dialog(), 'Terapkan impor'))
    const after = readProjectData(doc)
    expect(after.elements).toHaveLength(before.elements.length + 2)
    const added = after.elements.find((e) => e.code === 'IMP-1')!
    expect(added).toMatchObject({ name: 'Aplikasi Impor Satu', description: 'Catatan satu', ownerOpd: 'opd-kominfo' })
    expect(after.opd.map((o) => o.name)).toContain('Dinas Baru')
    expect(dialog().textContent).toContain('2 elemen baru dan 0 elemen diperbarui')

    expect(undo.undoStack).toHaveLength(1)
    undo.undo()
    const undone = readProjectData(doc)
    expect(undone.elements).toHaveLength(before.elements.length)
    expect(undone.opd).toHaveLength(before.opd.length)
    undo.destroy()

    await click(buttonByText(dialog(), 'Tutup'))
    expect(closed).toBe(1)
  })

  it('shows a file that cannot be read as a table of problems, and stays on the first step', async () => {
    await pickFile('', 'kosong.csv')
    expect(screen.container.querySelector('[role=alertdialog]')?.textContent).toContain('kosong.csv tidak dapat dibaca')
    expect(dialog().querySelector('input[type=file]')).not.toBeNull()
  })
})
