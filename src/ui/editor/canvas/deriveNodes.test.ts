import { describe, expect, it } from 'vitest'
import { setAttribute, updateElement } from '../../../model/commands/elementCommands.ts'
import { placeInView } from '../../../model/commands/viewCommands.ts'
import { localOrigin } from '../../../model/origin.ts'
import { projectionToData, type ProjectionState } from '../../../model/projection/projection.ts'
import { gapMarks } from '../gap/gapMarks.ts'
import { openEditorFixture } from '../testing/editorFixture.ts'
import { deriveEdges } from './deriveEdges.ts'
import { deriveNodes, type NodeInput } from './deriveNodes.ts'

const NONE = new Set<string>()
const NO_DRAG = new Map()

function input(s: ProjectionState, stateId: string, extra: Partial<NodeInput> = {}): NodeInput {
  const view = s.views.get('v-lintas')!
  return { view, elements: view.nodes.map((n) => s.elements.get(n.element)), stateId, selected: NONE, dragging: NO_DRAG, locale: 'id', ...extra }
}

function sizesOf(s: ProjectionState) {
  return new Map(s.views.get('v-lintas')!.nodes.map((n) => [n.element, { w: n.w, h: n.h }]))
}

function marksOf(s: ProjectionState, from: string, to: string) {
  const data = projectionToData(s)
  return gapMarks(data, data.states.find((x) => x.id === from)!, data.states.find((x) => x.id === to)!)
}

describe('nodes of a view in a state', () => {
  it('shows the placements of the elements that belong to the state, with sizes and labels', () => {
    const { projection } = openEditorFixture()
    const s = projection.store.getState()
    const asis = deriveNodes(input(s, 'asis')).nodes
    expect(asis.map((n) => n.id)).not.toContain('inf-pdn')
    expect(asis.map((n) => n.id)).toContain('inf-server')
    const siak = asis.find((n) => n.id === 'apl-siak')!
    expect(siak).toMatchObject({ type: 'element', width: 180, height: 64, position: { x: 440, y: 0 } })
    expect(siak.data).toMatchObject({ name: 'SIAK Terpusat', kindLabel: 'Aplikasi Khusus', domain: 'aplikasi', code: 'APL-001' })
    expect(siak.data.mark).toBeUndefined()

    const target = deriveNodes(input(s, 'target')).nodes
    expect(target.map((n) => n.id)).toContain('inf-pdn')
    expect(target.map((n) => n.id)).not.toContain('inf-server')
    expect(target.find((n) => n.id === 'inf-pdn')!.data).toMatchObject({ status: 'baru', statusLabel: 'baru' })
    expect(target.find((n) => n.id === 'lay-ktp')!.data).toMatchObject({ status: 'pengembangan' })
    expect(deriveNodes(input(s, 'target', { locale: 'en' })).nodes.find((n) => n.id === 'lay-ktp')!.data).toMatchObject({
      kindLabel: 'Public service', statusLabel: 'development',
    })
  })

  it('with the overlay on, marks changes and shows removed elements dimmed', () => {
    const { projection } = openEditorFixture()
    const s = projection.store.getState()
    const marks = marksOf(s, 'asis', 'target')
    const nodes = deriveNodes(input(s, 'target', { marks: marks.elements })).nodes
    const mark = (id: string) => nodes.find((n) => n.id === id)?.data.mark
    expect(mark('inf-pdn')).toBe('added')
    expect(mark('lay-ktp')).toBe('changed')
    expect(mark('inf-server')).toBe('removed')
    expect(mark('apl-siak')).toBeUndefined()
  })

  it('keeps every unchanged node object, so memoised nodes do not re-render', () => {
    const { projection, doc } = openEditorFixture()
    const first = deriveNodes(input(projection.store.getState(), 'asis'))
    const again = deriveNodes(input(projection.store.getState(), 'asis'), first.cache)
    expect(again.nodes).toHaveLength(first.nodes.length)
    again.nodes.forEach((n, i) => expect(n).toBe(first.nodes[i]))

    const ctx = { doc, origin: localOrigin('u') }
    updateElement(ctx, 'apl-siak', { name: 'SIAK Terpusat v2' })
    placeInView(ctx, 'v-lintas', [{ element: 'dat-penduduk', x: 999, y: 8, w: 180, h: 64 }])
    const after = deriveNodes(input(projection.store.getState(), 'asis'), again.cache)
    for (const n of after.nodes) {
      const before = again.nodes.find((b) => b.id === n.id)!
      if (n.id === 'apl-siak') {
        expect(n).not.toBe(before)
        expect(n.data.name).toBe('SIAK Terpusat v2')
      } else if (n.id === 'dat-penduduk') {
        expect(n).not.toBe(before)
        expect(n.data).toBe(before.data)
        expect(n.position).toEqual({ x: 999, y: 8 })
      } else expect(n).toBe(before)
    }
  })

  it('follows selection and drag positions, touching only the nodes concerned', () => {
    const { projection } = openEditorFixture()
    const s = projection.store.getState()
    const first = deriveNodes(input(s, 'asis'))
    const next = deriveNodes(input(s, 'asis', { selected: new Set(['apl-siak']), dragging: new Map([['kam-audit', { x: 5, y: 6 }]]) }), first.cache)
    for (const n of next.nodes) {
      const before = first.nodes.find((b) => b.id === n.id)!
      if (n.id === 'apl-siak') expect(n.selected).toBe(true)
      else if (n.id === 'kam-audit') expect(n.position).toEqual({ x: 5, y: 6 })
      else expect(n).toBe(before)
    }
  })

  it('declares its size and handles, so culled nodes keep their edges and fit works unmeasured', () => {
    const { projection } = openEditorFixture()
    const [node] = deriveNodes(input(projection.store.getState(), 'asis')).nodes
    expect(node!.measured).toEqual({ width: 180, height: 64 })
    expect(node!.handles?.map((h) => `${h.type}:${h.id ?? ''}`).sort()).toEqual(['source:', 'target:drop'])
  })
})

