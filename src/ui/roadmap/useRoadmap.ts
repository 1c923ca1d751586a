import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { generateRoadmap, type RoadmapAnalysis } from '../../analysis/roadmap/generateRoadmap.ts'
import { projectionToData, type ProjectionState } from '../../model/projection/projection.ts'

/**
 * The Peta Rencana of the projected project, regenerated when the project changes (once per
 * revision). Generation is pure and deterministic, so regenerating keeps the user's overrides.
 */
export function useRoadmap(store: StoreApi<ProjectionState>): RoadmapAnalysis | undefined {
  const revision = useStore(store, (s) => s.revision)
  return useMemo(() => {
    const state = store.getState()
    if (!state.states.some((s) => s.role === 'asis') || !state.states.some((s) => s.role === 'target')) return undefined
    return generateRoadmap(projectionToData(state))
    // `revision` is listed because it is what changes; the store object itself stays the same.
  }, [store, revision])
}
