import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../../tests/fixtures/smallProject.ts'
import { parseProjectText } from '../../file/loadProject.ts'
import { serializeProject } from '../../file/serialize.ts'
import type { IndexData, ProjectData } from '../../project.ts'
import { validateProject } from '../validateProject.ts'

const withIndex = (index: Partial<IndexData>): ProjectData => ({ ...smallProject(), index: { assessments: [], frameworks: [], links: [], ...index } })
const load = (data: ProjectData) => parseProjectText(serializeProject(data))

describe('index integrity', () => {
  it('refuses to load a project whose index records would collapse into one, naming the place', () => {
    // serializeProject sorts and would hide duplicates next to each other; the file is written by hand here.
    const file = JSON.parse(serializeProject(smallProject())) as Record<string, unknown>
    file.index = {
      assessments: [{ year: 2024, framework: 'spbe-2020', indicators: {} }, { year: 2024, framework: 'spbe-2020', indicators: {} }],
      frameworks: [{ id: 'spbe-2020' }],
      links: [{ activity: 'k-a', indicator: 1, level: 3 }, { activity: 'k-a', indicator: 1, level: 4 }],
    }
    const r = parseProjectText(JSON.stringify(file))
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = r.errors.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['index.frameworks[0].id', 'index.assessments[1].year', 'index.links[1]']))
    expect(r.errors.find((e) => e.path === 'index.assessments[1].year')!.message).toEqual({ id: 'Tahun 2024 dinilai dua kali', en: 'Year 2024 is assessed twice' })
  })

  it('refuses an assessment that names a framework the project does not have', () => {
    const r = load(withIndex({ assessments: [{ year: 2024, framework: 'kerangka-x', indicators: {} }] }))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'index.assessments[0].framework' })
    expect(load(withIndex({ assessments: [{ year: 2024, framework: 'kerangka-x', indicators: {} }], frameworks: [{ id: 'kerangka-x' }] })).ok).toBe(true)
  })

  it('only warns about evidence pointing at an element that was deleted', () => {
    const data = withIndex({ assessments: [{ year: 2024, framework: 'spbe-2020', indicators: { 16: { level: 3, evidence: [{ kind: 'element', value: 'gone' }] } } }] })
    expect(load(data).ok).toBe(true)
    const findings = validateProject(data).filter((f) => f.rule.startsWith('index-'))
    expect(findings).toEqual([expect.objectContaining({ rule: 'index-evidence-missing', severity: 'warning', path: 'index.assessments[0].indicators.16.evidence[0]' })])
  })
})
