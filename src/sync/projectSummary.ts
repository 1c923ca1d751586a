import type * as Y from 'yjs'
import { MEMBER_PREFIX, roots } from '../model/ydoc/docSchema.ts'

/** What the project list shows of a project, read straight from its Y.Doc. */
export interface ProjectSummary {
  readonly name: string
  readonly organization: string
  readonly elementCount: number
}

/**
 * Reads the summary without building the projection: the count is of elements that belong to
 * at least one existing state, which is what the projection shows (projection.ts), at a
 * fraction of the cost for a large project.
 */
export function summarizeDoc(doc: Y.Doc): ProjectSummary {
  const r = roots(doc)
  const stateKeys = [...r.states.keys()].map((id) => MEMBER_PREFIX + id)
  let elementCount = 0
  r.elements.forEach((m) => {
    if (stateKeys.some((k) => m.has(k))) elementCount++
  })
  return {
    name: stringField(r.project.get('name')),
    organization: stringField(r.project.get('organization')),
    elementCount,
  }
}

function stringField(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
