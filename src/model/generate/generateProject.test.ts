import { describe, expect, it } from 'vitest'
import { generateProject } from './generateProject.ts'
import { DOMAINS, elementKind, isRelationAllowed, relationKind } from '../metamodel/metamodel.ts'
import type { AttributeDef } from '../metamodel/types.ts'
import { nationalCatalogue } from '../reference/catalogue.ts'
import type { Attributes, ProjectData } from '../project.ts'

const ID = /^[A-Za-z0-9_-]+$/
const catalogue = nationalCatalogue()

/** Problems with one attribute value against its definition, or undefined when it is valid. */
function attributeProblem(def: AttributeDef, value: unknown, opdIds: ReadonlySet<string>, elementKinds: ReadonlyMap<string, string>): string | undefined {
  switch (def.type) {
    case 'enum': return def.options.some((o) => o.value === value) ? undefined : `enum ${def.name}=${String(value)}`
    case 'text': return typeof value === 'string' && value.length > 0 ? undefined : `text ${def.name}`
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `number ${def.name}`
      if (def.integer && !Number.isInteger(value)) return `integer ${def.name}`
      return def.min !== undefined && value < def.min ? `min ${def.name}` : undefined
    case 'date': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : `date ${def.name}`
    case 'boolean': return typeof value === 'boolean' ? undefined : `boolean ${def.name}`
    case 'reference':
      if (def.target === 'opd') return opdIds.has(value as string) ? undefined : `opd ${def.name}=${String(value)}`
      return def.target.elementKinds.includes(elementKinds.get(value as string) ?? '') ? undefined : `ref ${def.name}=${String(value)}`
  }
}

function attributesProblems(defs: readonly AttributeDef[], attrs: Attributes, requireAll: boolean, opdIds: ReadonlySet<string>, kinds: ReadonlyMap<string, string>): string[] {
  const problems: string[] = []
  const byName = new Map(defs.map((d) => [d.name, d]))
  for (const def of defs) if (requireAll && def.required && !(def.name in attrs)) problems.push(`missing ${def.name}`)
  for (const [name, value] of Object.entries(attrs)) {
    const def = byName.get(name)
    const problem = def ? attributeProblem(def, value, opdIds, kinds) : `unknown ${name}`
    if (problem) problems.push(problem)
  }
  return problems
}

