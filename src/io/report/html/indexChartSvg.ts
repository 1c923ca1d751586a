import { formatIndex } from '../../../analysis/index/predicate.ts'
import type { ChartBar } from '../indexSection.ts'
import { escapeHtml as h } from './escapeHtml.ts'

/** The colours of the report's other charts: history dark blue, projection light blue, target orange. */
export const BAR_COLOURS = { history: '#1f3864', projection: '#8eaadb', target: '#c55a11' } as const
export const BAR_LEGEND = { history: 'Riwayat (dihitung atau terbit)', projection: 'Proyeksi Peta Rencana', target: 'Target' } as const

const LABEL = 110
const PLOT = 440
const ROW = 20
const TOP = 8
const AXIS = 22

/**
 * A horizontal bar per year on a 0..scaleMax axis, as inline SVG with presentation attributes
 * only (no style sheet), every label escaped; the values are printed at the bar ends, so the
 * figure reads without the tables.
 */
export function indexChartSvg(bars: readonly ChartBar[], scaleMax: number, title: string): string {
  const width = LABEL + PLOT + 50
  const height = TOP + bars.length * ROW + AXIS
  const x = (v: number): number => LABEL + (PLOT * Math.max(0, Math.min(v, scaleMax))) / scaleMax
  const grid: string[] = []
  for (let v = 0; v <= scaleMax; v++) {
    grid.push(`<line x1="${x(v)}" y1="${TOP - 2}" x2="${x(v)}" y2="${TOP + bars.length * ROW}" stroke="#d0d7e2" stroke-width="1"/>`)
    grid.push(`<text x="${x(v)}" y="${height - 6}" font-size="10" text-anchor="middle" fill="#444">${v}</text>`)
  }
  const rows = bars.map((b, i) => {
    const y = TOP + i * ROW
    return `<text x="${LABEL - 6}" y="${y + 14}" font-size="10.5" text-anchor="end" fill="#000">${h(b.label)}</text>` +
      `<rect x="${LABEL}" y="${y + 4}" width="${(x(b.index) - LABEL).toFixed(1)}" height="${ROW - 8}" fill="${BAR_COLOURS[b.kind]}"/>` +
      `<text x="${(x(b.index) + 4).toFixed(1)}" y="${y + 14}" font-size="10.5" fill="#000">${formatIndex(b.index)}</text>`
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${h(title)}" font-family="Liberation Sans, Arial, sans-serif">` +
    `${grid.join('')}${rows.join('')}</svg>`
}
