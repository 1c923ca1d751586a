import { describe, expect, it } from 'vitest'
import { localeStore } from '../../i18n/locale.ts'
import { selectOnly, selectState, selectView } from '../editorStore.ts'
import { editorProject, openEditorFixture } from '../testing/editorFixture.ts'
import { CLIPBOARD_MARKER, parsePayload, serializePayload, type ClipboardPayload } from './clipboardPayload.ts'
import { copySelection, rememberedCopy } from './copySelection.ts'
import { duplicateSelection } from './duplicateSelection.ts'
import { copyName, pasteElements } from './pasteElements.ts'

const nodeOf = (f: ReturnType<typeof openEditorFixture>, viewId: string, id: string) =>
  f.projection.store.getState().views.get(viewId)!.nodes.find((n) => n.element === id)

describe('copy', () => {
  it('takes the selected elements as they are in the shown state, and only the relations among them', () => {
    const f = openEditorFixture()
    selectView(f.env.ui, 'v-lintas')
    selectOnly(f.env.ui, ['apl-siak', 'dat-penduduk', 'inf-server'])
    const copy = copySelection(f.env)!
    expect(copy.format).toBe(CLIPBOARD_MARKER)
    expect(copy.projectId).toBe('p-kecil')
    expect(copy.elements.map((e) => e.id).sort()).toEqual(['apl-siak', 'dat-penduduk', 'inf-server'])
    // uses-data and the as-is runs-on join copied elements; realizes, protects and the target's runs-on do not.
    expect(copy.relations.map((r) => `${r.kind}:${r.source}>${r.target}`).sort()).toEqual(['runs-on:apl-siak>inf-server', 'uses-data:apl-siak>dat-penduduk'])
    expect(rememberedCopy()).toBe(copy)
  })

  it('copies the values of the shown state, and is undefined without a selection', () => {
    const f = openEditorFixture()
    selectView(f.env.ui, 'v-lintas')
    selectState(f.env.ui, 'target')
    selectOnly(f.env.ui, ['lay-ktp'])
    expect(copySelection(f.env)!.elements[0]!.attrs).toEqual({ purpose: 'Penerbitan KTP-el', deliveryMode: 'daring' })
    selectOnly(f.env.ui, [])
    expect(copySelection(f.env)).toBeUndefined()
  })

  it('round-trips through clipboard text and ignores any other text', () => {
    const f = openEditorFixture()
    selectOnly(f.env.ui, ['apl-siak'])
    const copy = copySelection(f.env)!
    expect(parsePayload(serializePayload(copy))).toEqual(copy)
    expect(parsePayload('SIAK Terpusat')).toBeUndefined()
    expect(parsePayload(`{"format":"${CLIPBOARD_MARKER}","version":1}`)).toBeUndefined()
    expect(parsePayload(serializePayload({ ...copy, elements: [{ ...copy.elements[0]!, x: 'left' as never }] }))).toBeUndefined()
  })
})

