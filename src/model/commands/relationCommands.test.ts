import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { localOrigin } from '../origin.ts'
import { readProjectData } from '../projection/projection.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import type { CommandContext } from './commandContext.ts'
import { createRelation, deleteRelations, setRelationAttribute } from './relationCommands.ts'

function setup(): CommandContext {
  let n = 0
  return { doc: createDocFromProject(smallProject()), origin: localOrigin('ani'), newId: (p) => `${p}${++n}` }
}
const relation = (ctx: CommandContext, id: string) => readProjectData(ctx.doc).relations.find((r) => r.id === id)

describe('relation commands', () => {
  it('creates an allowed relation in every state both ends share', () => {
    const ctx = setup()
    expect(createRelation(ctx, { kind: 'protects', source: 'kam-audit', target: 'dat-penduduk' })).toEqual({ ok: true, value: 'r1' })
    expect(relation(ctx, 'r1')).toMatchObject({ source: 'kam-audit', target: 'dat-penduduk', states: { asis: {}, target: {} } })
    // the server exists only in the as-is, so the relation does too
    createRelation(ctx, { kind: 'protects', source: 'kam-audit', target: 'inf-server' })
    expect(relation(ctx, 'r2')!.states).toEqual({ asis: {} })
  })

  it('refuses a pair of kinds the metamodel does not allow, saying which', () => {
    const ctx = setup()
    const r = createRelation(ctx, { kind: 'runs-on', source: 'dat-penduduk', target: 'inf-server' })
    expect(r).toEqual({
      ok: false,
      error: {
        id: 'Relasi "Berjalan di" tidak diizinkan dari Data dan Informasi ke Perangkat Keras Server',
        en: 'A "Runs on" relation is not allowed from Data and information to Server hardware',
      },
    })
  })

  it('refuses self-relations, unknown kinds, missing ends and ends with no common state', () => {
    const ctx = setup()
    expect(createRelation(ctx, { kind: 'integrates-with', source: 'apl-siak', target: 'apl-siak' }).ok).toBe(false)
    expect(createRelation(ctx, { kind: 'likes', source: 'apl-siak', target: 'dat-penduduk' }).ok).toBe(false)
    expect(createRelation(ctx, { kind: 'uses-data', source: 'apl-siak', target: 'gone' })).toMatchObject({ ok: false, error: { en: 'That element no longer exists (someone may have just deleted it)' } })
    expect(createRelation(ctx, { kind: 'located-in', source: 'inf-server', target: 'inf-pdn' })).toMatchObject({ ok: false, error: { en: 'The two elements share no state' } })
  })

  it('types relation attributes and deletes relations', () => {
    const ctx = setup()
    expect(setRelationAttribute(ctx, 'r-uses', 'via', 42).ok).toBe(false)
    expect(setRelationAttribute(ctx, 'r-uses', 'nonsense', 'x').ok).toBe(false)
    deleteRelations(ctx, ['r-uses'])
    expect(relation(ctx, 'r-uses')).toBeUndefined()
  })
})
