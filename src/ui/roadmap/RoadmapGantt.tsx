import { useCallback, useId, useMemo, useRef, useState, type CSSProperties, type MouseEvent } from 'react'
import type { Roadmap, ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { muatanInfo } from '../../analysis/roadmap/muatan.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { DependencyLines } from './DependencyLines.tsx'
import { GanttBar } from './GanttBar.tsx'
import { barBox, dependencyLines, ganttRows, rowsHeight, type GanttRow, type GanttScale } from './ganttGeometry.ts'
import { GanttTooltip } from './GanttTooltip.tsx'
import { millions, yearSpan } from './roadmapFormat.ts'
import { useElementWidth } from './useElementWidth.ts'
import './gantt.css'

export interface RoadmapGanttProps {
  readonly roadmap: Roadmap
  /** Selected kegiatan, the one the panel shows last. */
  readonly selection: readonly string[]
  readonly onSelect: (id: string, additive: boolean) => void
  /** Moves a kegiatan to start in `year` (pins it there). */
  readonly onMove: (id: string, year: number) => void
  readonly opdName: (id: string) => string
  /** Per kegiatan, what is wrong with its place (pin conflicts, cycles, ceilings), in words. */
  readonly conflicts: ReadonlyMap<string, readonly string[]>
}

/** Track width used before the first measurement (and in test DOMs that do not lay out). */
const FALLBACK_TRACK = 600

/**
 * The Peta Rencana as a timeline: muatan > program > kegiatan rows (groups fold), a column per
 * plan year with that year's pagu against its ceiling, a bar per kegiatan coloured by muatan,
 * arrows for dependencies. About a hundred rows render directly: no virtualisation needed.
 */
export function RoadmapGantt({ roadmap, selection, onSelect, onMove, opdName, conflicts }: RoadmapGanttProps) {
  const t = useT()
  const locale = useLocale()
  const tipId = useId()
  const trackRef = useRef<HTMLDivElement>(null)
  const trackWidth = useElementWidth(trackRef, FALLBACK_TRACK)
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const [hover, setHover] = useState<{ id: string; rect: DOMRect }>()
  const years = roadmap.period.years
  const scale: GanttScale = useMemo(
    () => ({ firstYear: roadmap.period.startYear, lastYear: roadmap.period.endYear, yearWidth: trackWidth / years.length }),
    [roadmap.period.startYear, roadmap.period.endYear, trackWidth, years.length],
  )
  const rows = useMemo(() => ganttRows(roadmap, collapsed), [roadmap, collapsed])
  const lines = useMemo(() => dependencyLines(rows, scale), [rows, scale])
  const groupKeys = useMemo(() => ganttRows(roadmap, new Set()).filter((r) => r.kind !== 'activity').map((r) => r.key), [roadmap])
  const selected = useMemo(() => new Set(selection), [selection])
  const highlight = useMemo(() => new Set([...selection, ...(hover ? [hover.id] : [])]), [selection, hover])
  const byId = useMemo(() => new Map(roadmap.activities.map((a) => [a.id, a])), [roadmap])

  const toggle = (key: string): void =>
    setCollapsed((c) => {
      const next = new Set(c)
      if (!next.delete(key)) next.add(key)
      return next
    })
  const onHover = useCallback((id: string | undefined, target?: HTMLElement) => {
    setHover(id && target ? { id, rect: target.getBoundingClientRect() } : undefined)
  }, [])
  const dismiss = useCallback(() => setHover(undefined), [])

  const barLabel = (a: ScheduledActivity): string =>
    t(a.pinnedYear !== undefined ? 'roadmap.gantt.barPinned' : 'roadmap.gantt.bar', { code: a.code, activity: a.name, years: yearSpan(a.startYear, a.endYear) })
  const renderRow = (row: GanttRow) => {
    const color = { '--muatan-color': `var(--muatan-${row.muatan})`, height: row.height } as CSSProperties
    if (row.kind !== 'activity') {
      const title = row.kind === 'muatan'
        ? `${muatanInfo(row.muatan).code} ${localized(muatanInfo(row.muatan).label, locale)}`
        : `${row.program.code} ${localized(row.program.name, locale)}`
      const span = barBox(scale, row.span.start, row.span.end)
      return (
        <div key={row.key} className={`gantt-row gantt-row--${row.kind}`} style={color} data-group={row.key}>
          <div className="gantt-row__label">
            <button type="button" className="gantt-group__toggle" aria-expanded={!row.collapsed} onClick={() => toggle(row.key)}>
              <span className="gantt-group__caret" aria-hidden="true" />
              <span className="gantt-group__title">{title}</span>
              <span className="gantt-group__count">{t('roadmap.gantt.count', { n: row.count })}</span>
            </button>
          </div>
          <div className="gantt-row__track">
            <span className="gantt-group__span" style={{ left: span.x, width: span.width }} aria-hidden="true" />
          </div>
        </div>
      )
    }
    const a = row.activity
    const problems = conflicts.get(a.id)
    const isSelected = selected.has(a.id)
    return (
      <div key={row.key} className={`gantt-row gantt-row--activity${isSelected ? ' is-selected' : ''}`} style={color} data-activity={a.id}>
        <div className="gantt-row__label">
          <input
            type="checkbox"
            className="gantt-row__check"
            checked={isSelected}
            aria-label={t('roadmap.gantt.check', { activity: a.name })}
            onChange={() => onSelect(a.id, true)}
          />
          <button type="button" className="gantt-row__name" title={a.name} onClick={(e: MouseEvent) => onSelect(a.id, e.ctrlKey || e.metaKey)}>
            <span className="gantt-row__code">{a.code}</span> {a.name}
          </button>
          {problems && <ConflictMark problems={problems} label={t('roadmap.gantt.conflict', { activity: a.name })} />}
        </div>
        <div className="gantt-row__track">
          <GanttBar
            activity={a}
            scale={scale}
            label={barLabel(a)}
            caption={a.totalBudget > 0 ? t('roadmap.millions', { amount: millions(locale, a.totalBudget) }) : ''}
            selected={isSelected}
            conflict={problems !== undefined}
            movable={a.origin !== 'manual'}
            tipId={tipId}
            onSelect={onSelect}
            onMove={onMove}
            onHover={onHover}
          />
        </div>
      </div>
    )
  }

  const hovered = hover ? byId.get(hover.id) : undefined
  return (
    <section className="panel gantt" aria-label={t('roadmap.view.gantt')}>
      <div className="gantt__toolbar">
        <p className="gantt__hint muted">{t('roadmap.gantt.hint')}</p>
        <div className="gantt__folds">
          <button type="button" className="button button--ghost button--small" onClick={() => setCollapsed(new Set(groupKeys.filter((k) => k.startsWith('m:'))))}>{t('roadmap.gantt.collapseAll')}</button>
          <button type="button" className="button button--ghost button--small" onClick={() => setCollapsed(new Set())}>{t('roadmap.gantt.expandAll')}</button>
        </div>
      </div>
      <div className="gantt__chart" style={{ '--year-w': `${scale.yearWidth}px` } as CSSProperties}>
        <div className="gantt__head">
          <div className="gantt__head-label">{t('roadmap.column.activity')}</div>
          <div className="gantt__head-years" ref={trackRef}>
            {years.map((y) => <YearHead key={y} year={y} total={roadmap.yearTotals[String(y)]} />)}
          </div>
        </div>
        <div className="gantt__body" style={{ height: rowsHeight(rows) }}>
          {rows.map(renderRow)}
          <DependencyLines lines={lines} width={Math.max(1, trackWidth)} height={Math.max(1, rowsHeight(rows))} highlight={highlight} />
        </div>
      </div>
      <GanttTooltip
        id={tipId}
        activity={hovered}
        anchor={hover?.rect}
        opdName={opdName}
        conflicts={hovered ? conflicts.get(hovered.id) ?? [] : []}
        onDismiss={dismiss}
      />
    </section>
  )
}

/** A year's column head: the year, and its pagu against the ceiling (marked when over). */
function YearHead({ year, total }: { readonly year: number; readonly total: { readonly budget: number; readonly ceiling?: number } | undefined }) {
  const t = useT()
  const locale = useLocale()
  const over = total?.ceiling !== undefined && total.budget > total.ceiling
  const text = total === undefined ? '' : total.ceiling === undefined
    ? t('roadmap.millions', { amount: millions(locale, total.budget) })
    : t('roadmap.gantt.yearBudget', { budget: millions(locale, total.budget), ceiling: millions(locale, total.ceiling) })
  return (
    <div className={`gantt__year${over ? ' is-over' : ''}`} data-year={year} title={over ? t('roadmap.gantt.overCeiling', { year: String(year) }) : undefined}>
      <span className="gantt__year-label">{year}</span>
      <span className="gantt__year-budget">{text}</span>
    </div>
  )
}

/** A warning sign on a row; what is wrong shows on hover and on keyboard focus. */
function ConflictMark({ problems, label }: { readonly problems: readonly string[]; readonly label: string }) {
  const id = useId()
  return (
    <span className="gantt-conflict" tabIndex={0} role="img" aria-label={label} aria-describedby={id}>
      !
      <span id={id} role="tooltip" className="gantt-conflict__tip">
        {problems.map((p, i) => <span key={i}>{p}</span>)}
      </span>
    </span>
  )
}
