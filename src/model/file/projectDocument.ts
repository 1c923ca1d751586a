import type * as Y from 'yjs'
import { readProjectData } from '../projection/projection.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import { parseProjectText, type LoadResult } from './loadProject.ts'
import { serializeProject } from './serialize.ts'

export type OpenResult = { readonly ok: true; readonly doc: Y.Doc; readonly migratedFrom?: number } | Exclude<LoadResult, { ok: true }>

/** A `*.cetakbiru.json` text as a new Y.Doc, or the reasons it cannot be: all or nothing. */
export function openProjectText(text: string): OpenResult {
  const result = parseProjectText(text)
  if (!result.ok) return result
  const doc = createDocFromProject(result.data)
  return result.migratedFrom === undefined ? { ok: true, doc } : { ok: true, doc, migratedFrom: result.migratedFrom }
}

/** The `*.cetakbiru.json` text of a Y.Doc's project, in canonical form. */
export function saveProjectText(doc: Y.Doc): string {
  return serializeProject(readProjectData(doc))
}
