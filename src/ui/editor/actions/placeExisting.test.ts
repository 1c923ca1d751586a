import { describe, expect, it } from 'vitest'
import { localeStore } from '../../i18n/locale.ts'
import { selectState, selectView } from '../editorStore.ts'
import { openEditorFixture } from '../testing/editorFixture.ts'
import { placeExisting } from './placeExisting.ts'

describe('placing an existing element from the model browser', () => {
  it('places it centred on the drop point and selects it, without touching the element: one undo step', () => {
    const { env, projection, undo } = openEditorFixture()
    selectView(env.ui, 'v-aplikasi')
    const before = projection.store.getState().elements.get('lay-ktp')
    expect(placeExisting(env, 'lay-ktp', { x: 300, y: 200 })).toBe('placed')
    const s = projection.store.getState()
    expect(s.views.get('v-aplikasi')!.nodes.find((n) => n.element === 'lay-ktp')).toEqual({ element: 'lay-ktp', x: 208, y: 168, w: 180, h: 64 })
    expect(s.elements.get('lay-ktp')).toBe(before)
    expect(s.elements.size).toBe(7)
    expect([...env.ui.getState().selection.nodes]).toEqual(['lay-ktp'])
    expect(env.ui.getState().notice).toBeUndefined()
    undo.undo()
    const after = projection.store.getState()
    expect(after.views.get('v-aplikasi')!.nodes.map((n) => n.element)).toEqual(['apl-siak'])
    expect(after.elements.has('lay-ktp')).toBe(true)
  })

  it('from the keyboard, fans out instead of stacking on a node already at the spot', () => {
    const { env, projection } = openEditorFixture()
    selectView(env.ui, 'v-aplikasi')
    // SIAK sits at (0, 0): a placement centred there moves down and to the right.
    expect(placeExisting(env, 'lay-ktp', { x: 90, y: 32 }, { avoidOverlap: true })).toBe('placed')
    expect(projection.store.getState().views.get('v-aplikasi')!.nodes.find((n) => n.element === 'lay-ktp')).toMatchObject({ x: 24, y: 24 })
  })

  it('only selects and frames an element the view already holds', () => {
    const { env, projection, undo } = openEditorFixture()
    selectView(env.ui, 'v-aplikasi')
    const view = projection.store.getState().views.get('v-aplikasi')
    expect(placeExisting(env, 'apl-siak', { x: 900, y: 900 })).toBe('present')
    expect(projection.store.getState().views.get('v-aplikasi')).toBe(view)
    expect([...env.ui.getState().selection.nodes]).toEqual(['apl-siak'])
    expect(env.ui.getState().frame).toMatchObject({ viewId: 'v-aplikasi', elementIds: ['apl-siak'] })
    expect(undo.canUndo()).toBe(false)
  })

  it('says so when the shown state does not hold the element (the canvas would show nothing)', () => {
    localeStore.setState({ locale: 'id' })
    const { env, projection } = openEditorFixture()
    selectView(env.ui, 'v-aplikasi')
    selectState(env.ui, 'target')
    expect(placeExisting(env, 'inf-server', { x: 0, y: 0 })).toBe('placed')
    expect(projection.store.getState().views.get('v-aplikasi')!.nodes.some((n) => n.element === 'inf-server')).toBe(true)
    const notice = env.ui.getState().notice!
    expect(notice.tone).toBe('info')
    expect(notice.text.id).toContain('Server Disdukcapil ditempatkan di diagram, tetapi tidak termasuk Kondisi Target')
    expect(notice.text.en).toContain('Server Disdukcapil was placed in the view, but it is not part of Target state')
  })

  it('refuses, with a notice, an element deleted meanwhile, and does nothing without a view', () => {
    const { env, projection } = openEditorFixture()
    selectView(env.ui, 'v-aplikasi')
    expect(placeExisting(env, 'gone', { x: 0, y: 0 })).toBe('refused')
    expect(env.ui.getState().notice?.tone).toBe('error')
    expect(projection.store.getState().views.get('v-aplikasi')!.nodes).toHaveLength(1)
    env.ui.setState({ viewId: undefined })
    expect(placeExisting(env, 'lay-ktp', { x: 0, y: 0 })).toBe('refused')
  })
})
