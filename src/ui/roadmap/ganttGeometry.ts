import type { Dependency, Program, Roadmap, ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { MUATAN } from '../../analysis/roadmap/muatan.ts'
import type { Muatan } from '../../model/project.ts'

/**
 * Where things sit on the Peta Rencana timeline, as pure functions of the roadmap and the width
 * of a year, so the drawing and its tests agree: rows at fixed heights (the dependency lines need
 * the y of every row without measuring the DOM), bars from start to end year, arrows between bars.
 */

export const ROW_HEIGHT = 30
export const GROUP_HEIGHT = 30
/** Space between a bar and its year lines, so two bars in consecutive years stay apart. */
export const BAR_INSET = 6
/** Half the height of a bar (20 px in a 30 px row: see roadmap.css). */
export const BAR_HALF = 10
/** How far from a bar's end an arrow drops, and how far before a bar it turns in. */
export const ELBOW = 8
/** The least room between two bars for an arrow to go straight forward. */
const MIN_FORWARD = 4

export interface GanttScale {
  readonly firstYear: number
  readonly lastYear: number
  readonly yearWidth: number
}

export interface BarBox {
  readonly x: number
  readonly width: number
}

/** The bar of a kegiatan running from `startYear` to `endYear` (both included). */
export function barBox(scale: GanttScale, startYear: number, endYear: number): BarBox {
  const x = (startYear - scale.firstYear) * scale.yearWidth + BAR_INSET
  return { x, width: Math.max(4, (endYear - startYear + 1) * scale.yearWidth - 2 * BAR_INSET) }
}

/** How many whole years a horizontal drag of `dx` pixels moves a bar (half a year rounds). */
export function yearsMoved(scale: GanttScale, dx: number): number {
  if (scale.yearWidth <= 0) return 0
  const n = Math.round(dx / scale.yearWidth)
  return n === 0 ? 0 : n // never -0
}

/** The start year after moving by `delta`, kept so the whole kegiatan stays inside the plan period. */
export function clampStart(scale: GanttScale, startYear: number, duration: number, delta: number): number {
  const latest = Math.max(scale.firstYear, scale.lastYear - duration + 1)
  return Math.min(latest, Math.max(scale.firstYear, startYear + delta))
}

/** The years a group's kegiatan cover, from the earliest start to the latest end. */
export interface YearSpan {
  readonly start: number
  readonly end: number
}

export type GanttRow =
  | { readonly kind: 'muatan'; readonly key: string; readonly muatan: Muatan; readonly count: number; readonly span: YearSpan; readonly collapsed: boolean; readonly y: number; readonly height: number }
  | { readonly kind: 'program'; readonly key: string; readonly muatan: Muatan; readonly program: Program; readonly count: number; readonly span: YearSpan; readonly collapsed: boolean; readonly y: number; readonly height: number }
  | { readonly kind: 'activity'; readonly key: string; readonly muatan: Muatan; readonly activity: ScheduledActivity; readonly y: number; readonly height: number }

/** Omit distributed over the union, so each kind of row keeps its own fields. */
type WithoutY<T> = T extends unknown ? Omit<T, 'y'> : never

export const muatanKey = (m: Muatan): string => `m:${m}`

/**
 * The rows of the timeline: muatan, then its programs, then their scheduled kegiatan (in code
 * order, as in the table). A collapsed group keeps its header row and hides what is inside.
 */
export function ganttRows(roadmap: Roadmap, collapsed: ReadonlySet<string>): GanttRow[] {
  const scheduled = new Map(roadmap.activities.map((a) => [a.id, a]))
  const rows: GanttRow[] = []
  let y = 0
  const push = (row: WithoutY<GanttRow>): void => {
    rows.push({ ...row, y } as GanttRow)
    y += row.height
  }
  for (const m of MUATAN) {
    const programs = roadmap.programs
      .filter((p) => p.muatan === m.id)
      .map((p) => ({ program: p, activities: p.activities.map((id) => scheduled.get(id)).filter((a): a is ScheduledActivity => a !== undefined) }))
      .filter((p) => p.activities.length > 0)
    if (programs.length === 0) continue
    const count = programs.reduce((s, p) => s + p.activities.length, 0)
    const mKey = muatanKey(m.id)
    const mCollapsed = collapsed.has(mKey)
    push({ kind: 'muatan', key: mKey, muatan: m.id, count, span: spanOf(programs.flatMap((p) => p.activities)), collapsed: mCollapsed, height: GROUP_HEIGHT })
    if (mCollapsed) continue
    for (const { program, activities } of programs) {
      const pCollapsed = collapsed.has(program.id)
      push({ kind: 'program', key: program.id, muatan: m.id, program, count: activities.length, span: spanOf(activities), collapsed: pCollapsed, height: GROUP_HEIGHT })
      if (pCollapsed) continue
      for (const a of activities) push({ kind: 'activity', key: a.id, muatan: m.id, activity: a, height: ROW_HEIGHT })
    }
  }
  return rows
}

function spanOf(activities: readonly ScheduledActivity[]): YearSpan {
  let start = Infinity
  let end = -Infinity
  for (const a of activities) {
    start = Math.min(start, a.startYear)
    end = Math.max(end, a.endYear)
  }
  return { start, end }
}

export function rowsHeight(rows: readonly GanttRow[]): number {
  const last = rows[rows.length - 1]
  return last ? last.y + last.height : 0
}

export interface DependencyLine {
  /** The kegiatan depended on (the predecessor). */
  readonly from: string
  /** The kegiatan that waits for it. */
  readonly to: string
  readonly type: Dependency['type']
  readonly x1: number
  readonly y1: number
  readonly x2: number
  readonly y2: number
}

/**
 * An arrow for every dependency whose two kegiatan are both on visible rows: from the end of the
 * predecessor's bar (its start, for "start together") to the start of the dependent's bar.
 */
export function dependencyLines(rows: readonly GanttRow[], scale: GanttScale): DependencyLine[] {
  const visible = new Map<string, { activity: ScheduledActivity; y: number }>()
  for (const r of rows) if (r.kind === 'activity') visible.set(r.activity.id, { activity: r.activity, y: r.y + r.height / 2 })
  const lines: DependencyLine[] = []
  for (const { activity: b, y: y2 } of visible.values()) {
    const to = barBox(scale, b.startYear, b.endYear)
    for (const d of b.dependencies) {
      const pre = visible.get(d.on)
      if (!pre) continue
      const from = barBox(scale, pre.activity.startYear, pre.activity.endYear)
      const x1 = d.type === 'start-start' ? from.x : from.x + from.width
      lines.push({ from: d.on, to: b.id, type: d.type, x1, y1: pre.y, x2: to.x, y2 })
    }
  }
  return lines
}

/**
 * The SVG path of an arrow, in right angles: it drops from the predecessor's bar near its end
 * (near its start, for "start together"), clear of the year lines, to the dependent's row and
 * runs into the start of its bar. When the dependent starts further left, the path turns back
 * between the rows, just above (or below) the dependent's row.
 */
export function dependencyPath(line: DependencyLine): string {
  const { x1, y1, x2, y2 } = line
  const drop = line.type === 'start-start' ? x1 + ELBOW : x1 - ELBOW
  const down = y2 >= y1
  const from = down ? y1 + BAR_HALF : y1 - BAR_HALF
  if (x2 - drop >= MIN_FORWARD) return `M${drop} ${from}V${y2}H${x2}`
  const between = y2 + (down ? -ROW_HEIGHT / 2 : ROW_HEIGHT / 2)
  return `M${drop} ${from}V${between}H${x2 - ELBOW}V${y2}H${x2}`
}
