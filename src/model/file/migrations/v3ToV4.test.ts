import { describe, expect, it } from 'vitest'
import { serializeProject } from '../serialize.ts'
import { parseProjectText } from '../loadProject.ts'
import { smallProject } from '../../../../tests/fixtures/smallProject.ts'
import { v3ToV4 } from './v3ToV4.ts'

/** A version-3 file: today's format without `index` (and without `interop`). */
function v3File(): Record<string, unknown> {
  const { index: _i, interop: _x, ...rest } = JSON.parse(serializeProject(smallProject())) as Record<string, unknown>
  return { ...rest, schemaVersion: 3 }
}

describe('migration 3 -> 4 (SPBE index and interop data)', () => {
  it('adds an empty index, keeping everything else', () => {
    const v3 = v3File()
    const v4 = v3ToV4(structuredClone(v3))
    expect(v4.schemaVersion).toBe(4)
    expect(v4.index).toEqual({ assessments: [], frameworks: [], links: [] })
    expect(v4.interop).toBeUndefined()
    expect(v4.elements).toEqual(v3.elements)
    expect(v4.roadmap).toEqual(v3.roadmap)
  })

  it('runs on load and the result passes the current schema', () => {
    const r = parseProjectText(JSON.stringify(v3File()))
    expect(r.ok && r.migratedFrom).toBe(3)
    if (r.ok) expect(serializeProject(r.data)).toBe(serializeProject(smallProject()))
  })

  it('refuses a version-3 file that already claims version-4 content in a wrong shape', () => {
    const bad = { ...v3File(), index: { assessments: [{ year: 1990, framework: 'spbe-2020', indicators: {} }], frameworks: [], links: [] } }
    const r = parseProjectText(JSON.stringify(bad))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.path).join(' ')).toContain('index.assessments[0].year')
  })
})
