import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseProjectText } from '../../src/model/file/loadProject.ts'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { DOMAINS, STATE_STATUSES, attributeDef, elementKind, isRelationAllowed, kindsOfDomain, relationKind } from '../../src/model/metamodel/metamodel.ts'
import type { AttributeDef } from '../../src/model/metamodel/types.ts'
import type { AttributeValue, Attributes, Element, ProjectData } from '../../src/model/project.ts'
import { catalogueWithExtensions, nationalCatalogue } from '../../src/model/reference/catalogue.ts'
import { validateProject } from '../../src/model/validation/validateProject.ts'
import catalogueFile from '../../src/model/reference/spbe-catalogue.json' with { type: 'json' }
import { buildKabupatenContoh } from './kabupatenContoh.ts'

const EXAMPLE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/kabupaten-contoh.cetakbiru.json')
const ID = /^[A-Za-z0-9_-]+$/

const project: ProjectData = buildKabupatenContoh()
const elements = new Map(project.elements.map((e) => [e.id, e]))
const opdIds = new Set(project.opd.map((o) => o.id))
const domainOf = (e: Element): string => elementKind(e.kind)!.domain
const inState = (x: { states: Readonly<Record<string, unknown>> }, state: string): boolean => state in x.states
const relationsIn = (kind: string, state: string) => project.relations.filter((r) => r.kind === kind && inState(r, state))
/** The values an element has in one state: its base attributes overlaid with that state's changes. */
const effectiveAttrs = (e: Element, state: string): Attributes => ({ ...e.attrs, ...e.states[state]?.attrs })

function valueProblem(def: AttributeDef, value: AttributeValue, stateIds: readonly string[]): string | undefined {
  switch (def.type) {
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? undefined : 'not a non-empty text'
    case 'enum':
      return def.options.some((o) => o.value === value) ? undefined : `not one of ${def.options.map((o) => o.value).join(', ')}`
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'not a number'
      if (def.integer && !Number.isInteger(value)) return 'not an integer'
      return def.min !== undefined && value < def.min ? `below ${def.min}` : undefined
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : 'not a YYYY-MM-DD date'
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'not a boolean'
    case 'reference': {
      if (typeof value !== 'string') return 'not an id'
      if (def.target === 'opd') return opdIds.has(value) ? undefined : 'no such OPD'
      const ref = elements.get(value)
      if (!ref || !def.target.elementKinds.includes(ref.kind)) return 'no such element of an allowed kind'
      return stateIds.every((s) => inState(ref, s)) ? undefined : 'referenced element missing in a state'
    }
  }
}

