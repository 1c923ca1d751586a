import * as Y from 'yjs'
import type { ProjectData } from '../project.ts'
import { systemOrigin, type CommandOrigin } from '../origin.ts'
import { roots, setFields } from './docSchema.ts'
import { newRecordMap, writeElement, writePlain, writeRelation, writeView } from './records.ts'
import { writeRoadmapInput, writeSettings } from './roadmapRecords.ts'
import { writeIndexData, writeInterop } from './indexRecords.ts'

/**
 * Fills an empty Y.Doc with a project, in one transaction. Callers validate first
 * (see file/loadProject.ts): this writes whatever it is given.
 */
export function writeProject(doc: Y.Doc, data: ProjectData, origin: CommandOrigin = systemOrigin('load')): void {
  const r = roots(doc)
  if (r.elements.size > 0 || r.states.size > 0) throw new Error('writeProject needs an empty document')
  doc.transact(() => {
    setFields(r.project, { ...data.project })
    setFields(r.plan, { name: data.plan.name, document: data.plan.document, startYear: data.plan.startYear, years: data.plan.years })
    for (const g of data.plan.goals) insert(r.goals, g.id, (m) => writePlain(m, g))
    for (const o of data.opd) insert(r.opd, o.id, (m) => writePlain(m, o))
    data.states.forEach((s, i) => insert(r.states, s.id, (m) => writePlain(m, { ...s, order: i + 1 })))
    for (const e of data.elements) insert(r.elements, e.id, (m) => writeElement(m, e))
    for (const rel of data.relations) insert(r.relations, rel.id, (m) => writeRelation(m, rel))
    for (const v of data.views) insert(r.views, v.id, (m) => writeView(m, v))
    for (const c of data.catalogueExtensions) insert(r.catalogue, c.code, (m) => setFields(m, { parent: c.parent, name: c.name }))
    writeSettings(r, data.settings)
    writeRoadmapInput(r, data.roadmap)
    writeIndexData(r, data.index)
    writeInterop(r, data.interop)
  }, origin)
}

export function createDocFromProject(data: ProjectData): Y.Doc {
  const doc = new Y.Doc()
  writeProject(doc, data)
  return doc
}

/** Integrates the map first, then fills it: writes to an integrated Y.Map skip the prelim copy. */
function insert(parent: Y.Map<Y.Map<unknown>>, id: string, fill: (m: Y.Map<unknown>) => void): void {
  const m = newRecordMap()
  parent.set(id, m)
  fill(m)
}
