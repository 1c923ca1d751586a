import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { addElementAt } from '../actions/addElement.ts'
import { requestDelete } from '../actions/deleteSelection.ts'
import { moveElements } from '../actions/moveElements.ts'
import { selectView, setSelection } from '../editorStore.ts'
import { openEditorFixture } from '../testing/editorFixture.ts'

/** A viewer's editor (env.readOnly, from the ReadOnly context): every action is refused before it writes. */
describe('a read-only editor', () => {
  it('adds, moves and deletes nothing, and says why', () => {
    const fixture = openEditorFixture()
    const env = { ...fixture.env, readOnly: true }
    selectView(env.ui, 'v-aplikasi')
    const before = Y.encodeStateVector(fixture.doc)
    let updates = 0
    fixture.doc.on('update', () => updates++)

    expect(addElementAt(env, 'aplikasi-umum', { x: 10, y: 10 })).toBeUndefined()
    const node = fixture.projection.store.getState().views.get('v-aplikasi')!.nodes[0]!
    moveElements(env, new Map([[node.element, { x: node.x + 100, y: node.y }]]))
    setSelection(env.ui, { nodes: new Set([node.element]) })
    requestDelete(env)

    expect(updates).toBe(0)
    expect(Y.encodeStateVector(fixture.doc)).toEqual(before)
    expect(env.ui.getState().dialog).toBeUndefined()
    expect(env.ui.getState().notice?.text.id).toMatch(/peninjau/)
  })

  it('still writes when not read-only (the same fixture, as a check that the test can fail)', () => {
    const { env } = openEditorFixture()
    selectView(env.ui, 'v-aplikasi')
    expect(addElementAt(env, 'aplikasi-umum', { x: 10, y: 10 })).toBeDefined()
  })
})
