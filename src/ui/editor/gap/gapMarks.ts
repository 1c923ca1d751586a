import { analyzeGap, type ChangeType } from '../../../analysis/gap/gapAnalysis.ts'
import type { ProjectData, State } from '../../../model/project.ts'

/** What the overlay marks on a node or an edge; unchanged ones carry no mark. */
export type GapMark = Exclude<ChangeType, 'unchanged'>

export interface GapMarks {
  readonly from: State
  readonly to: State
  readonly elements: ReadonlyMap<string, GapMark>
  readonly relations: ReadonlyMap<string, GapMark>
}

/** The gap between two states as marks by id, for the canvas overlay. */
export function gapMarks(data: ProjectData, from: State, to: State): GapMarks {
  const elements = new Map<string, GapMark>()
  const relations = new Map<string, GapMark>()
  for (const c of analyzeGap(data, from, to).changes) {
    if (c.change === 'unchanged') continue
    ;(c.type === 'element' ? elements : relations).set(c.id, c.change)
  }
  return { from, to, elements, relations }
}
