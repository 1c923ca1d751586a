import { useRef } from 'react'
import { textIn, type EvaluationFramework } from '../../analysis/index/framework.ts'
import type { HistoryPoint } from '../../analysis/index/indexHistory.ts'
import type { ProjectedYear } from '../../analysis/index/indexProjection.ts'
import { formatIndex, predicateFor } from '../../analysis/index/predicate.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { useElementWidth } from '../roadmap/useElementWidth.ts'
import { chartScale, indexRange, yearTicks, type ChartScale } from './chartScale.ts'
import './indexChart.css'

export interface IndexChartProps {
  readonly history: readonly HistoryPoint[]
  readonly projection?: readonly ProjectedYear[]
  readonly target?: { readonly year: number; readonly index: number }
  readonly framework?: EvaluationFramework
  readonly height?: number
}

/** Room for the index labels on the left, the predicate names on the right, the years below. */
const MARGIN = { left: 36, right: 96, top: 22, bottom: 28 }

/**
 * The index across years as a line chart: history solid (computed points filled, published-only
 * points hollow), the projection dashed from the last history point (square points), the target
 * as a dashed line with a diamond in its year, over the framework's predicate bands. Shapes and
 * dash patterns carry the meaning, not colour, so a grey printout reads the same. For screen
 * readers: a summary in the label and a hidden table of every value.
 */
