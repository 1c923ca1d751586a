import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { projectionToData, type ProjectionState } from '../../../model/projection/projection.ts'
import { buildGapReport, type GapReport } from './gapReport.ts'

/**
 * The gap report between two states, computed once per projection revision that changes what
 * the analysis reads (elements, relations, states, perangkat daerah, settings): moving a node or
 * editing a view leaves it as it is. Undefined while the panel is hidden or the states are one.
 */
export function useGapReport(store: StoreApi<ProjectionState>, fromId: string, toId: string, enabled: boolean): GapReport | undefined {
  const elements = useStore(store, (s) => s.elements)
  const relations = useStore(store, (s) => s.relations)
  const states = useStore(store, (s) => s.states)
  const opd = useStore(store, (s) => s.opd)
  const settings = useStore(store, (s) => s.settings)
  return useMemo(() => {
    if (!enabled) return undefined
    const from = states.find((s) => s.id === fromId)
    const to = states.find((s) => s.id === toId)
    if (!from || !to || from === to) return undefined
    return buildGapReport(projectionToData(store.getState()), from, to)
    // The store is read through projectionToData; these are the parts of it the analysis uses.
  }, [enabled, fromId, toId, elements, relations, states, opd, settings, store])
}
