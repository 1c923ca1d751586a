import { describe, expect, it } from 'vitest'
import type { Change } from '../../analysis/gap/gapAnalysis.ts'
import { createElement, deleteElements, setAttribute, updateElement } from '../../model/commands/elementCommands.ts'
import { addIntermediateState } from '../../model/commands/stateCommands.ts'
import { emptyProject } from '../../model/emptyProject.ts'
import { localOrigin } from '../../model/origin.ts'
import type { ProjectData } from '../../model/project.ts'
import { readProjectData } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { comparableStates, compareMoments, defaultCompareState } from './compareVersion.ts'

const origin = localOrigin('ani')

function workshop() {
  const doc = createDocFromProject(emptyProject({ id: 'p1', name: 'Uji', organization: 'Pemkab', organizationType: 'kabupaten', planStartYear: 2025 }))
  const ctx = { doc, origin }
  const states = readProjectData(doc).states
  const asis = states.find((s) => s.role === 'asis')!.id
  const target = states.find((s) => s.role === 'target')!.id
  const add = (name: string, inStates = states.map((s) => s.id)): string => {
    const r = createElement(ctx, { kind: 'aplikasi-khusus', name, states: inStates })
    if (!r.ok) throw new Error(r.error.en)
    return r.value
  }
  return { doc, ctx, asis, target, add, now: (): ProjectData => readProjectData(doc) }
}

const byId = (changes: readonly Change[], id: string): Change | undefined => changes.find((c) => c.id === id)

describe('comparing a version with now', () => {
  it('finds what was added, renamed and deleted since, through the gap analysis', () => {
    const { doc, ctx, asis, add, now } = workshop()
    const kept = add('SIMPEG')
    const renamed = add('e-Office')
    const gone = add('SIMDA')
    const version = now()
    add('SRIKANDI')
    updateElement(ctx, renamed, { name: 'e-Office 2.0' })
    deleteElements(ctx, [gone])

    const gap = compareMoments(version, now(), asis)
    expect(gap.summary.byChange).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 1 })
    // Unchanged ones are counted, not listed.
    expect(byId(gap.changes, kept)).toBeUndefined()
    expect(byId(gap.changes, gone)?.change).toBe('removed')
    expect(byId(gap.changes, renamed)?.fields).toEqual([{ field: 'name', before: 'e-Office', after: 'e-Office 2.0' }])
    expect(gap.changes.find((c) => c.type === 'element' && c.name === 'SRIKANDI')?.change).toBe('added')
    doc.destroy()
  })

  it('sees a change made in the target only when the target is the state compared', () => {
    const { doc, ctx, asis, target, add, now } = workshop()
    const app = add('SIMPEG')
    const version = now()
    // A workshop edits the target: the as-is keeps its value.
    expect(setAttribute(ctx, app, 'platform', 'mobile', target).ok).toBe(true)
    const newInTarget = add('SIMPEG Mobile', [target])

    const inTarget = compareMoments(version, now(), target)
    expect(byId(inTarget.changes, app)?.fields).toEqual([{ field: 'platform', after: 'mobile' }])
    expect(byId(inTarget.changes, newInTarget)?.change).toBe('added')
    expect(inTarget.summary.byChange).toMatchObject({ added: 1, changed: 1, removed: 0 })

    const inAsis = compareMoments(version, now(), asis)
    expect(inAsis.summary.byChange).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 1 })
    expect(byId(inAsis.changes, newInTarget)).toBeUndefined()
    doc.destroy()
  })
})

describe('comparing two versions', () => {
  it('shows only what changed between them, not what came after', () => {
    const { doc, ctx, target, add, now } = workshop()
    const a = add('Dapodik')
    const first = now()
    const b = add('SIPD')
    updateElement(ctx, a, { description: 'Data pokok pendidikan' })
    const second = now()
    // After the second version: none of this is between the two.
    add('Sesudah')
    deleteElements(ctx, [b])

    const gap = compareMoments(first, second, target)
    expect(gap.summary.byChange).toMatchObject({ added: 1, changed: 1, removed: 0, unchanged: 0 })
    expect(byId(gap.changes, b)?.change).toBe('added')
    expect(byId(gap.changes, a)?.fields).toEqual([{ field: 'description', after: 'Data pokok pendidikan' }])
    expect(gap.changes.some((c) => c.type === 'element' && c.name === 'Sesudah')).toBe(false)
    // The other way round, the same two read backwards: what was added is removed.
    expect(byId(compareMoments(second, first, target).changes, b)?.change).toBe('removed')
    doc.destroy()
  })

  it('compares an intermediate state that only the later version has: everything in it is new', () => {
    const { doc, ctx, add, now } = workshop()
    add('SIMPEG')
    const first = now()
    const year = addIntermediateState(ctx, 'Kondisi 2027', 2027)
    if (!year.ok) throw new Error(year.error.en)
    const inYear = add('Portal 2027', [year.value])
    const second = now()

    const states = comparableStates(first, second)
    expect(states.map((s) => s.id)).toContain(year.value)
    expect(defaultCompareState(states)?.role).toBe('target')
    const gap = compareMoments(first, second, year.value)
    expect(byId(gap.changes, inYear)?.change).toBe('added')
    expect(gap.summary.byChange).toMatchObject({ added: 1, changed: 0, removed: 0, unchanged: 0 })
    // A state only the earlier moment had is still offered.
    expect(comparableStates(second, first).map((s) => s.id)).toContain(year.value)
    doc.destroy()
  })
})
