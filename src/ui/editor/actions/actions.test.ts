import ElkBundled from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { localeStore } from '../../i18n/locale.ts'
import { openEditorFixture, editorProject } from '../testing/editorFixture.ts'
import { selectState, selectView } from '../editorStore.ts'
import { addElementAt, freeSpot, uniqueName } from './addElement.ts'
import { autoLayoutView, placeWithLayout } from './autoLayout.ts'
import { connectElements } from './connectElements.ts'
import { connectOptions, refusalMessage } from './connectOptions.ts'
import { createCustomView, createDomainViews } from './createViews.ts'
import { deleteImpact } from './deleteImpact.ts'
import { deleteFromModel, removeFromCurrentView, requestDelete } from './deleteSelection.ts'
import { moveElements, nudgeSelection } from './moveElements.ts'
import { newElementStates } from './newElementStates.ts'

const elk = new ElkBundled()

describe('adding an element from the palette', () => {
  it('creates it in every state from the as-is, places it centred on the drop point, selects it: one undo step', () => {
    localeStore.setState({ locale: 'id' })
    const { env, projection, undo } = openEditorFixture()
    selectView(env.ui, 'v-aplikasi')
    const id = addElementAt(env, 'aplikasi-umum', { x: 300, y: 200 })!
    const s = projection.store.getState()
    const e = s.elements.get(id)!
    expect(e.name).toBe('Aplikasi Umum baru')
    expect(Object.keys(e.states).sort()).toEqual(['asis', 'target'])
    expect(s.views.get('v-aplikasi')!.nodes.find((n) => n.element === id)).toEqual({ element: id, x: 208, y: 168, w: 180, h: 64 })
    expect([...env.ui.getState().selection.nodes]).toEqual([id])
    undo.undo()
    expect(projection.store.getState().elements.has(id)).toBe(false)
    expect(projection.store.getState().views.get('v-aplikasi')!.nodes.some((n) => n.element === id)).toBe(false)
  })

  it('in the target, creates it there only, so it is new ("baru")', () => {
    const { env, projection } = openEditorFixture()
    selectState(env.ui, 'target')
    const id = addElementAt(env, 'server', { x: 0, y: 0 })!
    expect(projection.store.getState().elements.get(id)!.states).toEqual({ target: { status: 'baru' } })
  })

  it('names a second one differently, and fans out repeated clicks', () => {
    expect(uniqueName('Server baru', [{ name: 'Server baru' }, { name: 'Server baru 2' }] as never)).toBe('Server baru 3')
    expect(uniqueName('Server baru', [])).toBe('Server baru')
    expect(freeSpot([{ x: 0, y: 0 }, { x: 24, y: 24 }], 0, 0)).toEqual({ x: 48, y: 48 })
  })

  it('joins an intermediate state and every later one', () => {
    const states = [
      { id: 'asis', name: 'A', role: 'asis' as const },
      { id: 's27', name: '2027', role: 'intermediate' as const, year: 2027 },
      { id: 'target', name: 'T', role: 'target' as const },
    ]
    expect(newElementStates(states, 'asis')).toBeUndefined()
    expect(newElementStates(states, 's27')).toEqual(['s27', 'target'])
    expect(newElementStates(states, 'target')).toEqual(['target'])
  })
})

describe('moving nodes', () => {
  it('stores a drag as one step, and merges a burst of nudges into one', () => {
    const { env, projection, undo } = openEditorFixture()
    selectView(env.ui, 'v-lintas')
    const pos = () => projection.store.getState().views.get('v-lintas')!.nodes.find((n) => n.element === 'apl-siak')!
    moveElements(env, new Map([['apl-siak', { x: 1000, y: 500 }]]))
    expect(pos()).toMatchObject({ x: 1000, y: 500 })
    env.ui.setState({ selection: { nodes: new Set(['apl-siak']), edges: new Set() } })
    nudgeSelection(env, 8, 0)
    nudgeSelection(env, 8, 0)
    nudgeSelection(env, 0, 32)
    expect(pos()).toMatchObject({ x: 1016, y: 532 })
    undo.undo()
    expect(pos()).toMatchObject({ x: 1000, y: 500 })
    undo.undo()
    expect(pos()).toMatchObject({ x: 440, y: 0 })
  })
})

describe('connecting', () => {
  it('offers the kinds the metamodel allows, both ways round', () => {
    const o = connectOptions('aplikasi-khusus', 'layanan-publik')
    expect(o.forward.map((k) => k.id)).toEqual(['realizes'])
    expect(o.backward).toEqual([])
    const back = connectOptions('layanan-publik', 'aplikasi-khusus')
    expect(back.forward).toEqual([])
    expect(back.backward.map((k) => k.id)).toEqual(['realizes'])
  })

  it('explains a refusal in both languages, with what the kind can connect to', () => {
    expect(connectOptions('proses-bisnis', 'server')).toEqual({ forward: [], backward: [] })
    const m = refusalMessage('proses-bisnis', 'server')
    expect(m.id).toContain('Tidak ada relasi yang diizinkan antara Proses Bisnis dan Perangkat Keras Server')
    expect(m.id).toContain('Layanan Publik')
    expect(m.en).toContain('No relation between Business process and Server hardware')
  })

  it('creates the chosen relation and selects it; a refusal becomes a notice', () => {
    const { env, projection } = openEditorFixture()
    expect(connectElements(env, 'apl-siak', 'dat-penduduk', 'produces-data')).toBe(true)
    const [rel] = env.ui.getState().selection.edges
    expect(projection.store.getState().relations.get(rel!)).toMatchObject({ kind: 'produces-data', source: 'apl-siak', target: 'dat-penduduk' })
    expect(connectElements(env, 'pb-adminduk', 'inf-server', 'supports')).toBe(false)
    expect(env.ui.getState().notice).toMatchObject({ tone: 'error' })
    expect(env.ui.getState().notice!.text.en).toContain('not allowed')
  })
})

