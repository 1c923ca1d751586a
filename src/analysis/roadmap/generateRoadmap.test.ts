import { describe, expect, it } from 'vitest'
import { el, plan } from '../../../tests/fixtures/planFixture.ts'
import type { ScheduledActivity } from './activity.ts'
import { generateRoadmap } from './generateRoadmap.ts'

const B = 1_000_000_000
const roadmapOf = (data: Parameters<typeof generateRoadmap>[0]) => generateRoadmap(data, { rules: [] }).roadmap
const find = (r: ReturnType<typeof roadmapOf>, id: string): ScheduledActivity => {
  const a = r.activities.find((x) => x.id === id)
  if (!a) throw new Error(`${id} not scheduled: ${JSON.stringify(r.unscheduled.find((u) => u.id === id)?.reason)}`)
  return a
}

describe('a dependency chain from the target architecture', () => {
  // pusat data (new) <- server located in it (new) <- application on the server (new) <- service it realises (developed)
  const data = plan(
    [el('pdd', 'fasilitas-komputasi', 'new'), el('srv', 'server', 'new'), el('app', 'aplikasi-khusus', 'new'), el('svc', 'layanan-publik', 'dev')],
    [['located-in', 'srv', 'pdd'], ['runs-on', 'app', 'srv'], ['realizes', 'app', 'svc']],
  )
  const r = roadmapOf(data)

  it('orders the kegiatan year after year, with the reason for each placement', () => {
    expect(['k-add-pdd', 'k-add-srv', 'k-add-app', 'k-dev-svc'].map((id) => find(r, id).startYear)).toEqual([2025, 2026, 2027, 2028])
    expect(find(r, 'k-add-app').reason).toEqual({
      id: 'setelah Pengadaan srv (2026) karena app berjalan di atasnya',
      en: 'after Pengadaan srv (2026) because app runs on it',
    })
    expect(find(r, 'k-add-app').dependencies).toMatchObject([{ on: 'k-add-srv', type: 'finish-start' }])
  })

  it('names kegiatan in Indonesian and files them under muatan, program and code', () => {
    expect(find(r, 'k-add-pdd')).toMatchObject({ name: 'Pembangunan pdd', muatan: 'infrastruktur', code: 'PR.04.01.001' })
    expect(find(r, 'k-add-app')).toMatchObject({ name: 'Pembangunan Aplikasi app', muatan: 'aplikasi', code: 'PR.05.01.001' })
    expect(find(r, 'k-dev-svc')).toMatchObject({ name: 'Pengembangan svc', muatan: 'layanan', closes: ['dev:svc'] })
    expect(r.programs.map((p) => `${p.code} ${p.name.id}`)).toEqual(['PR.03.01 Pengembangan Layanan', 'PR.04.01 Pembangunan Infrastruktur', 'PR.05.01 Pembangunan Aplikasi'])
  })

  it('does not fit a chain longer than the plan', () => {
    const short = { ...data, plan: { ...data.plan, years: 3 } }
    const u = roadmapOf(short).unscheduled.find((x) => x.id === 'k-dev-svc')!
    expect(u.reason.en).toBe('does not fit the period: after Pembangunan Aplikasi app (2027) because this service is realised by app, 2028 at the earliest')
  })
})

