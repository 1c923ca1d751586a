import { useEffect } from 'react'
import type { ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { rupiah, yearSpan } from './roadmapFormat.ts'

export interface GanttTooltipProps {
  readonly id: string
  readonly activity: ScheduledActivity | undefined
  /** Where the bar is on screen (viewport coordinates). */
  readonly anchor: DOMRect | undefined
  readonly opdName: (id: string) => string
  readonly conflicts: readonly string[]
  readonly onDismiss: () => void
}

const WIDTH = 340

/**
 * What a bar means, on hover or keyboard focus: years, OPD, pagu, why it sits there, and any
 * conflict. One tooltip for the whole timeline, placed under the bar in viewport coordinates so
 * no scroll box clips it.
 */
export function GanttTooltip({ id, activity: a, anchor, opdName, conflicts, onDismiss }: GanttTooltipProps) {
  const t = useT()
  const locale = useLocale()
  useEffect(() => {
    if (!a) return
    // The anchor is a snapshot: once the page scrolls it no longer matches the bar.
    window.addEventListener('scroll', onDismiss, { capture: true, passive: true })
    return () => window.removeEventListener('scroll', onDismiss, { capture: true })
  }, [a, onDismiss])
  const visible = a !== undefined && anchor !== undefined
  const left = anchor ? Math.max(8, Math.min(anchor.left, window.innerWidth - WIDTH - 16)) : 0
  const below = anchor ? anchor.bottom + 6 : 0
  const flip = anchor !== undefined && below + 160 > window.innerHeight
  const style = anchor ? (flip ? { left, bottom: window.innerHeight - anchor.top + 6 } : { left, top: below }) : undefined
  return (
    <div id={id} role="tooltip" className="gantt-tip" hidden={!visible} style={{ ...style, maxWidth: WIDTH }}>
      {a && (
        <>
          <strong className="gantt-tip__name">{a.name}</strong>
          <span className="gantt-tip__line">
            {yearSpan(a.startYear, a.endYear)} · {t('roadmap.gantt.years', { n: a.duration })}
            {a.opd ? ` · ${opdName(a.opd)}` : ''}
            {a.totalBudget > 0 ? ` · ${rupiah(locale, a.totalBudget)}` : ''}
          </span>
          <span className="gantt-tip__line">{t('roadmap.gantt.reason', { reason: localized(a.reason, locale) })}</span>
          {conflicts.map((c, i) => <span key={i} className="gantt-tip__conflict">{c}</span>)}
          <span className="gantt-tip__hint">{a.origin === 'manual' ? t('roadmap.gantt.manualFixed') : t('roadmap.gantt.moveHint')}</span>
        </>
      )}
    </div>
  )
}
