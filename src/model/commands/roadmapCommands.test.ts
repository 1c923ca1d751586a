import { describe, expect, it } from 'vitest'
import { el, plan } from '../../../tests/fixtures/planFixture.ts'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import { localOrigin } from '../origin.ts'
import { readProjectData } from '../projection/projection.ts'
import { createDocFromProject } from '../ydoc/writeProject.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import type { CommandContext } from './commandContext.ts'
import { createElement } from './elementCommands.ts'
import { createRelation } from './relationCommands.ts'
import {
  addDependency, addManualActivity, mergeActivities, pinActivity, renameActivity, resetActivity, setActivityBudget, setBudgetCeiling, setOpdCapacity, splitActivity,
} from './roadmapCommands.ts'

function setup(): CommandContext {
  const data = plan([el('pdd', 'fasilitas-komputasi', 'new'), el('app', 'aplikasi-khusus', 'new', { budget: 500 }), el('old', 'aplikasi-khusus', 'old')], [['runs-on', 'app', 'pdd']])
  let n = 0
  return { doc: createDocFromProject(data), origin: localOrigin('perencana'), newId: (p) => `${p}${++n}` }
}
const roadmap = (ctx: CommandContext) => generateRoadmap(readProjectData(ctx.doc), { rules: [] }).roadmap
const activity = (ctx: CommandContext, id: string) => [...roadmap(ctx).activities, ...roadmap(ctx).unscheduled].find((a) => a.id === id)

describe('roadmap commands', () => {
  it('keep the user\'s changes when the Peta Rencana is regenerated after the architecture changes', () => {
    const ctx = setup()
    expect(renameActivity(ctx, 'k-add-app', 'Aplikasi Layanan Terpadu').ok).toBe(true)
    expect(pinActivity(ctx, 'k-add-app', 2028).ok).toBe(true)
    expect(setActivityBudget(ctx, 'k-add-app', { '2028': 750 }).ok).toBe(true)
    expect(mergeActivities(ctx, ['k-ret-old'], 'k-add-app').ok).toBe(true)

    // The architecture changes: a new server in the target, the application moves onto it.
    const srv = createElement(ctx, { kind: 'server', name: 'Server Baru', states: ['target'] })
    if (!srv.ok) throw new Error('no server')
    expect(createRelation(ctx, { kind: 'runs-on', source: 'app', target: srv.value }).ok).toBe(true)

    const a = activity(ctx, 'k-add-app')!
    expect(a).toMatchObject({ name: 'Aplikasi Layanan Terpadu', pinnedYear: 2028, totalBudget: 750, closes: expect.arrayContaining(['add:app', 'ret:old']) })
    expect(activity(ctx, `k-add-${srv.value}`)).toMatchObject({ name: 'Pengadaan Server Baru' })
    expect(activity(ctx, 'k-ret-old')).toBeUndefined()
  })

  it('are one undo step each, for the user who made them', () => {
    const ctx = setup()
    const undo = createUserUndo(ctx.doc, 'perencana', 0)
    pinActivity(ctx, 'k-add-app', 2027)
    renameActivity(ctx, 'k-add-app', 'Nama Baru')
    undo.undo()
    expect(activity(ctx, 'k-add-app')).toMatchObject({ name: 'Pembangunan Aplikasi app', pinnedYear: 2027 })
    undo.undo()
    expect(activity(ctx, 'k-add-app')!.pinnedYear).toBeUndefined()
  })

  it('reset returns a kegiatan to what generation makes of it', () => {
    const ctx = setup()
    renameActivity(ctx, 'k-add-app', 'Nama Baru')
    resetActivity(ctx, 'k-add-app')
    expect(activity(ctx, 'k-add-app')!.name).toBe('Pembangunan Aplikasi app')
  })

  it('split, manual kegiatan, manual dependencies, ceilings and capacities', () => {
    const ctx = setup()
    const s = splitActivity(ctx, 'k-add-app', 'Tahap Integrasi', ['rel:r0'])
    expect(s).toEqual({ ok: true, value: 'k-add-app.s1' })
    const m = addManualActivity(ctx, { name: 'Bimtek SPBE', muatan: 'manajemen', opd: 'opd-kominfo', startYear: 2026 })
    expect(m).toEqual({ ok: true, value: 'km-2' })
    expect(addDependency(ctx, 'k-add-pdd', 'km-2').ok).toBe(true)
    expect(setBudgetCeiling(ctx, 2025, 1000).ok).toBe(true)
    expect(setOpdCapacity(ctx, 'opd-kominfo', 2).ok).toBe(true)
    const r = roadmap(ctx)
    expect(r.activities.find((a) => a.id === 'km-2')).toMatchObject({ name: 'Bimtek SPBE', startYear: 2026 })
    expect(r.activities.find((a) => a.id === 'k-add-pdd')!.startYear).toBe(2027) // after km-2 (2026) ends
    expect(r.yearTotals['2025']!.ceiling).toBe(1000)
    const data = readProjectData(ctx.doc)
    expect(data.roadmap.opdCapacity).toEqual({ 'opd-kominfo': 2 })
    expect(data.roadmap.overrides['k-add-app']!.splitOff).toEqual([{ id: 'k-add-app.s1', name: 'Tahap Integrasi', closes: ['rel:r0'] }])
  })

  it('refuse what cannot be meant', () => {
    const ctx = setup()
    expect(renameActivity(ctx, 'k-add-app', '   ').ok).toBe(false)
    expect(pinActivity(ctx, 'k-add-app', 1850).ok).toBe(false)
    expect(setActivityBudget(ctx, 'k-add-app', { '2026': -5 }).ok).toBe(false)
    expect(mergeActivities(ctx, ['k-add-app'], 'k-add-app').ok).toBe(false)
    expect(addDependency(ctx, 'k-add-app', 'k-add-app').ok).toBe(false)
    expect(setOpdCapacity(ctx, 'opd-tidak-ada', 1).ok).toBe(false)
    expect(renameActivity(ctx, 'bad id with spaces', 'X').ok).toBe(false)
  })
})
