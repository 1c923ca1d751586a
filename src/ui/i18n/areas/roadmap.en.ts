import type { roadmapId } from './roadmap.id.ts'

/** English texts of the Peta Rencana screen, typed against the Indonesian keys. */
export const roadmapEn: Record<keyof typeof roadmapId, string> = {
  'roadmap.title': 'SPBE Roadmap (Peta Rencana)',
  'roadmap.summary': '{period}: {scheduled} activities scheduled, {unscheduled} not scheduled.',
  'roadmap.generatedNote': 'Built from the gaps between the current and the target state and from the architecture findings; your changes to activities are kept when it is rebuilt.',
  'roadmap.budget.title': 'Indicative budget per year',
  'roadmap.budget.ceiling': 'ceiling {amount}',
  'roadmap.budget.noCeiling': 'no ceiling',
  'roadmap.column.muatan': 'Area (muatan)',
  'roadmap.column.program': 'Programme',
  'roadmap.column.activity': 'Activity (kegiatan)',
  'roadmap.column.opd': 'Lead OPD',
  'roadmap.column.budget': 'Indicative budget',
  'roadmap.active': 'carried out',
  'roadmap.unscheduled.title': 'Not scheduled',
  'roadmap.unscheduled.none': 'Every activity fits the plan period.',
  'roadmap.problems.title': 'Needs attention',
  'roadmap.empty': 'There is no gap between the current and the target state yet, so there are no activities. Add or change elements in the target state in the Diagram section.',
  'roadmap.millions': '{amount} m',
  'roadmap.pin': 'Pin "{activity}" to start in {year}',
  'roadmap.unpin': 'Release the pinned year of "{activity}"',
  'roadmap.pinHint': 'Choose a year cell in an activity row to pin it to start that year; choose the pinned year (📌) again to release it. Ctrl+Z undoes.',
}
