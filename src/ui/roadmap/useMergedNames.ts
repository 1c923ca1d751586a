import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import { projectionToData, type ProjectionState } from '../../model/projection/projection.ts'

/**
 * The names the kegiatan merged into another one would have on their own. A merged kegiatan
 * leaves the Peta Rencana, so its name is found by generating it once more without those merges
 * (a few tens of milliseconds for a kabupaten), only while a merge target is open in the panel.
 */
export function useMergedNames(store: StoreApi<ProjectionState>, ids: readonly string[]): ReadonlyMap<string, string> {
  const revision = useStore(store, (s) => s.revision)
  const key = ids.join('\n')
  return useMemo(() => {
    if (key === '') return new Map<string, string>()
    const wanted = key.split('\n')
    const data = projectionToData(store.getState())
    const overrides = Object.fromEntries(Object.entries(data.roadmap.overrides).map(([id, o]) => {
      if (!wanted.includes(id)) return [id, o]
      const { mergedInto: _merged, ...rest } = o
      return [id, rest]
    }))
    const { roadmap } = generateRoadmap({ ...data, roadmap: { ...data.roadmap, overrides } })
    const names = new Map<string, string>()
    for (const a of [...roadmap.activities, ...roadmap.unscheduled]) if (wanted.includes(a.id)) names.set(a.id, a.name)
    return names
    // `revision` stands for the project's content, which the store object does not change with.
  }, [store, revision, key])
}
