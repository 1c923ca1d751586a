import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { formatArchimateError } from '../../src/io/archimate/archimateError.ts'
import { exportArchimate } from '../../src/io/archimate/exportArchimate.ts'
import { importArchimate } from '../../src/io/archimate/importArchimate.ts'
import { compareRoundTrip, inventory } from '../../src/io/archimate/roundTripCheck.ts'
import { hasXmllint, validateWithXsd } from '../../src/io/archimate/xmllint.ts'
import { canonicalProject } from '../../src/model/file/serialize.ts'
import { generateProject } from '../../src/model/generate/generateProject.ts'
import type { ProjectData, ProjectFile } from '../../src/model/project.ts'
import { validateProject } from '../../src/model/validation/validateProject.ts'

const root = join(import.meta.dirname, '..', '..')
const dir = mkdtempSync(join(tmpdir(), 'archimate-own-'))

function xsdValid(xml: string, name: string): void {
  if (!hasXmllint()) throw new Error('xmllint tidak ada / is missing: install the Debian package libxml2-utils (scripts/ensure-system-packages.sh does it)')
  const file = join(dir, name)
  writeFileSync(file, xml)
  const r = validateWithXsd(file)
  expect(r.output).toBe('')
  expect(r.valid).toBe(true)
}

function roundTrip(data: ProjectData, name: string): ProjectData {
  const xml = exportArchimate(data, { roadmap: generateRoadmap(data).roadmap })
  xsdValid(xml, name)
  const r = importArchimate(xml)
  if (!r.ok) throw new Error(r.errors.map((e) => formatArchimateError(e)).join('\n'))
  expect(r.warnings).toEqual([])
  return r.data
}

const HOSTILE = 'Nama "kutip" <script>alert(1)</script> & | pipa تطبيق 😀'

/** A generated project with three states and everything a project can hold beyond elements. */
function richProject(): ProjectData {
  const p = generateProject({ elements: 150, seed: 11, states: 3 })
  const opd0 = p.opd[0]!.id
  const goal = p.plan.goals.find((g) => g.level === 'iku') ?? p.plan.goals[0]!
  const intermediate = p.states.find((s) => s.role === 'intermediate')!
  const elements = p.elements.map((e, i) => (i === 0
    ? { ...e, name: HOSTILE, description: `${HOSTILE}\nbaris kedua`, refCodes: ['RAA.01.01.01.01'], states: { ...e.states, [intermediate.id]: { status: 'pengembangan' as const, attrs: { ...(e.states[intermediate.id]?.attrs ?? {}) } } } }
    : e))
  return {
    ...p,
    opd: p.opd.map((o, i) => (i === 0 ? { ...o, shortName: 'Kominfo|SP', name: HOSTILE } : o)),
    plan: { ...p.plan, name: 'RPJMD | 2025-2029', goals: p.plan.goals.map((g) => (g.id === goal.id ? { ...g, text: HOSTILE, targets: { 2026: 10, 2027: '20%' } } : g)) },
    elements,
    catalogueExtensions: [
      { code: 'RAA.01.01.01.01', parent: 'RAA.01.01.01', name: HOSTILE },
      { code: 'RAB.01.01.03.01', parent: 'RAB.01.01.03', name: 'Pembinaan Kesadaran Bela Negara di Daerah' },
    ],
    settings: { policy: { applicationsInDataCentre: false } },
    roadmap: {
      budgetCeilings: { 2026: 1_000_000_000, 2027: 2_500_000_000 },
      opdCapacity: { default: 2, [opd0]: 4 },
      overrides: { 'k-add-apl-x': { name: HOSTILE, pinnedYear: 2027, duration: 2, budget: { 2027: 5_000_000 }, opd: opd0, goals: [goal.id] } },
      manualActivities: [{ id: 'km-pelatihan', name: HOSTILE, muatan: 'manajemen', opd: opd0, relatedOpd: [opd0], startYear: 2026, duration: 1, budget: { 2026: 150_000_000 }, goals: [goal.id] }],
      manualDependencies: [{ from: 'km-pelatihan', to: 'k-add-apl-x' }],
    },
  }
}

describe('ArchiMate round trip of a Cetakbiru project', () => {
  it('gives the example project back identical, and the result validates with no reference errors', () => {
    const { schemaVersion: _v, ...data } = JSON.parse(readFileSync(join(root, 'examples', 'kabupaten-contoh.cetakbiru.json'), 'utf8')) as ProjectFile
    expect(data.catalogueExtensions.length).toBeGreaterThan(0)
    expect(data.plan.goals.length).toBeGreaterThan(0)
    const back = roundTrip(data, 'example.xml')
    expect(canonicalProject(back)).toEqual(canonicalProject(data))
    expect(validateProject(back).filter((f) => f.severity === 'error')).toEqual(validateProject(data).filter((f) => f.severity === 'error'))
  })

  it('gives a generated three-state project with goals, catalogue extensions, settings and Peta Rencana inputs back identical', () => {
    const data = richProject()
    expect(data.states).toHaveLength(3)
    const back = roundTrip(data, 'generated.xml')
    expect(canonicalProject(back)).toEqual(canonicalProject(data))
    // And again: the second trip is as lossless as the first.
    expect(canonicalProject(roundTrip(back, 'generated-2.xml'))).toEqual(canonicalProject(data))
  })

  it('carries goals added to a project imported from a foreign file, and still keeps that file whole', () => {
    const text = readFileSync(join(root, 'tests', 'fixtures', 'archimate', 'multilang.xml'), 'utf8')
    const first = importArchimate(text)
    if (!first.ok) throw new Error('fixture does not import')
    const goals = [{ id: 'visi', level: 'visi' as const, text: HOSTILE }]
    const out = exportArchimate({ ...first.data, plan: { ...first.data.plan, goals } }, { extras: first.extras })
    xsdValid(out, 'foreign-goals.xml')
    expect(compareRoundTrip(inventory(text), inventory(out)).problems).toEqual([])
    const again = importArchimate(out)
    expect(again.ok && again.data.plan.goals).toEqual(goals)
    // Without additions the foreign file gets no Cetakbiru project properties it never had.
    expect(exportArchimate(first.data, { extras: first.extras })).not.toContain('spbe:goal')
  })

  it('refuses a broken project property with its name, importing nothing', () => {
    const xml = exportArchimate(richProject())
    const broken = xml.replace(/(<value[^>]*>)\{&quot;code&quot;/, '$1{broken')
    expect(broken).not.toBe(xml)
    const r = importArchimate(broken)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]!.message.en).toMatch(/spbe:catalogueExtension is not a valid JSON object/)
  })
})
