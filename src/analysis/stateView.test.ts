import { describe, expect, it } from 'vitest'
import { generateProject } from '../model/generate/generateProject.ts'
import type { ProjectData, Relation } from '../model/project.ts'
import { ProjectIndex } from './projectIndex.ts'
import { StateView, findState } from './stateView.ts'

/**
 * The view's position-based index against the plain reading of the project: membership of
 * elements and relations, adjacency in both directions with the project's order kept, and the
 * kind filters, on a generated project with intermediate states.
 */
function naive(data: ProjectData, stateId: string) {
  const members = new Set(data.elements.filter((e) => e.states[stateId]).map((e) => e.id))
  const relations = data.relations.filter((r) => r.states[stateId] && members.has(r.source) && members.has(r.target))
  return {
    members,
    relations,
    out: (id: string, kind?: string): Relation[] => relations.filter((r) => r.source === id && (!kind || r.kind === kind)),
    in: (id: string, kind?: string): Relation[] => relations.filter((r) => r.target === id && (!kind || r.kind === kind)),
  }
}

describe('StateView on a ProjectIndex', () => {
  const data = generateProject({ elements: 300, seed: 7, states: 3 })
  const index = new ProjectIndex(data)

  for (const state of data.states) {
    it(`reads state ${state.id} as the plain filters do`, () => {
      const view = new StateView(data, state, index)
      const plain = naive(data, state.id)
      expect(view.elements.map((e) => e.id)).toEqual(data.elements.filter((e) => plain.members.has(e.id)).map((e) => e.id))
      expect(view.relations).toEqual(plain.relations)
      for (const e of data.elements) {
        expect(view.get(e.id)?.id).toBe(plain.members.has(e.id) ? e.id : undefined)
        expect(view.out(e.id)).toEqual(plain.out(e.id))
        expect(view.in(e.id)).toEqual(plain.in(e.id))
        for (const kind of ['runs-on', 'realizes', 'protects', 'no-such-kind']) {
          expect(view.out(e.id, kind)).toEqual(plain.out(e.id, kind))
          expect(view.in(e.id, kind)).toEqual(plain.in(e.id, kind))
          expect(view.someOut(e.id, kind)).toBe(plain.out(e.id, kind).length > 0)
          expect(view.someIn(e.id, kind)).toBe(plain.in(e.id, kind).length > 0)
          expect(view.hasInFrom(e.id, kind, (s) => s.domain === 'keamanan')).toBe(plain.in(e.id, kind).some((r) => view.get(r.source)!.domain === 'keamanan'))
          expect(view.hasOutTo(e.id, kind, (t) => t.kind === 'server')).toBe(plain.out(e.id, kind).some((r) => view.get(r.target)!.kind === 'server'))
        }
      }
    })
  }

  it('answers nothing for ids that are not elements, and builds its own index when given none', () => {
    const view = new StateView(data, findState(data, 'target')!)
    expect(view.get('no-such-element')).toBeUndefined()
    expect(view.out('no-such-element')).toEqual([])
    expect(view.someIn('no-such-element', undefined)).toBe(false)
    expect(view.index).not.toBe(index)
    expect(() => new StateView({ ...data }, data.states[0]!, index)).toThrow(/another project/)
  })

  it('indexes relation ends and kinds by position', () => {
    data.relations.forEach((r, j) => {
      expect(data.elements[index.source[j]!]!.id).toBe(r.source)
      expect(data.elements[index.target[j]!]!.id).toBe(r.target)
      expect(index.kind[j]).toBe(index.kindCode(r.kind))
    })
    expect(index.kindCode('no-such-kind')).toBe(-1)
    expect(index.positionOf('no-such-element')).toBe(-1)
  })
})
