import { describe, expect, it } from 'vitest'
import { generateProject } from '../../model/generate/generateProject.ts'
import { generateRoadmap } from './generateRoadmap.ts'

/**
 * The dependency step reads the kegiatan by position: from the derived list as it is, or, once
 * the user's overrides changed the list, from the ids (workOrdinals). Both must find the same.
 */
describe('kegiatan positions for the dependency step', () => {
  it('give the same dependencies whether read from the derived list or from the ids', () => {
    const data = generateProject({ elements: 600, seed: 3 })
    const plain = generateRoadmap(data).roadmap
    const all = [...plain.activities, ...plain.unscheduled]
    const renamed = all[0]!.id
    // A rename keeps the list as it is, but goes through the overrides (and so the ids).
    const withOverride = generateRoadmap({ ...data, roadmap: { ...data.roadmap, overrides: { [renamed]: { name: 'Nama baru' } } } }).roadmap
    const dependencies = (r: typeof plain) => Object.fromEntries([...r.activities, ...r.unscheduled].map((a) => [a.id, a.dependencies]))
    expect(all.some((a) => a.dependencies.length > 0)).toBe(true)
    expect(dependencies(withOverride)).toEqual(dependencies(plain))
  })
})