describe('paste', () => {
  it('makes new elements with new ids in the view, 24 px on, with their relations: one undo step', () => {
    const f = openEditorFixture()
    selectView(f.env.ui, 'v-lintas')
    selectOnly(f.env.ui, ['apl-siak', 'dat-penduduk', 'inf-server'])
    const copy = copySelection(f.env)!
    const out = pasteElements(f.env, copy)!
    expect(out.placed).toEqual([])
    expect(out.created).toHaveLength(3)
    expect(out.relations).toBe(2)
    const s = f.projection.store.getState()
    const made = out.created.map((id) => s.elements.get(id)!)
    expect(made.map((e) => e.name).sort()).toEqual(['Data Penduduk', 'SIAK Terpusat', 'Server Disdukcapil'])
    for (const e of made) expect(['apl-siak', 'dat-penduduk', 'inf-server']).not.toContain(e.id)
    const siak = made.find((e) => e.name === 'SIAK Terpusat')!
    expect(siak.ownerOpd).toBe('opd-dukcapil')
    expect(siak.code).toBeUndefined() // codes are unique in a project
    expect(nodeOf(f, 'v-lintas', siak.id)).toMatchObject({ x: 440 + 24, y: 24, w: 180, h: 64 })
    const fresh = new Set(out.created)
    const rels = [...s.relations.values()].filter((r) => fresh.has(r.source) || fresh.has(r.target))
    expect(rels.map((r) => r.kind).sort()).toEqual(['runs-on', 'uses-data'])
    for (const r of rels) expect(fresh.has(r.source) && fresh.has(r.target)).toBe(true)
    expect([...f.env.ui.getState().selection.nodes].sort()).toEqual([...out.created].sort())

    // A second paste of the same copy lands one step further.
    const again = pasteElements(f.env, copy)!
    const siak2 = again.created.find((id) => f.projection.store.getState().elements.get(id)!.name === 'SIAK Terpusat')!
    expect(nodeOf(f, 'v-lintas', siak2)).toMatchObject({ x: 440 + 48, y: 48 })

    f.undo.undo()
    expect(f.projection.store.getState().elements.size).toBe(10) // the second paste, all of it, and only it
    expect(f.projection.store.getState().relations.size).toBe(8)
    f.undo.undo()
    const after = f.projection.store.getState()
    expect(after.elements.size).toBe(7)
    expect(after.relations.size).toBe(6)
    expect(after.views.get('v-lintas')!.nodes).toHaveLength(7)
  })

  it('places an element of this project that the view does not show yet, instead of copying it', () => {
    const f = openEditorFixture()
    selectView(f.env.ui, 'v-lintas')
    selectOnly(f.env.ui, ['apl-siak', 'dat-penduduk'])
    const copy = copySelection(f.env)!
    selectView(f.env.ui, 'v-aplikasi') // shows apl-siak, not dat-penduduk
    const out = pasteElements(f.env, copy)!
    expect(out.placed).toEqual(['dat-penduduk'])
    expect(out.created).toHaveLength(1)
    const s = f.projection.store.getState()
    expect(s.elements.size).toBe(8)
    expect(s.views.get('v-aplikasi')!.nodes.map((n) => n.element).sort()).toEqual(['apl-siak', 'dat-penduduk', out.created[0]!].sort())
    // The new SIAK copy uses the same Data Penduduk; the original relation stays as it was.
    const rel = [...s.relations.values()].find((r) => r.source === out.created[0])
    expect(rel).toMatchObject({ kind: 'uses-data', target: 'dat-penduduk' })
    expect(f.env.ui.getState().notice?.text.en).toContain('1 elements already in the model were placed')
  })

  it('pastes into another project as new elements, dropping what that project lacks, and skips unknown kinds', () => {
    const source = openEditorFixture()
    selectView(source.env.ui, 'v-lintas')
    selectOnly(source.env.ui, ['lay-ktp', 'pb-adminduk'])
    const copy = copySelection(source.env)!
    const other = openEditorFixture(editorProject((d) => ({ ...d, project: { ...d.project, id: 'p-lain' }, opd: d.opd.filter((o) => o.id === 'opd-kominfo') })))
    selectView(other.env.ui, 'v-aplikasi')
    const withUnknown: ClipboardPayload = { ...copy, elements: [...copy.elements, { ...copy.elements[0]!, id: 'x-1', kind: 'jenis-tak-dikenal' }] }
    const out = pasteElements(other.env, withUnknown)!
    expect(out.created).toHaveLength(2)
    expect(out.skipped).toBe(1)
    expect(out.relations).toBe(1)
    const s = other.projection.store.getState()
    const ktp = s.elements.get(out.created.find((id) => s.elements.get(id)!.name === 'Layanan KTP-el')!)!
    expect(ktp.ownerOpd).toBeUndefined() // Disdukcapil is not an OPD of that project
    expect(ktp.goals).toBeUndefined() // nor are the goals
    expect(other.env.ui.getState().notice?.text.id).toContain('1 dilewati')
  })

  it('in the target state, pastes elements that are new there', () => {
    const f = openEditorFixture()
    selectView(f.env.ui, 'v-lintas')
    selectOnly(f.env.ui, ['kam-audit'])
    const copy = copySelection(f.env)!
    selectState(f.env.ui, 'target')
    const out = pasteElements(f.env, copy)!
    expect(f.projection.store.getState().elements.get(out.created[0]!)!.states).toEqual({ target: { status: 'baru' } })
  })
})

describe('duplicate', () => {
  it('copies and pastes beside the originals in one step, naming the copies "(2)", "(3)"', () => {
    localeStore.setState({ locale: 'id' })
    const f = openEditorFixture()
    selectView(f.env.ui, 'v-lintas')
    selectOnly(f.env.ui, ['apl-siak', 'dat-penduduk'])
    const before = rememberedCopy()
    const out = duplicateSelection(f.env)!
    expect(rememberedCopy()).toBe(before) // duplicating leaves the clipboard alone
    const names = () => out.created.map((id) => f.projection.store.getState().elements.get(id)!.name).sort()
    expect(names()).toEqual(['Data Penduduk (2)', 'SIAK Terpusat (2)'])
    expect(out.relations).toBe(1)
    selectOnly(f.env.ui, ['apl-siak'])
    const second = duplicateSelection(f.env)!
    expect(f.projection.store.getState().elements.get(second.created[0]!)!.name).toBe('SIAK Terpusat (3)')
    f.undo.undo()
    f.undo.undo()
    expect(f.projection.store.getState().elements.size).toBe(7)
  })

  it('numbers on from a name that already ends in a number', () => {
    expect(copyName('SIAK', new Set())).toBe('SIAK (2)')
    expect(copyName('SIAK (2)', new Set(['SIAK (2)']))).toBe('SIAK (3)')
    expect(copyName('SIAK', new Set(['SIAK (2)', 'SIAK (3)']))).toBe('SIAK (4)')
  })
})