describe('deleting', () => {
  it('says what deleting from the model takes along', () => {
    const { projection } = openEditorFixture()
    const impact = deleteImpact(projection.store.getState(), 'v-lintas', ['apl-siak'])
    expect(impact).toEqual({ elements: 1, relations: 5, otherViews: ['Peta Aplikasi'] })
    expect(deleteImpact(projection.store.getState(), 'v-lintas', ['kam-audit'])).toEqual({ elements: 1, relations: 1, otherViews: [] })
  })

  it('asks for selected nodes, deletes selected relations at once', () => {
    const { env, projection } = openEditorFixture()
    env.ui.setState({ selection: { nodes: new Set(['apl-siak']), edges: new Set() } })
    requestDelete(env)
    expect(env.ui.getState().dialog).toEqual({ type: 'delete', elementIds: ['apl-siak'] })
    env.ui.setState({ dialog: undefined, selection: { nodes: new Set(), edges: new Set(['r-uses']) } })
    requestDelete(env)
    expect(projection.store.getState().relations.has('r-uses')).toBe(false)
    expect(env.ui.getState().selection.edges.size).toBe(0)
  })

  it('removes from this view only, or from the model, each one undo step', () => {
    const { env, projection, undo } = openEditorFixture()
    selectView(env.ui, 'v-lintas')
    removeFromCurrentView(env, ['apl-siak'])
    let s = projection.store.getState()
    expect(s.elements.has('apl-siak')).toBe(true)
    expect(s.views.get('v-lintas')!.nodes.some((n) => n.element === 'apl-siak')).toBe(false)
    expect(s.views.get('v-aplikasi')!.nodes.some((n) => n.element === 'apl-siak')).toBe(true)
    undo.undo()
    deleteFromModel(env, ['apl-siak'])
    s = projection.store.getState()
    expect(s.elements.has('apl-siak')).toBe(false)
    expect(s.views.get('v-aplikasi')!.nodes).toEqual([])
    expect([...s.relations.values()].some((r) => r.source === 'apl-siak' || r.target === 'apl-siak')).toBe(false)
    undo.undo()
    s = projection.store.getState()
    expect(s.elements.has('apl-siak')).toBe(true)
    expect(s.relations.size).toBe(6)
  })
})

describe('views and layout', () => {
  it('re-lays out a whole view in one undo step', async () => {
    const { env, projection, undo } = openEditorFixture()
    const before = projection.store.getState().views.get('v-lintas')!.nodes
    expect(await autoLayoutView(env, 'v-lintas', elk)).toBe(true)
    const after = projection.store.getState().views.get('v-lintas')!.nodes
    expect(after).not.toEqual(before)
    const y = new Map(after.map((n) => [n.element, n.y]))
    // Lanes: process above service above data above application above infrastructure above security.
    expect(y.get('pb-adminduk')!).toBeLessThan(y.get('lay-ktp')!)
    expect(y.get('lay-ktp')!).toBeLessThan(y.get('dat-penduduk')!)
    expect(y.get('dat-penduduk')!).toBeLessThan(y.get('apl-siak')!)
    expect(y.get('apl-siak')!).toBeLessThan(y.get('inf-server')!)
    expect(y.get('inf-server')!).toBeLessThan(y.get('kam-audit')!)
    undo.undo()
    expect(projection.store.getState().views.get('v-lintas')!.nodes).toEqual(before)
  })

  it('places new elements below what a view shows, without moving it', async () => {
    const { env, projection } = openEditorFixture()
    expect(await placeWithLayout(env, 'v-aplikasi', ['inf-server', 'inf-pdn'], { elk })).toBe(true)
    const nodes = projection.store.getState().views.get('v-aplikasi')!.nodes
    expect(nodes.find((n) => n.element === 'apl-siak')).toMatchObject({ x: 0, y: 0 })
    for (const id of ['inf-server', 'inf-pdn']) expect(nodes.find((n) => n.element === id)!.y).toBeGreaterThan(64)
  })

  it('creates a named custom view and shows it', () => {
    const { env, projection } = openEditorFixture()
    const id = createCustomView(env, '  Layanan Kependudukan ')!
    expect(projection.store.getState().views.get(id)).toMatchObject({ name: 'Layanan Kependudukan', layout: 'custom', nodes: [] })
    expect(env.ui.getState().viewId).toBe(id)
    expect(createCustomView(env, '   ')).toBeUndefined()
    expect(env.ui.getState().notice?.tone).toBe('error')
  })

  it('gives a project without views one laid-out view per domain, in one undo step', async () => {
    localeStore.setState({ locale: 'id' })
    const { env, projection, undo } = openEditorFixture(editorProject((d) => ({ ...d, views: [] })))
    expect(await createDomainViews(env, elk)).toBe(true)
    const views = [...projection.store.getState().views.values()]
    expect(views.map((v) => v.domain).sort()).toEqual(['aplikasi', 'data', 'infrastruktur', 'keamanan', 'layanan', 'proses-bisnis'])
    expect(views.find((v) => v.domain === 'infrastruktur')!.nodes.map((n) => n.element).sort()).toEqual(['inf-pdn', 'inf-server'])
    expect(views.find((v) => v.domain === 'aplikasi')!.name).toBe('Domain Aplikasi')
    expect(env.ui.getState().viewId).toBe(views.find((v) => v.domain === 'proses-bisnis')!.id)
    undo.undo()
    expect(projection.store.getState().views.size).toBe(0)
  })
})
