import { formatIndex } from '../../../analysis/index/predicate.ts'
import type { GroupRow, IndexSection } from '../indexSection.ts'
import { formulaSentence, historyIntro, indexIntro, latestSentence, projectionSentence, targetSentence } from '../indexSentences.ts'
import { CHAPTER, indexHeadings } from '../reportOutline.ts'
import { escapeHtml as h } from './escapeHtml.ts'
import { table, type Cell } from './htmlTable.ts'
import { BAR_COLOURS, BAR_LEGEND, indexChartSvg } from './indexChartSvg.ts'

const num = (text: string): Cell => ({ html: h(text), cls: 'num' })
const center = (text: string): Cell => ({ html: h(text), cls: 'center' })
const value = (n: number | null): Cell => num(n === null ? '–' : formatIndex(n))
const lines = (list: readonly string[]): Cell => ({ html: list.length > 0 ? list.map(h).join('<br>') : '–' })
const p = (text: string, cls = ''): string => `<p${cls ? ` class="${cls}"` : ''}>${h(text)}</p>`

// Column widths in mm, summing to the 165 mm text width of a portrait page.
function groupTable(label: string, rows: readonly GroupRow[]): string {
  return table(['Kode', label, 'Bobot (%)', 'Indeks', 'Predikat'], rows.map((g) => [center(g.code), g.name, num(String(g.weight)), value(g.index), g.predicate]), [16, 83, 21, 18, 27])
}

/** BAB VI Indeks SPBE: the same sections and tables as the DOCX. */
export function indexHtml(x: IndexSection, figure: string): string {
  const out: string[] = [`<h1 id="indeks">${h(CHAPTER.index)}</h1>`, ...indexIntro(x).map((t) => p(t))]
  if (x.chart.length > 0) {
    const kinds = [...new Set(x.chart.map((b) => b.kind))]
    const legend = kinds.map((k) => `<span class="swatch" style="background:${BAR_COLOURS[k]}"></span>${h(BAR_LEGEND[k])}`).join('')
    out.push(`<figure class="index-chart">${indexChartSvg(x.chart, x.scaleMax, figure)}<div class="legend">${legend}</div><figcaption class="muted">${h(figure)}</figcaption></figure>`)
  }
  let n = 0
  const tableCaption = (text: string): string => p(`Tabel 6.${++n} ${text}`, 'muted')
  for (const s of indexHeadings(x)) {
    out.push(`<h2 id="${s.anchor}">${h(s.text)}</h2>`)
    if (s.part === 'history') {
      out.push(p(historyIntro(x)))
      if (x.history.length === 0) continue
      out.push(table(['Tahun', 'Kerangka', 'Indeks', 'Predikat', 'Sumber'],
        x.history.map((y) => [center(String(y.year)), y.framework, num(formatIndex(y.index)), y.predicate, y.source]), [17, 79, 20, 27, 22]), tableCaption('Riwayat indeks SPBE'))
    } else if (s.part === 'latest' && x.latest) {
      const l = x.latest
      out.push(p(latestSentence(l)), p(formulaSentence(l)), p(l.expression, 'muted expression'))
      if (l.domains.length > 0) out.push(groupTable('Domain', l.domains), tableCaption(`Indeks per domain ${l.year}`))
      out.push(groupTable('Aspek', l.aspects), tableCaption(`Indeks per aspek ${l.year}`))
      out.push(table(['No', 'Indikator', 'Bobot (%)', 'Tingkat', 'Alasan', 'Bukti dukung'],
        l.indicators.map((i) => [center(String(i.number)), i.name, num(String(i.weight)), i.levelText, i.justification || '–', lines(i.evidence)]),
        [9, 54, 13, 21, 34, 34]), tableCaption(`Tingkat kematangan per indikator ${l.year}, dengan alasan dan bukti dukung`))
    } else if (s.part === 'projection' && x.projection) {
      out.push(p(projectionSentence(x.projection)), table(['Tahun', 'Indeks', 'Predikat', 'Indikator yang naik', 'Kegiatan'],
        x.projection.rows.map((y) => [center(String(y.year)), num(formatIndex(y.index)), y.predicate, lines(y.raised), lines(y.activities)]),
        [14, 14, 21, 30, 86]), tableCaption('Proyeksi indeks per tahun rencana'))
    } else if (s.part === 'target' && x.target) {
      const t = x.target
      out.push(p(targetSentence(t)))
      if (t.ranking.length > 0) {
        out.push(p('Indikator dengan ruang kenaikan terbesar (bobot × selisih ke tingkat tertinggi):'), table(['No', 'Indikator', 'Bobot (%)', 'Tingkat', 'Ruang naik', 'Potensi indeks'],
          t.ranking.map((i) => [center(String(i.number)), i.name, num(String(i.weight)), center(String(i.level)), center(String(i.headroom)), num(formatIndex(i.potential))]),
          [10, 85, 17, 17, 17, 19]), tableCaption(`Sepuluh indikator dengan potensi kenaikan terbesar pada ${t.year}`))
      }
      if (t.movable.length > 0) {
        out.push(p(`Kegiatan yang dapat dimajukan agar selesai pada ${t.year}:`), table(['Kegiatan', 'Selesai (jadwal)', `Tambahan indeks ${t.year}`],
          t.movable.map((m) => [m.activity, center(String(m.endYear)), num(`+${formatIndex(m.gain)}`)]), [105, 27, 33]), tableCaption('Kegiatan yang dapat dimajukan'))
      }
    }
  }
  if (x.warnings.length > 0) out.push('<p><strong>Catatan:</strong></p><ul class="muted">', ...x.warnings.map((w) => `<li>${h(w)}</li>`), '</ul>')
  return `<section>${out.join('\n')}</section>`
}
