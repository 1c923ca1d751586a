import { describe, expect, it } from 'vitest'
import { serializeProject } from '../serialize.ts'
import { parseProjectText } from '../loadProject.ts'
import { smallProject } from '../../../../tests/fixtures/smallProject.ts'
import { v2ToV3 } from './v2ToV3.ts'

/** A version-2 file: today's format without `settings`, `roadmap` and the later `index`. */
function v2File(): Record<string, unknown> {
  const { settings: _s, roadmap: _r, index: _i, ...rest } = JSON.parse(serializeProject(smallProject())) as Record<string, unknown>
  return { ...rest, schemaVersion: 2 }
}

describe('migration 2 -> 3 (settings and roadmap inputs)', () => {
  it('adds the default policy and empty roadmap inputs, keeping everything else', () => {
    const v2 = v2File()
    const v3 = v2ToV3(structuredClone(v2))
    expect(v3.schemaVersion).toBe(3)
    expect(v3.settings).toEqual({ policy: { applicationsInDataCentre: true } })
    expect(v3.roadmap).toEqual({ budgetCeilings: {}, opdCapacity: {}, overrides: {}, manualActivities: [], manualDependencies: [] })
    expect(v3.elements).toEqual(v2.elements)
  })

  it('runs on load and the result passes the current schema', () => {
    const r = parseProjectText(JSON.stringify(v2File()))
    expect(r.ok && r.migratedFrom).toBe(2)
    if (r.ok) expect(serializeProject(r.data)).toBe(serializeProject(smallProject()))
  })
})
