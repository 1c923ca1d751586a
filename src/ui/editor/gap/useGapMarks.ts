import { useMemo } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { projectionToData, type ProjectionState } from '../../../model/projection/projection.ts'
import type { GapSettings } from '../editorStore.ts'
import { gapMarks, type GapMarks } from './gapMarks.ts'

/**
 * The overlay's marks while it is on. Recomputed only when elements, relations or states change
 * (their maps keep identity otherwise): moving a node or editing a view never re-runs the analysis.
 */
export function useGapMarks(store: StoreApi<ProjectionState>, gap: GapSettings): GapMarks | undefined {
  const elements = useStore(store, (s) => s.elements)
  const relations = useStore(store, (s) => s.relations)
  const states = useStore(store, (s) => s.states)
  return useMemo(() => {
    if (!gap.on) return undefined
    const from = states.find((s) => s.id === gap.from)
    const to = states.find((s) => s.id === gap.to)
    if (!from || !to || from === to) return undefined
    return gapMarks(projectionToData(store.getState()), from, to)
    // elements and relations are what projectionToData reads that can change; states via `states`.
  }, [gap.on, gap.from, gap.to, elements, relations, states, store])
}
