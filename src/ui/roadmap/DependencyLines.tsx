import { memo, useId } from 'react'
import { dependencyPath, type DependencyLine } from './ganttGeometry.ts'

export interface DependencyLinesProps {
  readonly lines: readonly DependencyLine[]
  readonly width: number
  readonly height: number
  /** Kegiatan whose arrows are drawn stronger (the selected and the hovered one). */
  readonly highlight: ReadonlySet<string>
}

/**
 * The arrows between dependent kegiatan, drawn over the timeline's track area. Arrows touching a
 * highlighted kegiatan are drawn last and darker, so the chain of one kegiatan stands out among
 * a hundred.
 */
export const DependencyLines = memo(function DependencyLines({ lines, width, height, highlight }: DependencyLinesProps) {
  const id = useId().replace(/:/g, '')
  const quiet: DependencyLine[] = []
  const strong: DependencyLine[] = []
  for (const l of lines) (highlight.has(l.from) || highlight.has(l.to) ? strong : quiet).push(l)
  return (
    <svg className="gantt-lines" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <defs>
        <marker id={`${id}-a`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0 0L8 4L0 8z" className="gantt-lines__head" />
        </marker>
        <marker id={`${id}-b`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0 0L8 4L0 8z" className="gantt-lines__head gantt-lines__head--strong" />
        </marker>
      </defs>
      {quiet.map((l) => (
        <path key={`${l.from}>${l.to}`} d={dependencyPath(l)} className="gantt-line" data-from={l.from} data-to={l.to} markerEnd={`url(#${id}-a)`} />
      ))}
      {strong.map((l) => (
        <path key={`${l.from}>${l.to}`} d={dependencyPath(l)} className="gantt-line gantt-line--strong" data-from={l.from} data-to={l.to} markerEnd={`url(#${id}-b)`} />
      ))}
    </svg>
  )
})