/** Every structural promise of the generator; returns the problems found (empty when all hold). */
function check(p: ProjectData, n: number, perElement = 3): string[] {
  const problems: string[] = []
  const fail = (m: string): void => { if (problems.length < 20) problems.push(m) }
  if (p.elements.length !== n) fail(`element count ${p.elements.length}`)
  const wanted = perElement * n
  if (Math.abs(p.relations.length - wanted) > wanted * 0.05) fail(`relation count ${p.relations.length}`)

  const stateIds = new Set(p.states.map((s) => s.id))
  const opdIds = new Set(p.opd.map((o) => o.id))
  const goalIds = new Set(p.plan.goals.filter((g) => g.level === 'sasaran' || g.level === 'iku').map((g) => g.id))
  const kinds = new Map<string, string>()
  const members = new Map<string, ReadonlySet<string>>()
  const codes = new Set<string>()
  for (const e of p.elements) {
    if (!ID.test(e.id) || kinds.has(e.id)) fail(`element id ${e.id}`)
    kinds.set(e.id, e.kind)
    members.set(e.id, new Set(Object.keys(e.states)))
    if (!e.code || codes.has(e.code)) fail(`code ${e.code}`)
    codes.add(e.code ?? '')
    const kind = elementKind(e.kind)
    if (!kind) { fail(`kind ${e.kind}`); continue }
    if (!e.name) fail(`name of ${e.id}`)
    if (!e.ownerOpd || !opdIds.has(e.ownerOpd)) fail(`owner of ${e.id}`)
    for (const u of e.userOpds ?? []) if (!opdIds.has(u) || u === e.ownerOpd) fail(`user ${u} of ${e.id}`)
    for (const g of e.goals ?? []) if (!goalIds.has(g)) fail(`goal ${g} of ${e.id}`)
    if (!e.refCodes?.length) fail(`no refCodes on ${e.id}`)
    for (const c of e.refCodes ?? []) {
      if (!catalogue.has(c) || !kind.referencePrefixes.some((prefix) => c.startsWith(prefix))) fail(`refCode ${c} on ${e.kind}`)
    }
    for (const pr of attributesProblems(kind.attributes, e.attrs, true, opdIds, kinds)) fail(`${e.id}: ${pr}`)
    if (Object.keys(e.states).length === 0) fail(`${e.id} in no state`)
    for (const [s, m] of Object.entries(e.states)) {
      if (!stateIds.has(s)) fail(`${e.id} in unknown state ${s}`)
      if (m.attrs) for (const pr of attributesProblems(kind.attributes, m.attrs, false, opdIds, kinds)) fail(`${e.id}@${s}: ${pr}`)
    }
  }

  const relationIds = new Set<string>()
  const triples = new Set<string>()
  for (const r of p.relations) {
    if (!ID.test(r.id) || relationIds.has(r.id) || kinds.has(r.id)) fail(`relation id ${r.id}`)
    relationIds.add(r.id)
    const s = kinds.get(r.source)
    const t = kinds.get(r.target)
    if (!s || !t) { fail(`${r.id} dangling`); continue }
    if (r.source === r.target) fail(`${r.id} self`)
    if (!isRelationAllowed(r.kind, s, t)) fail(`${r.id} ${r.kind} ${s} -> ${t} not allowed`)
    const triple = `${r.kind}|${r.source}|${r.target}`
    if (triples.has(triple)) fail(`duplicate ${triple}`)
    triples.add(triple)
    for (const pr of attributesProblems(relationKind(r.kind)?.attributes ?? [], r.attrs, true, opdIds, kinds)) fail(`${r.id}: ${pr}`)
    const states = Object.keys(r.states)
    if (states.length === 0) fail(`${r.id} in no state`)
    for (const st of states) if (!members.get(r.source)!.has(st) || !members.get(r.target)!.has(st)) fail(`${r.id} in ${st} without both ends`)
  }

  const domainOf = new Map(p.elements.map((e) => [e.id, elementKind(e.kind)?.domain]))
  for (const state of ['asis', 'target']) {
    const present = new Set(p.elements.filter((e) => state in e.states).map((e) => domainOf.get(e.id)))
    for (const d of DOMAINS) if (!present.has(d.id)) fail(`domain ${d.id} missing from ${state}`)
  }
  if (p.views.length !== DOMAINS.length) fail(`views ${p.views.length}`)
  for (const v of p.views) {
    if (v.layout !== 'domain' || v.nodes.length > 200 || v.nodes.length === 0) fail(`view ${v.id}`)
    for (const node of v.nodes) if (domainOf.get(node.element) !== v.domain || node.w !== 180 || node.h !== 64) fail(`node ${node.element} in ${v.id}`)
  }
  if (p.catalogueExtensions.length !== 0) fail('catalogue extensions')
  return problems
}

const small = generateProject({ elements: 1000, seed: 1 })
const medium = generateProject({ elements: 10_000, seed: 2 })

