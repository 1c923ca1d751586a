import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinFramework } from '../../src/analysis/index/builtinFrameworks.ts'
import { indicatorsOf } from '../../src/analysis/index/framework.ts'
import { indexImpact, projectIndexReport } from '../../src/analysis/index/projectIndexReport.ts'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { parseProjectText } from '../../src/model/file/loadProject.ts'
import type { ProjectData } from '../../src/model/project.ts'
import { smallProject } from '../fixtures/smallProject.ts'

function example(): ProjectData {
  const r = parseProjectText(readFileSync(join(import.meta.dirname, '../../examples/kabupaten-contoh.cetakbiru.json'), 'utf8'))
  if (!r.ok) throw new Error('example does not load')
  return r.data
}

describe('projectIndexReport on the example', () => {
  const data = example()
  const roadmap = generateRoadmap(data).roadmap
  const report = projectIndexReport(data, roadmap)

  it('draws the history from published totals and the computed 2024 assessment', () => {
    expect(report.history.map((p) => [p.year, p.index, p.source, p.predicate?.id])).toEqual([
      [2021, 2.56, 'published', 'Cukup'],
      [2022, 2.6, 'published', 'Baik'],
      [2023, 2.93, 'published', 'Baik'],
      [2024, report.baseline!.index, 'computed', 'Baik'],
    ])
    // Hand check of 2024: Σ weight x level over the 47 indicators of the example / 100.
    const levels = data.index.assessments.find((a) => a.year === 2024)!.indicators
    const f = builtinFramework('spbe-2020')!
    const sum = indicatorsOf(f).reduce((s, i) => s + Math.round(i.weight * 100) * levels[String(i.number)]!.level!, 0)
    expect(report.baseline!.index).toBe(Math.floor((sum / 100 + 0.5)) / 100)
    expect(report.years.find((y) => y.year === 2024)).toMatchObject({ assessed: 47, total: 47, framework: 'spbe-2020' })
    expect(report.baseline!.partial).toBe(false)
  })

  it('projects every plan year, never below the year before, from the kegiatan as scheduled', () => {
    expect(report.projection!.map((p) => p.year)).toEqual(roadmap.period.years)
    const values = report.projection!.map((p) => p.index)
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]!)
    expect(values[0]).toBeGreaterThan(report.baseline!.index)
    // Every raise names a kegiatan that ends that year.
    const ends = new Map(roadmap.activities.map((a) => [a.id, a.endYear]))
    for (const y of report.projection!) for (const r of y.raised) for (const a of r.activities) expect(ends.get(a)).toBe(y.year)
  })

  it('plans for the target and ranks kegiatan by what they add', () => {
    expect(report.target).toMatchObject({ year: 2027, target: 3.8, reached: false })
    expect(report.target!.shortfall).toBeCloseTo(3.8 - report.target!.projected, 2)
    const gains = report.impact.map((i) => i.gain)
    expect([...gains].sort((a, b) => b - a)).toEqual(gains)
    expect(report.impact[0]!.activity).toBe('km-perbup-arsitektur')
    expect(report.warnings).toEqual([])
  })

  it('is deterministic: the same data in another order gives the same report', () => {
    const shuffled: ProjectData = { ...data, index: { ...data.index, assessments: [...data.index.assessments].reverse(), links: [...data.index.links].reverse() } }
    expect(JSON.stringify(projectIndexReport(shuffled, roadmap), mapsAsArrays)).toBe(JSON.stringify(report, mapsAsArrays))
  })
})

describe('projectIndexReport on partial and broken data', () => {
  it('computes a year still being assessed as partial, and leaves empty years out of the history', () => {
    const data: ProjectData = {
      ...smallProject(),
      index: {
        assessments: [
          { year: 2025, framework: 'pemdi-2026', indicators: { 1: { level: 3 }, 2: { level: 4 }, 3: { justification: 'belum dinilai' } } },
          { year: 2026, framework: 'pemdi-2026', indicators: {} },
        ],
        frameworks: [],
        links: [{ activity: 'k-tidak-ada', indicator: 1, level: 4 }, { activity: 'k-tidak-ada', indicator: 99, level: 4 }],
      },
    }
    const report = projectIndexReport(data, generateRoadmap(data).roadmap)
    expect(report.years.map((y) => [y.year, y.assessed, y.total, y.result?.partial])).toEqual([[2025, 2, 20, true], [2026, 0, 20, undefined]])
    expect(report.history.map((p) => p.year)).toEqual([2025])
    expect(report.warnings.map((w) => w.en)).toEqual([
      expect.stringContaining('indicator 99 is not in framework pemdi-2026'),
      expect.stringContaining('"k-tidak-ada" is linked to indicators but not scheduled'),
    ])
  })

  it('names the path of a broken framework of the project\'s own, and the years that use it', () => {
    const data: ProjectData = {
      ...smallProject(),
      index: { assessments: [{ year: 2027, framework: 'kerangka-2027', indicators: { 1: { level: 3 } } }], frameworks: [{ id: 'kerangka-2027', name: { id: 'Kerangka' } }], links: [] },
    }
    const report = projectIndexReport(data)
    expect(report.frameworks.problems).toHaveLength(1)
    expect(report.frameworks.problems[0]!.errors[0]!.path).toMatch(/^index\.frameworks\[0\]\./)
    expect(report.years[0]!.errors[0]!.message.en).toContain('framework "kerangka-2027" is unknown or not valid')
    expect(report.baseline).toBeUndefined()
  })

  it('a project framework that loads is used like a shipped one', () => {
    const own = { ...structuredClone(builtinFramework('pemdi-2026')!), id: 'pemdi-kab', verified: true }
    const data: ProjectData = { ...smallProject(), index: { assessments: [{ year: 2026, framework: 'pemdi-kab', indicators: Object.fromEntries(indicatorsOf(own).map((i) => [String(i.number), { level: 3 }])) }], frameworks: [own as unknown as Record<string, unknown>], links: [] } }
    const report = projectIndexReport(data)
    expect(report.frameworks.entries.map((e) => [e.id, e.shipped])).toEqual([['spbe-2020', true], ['pemdi-2026', true], ['pemdi-kab', false]])
    expect(report.history).toEqual([expect.objectContaining({ year: 2026, index: 3, source: 'computed' })])
  })
})

describe('indexImpact', () => {
  it('adds weight / 100 for each level a kegiatan raises above the baseline, nothing for levels already reached', () => {
    const f = builtinFramework('spbe-2020')!
    // Indicator 16 weighs 2.5, indicator 1 weighs 1.3.
    const impact = indexImpact(f, new Map([[16, 3], [1, 4]]), [
      { activity: 'a', indicator: 16, level: 5 }, { activity: 'a', indicator: 1, level: 3 }, { activity: 'b', indicator: 1, level: 5 },
    ])
    expect(impact).toEqual([
      { activity: 'a', gain: 0.05, raises: [{ indicator: 16, from: 3, to: 5 }] },
      { activity: 'b', gain: 0.01, raises: [{ indicator: 1, from: 4, to: 5 }] },
    ])
  })
})

function mapsAsArrays(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value] : value
}
