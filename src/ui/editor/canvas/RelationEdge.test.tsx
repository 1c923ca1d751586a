// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { placeInView } from '../../../model/commands/viewCommands.ts'
import type { ProjectionState } from '../../../model/projection/projection.ts'
import { localeStore } from '../../i18n/locale.ts'
import { moveElements } from '../actions/moveElements.ts'
import { EditorWorkspace } from '../EditorPage.tsx'
import { openEditorFixture, type EditorFixture } from '../testing/editorFixture.ts'
import { edgeGeometry } from './edgeGeometry.ts'

/**
 * A relation edge draws from the points React Flow hands it (the nodes' declared handles) and the
 * sizes in its data, with no store subscription of its own: through the real React Flow, every
 * drawn path must be the shared geometry of the two placements' boxes, before and after a move.
 */
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLElement
let root: Root

beforeEach(() => {
  localeStore.setState({ locale: 'id' })
  container = document.createElement('div')
  container.style.width = '1200px'
  container.style.height = '800px'
  document.body.append(container)
  root = createRoot(container)
})

afterEach(async () => {
  await act(async () => root.unmount())
  container.remove()
})

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0))
  })
}

async function showCrossDomainView(f: EditorFixture): Promise<void> {
  await act(async () => root.render(<EditorWorkspace env={f.env} undoManager={f.undo} rightPanel={() => null} />))
  await settle()
  const tab = [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent === 'Lintas Domain')
  await act(async () => tab?.click())
  await settle()
}

/** Each drawn edge's path, by relation id. */
function drawnPaths(): Map<string, string> {
  const paths = new Map<string, string>()
  for (const edge of container.querySelectorAll<SVGElement>('.react-flow__edge')) {
    paths.set(edge.dataset.id!, edge.querySelector('path.react-flow__edge-path')!.getAttribute('d')!)
  }
  return paths
}

/** The path the shared geometry gives a relation between its two placements in the view. */
function expectedPath(s: ProjectionState, relationId: string): string {
  const relation = s.relations.get(relationId)!
  const nodes = s.views.get('v-lintas')!.nodes
  const box = (id: string) => {
    const n = nodes.find((p) => p.element === id)!
    return { x: n.x, y: n.y, w: n.w, h: n.h }
  }
  return edgeGeometry(box(relation.source), box(relation.target)).path
}

describe('RelationEdge', () => {
  it('draws every relation between the borders of its two placements, and follows a moved node', async () => {
    const f = openEditorFixture()
    await showCrossDomainView(f)
    const before = drawnPaths()
    expect([...before.keys()].sort()).toEqual(['r-protects', 'r-realizes', 'r-runs-old', 'r-supports', 'r-uses'])
    for (const [id, d] of before) expect(d).toBe(expectedPath(f.projection.store.getState(), id))

    await act(async () => moveElements(f.env, new Map([['lay-ktp', { x: 300, y: 420 }]])))
    await settle()
    const after = drawnPaths()
    const s = f.projection.store.getState()
    const moved = [...after.keys()].filter((id) => {
      const r = s.relations.get(id)!
      return r.source === 'lay-ktp' || r.target === 'lay-ktp'
    })
    expect(moved.length).toBeGreaterThan(0)
    for (const [id, d] of after) {
      expect(d).toBe(expectedPath(s, id))
      if (moved.includes(id)) expect(d).not.toBe(before.get(id))
      else expect(d).toBe(before.get(id))
    }
  })

  it('follows a node that only grows taller (its edges\' data carry the sizes)', async () => {
    const f = openEditorFixture()
    await showCrossDomainView(f)
    const placement = f.projection.store.getState().views.get('v-lintas')!.nodes.find((n) => n.element === 'pb-adminduk')!
    // Above its source, so the relation meets its bottom border, which moves as it grows.
    await act(async () => moveElements(f.env, new Map([['lay-ktp', { x: placement.x, y: placement.y + 400 }]])))
    await settle()
    const before = drawnPaths().get('r-supports')
    await act(async () => placeInView(f.env.ctx, 'v-lintas', [{ ...placement, h: 140 }]))
    await settle()
    const after = drawnPaths().get('r-supports')
    expect(after).not.toBe(before)
    expect(after).toBe(expectedPath(f.projection.store.getState(), 'r-supports'))
  })
})