describe('example project Kabupaten Sukamaju', () => {
  it('matches the committed file byte for byte (regenerate with npx tsx scripts/build-example.ts)', () => {
    expect(readFileSync(EXAMPLE_PATH, 'utf8')).toBe(serializeProject(project))
  })

  it('loads through the file loader and has no validation errors or warnings', () => {
    const loaded = parseProjectText(readFileSync(EXAMPLE_PATH, 'utf8'))
    expect(loaded.ok && loaded.data.elements.length).toBe(project.elements.length)
    // Info findings (codes the catalogue marks as unconfirmed) are expected and fine.
    const serious = validateProject(project).filter((f) => f.severity !== 'info')
    expect(serious.map((f) => `${f.rule} ${f.path}`)).toEqual([])
  })

  it('is built deterministically', () => {
    expect(serializeProject(buildKabupatenContoh())).toBe(serializeProject(project))
  })

  it('has the expected size, organisation, states and plan', () => {
    expect(project.project.organizationType).toBe('kabupaten')
    expect(project.opd.length).toBeGreaterThanOrEqual(13)
    expect(project.opd.length).toBeLessThanOrEqual(20)
    expect(project.elements.length).toBeGreaterThanOrEqual(150)
    expect(project.states).toEqual([
      { id: 'asis', name: 'Kondisi Saat Ini', role: 'asis' },
      { id: 'target', name: 'Kondisi Target', role: 'target', year: 2029 },
    ])
    for (const d of DOMAINS) {
      for (const state of ['asis', 'target']) {
        expect(project.elements.some((e) => domainOf(e) === d.id && inState(e, state)), `${d.id} in ${state}`).toBe(true)
      }
    }
    expect(project.plan).toMatchObject({ name: 'RPJMD 2025-2029', document: 'rpjmd', startYear: 2025, years: 5 })
  })

  it('has a well-formed goal tree with yearly IKU targets', () => {
    const goals = new Map(project.plan.goals.map((g) => [g.id, g]))
    const parentLevel = { visi: undefined, misi: 'visi', tujuan: 'misi', sasaran: 'tujuan', iku: 'sasaran' } as const
    expect(project.plan.goals.filter((g) => g.level === 'visi')).toHaveLength(1)
    expect(project.plan.goals.filter((g) => g.level === 'misi').length).toBeGreaterThanOrEqual(3)
    for (const g of project.plan.goals) {
      expect(g.parent === undefined ? undefined : goals.get(g.parent)?.level, g.id).toBe(parentLevel[g.level])
      if (g.level === 'iku') {
        expect(g.unit, g.id).toBeTruthy()
        expect(Object.keys(g.targets ?? {}), g.id).toEqual(['2025', '2026', '2027', '2028', '2029'])
      }
    }
    for (const e of project.elements) for (const g of e.goals ?? []) expect(goals.has(g), `${e.id} goal ${g}`).toBe(true)
  })

  it('includes the national platforms', () => {
    const umum = project.elements.filter((e) => e.kind === 'aplikasi-umum').map((e) => e.name)
    for (const name of ['SIPD', 'SRIKANDI', 'SP4N-LAPOR!', 'SPSE', 'e-Kinerja', 'SIASN', 'Portal Satu Data Indonesia']) {
      expect(umum.some((n) => n.includes(name)), name).toBe(true)
    }
    const pdn = project.elements.find((e) => e.kind === 'fasilitas-komputasi' && e.attrs.facilityType === 'pusat-data-nasional')
    expect(pdn?.attrs.ownership).toBe('nasional')
    expect(project.elements.some((e) => e.kind === 'jaringan-intra' && e.name.includes('Jaringan Intra Pemerintah'))).toBe(true)
    expect(project.elements.some((e) => e.kind === 'sistem-penghubung-layanan')).toBe(true)
  })

  it('uses unique, well-formed ids and element codes', () => {
    const ids = [...project.opd, ...project.elements, ...project.relations, ...project.views, ...project.plan.goals].map((x) => x.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) {
      expect(id, id).toMatch(ID)
      expect(id.length, id).toBeLessThanOrEqual(64)
    }
    const codes = project.elements.map((e) => e.code)
    expect(codes.every((c) => typeof c === 'string' && c !== '')).toBe(true)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('points every OPD reference at an existing OPD', () => {
    for (const e of project.elements) {
      expect(opdIds.has(e.ownerOpd ?? ''), `${e.id} ownerOpd`).toBe(true)
      for (const u of e.userOpds ?? []) expect(opdIds.has(u), `${e.id} userOpds ${u}`).toBe(true)
      for (const state of Object.keys(e.states)) {
        for (const [name, value] of Object.entries(effectiveAttrs(e, state))) {
          const def = attributeDef(e.kind, name)
          if (def?.type === 'reference' && def.target === 'opd') expect(opdIds.has(String(value)), `${e.id}.${name}`).toBe(true)
        }
      }
    }
  })

  it('fills every required attribute and keeps every value valid, in every state', () => {
    for (const e of project.elements) {
      const kind = elementKind(e.kind)
      expect(kind, e.kind).toBeDefined()
      for (const state of Object.keys(e.states)) {
        const attrs = effectiveAttrs(e, state)
        for (const def of kind!.attributes) {
          if (def.required) expect(attrs[def.name], `${e.id}.${def.name} in ${state}`).toBeDefined()
        }
        for (const [name, value] of Object.entries(attrs)) {
          const def = attributeDef(e.kind, name)
          expect(def, `${e.id}: unknown attribute ${name}`).toBeDefined()
          expect(valueProblem(def!, value, [state]), `${e.id}.${name} = ${String(value)} in ${state}`).toBeUndefined()
        }
      }
    }
  })

  it('puts every element in at least one state, with valid memberships', () => {
    const stateIds = new Set(project.states.map((s) => s.id))
    for (const e of project.elements) {
      const states = Object.keys(e.states)
      expect(states.length, e.id).toBeGreaterThan(0)
      for (const s of states) expect(stateIds.has(s), `${e.id} state ${s}`).toBe(true)
      expect(e.states.asis?.status, `${e.id}: the as-is carries no status`).toBeUndefined()
      if (e.states.target) expect(STATE_STATUSES, e.id).toContain(e.states.target.status)
      if (e.states.target?.status === 'baru') expect(e.states.asis, `${e.id} is new but in the as-is`).toBeUndefined()
      if (e.states.target?.status === 'tetap' || e.states.target?.status === 'pengembangan') expect(e.states.asis, e.id).toBeDefined()
      if (e.states.target?.status === 'pengembangan') expect(Object.keys(e.states.target.attrs ?? {}).length, e.id).toBeGreaterThan(0)
    }
  })

  it('allows every relation in the metamodel, with existing ends and shared states', () => {
    expect(project.relations.length).toBeGreaterThanOrEqual(project.elements.length)
    for (const r of project.relations) {
      const s = elements.get(r.source)
      const t = elements.get(r.target)
      expect(s && t, `${r.id} ends`).toBeTruthy()
      expect(isRelationAllowed(r.kind, s!.kind, t!.kind), `${r.id}: ${r.kind} ${s!.kind} -> ${t!.kind}`).toBe(true)
      const states = Object.keys(r.states)
      expect(states.length, r.id).toBeGreaterThan(0)
      for (const st of states) expect(inState(s!, st) && inState(t!, st), `${r.id} in ${st}`).toBe(true)
      for (const [name, value] of Object.entries(r.attrs)) {
        const def = relationKind(r.kind)!.attributes.find((a) => a.name === name)
        expect(def, `${r.id}: unknown attribute ${name}`).toBeDefined()
        expect(valueProblem(def!, value, states), `${r.id}.${name}`).toBeUndefined()
      }
    }
  })

  it('classifies every element with a catalogue code of its own reference architecture', () => {
    const national = new Set(catalogueFile.entries.map((c) => c.code))
    const { catalogue, problems } = catalogueWithExtensions(nationalCatalogue(), project.catalogueExtensions)
    expect(problems).toEqual([])
    expect(project.catalogueExtensions.length).toBeGreaterThanOrEqual(2)
    for (const ext of project.catalogueExtensions) {
      expect(national.has(ext.parent), ext.code).toBe(true)
      expect(catalogue.get(ext.parent)?.level, ext.code).toBe(3)
      expect(ext.parent.startsWith('RAB.'), ext.code).toBe(true)
      expect(project.elements.some((e) => e.kind === 'proses-bisnis' && e.refCodes?.includes(ext.code)), `${ext.code} used`).toBe(true)
    }
    const local = new Set(project.catalogueExtensions.map((c) => c.code))
    for (const e of project.elements) {
      expect(e.refCodes?.length, e.id).toBeGreaterThan(0)
      const prefixes = elementKind(e.kind)!.referencePrefixes
      for (const code of e.refCodes ?? []) {
        expect(national.has(code) || local.has(code), `${e.id}: ${code} not in the catalogue`).toBe(true)
        expect(prefixes.some((p) => code === p || code.startsWith(p + '.')), `${e.id}: ${code} outside ${prefixes.join(', ')}`).toBe(true)
      }
    }
  })

  it('covers all seven security kinds, each protecting something', () => {
    const security = project.elements.filter((e) => domainOf(e) === 'keamanan')
    expect(kindsOfDomain('keamanan')).toHaveLength(7)
    expect(new Set(security.map((e) => e.kind))).toEqual(new Set(kindsOfDomain('keamanan').map((k) => k.id)))
    for (const e of security) expect(project.relations.some((r) => r.kind === 'protects' && r.source === e.id), e.id).toBe(true)
  })

  it('connects sub-fungsi to their fungsi', () => {
    for (const e of project.elements.filter((x) => x.kind === 'proses-bisnis' && x.attrs.level === 'sub-fungsi')) {
      const parent = project.relations.find((r) => r.kind === 'composed-of' && r.target === e.id)
      expect(parent && elements.get(parent.source)?.attrs.level, e.id).toBe('fungsi')
    }
  })

  it('leaves one or two data sets without a custodian in the as-is only', () => {
    const data = project.elements.filter((e) => e.kind === 'data-informasi')
    const missing = (state: string) => data.filter((e) => inState(e, state) && effectiveAttrs(e, state).custodian === undefined)
    expect(missing('asis').length).toBeGreaterThanOrEqual(1)
    expect(missing('asis').length).toBeLessThanOrEqual(2)
    expect(missing('target')).toEqual([])
  })

  describe('the deliberate as-is problems, fixed in the target', () => {
    it('a local application duplicating a national one, retired in the target', () => {
      const realizedBy = (service: string, kind: string) =>
        relationsIn('realizes', 'asis').some((r) => r.target === service && elements.get(r.source)!.kind === kind)
      const duplicates = project.elements.filter(
        (e) => e.kind === 'aplikasi-khusus' && inState(e, 'asis') && !inState(e, 'target') &&
          relationsIn('realizes', 'asis').some((r) => r.source === e.id && realizedBy(r.target, 'aplikasi-umum')),
      )
      expect(duplicates.map((e) => e.name)).toEqual(expect.arrayContaining(['SiMANIS e-Office']))
      expect(duplicates.length).toBeGreaterThanOrEqual(3)
    })

    it('services with no application in the as-is, all realized in the target', () => {
      const services = project.elements.filter((e) => domainOf(e) === 'layanan')
      const unrealized = (state: string) =>
        services.filter((s) => inState(s, state) && !relationsIn('realizes', state).some((r) => r.target === s.id))
      expect(unrealized('asis').length).toBeGreaterThanOrEqual(2)
      expect(unrealized('target')).toEqual([])
    })

    it('applications on servers in OPD server rooms, moved to a data centre or cloud in the target', () => {
      const inOpdRoom = (state: string) =>
        relationsIn('runs-on', state).filter((r) => {
          const host = elements.get(r.target)!
          return domainOf(elements.get(r.source)!) === 'aplikasi' && host.kind === 'server' &&
            relationsIn('located-in', state).some((l) => l.source === host.id && effectiveAttrs(elements.get(l.target)!, state).facilityType === 'ruang-server-opd')
        })
      expect(inOpdRoom('asis').length).toBeGreaterThanOrEqual(1)
      expect(inOpdRoom('target')).toEqual([])
      for (const r of inOpdRoom('asis')) {
        if (!inState(elements.get(r.source)!, 'target')) continue
        expect(relationsIn('runs-on', 'target').some((t) => t.source === r.source), `${r.source} moved`).toBe(true)
      }
    })

    it('direct integrations in the as-is, all through the SPLP in the target', () => {
      const direct = (state: string) => relationsIn('integrates-with', state).filter((r) => r.attrs.via === undefined)
      expect(direct('asis').length).toBeGreaterThanOrEqual(1)
      expect(direct('target')).toEqual([])
      for (const r of relationsIn('integrates-with', 'target')) {
        for (const app of [r.source, r.target]) {
          const through = relationsIn('connects-through', 'target').some((c) => c.source === app && c.target === r.attrs.via)
          expect(through, `${app} connects through ${String(r.attrs.via)}`).toBe(true)
        }
      }
    })
  })

  it('has one grid view per domain holding exactly its elements, and a six-lane layered view', () => {
    for (const d of DOMAINS) {
      const views = project.views.filter((v) => v.layout === 'domain' && v.domain === d.id)
      expect(views, d.id).toHaveLength(1)
      const placed = views[0]!.nodes.map((n) => n.element).sort()
      expect(placed, d.id).toEqual(project.elements.filter((e) => domainOf(e) === d.id).map((e) => e.id).sort())
      for (const n of views[0]!.nodes) expect([n.w, n.h]).toEqual([180, 64])
    }
    const layered = project.views.filter((v) => v.layout === 'layered')
    expect(layered.map((v) => v.name)).toEqual(['Arsitektur Lintas Domain'])
    const nodes = layered[0]!.nodes
    for (const n of nodes) expect(elements.has(n.element), n.element).toBe(true)
    const lanes = new Map<number, Set<string>>()
    for (const n of nodes) lanes.set(n.y, (lanes.get(n.y) ?? new Set()).add(domainOf(elements.get(n.element)!)))
    expect(lanes.size).toBe(6)
    expect([...lanes.values()].every((ds) => ds.size === 1)).toBe(true)
    expect(new Set([...lanes.values()].flatMap((ds) => [...ds])).size).toBe(6)
  })
})
