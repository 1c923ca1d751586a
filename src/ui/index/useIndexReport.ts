import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { projectIndexReport, type ProjectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import { projectionToData, type ProjectionState } from '../../model/projection/projection.ts'
import type { Roadmap } from '../../analysis/roadmap/activity.ts'

/**
 * The project's SPBE index as the view shows it: frameworks, each year's score, the history, and
 * (with the scheduled Peta Rencana) the projection and target plan. Recomputed once per revision;
 * the caller passes the scheduled roadmap it already has (useRoadmap), so it is generated once.
 */
export function useIndexReport(store: StoreApi<ProjectionState>, roadmap: Roadmap | undefined): ProjectIndexReport {
  const revision = useStore(store, (s) => s.revision)
  return useMemo(() => projectIndexReport(projectionToData(store.getState()), roadmap),
    // `revision` is what changes; the store object stays the same.
    [store, revision, roadmap])
}
