/**
 * The scheduler's index priority ("when asked": `roadmap.prioritiseIndex`): kegiatan linked to
 * indicators come first in proportion to what they alone add to the index over the latest
 * assessment (indexImpact), with a reason the planner reads on the kegiatan.
 */
import { msg } from '../../model/message.ts'
import type { ProjectData } from '../../model/project.ts'
import type { PriorityBoost } from '../roadmap/generateRoadmap.ts'
import { formatIndex } from './predicate.ts'
import { indexImpact, projectFrameworks } from './projectIndexReport.ts'

/** The boost for a project that asks for it and has an assessment with levels; otherwise undefined. */
export function indexPriorityBoost(data: ProjectData): PriorityBoost | undefined {
  if (!data.roadmap.prioritiseIndex || data.index.links.length === 0) return undefined
  const frameworks = projectFrameworks(data)
  const latest = [...data.index.assessments]
    .sort((a, b) => b.year - a.year)
    .find((a) => frameworks.get(a.framework) && Object.values(a.indicators).some((i) => i.level !== undefined))
  if (!latest) return undefined
  const baseline = new Map<number, number>()
  for (const [n, i] of Object.entries(latest.indicators)) if (i.level !== undefined) baseline.set(Number(n), i.level)
  const gains = new Map(indexImpact(frameworks.get(latest.framework)!, baseline, data.index.links).filter((i) => i.gain > 0).map((i) => [i.activity, i]))
  return (id) => {
    const impact = gains.get(id)
    if (!impact) return undefined
    const list = impact.raises.map((r) => r.indicator).join(', ')
    return {
      weight: impact.gain,
      reason: msg(`menaikkan indeks SPBE +${formatIndex(impact.gain)} (indikator ${list})`, `lifts the SPBE index by +${formatIndex(impact.gain)} (indicator${impact.raises.length > 1 ? 's' : ''} ${list})`),
    }
  }
}
