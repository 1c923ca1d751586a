import { DOMAINS, elementKind } from '../../model/metamodel/metamodel.ts'
import type { ProjectData } from '../../model/project.ts'
import type { GapAnalysis } from '../gap/gapAnalysis.ts'
import type { Roadmap } from './activity.ts'

/** The architecture at the end of one plan year, if the Peta Rencana is carried out. */
export interface ProjectedState {
  readonly year: number
  /** Elements present at the end of the year. */
  readonly elements: readonly string[]
  /** Of those, the ones developed by then (they carry their target values). */
  readonly developed: readonly string[]
  readonly byDomain: Readonly<Record<string, number>>
  /** Element gaps (added, changed, removed) closed by the end of this year, and still open. */
  readonly closedGaps: number
  readonly openGaps: number
}

/**
 * Walks the plan year by year: an element the plan builds appears when its kegiatan ends, one it
 * retires disappears then, one it develops takes its target values then. Unscheduled kegiatan
 * change nothing, so their gaps stay open to the end.
 */
export function projectedStates(data: ProjectData, gap: GapAnalysis, roadmap: Roadmap): ProjectedState[] {
  const doneIn = new Map<string, number>() // element gap id -> year its kegiatan ends
  for (const a of roadmap.activities) for (const g of a.closes) doneIn.set(g, a.endYear)
  const present = new Set(data.elements.filter((e) => e.states[gap.from.id]).map((e) => e.id))
  const elementGaps = gap.changes.filter((c) => c.type === 'element')
  const domainOf = new Map(data.elements.map((e) => [e.id, elementKind(e.kind)?.domain ?? '']))
  const developed = new Set<string>()
  const out: ProjectedState[] = []
  for (const year of roadmap.period.years) {
    let closed = 0
    for (const c of elementGaps) {
      const prefix = c.change === 'added' ? 'add' : c.change === 'changed' ? 'dev' : 'ret'
      const end = doneIn.get(`${prefix}:${c.id}`)
      if (end === undefined || end > year) continue
      closed++
      if (c.change === 'added') present.add(c.id)
      else if (c.change === 'removed') present.delete(c.id)
      else developed.add(c.id)
    }
    const byDomain: Record<string, number> = Object.fromEntries(DOMAINS.map((d) => [d.id, 0]))
    for (const id of present) byDomain[domainOf.get(id)!]!++
    out.push({
      year, elements: [...present].sort(), developed: [...developed].sort(), byDomain,
      closedGaps: closed, openGaps: elementGaps.length - closed,
    })
  }
  return out
}
