import { memo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { barBox, clampStart, yearsMoved, type GanttScale } from './ganttGeometry.ts'
import { PinIcon } from './PinIcon.tsx'

/** Pixels a pointer must travel before a press becomes a drag (a click stays a click). */
const DRAG_THRESHOLD = 4

export interface GanttBarProps {
  readonly activity: ScheduledActivity
  readonly scale: GanttScale
  readonly label: string
  /** Short text inside the bar (the budget), when it fits. */
  readonly caption: string
  readonly selected: boolean
  readonly conflict: boolean
  /** Manual kegiatan cannot be moved here (the model keeps their year on the kegiatan itself). */
  readonly movable: boolean
  readonly tipId: string
  readonly onSelect: (id: string, additive: boolean) => void
  /** Moves the kegiatan to start in `year` (pins it there). */
  readonly onMove: (id: string, year: number) => void
  readonly onHover: (id: string | undefined, target?: HTMLElement) => void
}

/**
 * One kegiatan on the timeline. Drag it sideways to pin it to another year (it snaps to whole
 * years while dragging); with the keyboard, Alt+Left and Alt+Right move it a year.
 */
export const GanttBar = memo(function GanttBar({ activity: a, scale, label, caption, selected, conflict, movable, tipId, onSelect, onMove, onHover }: GanttBarProps) {
  const box = barBox(scale, a.startYear, a.endYear)
  const drag = useRef<{ x: number; moved: boolean } | undefined>(undefined)
  const suppressClick = useRef(false)
  const [shift, setShift] = useState(0)

  const target = (dx: number): number => clampStart(scale, a.startYear, a.duration, yearsMoved(scale, dx))
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>): void => {
    if (!movable || e.button !== 0) return
    drag.current = { x: e.clientX, moved: false }
    e.currentTarget.setPointerCapture?.(e.pointerId)
  }
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>): void => {
    const d = drag.current
    if (!d) return
    const dx = e.clientX - d.x
    if (!d.moved && Math.abs(dx) < DRAG_THRESHOLD) return
    d.moved = true
    setShift(target(dx) - a.startYear)
  }
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>): void => {
    const d = drag.current
    drag.current = undefined
    if (!d?.moved) return
    // The click that follows this pointerup is part of the drag, not a selection.
    suppressClick.current = true
    setTimeout(() => (suppressClick.current = false), 0)
    setShift(0)
    const year = target(e.clientX - d.x)
    if (year !== a.startYear) onMove(a.id, year)
  }
  const onPointerCancel = (): void => {
    drag.current = undefined
    setShift(0)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return
    e.preventDefault()
    if (!movable) return
    const year = clampStart(scale, a.startYear, a.duration, e.key === 'ArrowLeft' ? -1 : 1)
    if (year !== a.startYear) onMove(a.id, year)
  }

  const classes = ['gantt-bar']
  if (selected) classes.push('is-selected')
  if (conflict) classes.push('has-conflict')
  if (shift !== 0) classes.push('is-dragging')
  if (!movable) classes.push('is-fixed')
  return (
    <button
      type="button"
      className={classes.join(' ')}
      data-activity={a.id}
      data-start={a.startYear}
      data-end={a.endYear}
      aria-label={label}
      aria-describedby={tipId}
      aria-pressed={selected}
      style={{ left: box.x, width: box.width, transform: shift ? `translateX(${shift * scale.yearWidth}px)` : undefined }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onKeyDown={onKeyDown}
      onClick={(e) => {
        if (suppressClick.current) {
          suppressClick.current = false
          return
        }
        onSelect(a.id, e.ctrlKey || e.metaKey)
      }}
      onPointerEnter={(e) => onHover(a.id, e.currentTarget)}
      onPointerLeave={() => onHover(undefined)}
      onFocus={(e) => onHover(a.id, e.currentTarget)}
      onBlur={() => onHover(undefined)}
    >
      {a.pinnedYear !== undefined && <PinIcon className="gantt-bar__pin" />}
      {box.width > 56 && caption && <span className="gantt-bar__caption">{caption}</span>}
    </button>
  )
})
