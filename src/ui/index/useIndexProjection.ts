import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { projectIndexReport, type ProjectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import type { Roadmap } from '../../analysis/roadmap/activity.ts'
import type { ProjectData } from '../../model/project.ts'
import { projectionToData, type ProjectionState } from '../../model/projection/projection.ts'
import { useRoadmap } from '../roadmap/useRoadmap.ts'

export interface IndexProjectionView {
  readonly data: ProjectData
  /** The scheduled Peta Rencana; absent while the project has no as-is or no target state. */
  readonly roadmap?: Roadmap
  readonly report: ProjectIndexReport
}

/**
 * The index report of the projected project against its scheduled Peta Rencana, recomputed once
 * per revision (the report is pure and deterministic, so nothing else needs to be kept).
 */
export function useIndexProjection(store: StoreApi<ProjectionState>): IndexProjectionView {
  const revision = useStore(store, (s) => s.revision)
  const analysis = useRoadmap(store)
  return useMemo(() => {
    const data = projectionToData(store.getState())
    const roadmap = analysis?.roadmap
    return { data, ...(roadmap ? { roadmap } : {}), report: projectIndexReport(data, roadmap) }
    // `revision` is what changes; the store object stays the same.
  }, [store, revision, analysis])
}
