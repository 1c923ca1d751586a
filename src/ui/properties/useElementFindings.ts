import { useDeferredValue, useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import { projectionToData, type ProjectionState } from '../../model/projection/projection.ts'
import type { Finding } from '../../model/validation/finding.ts'
import { validateProject } from '../../model/validation/validateProject.ts'

const NONE: readonly Finding[] = Object.freeze([])

interface Cached {
  readonly revision: number
  readonly bySubject: ReadonlyMap<string, readonly Finding[]>
}

/** One validation per store revision, shared by every mounted panel reading the same store. */
const cache = new WeakMap<StoreApi<ProjectionState>, Cached>()

function findingsBySubject(store: StoreApi<ProjectionState>, revision: number): ReadonlyMap<string, readonly Finding[]> {
  const hit = cache.get(store)
  if (hit && hit.revision === revision) return hit.bySubject
  const bySubject = new Map<string, Finding[]>()
  for (const f of validateProject(projectionToData(store.getState()))) {
    if (f.subject === undefined) continue
    const list = bySubject.get(f.subject)
    if (list) list.push(f)
    else bySubject.set(f.subject, [f])
  }
  cache.set(store, { revision, bySubject })
  return bySubject
}

/**
 * The validation findings about one element, recomputed once per applied transaction. Only the
 * component calling this re-renders on every revision, not the form around it.
 */
export function useElementFindings(store: StoreApi<ProjectionState>, elementId: string): readonly Finding[] {
  // Deferred: validating a large project must not hold up the edit that caused it.
  const revision = useDeferredValue(useStore(store, (s) => s.revision))
  // The revision is the cache key; the state read inside is the newest, at least that revision.
  return useMemo(() => findingsBySubject(store, revision).get(elementId) ?? NONE, [store, revision, elementId])
}
