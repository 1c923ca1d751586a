import { describe, expect, it } from 'vitest'
import { selectState, selectView, setGap } from '../editorStore.ts'
import { editorProject, openEditorFixture } from '../testing/editorFixture.ts'
import { focusElements } from './focusElements.ts'

describe('focusing elements', () => {
  it('stays on the current view when it holds them, selects them and asks the canvas to frame them', () => {
    const { env } = openEditorFixture()
    selectView(env.ui, 'v-lintas')
    expect(focusElements(env, ['apl-siak', 'lay-ktp'])).toEqual({ framed: true, viewId: 'v-lintas', stateId: 'asis' })
    const ui = env.ui.getState()
    expect(ui.viewId).toBe('v-lintas')
    expect([...ui.selection.nodes].sort()).toEqual(['apl-siak', 'lay-ktp'])
    expect(ui.frame).toMatchObject({ viewId: 'v-lintas', elementIds: ['apl-siak', 'lay-ktp'] })
  })

  it('keeps the current view on a tie, and goes to the view holding most of them otherwise', () => {
    const { env } = openEditorFixture(editorProject((d) => ({
      ...d,
      views: [...d.views, { id: 'v-dua', name: 'Dua', layout: 'custom', nodes: [{ element: 'lay-ktp', x: 0, y: 0, w: 180, h: 64 }, { element: 'pb-adminduk', x: 0, y: 100, w: 180, h: 64 }] }],
    })))
    selectView(env.ui, 'v-aplikasi')
    expect(focusElements(env, ['apl-siak'])).toMatchObject({ viewId: 'v-aplikasi' }) // v-lintas holds it too: no need to move
    expect(focusElements(env, ['lay-ktp'])).toMatchObject({ viewId: 'v-lintas' }) // tab order breaks the tie between v-lintas and v-dua
    selectView(env.ui, 'v-aplikasi')
    expect(focusElements(env, ['lay-ktp', 'pb-adminduk', 'apl-siak'])).toMatchObject({ viewId: 'v-lintas' }) // 3 of 3
    selectView(env.ui, 'v-dua')
    expect(focusElements(env, ['lay-ktp', 'pb-adminduk', 'apl-siak'])).toMatchObject({ viewId: 'v-lintas' }) // v-dua has 2 of 3
    // Only the elements the view holds are selected and framed.
    expect(env.ui.getState().frame?.elementIds).toEqual(['lay-ktp', 'pb-adminduk', 'apl-siak'])
  })

  it('shows the view asked for', () => {
    const { env } = openEditorFixture()
    selectView(env.ui, 'v-lintas')
    expect(focusElements(env, ['apl-siak'], { viewId: 'v-aplikasi' })).toMatchObject({ viewId: 'v-aplikasi' })
    expect(env.ui.getState().viewId).toBe('v-aplikasi')
  })

  it('shows a view asked for with no elements (a diagram chosen in search), without a notice', () => {
    const { env } = openEditorFixture()
    selectView(env.ui, 'v-lintas')
    expect(focusElements(env, [], { viewId: 'v-aplikasi' })).toMatchObject({ framed: true, viewId: 'v-aplikasi' })
    expect(env.ui.getState().viewId).toBe('v-aplikasi')
    expect(env.ui.getState().notice).toBeUndefined()
  })

  it('switches to a state that has them when the shown one has none', () => {
    const { env } = openEditorFixture()
    selectView(env.ui, 'v-lintas')
    expect(focusElements(env, ['inf-pdn'])).toMatchObject({ stateId: 'target' })
    expect(env.ui.getState().stateId).toBe('target')
    // Retired elements stay visible in the later state while the overlay marks them.
    setGap(env.ui, { on: true, from: 'asis', to: 'target' })
    expect(focusElements(env, ['inf-server'])).toMatchObject({ stateId: 'target' })
    setGap(env.ui, { on: false })
    expect(focusElements(env, ['inf-server'], { stateId: 'target' })).toMatchObject({ stateId: 'asis' })
    selectState(env.ui, 'asis')
    expect(focusElements(env, ['apl-siak'], { stateId: 'target' })).toMatchObject({ stateId: 'asis' }) // shown already: stays
  })

  it('says so, in both languages and by name, when no view holds them; and when they are gone', () => {
    const { env } = openEditorFixture()
    expect(focusElements(env, ['inf-pdn'], {})).toMatchObject({ framed: true }) // in v-lintas
    const bare = openEditorFixture(editorProject((d) => ({ ...d, views: d.views.filter((v) => v.id !== 'v-lintas') })))
    expect(focusElements(bare.env, ['inf-pdn'])).toEqual({ framed: false, reason: 'no-view' })
    const notice = bare.env.ui.getState().notice!
    expect(notice.tone).toBe('info')
    expect(notice.text.id).toContain('“Pusat Data Nasional”')
    expect(notice.text.en).toContain('No diagram shows “Pusat Data Nasional”')
    expect([...bare.env.ui.getState().selection.nodes]).toEqual(['inf-pdn'])
    expect(focusElements(bare.env, ['e-gone'])).toEqual({ framed: false, reason: 'missing' })
    expect(bare.env.ui.getState().notice!.tone).toBe('error')
  })
})