describe('constraints', () => {
  it('a budget ceiling pushes kegiatan into later years, never over the ceiling', () => {
    const data = plan([el('a', 'aplikasi-khusus', 'new', { budget: B }), el('b', 'aplikasi-khusus', 'new', { budget: B }), el('c', 'aplikasi-khusus', 'new', { budget: B })], [], {
      budgetCeilings: { '2025': 1.5 * B, '2026': 1.5 * B, '2027': 1.5 * B },
    })
    const r = roadmapOf(data)
    expect(['k-add-a', 'k-add-b', 'k-add-c'].map((id) => find(r, id).startYear)).toEqual([2025, 2026, 2027])
    expect(find(r, 'k-add-b').reason.id).toBe('digeser ke 2026: pagu 2025 tidak cukup (Rp1.000.000.000 + Rp1.000.000.000 > Rp1.500.000.000)')
    expect(r.yearTotals['2025']).toEqual({ budget: B, ceiling: 1.5 * B })
  })

  it('what no year can hold is listed as unscheduled with the reason', () => {
    const data = plan([el('big', 'aplikasi-khusus', 'new', { budget: 3 * B })], [], { budgetCeilings: Object.fromEntries([2025, 2026, 2027, 2028, 2029].map((y) => [String(y), 2 * B])) })
    const r = roadmapOf(data)
    expect(r.activities).toHaveLength(0)
    expect(r.unscheduled[0]).toMatchObject({ id: 'k-add-big', reason: { en: 'no year fits: the 2029 ceiling is not enough (Rp0 + Rp3.000.000.000 > Rp2.000.000.000)' } })
  })

  it('an OPD leads no more kegiatan a year than its capacity', () => {
    const data = plan([el('a', 'aplikasi-khusus', 'new', { opd: 'opd-dinkes' }), el('b', 'aplikasi-khusus', 'new', { opd: 'opd-dinkes' }), el('c', 'aplikasi-khusus', 'new')], [], {
      opdCapacity: { default: 5, 'opd-dinkes': 1 },
    })
    const r = roadmapOf(data)
    expect([find(r, 'k-add-a').startYear, find(r, 'k-add-b').startYear, find(r, 'k-add-c').startYear]).toEqual([2025, 2026, 2025])
    expect(find(r, 'k-add-b').reason.en).toBe("moved to 2026: Dinkes's capacity in 2025 is full (1 kegiatan)")
  })

  it('a pinned year is kept, and a conflict with what it needs is a warning', () => {
    const data = plan([el('srv', 'server', 'new'), el('app', 'aplikasi-khusus', 'new')], [['runs-on', 'app', 'srv']], {
      overrides: { 'k-add-srv': { pinnedYear: 2027 }, 'k-add-app': { pinnedYear: 2026 } },
    })
    const r = roadmapOf(data)
    expect(find(r, 'k-add-srv')).toMatchObject({ startYear: 2027, reason: { id: 'dikunci pengguna pada 2027' } })
    expect(find(r, 'k-add-app').startYear).toBe(2026)
    expect(r.warnings.map((w) => w.code)).toEqual(['pinned-conflict'])
  })

  it('a dependency cycle is an error that names the cycle', () => {
    const data = plan([el('a', 'aplikasi-khusus', 'new', { name: 'Aplikasi A' }), el('b', 'aplikasi-khusus', 'new', { name: 'Aplikasi B' }), el('c', 'aplikasi-khusus', 'new')], [], {
      manualDependencies: [{ from: 'k-add-a', to: 'k-add-b' }, { from: 'k-add-b', to: 'k-add-a' }],
    })
    const r = roadmapOf(data)
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]!.message.en).toBe('Dependency cycle: Pembangunan Aplikasi A -> Pembangunan Aplikasi B -> Pembangunan Aplikasi A')
    expect(r.unscheduled.map((u) => u.id)).toEqual(['k-add-a', 'k-add-b'])
    expect(find(r, 'k-add-c').startYear).toBe(2025)
  })

  it('security starts together with what it protects', () => {
    const data = plan([el('srv', 'server', 'new'), el('app', 'aplikasi-khusus', 'new'), el('pen', 'identifikasi-kerentanan', 'new', { attrs: { scope: 'uji penetrasi' } })], [
      ['runs-on', 'app', 'srv'], ['protects', 'pen', 'app'],
    ])
    const r = roadmapOf(data)
    expect(find(r, 'k-add-pen')).toMatchObject({ startYear: 2026, dependencies: [{ on: 'k-add-app', type: 'start-start' }] })
  })

  it('a retired host waits for its applications to move; a migration is its own kegiatan', () => {
    const data = plan([el('old', 'server', 'old'), el('cloud', 'komputasi-awan', 'new'), el('app', 'aplikasi-khusus', 'both')], [
      ['runs-on', 'app', 'old', 'old'], ['runs-on', 'app', 'cloud', 'new'],
    ])
    const r = roadmapOf(data)
    const mig = find(r, 'k-mig-app')
    expect(mig).toMatchObject({ name: 'Migrasi app ke cloud', muatan: 'infrastruktur', closes: ['rel:r0', 'rel:r1'], startYear: 2026 })
    expect(find(r, 'k-ret-old')).toMatchObject({ name: 'Penghentian old', startYear: 2026, dependencies: [{ on: 'k-mig-app', type: 'end-same-year' }] })
  })
})

