import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { localOrigin } from '../origin.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import { updateElement } from '../commands/elementCommands.ts'
import { addIntermediateState } from '../commands/stateCommands.ts'
import { createProjection } from './projection.ts'
import { projectionViolations } from './invariants.ts'

function setup() {
  const doc = createDocFromProject(smallProject())
  const projection = createProjection(doc)
  return { doc, store: projection.store, ctx: { doc, origin: localOrigin('ani') } }
}

describe('projection', () => {
  it('reads the whole project', () => {
    const { store } = setup()
    const s = store.getState()
    expect(s.elements.size).toBe(7)
    expect(s.relations.size).toBe(6)
    expect(s.states.map((x) => x.id)).toEqual(['asis', 'target'])
    expect(s.opd.get('opd-kominfo')!.shortName).toBe('Diskominfo')
    expect(s.plan.goals).toHaveLength(3)
  })

  it('keeps the identity of everything an edit did not touch', () => {
    const { store, ctx } = setup()
    const before = store.getState()
    updateElement(ctx, 'apl-siak', { name: 'SIAK v2' })
    const after = store.getState()
    expect(after.revision).toBe(before.revision + 1)
    expect(after.elements.get('apl-siak')).not.toBe(before.elements.get('apl-siak'))
    expect(after.elements.get('apl-siak')!.name).toBe('SIAK v2')
    for (const id of ['pb-adminduk', 'lay-ktp', 'dat-penduduk', 'inf-server']) expect(after.elements.get(id)).toBe(before.elements.get(id))
    expect(after.relations).toBe(before.relations)
    expect(after.views).toBe(before.views)
    expect(after.opd).toBe(before.opd)
    expect(after.plan).toBe(before.plan)
  })

  it('updates once per transaction', () => {
    const { store, doc, ctx } = setup()
    let calls = 0
    store.subscribe(() => calls++)
    doc.transact(() => {
      updateElement(ctx, 'apl-siak', { name: 'A' })
      updateElement(ctx, 'dat-penduduk', { name: 'B' })
    }, ctx.origin)
    expect(calls).toBe(1)
  })

  it('hides what a race left incomplete: a relation to a deleted element, a view node, an element in no state', () => {
    const { store, doc } = setup()
    doc.transact(() => {
      doc.getMap('elements').delete('dat-penduduk') // as a concurrent delete would arrive
      const server = doc.getMap('elements').get('inf-server') as Y.Map<unknown>
      server.delete('in:asis')
    })
    const s = store.getState()
    expect(s.elements.has('inf-server')).toBe(false)
    expect(s.relations.has('r-uses')).toBe(false)
    expect(s.relations.has('r-runs-old')).toBe(false)
    expect(projectionViolations(s)).toEqual([])
    // still stored: a late update could make them whole again
    expect(doc.getMap('relations').has('r-uses')).toBe(true)
  })

  it('shows a hidden relation again when its end comes back into a state', () => {
    const { store, doc } = setup()
    const server = doc.getMap('elements').get('inf-server') as Y.Map<unknown>
    doc.transact(() => server.delete('in:asis'))
    expect(store.getState().relations.has('r-runs-old')).toBe(false)
    doc.transact(() => server.set('in:asis', true))
    expect(store.getState().relations.get('r-runs-old')!.target).toBe('inf-server')
    expect(store.getState().views.get('v-aplikasi')!.nodes).toHaveLength(1)
  })

  it('rebuilds when states change and ignores memberships of unknown states', () => {
    const { store, ctx, doc } = setup()
    const r = addIntermediateState(ctx, 'Akhir 2027', 2027)
    expect(r.ok).toBe(true)
    expect(store.getState().states).toHaveLength(3)
    const siak = doc.getMap('elements').get('apl-siak') as Y.Map<unknown>
    doc.transact(() => siak.set('in:ghost', true))
    expect(Object.keys(store.getState().elements.get('apl-siak')!.states)).toEqual(['asis', 'target'])
  })
})
