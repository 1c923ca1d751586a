import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { localOrigin } from '../origin.ts'
import { createProjection, readProjectData } from '../projection/projection.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import { serializeProject } from '../file/serialize.ts'
import { parseProjectText } from '../file/loadProject.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import type { CommandContext } from './commandContext.ts'
import {
  addAssessment, putFramework, removeAssessment, removeFramework, setAssessmentFramework, setIndexTarget, setIndicatorEvidence,
  setIndicatorJustification, setIndicatorLevel, setIndicatorLevels, setIndicatorLink, setPrioritiseIndex, setPublishedIndex,
} from './indexCommands.ts'

function setup(): CommandContext {
  return { doc: createDocFromProject(smallProject()), origin: localOrigin('asesor') }
}
const index = (ctx: CommandContext) => readProjectData(ctx.doc).index
const someElement = (ctx: CommandContext) => readProjectData(ctx.doc).elements[0]!.id

describe('index commands', () => {
  it('record a year\'s self-assessment: levels, justification and evidence, and it survives save and load', () => {
    const ctx = setup()
    expect(addAssessment(ctx, 2024, 'spbe-2020').ok).toBe(true)
    expect(setIndicatorLevel(ctx, 2024, 1, 3).ok).toBe(true)
    expect(setIndicatorLevels(ctx, 2024, { 2: 2, 3: 4 }).ok).toBe(true)
    expect(setIndicatorJustification(ctx, 2024, 1, '  Perbup ada  ').ok).toBe(true)
    const element = someElement(ctx)
    expect(setIndicatorEvidence(ctx, 2024, 1, [{ kind: 'url', value: 'https://jdih.example.go.id/perbup' }, { kind: 'element', value: element }, { kind: 'document', value: 'SK Tim SPBE' }]).ok).toBe(true)

    const a = index(ctx).assessments[0]!
    expect(a).toEqual({
      year: 2024, framework: 'spbe-2020',
      indicators: {
        1: { level: 3, justification: 'Perbup ada', evidence: [{ kind: 'url', value: 'https://jdih.example.go.id/perbup' }, { kind: 'element', value: element }, { kind: 'document', value: 'SK Tim SPBE' }] },
        2: { level: 2 },
        3: { level: 4 },
      },
    })
    const text = serializeProject(readProjectData(ctx.doc))
    const loaded = parseProjectText(text)
    expect(loaded.ok).toBe(true)
    if (loaded.ok) {
      expect(loaded.data.index.assessments).toEqual(index(ctx).assessments)
      expect(serializeProject(readProjectData(createDocFromProject(loaded.data)))).toBe(text)
    }
  })

  it('keep the published total for past years and the target', () => {
    const ctx = setup()
    expect(addAssessment(ctx, 2021, 'spbe-2020').ok).toBe(true)
    expect(setPublishedIndex(ctx, 2021, 2.564).ok).toBe(true)
    expect(setIndexTarget(ctx, { year: 2027, index: 3.8 }).ok).toBe(true)
    expect(index(ctx)).toMatchObject({ assessments: [{ year: 2021, published: 2.56, indicators: {} }], target: { year: 2027, index: 3.8 } })
    expect(setPublishedIndex(ctx, 2021, undefined).ok).toBe(true)
    expect(setIndexTarget(ctx, undefined).ok).toBe(true)
    expect(index(ctx).assessments[0]!.published).toBeUndefined()
    expect(index(ctx).target).toBeUndefined()
  })

  it('refuse bad input with a message in both languages', () => {
    const ctx = setup()
    const refused = (r: { ok: boolean; error?: { id: string; en: string } }) => (r.ok ? 'accepted' : `${r.error!.id} / ${r.error!.en}`)
    expect(refused(addAssessment(ctx, 1999, 'spbe-2020'))).toMatch(/Tahun 1999 tidak sah \/ Year 1999 is not valid/)
    expect(refused(addAssessment(ctx, 2024, 'kerangka-lain'))).toMatch(/Framework "kerangka-lain" does not exist/)
    expect(refused(setIndicatorLevel(ctx, 2024, 1, 3))).toMatch(/Year 2024 has no assessment yet/)
    addAssessment(ctx, 2024, 'spbe-2020')
    expect(refused(addAssessment(ctx, 2024, 'spbe-2020'))).toMatch(/already assessed/)
    expect(refused(setIndicatorLevel(ctx, 2024, 1, 0))).toMatch(/Level 0 is not valid/)
    expect(refused(setIndicatorLevel(ctx, 2024, 1, 2.5))).toMatch(/Level 2.5 is not valid/)
    expect(refused(setIndicatorLevel(ctx, 2024, 0, 3))).toMatch(/Indicator 0 is not valid/)
    expect(refused(setIndicatorEvidence(ctx, 2024, 1, [{ kind: 'url', value: 'javascript:alert(1)' }]))).toMatch(/not an http\(s\) URL/)
    expect(refused(setIndicatorEvidence(ctx, 2024, 1, [{ kind: 'element', value: 'no-such-element' }]))).toMatch(/evidence element does not exist/)
    expect(refused(setPublishedIndex(ctx, 2024, -1))).toMatch(/Index -1 is not valid/)
    expect(refused(setIndexTarget(ctx, { year: 2027, index: Number.NaN }))).toMatch(/target is not valid/)
    expect(refused(putFramework(ctx, { id: 'spbe-2020' }))).toMatch(/ships with Cetakbiru/)
    expect(refused(putFramework(ctx, { id: 'Bad Id' }))).toMatch(/framework id is not valid/)
    expect(refused(setIndicatorLink(ctx, 'bad id!', 1, 3))).toMatch(/Kegiatan id "bad id!" is not valid/)
    expect(index(ctx).assessments[0]!.indicators).toEqual({})
  })

  it('store the project\'s own frameworks, and refuse to remove one still in use', () => {
    const ctx = setup()
    expect(putFramework(ctx, { id: 'kerangka-2027', name: { id: 'Kerangka 2027' } }).ok).toBe(true)
    expect(addAssessment(ctx, 2027, 'kerangka-2027').ok).toBe(true)
    expect(removeFramework(ctx, 'kerangka-2027')).toMatchObject({ ok: false })
    expect(setAssessmentFramework(ctx, 2027, 'pemdi-2026').ok).toBe(true)
    expect(removeFramework(ctx, 'kerangka-2027').ok).toBe(true)
    expect(index(ctx).frameworks).toEqual([])
  })

  it('copy the levels of an earlier year into a new one with the same framework', () => {
    const ctx = setup()
    addAssessment(ctx, 2024, 'spbe-2020')
    setIndicatorLevels(ctx, 2024, { 1: 3, 2: 4 })
    setPublishedIndex(ctx, 2024, 3.1)
    expect(addAssessment(ctx, 2025, 'spbe-2020', 2024).ok).toBe(true)
    expect(index(ctx).assessments[1]).toEqual({ year: 2025, framework: 'spbe-2020', indicators: { 1: { level: 3 }, 2: { level: 4 } } })
    // Another framework numbers its indicators differently: nothing is copied.
    expect(addAssessment(ctx, 2026, 'pemdi-2026', 2024).ok).toBe(true)
    expect(index(ctx).assessments[2]!.indicators).toEqual({})
  })

  it('link kegiatan to indicators and switch index priority, each one undo step', () => {
    const ctx = setup()
    const undo = createUserUndo(ctx.doc, 'asesor')
    expect(setIndicatorLink(ctx, 'k-add-app', 16, 4).ok).toBe(true)
    undo.stopCapturing()
    expect(setPrioritiseIndex(ctx, true).ok).toBe(true)
    expect(index(ctx).links).toEqual([{ activity: 'k-add-app', indicator: 16, level: 4 }])
    expect(readProjectData(ctx.doc).roadmap.prioritiseIndex).toBe(true)
    undo.undo()
    expect(readProjectData(ctx.doc).roadmap.prioritiseIndex).toBeUndefined()
    undo.undo()
    expect(index(ctx).links).toEqual([])
    expect(removeAssessment(ctx, 2024)).toMatchObject({ ok: false })
  })

  it('merge concurrent assessments of different indicators by two people', () => {
    const a = setup()
    addAssessment(a, 2024, 'spbe-2020')
    const b: CommandContext = { doc: new Y.Doc(), origin: localOrigin('asesor-2') }
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    setIndicatorLevel(a, 2024, 1, 3)
    setIndicatorLevel(b, 2024, 2, 4)
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc))
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc))
    expect(index(a).assessments[0]!.indicators).toEqual({ 1: { level: 3 }, 2: { level: 4 } })
    expect(index(b)).toEqual(index(a))
  })

  it('reach the projection store, which keeps the index object while nothing of it changes', () => {
    const ctx = setup()
    const p = createProjection(ctx.doc)
    const before = p.store.getState().index
    setIndicatorLink(ctx, 'k-add-app', 16, 4)
    const after = p.store.getState().index
    expect(after).not.toBe(before)
    expect(after.links).toHaveLength(1)
    setIndexTarget(ctx, { year: 2027, index: 3.8 })
    expect(p.store.getState().index.target).toEqual({ year: 2027, index: 3.8 })
    const untouched = p.store.getState().index
    ctx.doc.transact(() => ctx.doc.getMap('project').set('name', 'Nama Baru'), ctx.origin)
    expect(p.store.getState().index).toBe(untouched)
    p.destroy()
  })
})