describe('user overrides', () => {
  const base = () => plan([el('a', 'aplikasi-khusus', 'new', { budget: B }), el('b', 'aplikasi-khusus', 'new', { budget: 2 * B }), el('c', 'server', 'new')])

  it('rename, budget, duration and OPD apply to the kegiatan with that id', () => {
    const data = { ...base(), roadmap: { ...base().roadmap, overrides: { 'k-add-a': { name: 'Aplikasi Prioritas', budget: { '2025': 100, '2026': 200 }, duration: 2, opd: 'opd-dinkes' } } } }
    const a = find(roadmapOf(data), 'k-add-a')
    expect(a).toMatchObject({ name: 'Aplikasi Prioritas', generatedName: 'Pembangunan Aplikasi a', startYear: 2025, endYear: 2026, budget: { '2025': 100, '2026': 200 }, opd: 'opd-dinkes', totalBudget: 300 })
  })

  it('merge puts the gaps and budget of several kegiatan into one', () => {
    const data = { ...base(), roadmap: { ...base().roadmap, overrides: { 'k-add-b': { mergedInto: 'k-add-a' } } } }
    const r = roadmapOf(data)
    expect(r.activities.map((x) => x.id)).toEqual(['k-add-a', 'k-add-c'])
    expect(find(r, 'k-add-a')).toMatchObject({ closes: ['add:a', 'add:b'], totalBudget: 3 * B })
  })

  it('split moves chosen gaps into a new kegiatan', () => {
    const merged = { ...base(), roadmap: { ...base().roadmap, overrides: { 'k-add-b': { mergedInto: 'k-add-a' }, 'k-add-a': { splitOff: [{ id: 'k-add-a.s1', name: 'Tahap kedua', closes: ['add:b'] }] } } } }
    const r = roadmapOf(merged)
    // splits apply before merges: b's gap is not in a yet when a is split, so nothing moves
    expect(find(r, 'k-add-a').closes).toEqual(['add:a', 'add:b'])
    const data = plan([el('a', 'aplikasi-khusus', 'new'), el('s', 'server', 'old'), el('t', 'server', 'new')], [['runs-on', 'a', 's', 'old']], {
      overrides: { 'k-add-a': { splitOff: [{ id: 'k-add-a.s1', name: 'Penyelarasan lama', closes: ['rel:r0'] }] } },
    })
    const split = roadmapOf(data)
    expect(find(split, 'k-add-a.s1')).toMatchObject({ name: 'Penyelarasan lama', origin: 'split', closes: ['rel:r0'] })
    expect(find(split, 'k-add-a').closes).toEqual(['add:a'])
  })

  it('an override whose kegiatan is gone is reported, not dropped silently', () => {
    const data = { ...base(), roadmap: { ...base().roadmap, overrides: { 'k-add-nothing': { name: 'X' } } } }
    expect(roadmapOf(data).warnings).toMatchObject([{ code: 'orphaned-override', activities: ['k-add-nothing'] }])
  })

  it('manual kegiatan are scheduled with their own years and dependencies', () => {
    const data = { ...base(), roadmap: { ...base().roadmap, manualActivities: [
      { id: 'km-perbup', name: 'Penetapan Perbup SPBE', muatan: 'tata-kelola' as const, startYear: 2025 },
      { id: 'km-audit', name: 'Audit TIK', muatan: 'audit-tik' as const, dependsOn: ['k-add-b'] },
    ] } }
    const r = roadmapOf(data)
    expect(find(r, 'km-perbup')).toMatchObject({ startYear: 2025, origin: 'manual', code: 'PR.01.01.001' })
    expect(find(r, 'km-audit')).toMatchObject({ startYear: 2026, muatan: 'audit-tik' })
  })

  it('is deterministic', () => {
    expect(JSON.stringify(generateRoadmap(base()))).toBe(JSON.stringify(generateRoadmap(base())))
  })
})
