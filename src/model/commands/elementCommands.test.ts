import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { localOrigin, systemOrigin } from '../origin.ts'
import { readProjectData } from '../projection/projection.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import type { CommandContext } from './commandContext.ts'
import { bulkUpdateElements, createElement, deleteElement, setAttribute, updateElement } from './elementCommands.ts'
import { placeInView, removeFromView } from './viewCommands.ts'

function setup(): { doc: Y.Doc; ctx: CommandContext } {
  const doc = createDocFromProject(smallProject())
  let n = 0
  return { doc, ctx: { doc, origin: localOrigin('ani'), newId: (p) => `${p}${++n}` } }
}

const element = (doc: Y.Doc, id: string) => readProjectData(doc).elements.find((e) => e.id === id)

describe('createElement', () => {
  it('puts a new element in every state by default, unchanged ("tetap") in the target', () => {
    const { doc, ctx } = setup()
    const r = createElement(ctx, { kind: 'aplikasi-umum', name: ' SRIKANDI ', ownerOpd: 'opd-kominfo', attrs: { function: 'Kearsipan', platform: 'web' } })
    expect(r).toEqual({ ok: true, value: 'e1' })
    expect(element(doc, 'e1')).toMatchObject({ name: 'SRIKANDI', kind: 'aplikasi-umum', states: { asis: {}, target: { status: 'tetap' } } })
  })

  it('marks an element created only in the target as new ("baru")', () => {
    const { doc, ctx } = setup()
    createElement(ctx, { kind: 'server', name: 'Server Baru', states: ['target'] })
    expect(element(doc, 'e1')!.states).toEqual({ target: { status: 'baru' } })
  })

  it('refuses unknown kinds, empty names, bad attribute values and unknown states, changing nothing', () => {
    const { doc, ctx } = setup()
    const before = Y.encodeStateVector(doc)
    expect(createElement(ctx, { kind: 'aplikasi-gaib', name: 'X' })).toMatchObject({ ok: false, error: { en: 'Unknown element kind "aplikasi-gaib"' } })
    expect(createElement(ctx, { kind: 'server', name: '  ' })).toMatchObject({ ok: false })
    const bad = createElement(ctx, { kind: 'aplikasi-umum', name: 'X', attrs: { platform: 'mainframe' } })
    expect(bad).toMatchObject({ ok: false, error: { id: expect.stringContaining('Basis aplikasi'), en: expect.stringContaining('must be one of: web, mobile, desktop') } })
    expect(createElement(ctx, { kind: 'server', name: 'X', states: ['2031'] })).toMatchObject({ ok: false, error: { en: 'The chosen state no longer exists' } })
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })
})

describe('editing', () => {
  it('changes shared fields in every state', () => {
    const { doc, ctx } = setup()
    expect(updateElement(ctx, 'apl-siak', { name: 'SIAK Terpusat v2', refCodes: ['RAA.02.02'] }).ok).toBe(true)
    expect(element(doc, 'apl-siak')).toMatchObject({ name: 'SIAK Terpusat v2', refCodes: ['RAA.02.02'] })
  })

  it('records a value for the target only: editing the to-be never changes the as-is', () => {
    const { doc, ctx } = setup()
    expect(setAttribute(ctx, 'apl-siak', 'platform', 'mobile', 'target').ok).toBe(true)
    const e = element(doc, 'apl-siak')!
    expect(e.attrs.platform).toBe('web')
    expect(e.states.target!.attrs).toEqual({ platform: 'mobile' })
    expect(setAttribute(ctx, 'inf-server', 'serverType', 'virtual', 'target')).toMatchObject({ ok: false, error: { id: '"Server Disdukcapil" tidak termasuk Kondisi Target', en: '"Server Disdukcapil" is not in Kondisi Target' } })
  })

  it('validates attribute values against the metamodel', () => {
    const { ctx } = setup()
    expect(setAttribute(ctx, 'apl-siak', 'launchYear', 2019.5)).toMatchObject({ ok: false, error: { en: 'Year launched: must be a whole number' } })
    expect(setAttribute(ctx, 'apl-siak', 'colour', 'red')).toMatchObject({ ok: false })
  })

  it('bulk-edits many elements as one undo step', () => {
    const { doc, ctx } = setup()
    const undo = createUserUndo(doc, 'ani')
    expect(bulkUpdateElements(ctx, ['apl-siak', 'dat-penduduk', 'kam-audit'], { ownerOpd: 'opd-dukcapil' }).ok).toBe(true)
    expect(readProjectData(doc).elements.filter((e) => e.ownerOpd === 'opd-dukcapil')).toHaveLength(5)
    undo.undo()
    expect(element(doc, 'kam-audit')!.ownerOpd).toBe('opd-kominfo')
    expect(element(doc, 'apl-siak')!.ownerOpd).toBe('opd-dukcapil')
  })

  it('refuses a bulk edit naming a missing element without applying any of it', () => {
    const { doc, ctx } = setup()
    expect(bulkUpdateElements(ctx, ['apl-siak', 'gone'], { ownerOpd: 'opd-dukcapil' }).ok).toBe(false)
    expect(element(doc, 'apl-siak')!.ownerOpd).toBe('opd-dukcapil')
    expect(element(doc, 'kam-audit')!.ownerOpd).toBe('opd-kominfo')
  })
})

describe('deleteElement', () => {
  it('removes the element with its relations and its placements in every view', () => {
    const { doc, ctx } = setup()
    deleteElement(ctx, 'apl-siak')
    const data = readProjectData(doc)
    expect(data.elements.some((e) => e.id === 'apl-siak')).toBe(false)
    expect(data.relations.map((r) => r.id)).toEqual(['r-supports'])
    expect(data.views[0]!.nodes).toEqual([])
    expect(doc.getMap('relations').has('r-realizes')).toBe(false)
    expect((doc.getMap('views').get('v-aplikasi') as Y.Map<unknown>).has('n:apl-siak')).toBe(false)
  })

  it('removing from a view keeps the element in the model', () => {
    const { doc, ctx } = setup()
    removeFromView(ctx, 'v-aplikasi', ['apl-siak'])
    expect(element(doc, 'apl-siak')).toBeDefined()
    expect(placeInView(ctx, 'v-aplikasi', [{ element: 'nope', x: 0, y: 0, w: 10, h: 10 }]).ok).toBe(false)
  })
})

describe('per-user undo', () => {
  it('undoes only the user\'s own edits, never a colleague\'s or a system write', () => {
    const { doc } = setup()
    const ani = { doc, origin: localOrigin('ani') }
    const budi = { doc, origin: localOrigin('budi') }
    const undoAni = createUserUndo(doc, 'ani')
    updateElement(ani, 'apl-siak', { name: 'Nama Ani' })
    updateElement(budi, 'dat-penduduk', { name: 'Nama Budi' })
    updateElement({ doc, origin: systemOrigin('migration') }, 'kam-audit', { name: 'Nama Sistem' })
    undoAni.undo()
    expect(element(doc, 'apl-siak')!.name).toBe('SIAK Terpusat')
    expect(element(doc, 'dat-penduduk')!.name).toBe('Nama Budi')
    expect(element(doc, 'kam-audit')!.name).toBe('Nama Sistem')
    undoAni.redo()
    expect(element(doc, 'apl-siak')!.name).toBe('Nama Ani')
  })
})
