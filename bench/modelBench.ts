import * as Y from 'yjs'
import { parseProjectText } from '../src/model/file/loadProject.ts'
import { serializeProject } from '../src/model/file/serialize.ts'
import type { ProjectData } from '../src/model/project.ts'
import { createProjection, projectionToData, readProjectData } from '../src/model/projection/projection.ts'
import { validateProject } from '../src/model/validation/validateProject.ts'
import { writeProject } from '../src/model/ydoc/writeProject.ts'
import type { BenchCase } from './harness.ts'

/**
 * One generated project at one size, in every form the cases start from. The Y.Doc (millions of
 * objects at 100k elements) is built only when a case first needs it, so the cases that do not
 * are not timed against a heap full of it.
 */
export class ModelInput {
  readonly text: string
  readonly data: ProjectData
  private built?: { doc: Y.Doc; update: Uint8Array }

  constructor(generated: ProjectData) {
    this.text = serializeProject(generated)
    const loaded = parseProjectText(this.text)
    if (!loaded.ok) throw new Error('generated project does not load: ' + JSON.stringify(loaded.errors.slice(0, 3)))
    this.data = loaded.data
  }

  private build(): { doc: Y.Doc; update: Uint8Array } {
    if (!this.built) {
      const doc = new Y.Doc()
      writeProject(doc, this.data)
      this.built = { doc, update: Y.encodeStateAsUpdate(doc) }
    }
    return this.built
  }

  get doc(): Y.Doc {
    return this.build().doc
  }

  get updateV1(): Uint8Array {
    return this.build().update
  }
}

export const BASELINE = 'JSON.parse of the file (floor)'

/** Cases on the file and the plain data; they run before any Y.Doc exists. */
export const FILE_CASES: readonly BenchCase<ModelInput>[] = [
  { name: BASELINE, run: (m) => JSON.parse(m.text) },
  {
    name: 'load file (parse, migrate, schema, integrity)',
    run: (m) => {
      if (!parseProjectText(m.text).ok) throw new Error('load failed')
    },
  },
  { name: 'validate (all rules)', run: (m) => validateProject(m.data) },
]

/** Cases on the Y.Doc. */
export const DOC_CASES: readonly BenchCase<ModelInput>[] = [
  {
    name: 'build Y.Doc from file (load + write)',
    run: (m) => {
      const r = parseProjectText(m.text)
      if (!r.ok) throw new Error('load failed')
      writeProject(new Y.Doc(), r.data)
    },
  },
  { name: 'export to JSON (Y.Doc -> file text)', run: (m) => serializeProject(readProjectData(m.doc)) },
  { name: 'encode Y.Doc (update v1)', run: (m) => Y.encodeStateAsUpdate(m.doc) },
  { name: 'encode Y.Doc (update v2)', run: (m) => Y.encodeStateAsUpdateV2(m.doc) },
  {
    name: 'decode Y.Doc (update v1)',
    run: (m) => {
      Y.applyUpdate(new Y.Doc(), m.updateV1)
    },
  },
  {
    name: 'build projection (zustand store)',
    run: (m) => {
      const p = createProjection(m.doc)
      projectionToData(p.store.getState())
      p.destroy()
    },
  },
]