describe('edges between shown nodes', () => {
  it('shows the relations of the state between shown nodes, labelled with the verb', () => {
    const { projection } = openEditorFixture()
    const s = projection.store.getState()
    const shown = new Set(deriveNodes(input(s, 'asis')).nodes.map((n) => n.id))
    const edges = deriveEdges({ relations: s.relations, sizes: sizesOf(s), shown, stateId: 'asis', selected: NONE, locale: 'id' }).edges
    expect(edges.map((e) => e.id).sort()).toEqual(['r-protects', 'r-realizes', 'r-runs-old', 'r-supports', 'r-uses'])
    expect(edges.find((e) => e.id === 'r-supports')).toMatchObject({ source: 'lay-ktp', target: 'pb-adminduk', type: 'relation', data: { verb: 'mendukung' } })

    const few = deriveEdges({ relations: s.relations, sizes: sizesOf(s), shown: new Set(['apl-siak', 'dat-penduduk']), stateId: 'asis', selected: NONE, locale: 'en' }).edges
    expect(few.map((e) => [e.id, e.data?.verb])).toEqual([['r-uses', 'uses']])
  })

  it('with the overlay on, marks added and removed relations and keeps removed ones visible', () => {
    const { projection } = openEditorFixture()
    const s = projection.store.getState()
    const marks = marksOf(s, 'asis', 'target')
    const shown = new Set(deriveNodes(input(s, 'target', { marks: marks.elements })).nodes.map((n) => n.id))
    const edges = deriveEdges({ relations: s.relations, sizes: sizesOf(s), shown, stateId: 'target', marks: marks.relations, selected: NONE, locale: 'id' }).edges
    const mark = (id: string) => edges.find((e) => e.id === id)?.data?.mark
    expect(mark('r-runs-new')).toBe('added')
    expect(mark('r-runs-old')).toBe('removed')
  })

  it('keeps unchanged edges and changes only the selected one', () => {
    const { projection, doc } = openEditorFixture()
    const s = projection.store.getState()
    const shown = new Set(s.elements.keys())
    const first = deriveEdges({ relations: s.relations, sizes: sizesOf(s), shown, stateId: 'asis', selected: NONE, locale: 'id' })
    const next = deriveEdges({ relations: s.relations, sizes: sizesOf(s), shown, stateId: 'asis', selected: new Set(['r-uses']), locale: 'id' }, first.cache)
    for (const e of next.edges) {
      const before = first.edges.find((b) => b.id === e.id)!
      if (e.id === 'r-uses') expect(e.selected).toBe(true)
      else expect(e).toBe(before)
    }
    // An element edit elsewhere leaves the relations map's entries alone.
    setAttribute({ doc, origin: localOrigin('u') }, 'kam-audit', 'scope', 'Semua aplikasi')
    const s2 = projection.store.getState()
    const third = deriveEdges({ relations: s2.relations, sizes: sizesOf(s2), shown, stateId: 'asis', selected: new Set(['r-uses']), locale: 'id' }, next.cache)
    third.edges.forEach((e, i) => expect(e).toBe(next.edges[i]))
  })

  it('carries both nodes\' sizes, and is a new edge only when one of them changes', () => {
    const { projection } = openEditorFixture()
    const s = projection.store.getState()
    const shown = new Set(s.elements.keys())
    const sizes = sizesOf(s)
    const first = deriveEdges({ relations: s.relations, sizes, shown, stateId: 'asis', selected: NONE, locale: 'id' })
    expect(first.edges.find((e) => e.id === 'r-supports')!.data).toMatchObject({ sourceSize: sizes.get('lay-ktp'), targetSize: sizes.get('pb-adminduk') })
    const same = deriveEdges({ relations: s.relations, sizes: new Map(sizes), shown, stateId: 'asis', selected: NONE, locale: 'id' }, first.cache)
    same.edges.forEach((e, i) => expect(e).toBe(first.edges[i]))
    const wider = new Map(sizes).set('lay-ktp', { w: 260, h: 64 })
    const next = deriveEdges({ relations: s.relations, sizes: wider, shown, stateId: 'asis', selected: NONE, locale: 'id' }, first.cache)
    for (const e of next.edges) {
      const before = first.edges.find((b) => b.id === e.id)!
      if (e.source === 'lay-ktp' || e.target === 'lay-ktp') expect(e.data!.sourceSize.w === 260 || e.data!.targetSize.w === 260).toBe(true)
      else expect(e).toBe(before)
    }
    expect(next.edges.some((e) => e.source === 'lay-ktp' || e.target === 'lay-ktp')).toBe(true)
  })
})