export function IndexChart({ history, projection = [], target, framework, height = 260 }: IndexChartProps) {
  const t = useT()
  const locale = useLocale()
  const wrapper = useRef<HTMLDivElement>(null)
  const width = Math.max(320, useElementWidth(wrapper, 640))

  const years = [...history.map((p) => p.year), ...projection.map((p) => p.year), ...(target ? [target.year] : [])]
  if (years.length === 0) {
    return <div ref={wrapper} className="index-chart index-chart--empty"><p className="muted">{t('indexProjection.chart.empty')}</p></div>
  }
  const values = [...history.map((p) => p.index), ...projection.map((p) => p.index), ...(target ? [target.index] : [])]
  const scale = chartScale(years, indexRange(framework, values), { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom })
  const predicateName = (index: number, given?: { id: string; en?: string } | null): string => {
    const name = given ?? (framework ? predicateFor(framework, index)?.name : undefined)
    return name ? textIn(name, locale) : '–'
  }

  const list = (points: readonly { year: number; index: number }[]): string => points.map((p) => `${p.year} ${formatIndex(p.index)}`).join(', ')
  const summary = [
    t('indexProjection.chart.title'),
    history.length > 0 ? t('indexProjection.chart.summaryHistory', { points: list(history) }) : '',
    projection.length > 0 ? t('indexProjection.chart.summaryProjection', { points: list(projection) }) : '',
    target ? t('indexProjection.chart.summaryTarget', { index: formatIndex(target.index), year: String(target.year) }) : '',
  ].filter(Boolean).join('. ')

  const last = history.at(-1)
  const dashedFrom = last && projection.length > 0 && last.year < projection[0]!.year ? [last, ...projection] : projection
  const line = (points: readonly { year: number; index: number }[]): string => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${scale.x(p.year).toFixed(1)},${scale.y(p.index).toFixed(1)}`).join(' ')

  return (
    <figure className="index-chart" ref={wrapper}>
      <svg className="index-chart__svg" role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {framework && <Bands framework={framework} scale={scale} locale={locale} width={width} />}
        <Axes scale={scale} height={height} />
        {target && (
          <g className="index-chart__target" data-series="target" data-year={target.year}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={scale.y(target.index)} y2={scale.y(target.index)} />
            <path d={diamond(scale.x(target.year), scale.y(target.index), 7)} />
            <text x={MARGIN.left + 4} y={scale.y(target.index) - 6}>{t('indexProjection.chart.targetLabel', { index: formatIndex(target.index), year: String(target.year) })}</text>
          </g>
        )}
        {history.length > 1 && <path className="index-chart__line" d={line(history)} />}
        {dashedFrom.length > 1 && <path className="index-chart__line index-chart__line--projection" d={line(dashedFrom)} />}
        {history.map((p) => (
          <g key={`h${p.year}`} className={`index-chart__point index-chart__point--${p.source}`} data-series="history" data-year={p.year}>
            <circle cx={scale.x(p.year)} cy={scale.y(p.index)} r={5} />
            <text x={scale.x(p.year)} y={labelY(p, scale, target)}>{formatIndex(p.index)}</text>
          </g>
        ))}
        {projection.map((p) => (
          <g key={`p${p.year}`} className="index-chart__point index-chart__point--projection" data-series="projection" data-year={p.year}>
            <rect x={scale.x(p.year) - 4.5} y={scale.y(p.index) - 4.5} width={9} height={9} />
            <text x={scale.x(p.year)} y={labelY(p, scale, target)}>{formatIndex(p.index)}</text>
          </g>
        ))}
      </svg>
      <figcaption className="index-chart__legend">
        {history.some((p) => p.source === 'computed') && <LegendItem kind="computed" text={t('indexProjection.chart.legendComputed')} />}
        {history.some((p) => p.source === 'published') && <LegendItem kind="published" text={t('indexProjection.chart.legendPublished')} />}
        {projection.length > 0 && <LegendItem kind="projection" text={t('indexProjection.chart.legendProjection')} />}
        {target && <LegendItem kind="target" text={t('indexProjection.chart.legendTarget')} />}
      </figcaption>
      <table className="visually-hidden">
        <caption>{t('indexProjection.chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indexProjection.column.year')}</th>
            <th scope="col">{t('indexProjection.column.index')}</th>
            <th scope="col">{t('indexProjection.column.predicate')}</th>
            <th scope="col">{t('indexProjection.chart.columnSeries')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((p) => (
            <tr key={`h${p.year}`}>
              <th scope="row">{p.year}</th><td>{formatIndex(p.index)}</td><td>{predicateName(p.index, p.predicate)}</td>
              <td>{t(p.source === 'computed' ? 'indexProjection.chart.legendComputed' : 'indexProjection.chart.legendPublished')}</td>
            </tr>
          ))}
          {projection.map((p) => (
            <tr key={`p${p.year}`}>
              <th scope="row">{p.year}</th><td>{formatIndex(p.index)}</td><td>{predicateName(p.index, p.predicate)}</td><td>{t('indexProjection.chart.legendProjection')}</td>
            </tr>
          ))}
          {target && (
            <tr>
              <th scope="row">{target.year}</th><td>{formatIndex(target.index)}</td><td>{predicateName(target.index)}</td><td>{t('indexProjection.chart.legendTarget')}</td>
            </tr>
          )}
        </tbody>
      </table>
    </figure>
  )
}

/** Above the point, unless the target's diamond sits there in the same year: then below it. */
function labelY(p: { year: number; index: number }, scale: ChartScale, target: IndexChartProps['target']): number {
  const above = scale.y(p.index) - 10
  return target && target.year === p.year && Math.abs(above - 4 - scale.y(target.index)) < 14 ? scale.y(p.index) + 20 : above
}

function diamond(x: number, y: number, r: number): string {
  return `M${x},${y - r} L${x + r},${y} L${x},${y + r} L${x - r},${y} Z`
}

/** The predicate bands, lightly shaded, each named at the right edge (where it has room). */
function Bands({ framework, scale, locale, width }: { framework: EvaluationFramework; scale: ChartScale; locale: 'id' | 'en'; width: number }) {
  const bands = [...framework.predicates].sort((a, b) => a.min - b.min)
  return (
    <g className="index-chart__bands" aria-hidden="true">
      {bands.map((b, i) => {
        const top = scale.y(Math.min(b.max, scale.high))
        const bottom = scale.y(Math.max(b.min, scale.low))
        if (bottom - top <= 0) return null
        return (
          <g key={b.name.id} className={`index-chart__band index-chart__band--${i % 2 === 0 ? 'even' : 'odd'}`}>
            <rect x={MARGIN.left} y={top} width={width - MARGIN.right - MARGIN.left} height={bottom - top} />
            <line x1={MARGIN.left} x2={width - MARGIN.right + 6} y1={bottom} y2={bottom} />
            {bottom - top >= 12 && <text x={width - MARGIN.right + 8} y={(top + bottom) / 2 + 4}>{textIn(b.name, locale)}</text>}
          </g>
        )
      })}
    </g>
  )
}

function Axes({ scale, height }: { scale: ChartScale; height: number }) {
  const levels: number[] = []
  for (let v = scale.low; v <= scale.high; v++) levels.push(v)
  return (
    <g className="index-chart__axes" aria-hidden="true">
      {levels.map((v) => (
        <g key={v}>
          <line className="index-chart__grid" x1={MARGIN.left} x2={scale.x(scale.lastYear) + scale.slot / 2} y1={scale.y(v)} y2={scale.y(v)} />
          <text className="index-chart__tick" x={MARGIN.left - 8} y={scale.y(v) + 4} textAnchor="end">{v}</text>
        </g>
      ))}
      {yearTicks(scale, 36).map((year) => (
        <text key={year} className="index-chart__tick" x={scale.x(year)} y={height - 8} textAnchor="middle">{year}</text>
      ))}
    </g>
  )
}

function LegendItem({ kind, text }: { kind: 'computed' | 'published' | 'projection' | 'target'; text: string }) {
  return (
    <span className="index-chart__legend-item">
      <svg width="30" height="14" aria-hidden="true" className={`index-chart__key index-chart__key--${kind}`}>
        <line x1="1" x2="29" y1="7" y2="7" />
        {kind === 'projection' ? <rect x="10.5" y="2.5" width="9" height="9" /> : kind === 'target' ? <path d={diamond(15, 7, 6)} /> : <circle cx="15" cy="7" r="4.5" />}
      </svg>
      {text}
    </span>
  )
}