describe('generateProject', () => {
  it('is deterministic: same options give a deep-equal project, other seeds another', () => {
    expect(generateProject({ elements: 1000, seed: 1 })).toEqual(small)
    expect(generateProject({ elements: 1000, seed: 1, states: 3 })).toEqual(generateProject({ elements: 1000, seed: 1, states: 3 }))
    const other = generateProject({ elements: 1000, seed: 7 })
    expect(other).not.toEqual(small)
    expect(other.relations.map((r) => r.source)).not.toEqual(small.relations.map((r) => r.source))
  })

  it.each([
    ['1k', small, 1000],
    ['10k', medium, 10_000],
  ])('keeps every structural promise at %s elements', (_, project, n) => {
    expect(check(project, n)).toEqual([])
  })

  it('keeps them with three states, other densities and tiny sizes', () => {
    const three = generateProject({ elements: 2000, seed: 3, states: 3 })
    expect(three.states.map((s) => [s.id, s.role, s.year])).toEqual([['asis', 'asis', undefined], ['y2027', 'intermediate', 2027], ['target', 'target', 2029]])
    expect(check(three, 2000)).toEqual([])
    expect(three.elements.filter((e) => 'y2027' in e.states).length).toBeGreaterThan(1500)
    expect(check(generateProject({ elements: 1000, seed: 4, relationsPerElement: 1.5 }), 1000, 1.5)).toEqual([])
    expect(generateProject({ elements: 6, seed: 5 }).elements.length).toBe(6)
    expect(check(generateProject({ elements: 6, seed: 5, relationsPerElement: 0 }), 6, 0)).toEqual([])
    expect(generateProject({ elements: 0, seed: 5 }).elements).toEqual([])
  })

  it('uses realistic proportions, OPD, plan and states', () => {
    const perDomain = new Map<string, number>()
    for (const e of medium.elements) {
      const d = elementKind(e.kind)!.domain
      perDomain.set(d, (perDomain.get(d) ?? 0) + 1)
    }
    expect(Object.fromEntries(perDomain)).toEqual({ 'proses-bisnis': 2000, data: 2000, layanan: 1500, aplikasi: 2000, infrastruktur: 1500, keamanan: 1000 })
    expect(new Set(medium.elements.map((e) => e.kind)).size).toBeGreaterThan(20)

    expect(small.opd).toHaveLength(13)
    expect(medium.opd.length).toBeGreaterThan(13)
    expect(medium.elements.some((e) => e.userOpds?.length)).toBe(true)

    const both = medium.elements.filter((e) => 'asis' in e.states && 'target' in e.states)
    const developed = both.filter((e) => e.states.target!.status === 'pengembangan')
    expect(both.length / 10_000).toBeGreaterThan(0.66)
    expect(both.length / 10_000).toBeLessThan(0.74)
    expect(developed.length / both.length).toBeGreaterThan(0.12)
    expect(developed.length / both.length).toBeLessThan(0.18)
    expect(developed.filter((e) => Object.keys(e.states.target!.attrs ?? {}).length === 1).length).toBeGreaterThan(developed.length * 0.8)
    expect(medium.elements.filter((e) => !('asis' in e.states) && e.states.target?.status === 'baru').length / 10_000).toBeGreaterThan(0.12)
    expect(medium.elements.filter((e) => !('target' in e.states)).length / 10_000).toBeGreaterThan(0.12)
    const withGoals = medium.elements.filter((e) => e.goals?.length).length / 10_000
    expect(withGoals).toBeGreaterThan(0.08)
    expect(withGoals).toBeLessThan(0.12)

    expect(small.plan).toMatchObject({ name: 'RPJMD 2025-2029', document: 'rpjmd', startYear: 2025, years: 5 })
    const levels = small.plan.goals.map((g) => g.level)
    expect(levels.filter((l) => l === 'visi')).toHaveLength(1)
    expect(levels.filter((l) => l === 'misi')).toHaveLength(3)
    for (const iku of small.plan.goals.filter((g) => g.level === 'iku')) {
      expect(iku.unit).toBeTruthy()
      expect(Object.keys(iku.targets ?? {})).toEqual(['2025', '2026', '2027', '2028', '2029'])
    }
    expect(JSON.parse(JSON.stringify(small))).toEqual(small)
  })

  it('has a checker that does catch broken projects', () => {
    const [a, b] = small.elements.filter((e) => e.kind === 'data-informasi')
    const onlyTarget = small.elements.find((e) => !('asis' in e.states))!
    const broken: ProjectData = {
      ...small,
      elements: small.elements.map((e) => (e.id === a!.id ? { ...e, attrs: {} } : e)),
      relations: [
        ...small.relations,
        { id: 'rx1', kind: 'supports', source: a!.id, target: b!.id, attrs: {}, states: { target: {} } },
        { id: 'rx2', kind: 'uses-data', source: onlyTarget.id, target: onlyTarget.id, attrs: {}, states: { asis: {} } },
      ],
    }
    const problems = check(broken, 1000).join('\n')
    expect(problems).toContain(`${a!.id}: missing nature`)
    expect(problems).toContain('rx1 supports data-informasi -> data-informasi not allowed')
    expect(problems).toContain('rx2 self')
    expect(problems).toContain('rx2 in asis without both ends')
  })

  it('generates 100k elements in one call', () => {
    const big = generateProject({ elements: 100_000, seed: 1 })
    expect(big.elements).toHaveLength(100_000)
    expect(Math.abs(big.relations.length - 300_000)).toBeLessThanOrEqual(15_000)
    expect(big.opd.length).toBeLessThanOrEqual(60)
    const kinds = new Map(big.elements.map((e) => [e.id, e.kind]))
    expect(kinds.size).toBe(100_000)
    const bad = big.relations.filter((r) => !isRelationAllowed(r.kind, kinds.get(r.source) ?? '', kinds.get(r.target) ?? ''))
    expect(bad).toEqual([])
    for (const v of big.views) expect(v.nodes.length).toBeLessThanOrEqual(200)
  })
})
