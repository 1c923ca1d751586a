import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import type { Element, ProjectData } from '../../model/project.ts'
import { allChanges, analyzeGap } from './gapAnalysis.ts'

const states = (d: ProjectData) => ({ asis: d.states[0]!, target: d.states[1]! })
const byId = (gap: ReturnType<typeof analyzeGap>) => new Map(gap.changes.map((c) => [c.id, c]))

describe('analyzeGap', () => {
  it('classifies every element and relation by identity', () => {
    const d = smallProject()
    const gap = analyzeGap(d, states(d).asis, states(d).target)
    const c = byId(gap)
    expect(c.get('inf-pdn')).toMatchObject({ type: 'element', change: 'added', domain: 'infrastruktur', status: 'baru' })
    expect(c.get('inf-server')).toMatchObject({ change: 'removed' })
    expect(c.get('lay-ktp')).toMatchObject({ change: 'changed', fields: [{ field: 'deliveryMode', before: 'luring', after: 'daring' }] })
    expect(c.get('r-runs-new')).toMatchObject({ type: 'relation', change: 'added', source: 'apl-siak', target: 'inf-pdn', domain: 'aplikasi' })
    expect(c.get('r-runs-old')).toMatchObject({ change: 'removed' })
  })

  it('lists unchanged elements and relations only when asked, in the same order', () => {
    const d = smallProject()
    const gap = analyzeGap(d, states(d).asis, states(d).target)
    expect(gap.changes.map((c) => c.change)).not.toContain('unchanged')
    expect(byId(gap).has('apl-siak')).toBe(false)
    expect(byId(gap).has('r-realizes')).toBe(false)

    const all = analyzeGap(d, states(d).asis, states(d).target, { unchanged: true })
    const c = new Map(all.changes.map((x) => [x.id, x]))
    expect(c.get('apl-siak')).toMatchObject({ type: 'element', change: 'unchanged', fields: [] })
    expect(c.get('r-realizes')).toMatchObject({ type: 'relation', change: 'unchanged' })
    expect(all.summary).toEqual(gap.summary)
    // The changed ones keep their order among all.
    expect(all.changes.filter((x) => x.change !== 'unchanged')).toEqual(gap.changes)
    expect(allChanges(d, gap)).toEqual(all.changes)
  })

  it('summarises element changes by change type, domain, OPD and reference code', () => {
    const d = smallProject()
    const { summary } = analyzeGap(d, states(d).asis, states(d).target)
    expect(summary.byChange).toEqual({ added: 1, changed: 1, removed: 1, unchanged: 4 })
    expect(summary.byDomain.infrastruktur).toEqual({ added: 1, changed: 0, removed: 1, unchanged: 0 })
    expect(summary.byDomain.layanan).toEqual({ added: 0, changed: 1, removed: 0, unchanged: 0 })
    expect(summary.byOpd['opd-dukcapil']).toEqual({ added: 0, changed: 1, removed: 0, unchanged: 2 })
    expect(summary.byRefCode.RAI).toEqual({ added: 1, changed: 0, removed: 1, unchanged: 0 })
  })

  it('lists elements in domain order, then relations', () => {
    const d = smallProject()
    const ids = analyzeGap(d, states(d).asis, states(d).target, { unchanged: true }).changes.map((c) => c.id)
    expect(ids.slice(0, 7)).toEqual(['pb-adminduk', 'dat-penduduk', 'lay-ktp', 'apl-siak', 'inf-pdn', 'inf-server', 'kam-audit'])
    expect(ids.slice(7)).toEqual(['r-protects', 'r-realizes', 'r-runs-new', 'r-runs-old', 'r-supports', 'r-uses'])
    expect(analyzeGap(d, states(d).asis, states(d).target).changes.map((c) => c.id)).toEqual(['lay-ktp', 'inf-pdn', 'inf-server', 'r-runs-new', 'r-runs-old'])
  })

  it('counts a "dihentikan" status as removed and a bare "pengembangan" as changed', () => {
    const d = smallProject()
    const patch = (id: string, e: Partial<Element>) => d.elements.map((x) => (x.id === id ? { ...x, ...e } : x))
    const data = { ...d, elements: patch('kam-audit', { states: { asis: {}, target: { status: 'dihentikan' } } }) }
    const data2 = { ...data, elements: data.elements.map((x) => (x.id === 'apl-siak' ? { ...x, states: { asis: {}, target: { status: 'pengembangan' as const } } } : x)) }
    const c = byId(analyzeGap(data2, states(d).asis, states(d).target))
    expect(c.get('kam-audit')!.change).toBe('removed')
    expect(c.get('apl-siak')).toMatchObject({ change: 'changed', fields: [{ field: 'status', after: 'pengembangan' }] })
  })

  it('works in either direction and between any two states', () => {
    const d = smallProject()
    const back = byId(analyzeGap(d, states(d).target, states(d).asis))
    expect(back.get('inf-pdn')!.change).toBe('removed')
    expect(back.get('inf-server')!.change).toBe('added')
    expect(back.get('lay-ktp')).toMatchObject({ change: 'changed', fields: [{ field: 'deliveryMode', before: 'daring', after: 'luring' }] })
  })
})
