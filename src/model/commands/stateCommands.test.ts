import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { localOrigin } from '../origin.ts'
import { readProjectData } from '../projection/projection.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import type { CommandContext } from './commandContext.ts'
import { addIntermediateState, addToState, changeInTarget, copyToTarget, deleteIntermediateState, removeFromState, renameState, retireElements } from './stateCommands.ts'
import { createElement } from './elementCommands.ts'
import { serializeProject } from '../file/serialize.ts'

function setup(): CommandContext {
  let n = 0
  return { doc: createDocFromProject(smallProject()), origin: localOrigin('ani'), newId: (p) => `${p}${++n}` }
}
const data = (ctx: CommandContext) => readProjectData(ctx.doc)
const element = (ctx: CommandContext, id: string) => data(ctx).elements.find((e) => e.id === id)!

describe('state commands', () => {
  it('copies an as-is element into the target unchanged', () => {
    const ctx = setup()
    expect(copyToTarget(ctx, ['inf-server']).ok).toBe(true)
    expect(element(ctx, 'inf-server').states).toEqual({ asis: {}, target: { status: 'tetap' } })
  })

  it('retires an element: it leaves the target with its relations, the as-is keeps both', () => {
    const ctx = setup()
    expect(retireElements(ctx, ['apl-siak']).ok).toBe(true)
    const d = data(ctx)
    expect(element(ctx, 'apl-siak').states).toEqual({ asis: {} })
    const rel = (id: string) => d.relations.find((r) => r.id === id)
    expect(rel('r-realizes')!.states).toEqual({ asis: {} })
    expect(rel('r-runs-old')!.states).toEqual({ asis: {} })
    // a relation that lived only in the target has nowhere left to be
    expect(rel('r-runs-new')).toBeUndefined()
  })

  it('changes an element only in the target and marks it "pengembangan"', () => {
    const ctx = setup()
    expect(changeInTarget(ctx, 'apl-siak', { platform: 'mobile', interoperability: 'terintegrasi' }).ok).toBe(true)
    const e = element(ctx, 'apl-siak')
    expect(e.attrs).toEqual({ function: 'Administrasi kependudukan', platform: 'web' })
    expect(e.states.asis).toEqual({})
    expect(e.states.target).toEqual({ status: 'pengembangan', attrs: { platform: 'mobile', interoperability: 'terintegrasi' } })
    expect(changeInTarget(ctx, 'apl-siak', { platform: 'mainframe' }).ok).toBe(false)
  })

  it('refuses to take an element out of its last state', () => {
    const ctx = setup()
    const r = removeFromState(ctx, ['inf-server'], 'asis')
    expect(r).toMatchObject({ ok: false, error: { en: expect.stringContaining('only in this state') } })
    expect(element(ctx, 'inf-server').states).toEqual({ asis: {} })
  })

  it('orders intermediate states by year between the as-is and the target', () => {
    const ctx = setup()
    addIntermediateState(ctx, 'Akhir 2027', 2027)
    addIntermediateState(ctx, 'Akhir 2026', 2026)
    addIntermediateState(ctx, 'Akhir 2028', 2028)
    expect(data(ctx).states.map((s) => s.name)).toEqual(['Kondisi Saat Ini', 'Akhir 2026', 'Akhir 2027', 'Akhir 2028', 'Kondisi Target'])
    expect(renameState(ctx, 's1', 'Tahun 2027').ok).toBe(true)
    expect(data(ctx).states[2]!.name).toBe('Tahun 2027')
  })

  it('adds elements to an intermediate state', () => {
    const ctx = setup()
    const s = addIntermediateState(ctx, 'Akhir 2027', 2027)
    if (!s.ok) throw new Error('no state')
    expect(addToState(ctx, ['apl-siak', 'inf-pdn'], s.value).ok).toBe(true)
    expect(Object.keys(element(ctx, 'inf-pdn').states)).toEqual(['target', s.value])
    expect(addToState(ctx, ['apl-siak'], 'nowhere').ok).toBe(false)
  })

  it('deletes an intermediate state with its memberships, and gives back the project as it was', () => {
    const ctx = setup()
    const before = serializeProject(data(ctx))
    const s = addIntermediateState(ctx, 'Akhir 2027', 2027)
    if (!s.ok) throw new Error('no state')
    addToState(ctx, ['apl-siak', 'inf-pdn'], s.value, 'pengembangan')
    const rel = data(ctx).relations.find((r) => r.source === 'apl-siak' || r.target === 'apl-siak')
    expect(deleteIntermediateState(ctx, s.value).ok).toBe(true)
    expect(data(ctx).states.map((st) => st.id)).toEqual(['asis', 'target'])
    expect(Object.keys(element(ctx, 'inf-pdn').states)).toEqual(['target'])
    if (rel) expect(data(ctx).relations.some((r) => r.id === rel.id)).toBe(true)
    expect(serializeProject(data(ctx))).toBe(before)
  })

  it('refuses to delete the as-is, the target, or a state some element lives only in', () => {
    const ctx = setup()
    expect(deleteIntermediateState(ctx, 'asis')).toMatchObject({ ok: false, error: { en: 'Only an intermediate state can be deleted' } })
    expect(deleteIntermediateState(ctx, 'target').ok).toBe(false)
    expect(deleteIntermediateState(ctx, 'nowhere').ok).toBe(false)
    const s = addIntermediateState(ctx, 'Akhir 2027', 2027)
    if (!s.ok) throw new Error('no state')
    const only = createElement(ctx, { kind: 'server', name: 'Server Sementara', states: [s.value] })
    expect(only.ok).toBe(true)
    const r = deleteIntermediateState(ctx, s.value)
    expect(r).toMatchObject({ ok: false, error: { en: '1 element exists only in this state ("Server Sementara"); delete it or add it to another state first' } })
    expect(data(ctx).states).toHaveLength(3)
  })
})
