import type * as Y from 'yjs'
import { localOrigin } from '../../../model/origin.ts'
import type { ProjectData, View } from '../../../model/project.ts'
import { createProjection, type Projection } from '../../../model/projection/projection.ts'
import { createDocFromProject } from '../../../model/ydoc/writeProject.ts'
import { createUserUndo } from '../../../sync/userUndo.ts'
import { smallProject } from '../../../../tests/fixtures/smallProject.ts'
import type { EditorEnv } from '../editorEnv.ts'
import { createEditorStore } from '../editorStore.ts'

export const USER = 'u-tester'

/**
 * The small test project with a cross-domain view of all its elements (besides its application
 * view), opened as the editor would: Y.Doc, projection, UI store and the user's undo manager.
 */
export function editorProject(change: (data: ProjectData) => ProjectData = (d) => d): ProjectData {
  const base = smallProject()
  const layered: View = {
    id: 'v-lintas', name: 'Lintas Domain', layout: 'layered',
    nodes: base.elements.map((e, i) => ({ element: e.id, x: 220 * i, y: 0, w: 180, h: 64 })),
  }
  return change({ ...base, views: [...base.views, layered] })
}

export interface EditorFixture {
  readonly doc: Y.Doc
  readonly projection: Projection
  readonly env: EditorEnv
  readonly undo: Y.UndoManager
}

export function openEditorFixture(data: ProjectData = editorProject()): EditorFixture {
  const doc = createDocFromProject(data)
  const projection = createProjection(doc)
  const s = projection.store.getState()
  const undo = createUserUndo(doc, USER)
  const env: EditorEnv = {
    doc, store: projection.store, ui: createEditorStore(s.states, s.views), ctx: { doc, origin: localOrigin(USER) }, history: { current: undo },
  }
  return { doc, projection, env, undo }
}
