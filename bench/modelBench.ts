import * as Y from 'yjs'
import { parseProjectText } from '../src/model/file/loadProject.ts'
import { serializeProject } from '../src/model/file/serialize.ts'
import type { ProjectData } from '../src/model/project.ts'
import { createProjection, projectionToData, readProjectData } from '../src/model/projection/projection.ts'
import { validateProject } from '../src/model/validation/validateProject.ts'
import { writeProject } from '../src/model/ydoc/writeProject.ts'
import type { BenchCase } from './harness.ts'

/** One generated project at one size, in every form the cases start from. */
export interface ModelInput {
  readonly text: string
  readonly data: ProjectData
  readonly doc: Y.Doc
  readonly updateV1: Uint8Array
}

export function prepareModelInput(data: ProjectData): ModelInput {
  const text = serializeProject(data)
  const loaded = parseProjectText(text)
  if (!loaded.ok) throw new Error('generated project does not load: ' + JSON.stringify(loaded.errors.slice(0, 3)))
  const doc = new Y.Doc()
  writeProject(doc, loaded.data)
  return { text, data: loaded.data, doc, updateV1: Y.encodeStateAsUpdate(doc) }
}

export const BASELINE = 'JSON.parse of the file (floor)'

export const MODEL_CASES: readonly BenchCase<ModelInput>[] = [
  { name: BASELINE, run: (m) => JSON.parse(m.text) },
  {
    name: 'load file (parse, migrate, schema, integrity)',
    run: (m) => {
      if (!parseProjectText(m.text).ok) throw new Error('load failed')
    },
  },
  {
    name: 'build Y.Doc from file (load + write)',
    run: (m) => {
      const r = parseProjectText(m.text)
      if (!r.ok) throw new Error('load failed')
      writeProject(new Y.Doc(), r.data)
    },
  },
  { name: 'validate (all rules)', run: (m) => validateProject(m.data) },
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
