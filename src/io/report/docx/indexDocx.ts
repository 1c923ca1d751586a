import { Paragraph, ShadingType, TextRun, type Table } from 'docx'
import { formatIndex } from '../../../analysis/index/predicate.ts'
import type { GroupRow, IndexSection } from '../indexSection.ts'
import { formulaSentence, historyIntro, indexIntro, latestSentence, projectionSentence, targetSentence } from '../indexSentences.ts'
import { CHAPTER, indexHeadings } from '../reportOutline.ts'
import { BAR_COLOURS, BAR_LEGEND } from '../html/indexChartSvg.ts'
import { FONT, PORTRAIT_WIDTH, caption, docTable, heading, para, type CellInput } from './docxParts.ts'

type Block = Paragraph | Table
const right = (text: string): CellInput => ({ text, align: 'right' })
const center = (text: string): CellInput => ({ text, align: 'center' })
const value = (n: number | null): CellInput => right(n === null ? '–' : formatIndex(n))

function groupTable(label: string, rows: readonly GroupRow[]): Table {
  return docTable({
    head: [['Kode', label, 'Bobot (%)', 'Indeks', 'Predikat']],
    rows: rows.map((g) => [center(g.code), g.name, right(String(g.weight)), value(g.index), g.predicate]),
    columns: [10, 50, 13, 12, 17],
    width: PORTRAIT_WIDTH,
    size: 18,
  })
}

/**
 * The chart as a table of shaded runs, like the summary's Gambar 1: Word and LibreOffice alike
 * show it with its labels (an SVG image would reach LibreOffice 7.4 only as a text-less PNG).
 */
function chart(x: IndexSection, figure: string): Block[] {
  const kinds = [...new Set(x.chart.map((b) => b.kind))]
  const bar = (index: number, fill: string): Paragraph => new Paragraph({
    spacing: { before: 20, after: 20 },
    children: [
      new TextRun({ text: '\u2002'.repeat(Math.max(1, Math.round((56 * index) / x.scaleMax))), shading: { type: ShadingType.CLEAR, color: 'auto', fill }, size: 14, font: FONT }),
      new TextRun({ text: ` ${formatIndex(index)}`, size: 16, font: FONT }),
    ],
  })
  return [
    docTable({
      head: [['Tahun', `Indeks (skala 0–${x.scaleMax}): ${kinds.map((k) => `${BAR_LEGEND[k]} (${COLOUR_NAME[k]})`).join(', ')}`]],
      rows: x.chart.map((b) => [b.label, { content: [bar(b.index, BAR_COLOURS[b.kind].slice(1).toUpperCase())] }]),
      columns: [22, 78],
      width: PORTRAIT_WIDTH,
    }),
    caption(figure),
  ]
}

const COLOUR_NAME = { history: 'biru tua', projection: 'biru muda', target: 'jingga' } as const

/** BAB VI Indeks SPBE on portrait pages: chart, history, latest assessment, projection, target. */
export function indexDocx(x: IndexSection, figure: string): Block[] {
  const out: Block[] = [heading(CHAPTER.index, 1), ...indexIntro(x).map((p) => para(p, { align: 'justify' }))]
  if (x.chart.length > 0) out.push(...chart(x, figure))
  let table = 0
  const tableCaption = (text: string): Paragraph => caption(`Tabel 6.${++table} ${text}`)
  for (const h of indexHeadings(x)) {
    out.push(heading(h.text, 2))
    if (h.part === 'history') {
      out.push(para(historyIntro(x), { align: 'justify' }))
      if (x.history.length === 0) continue
      out.push(docTable({
        head: [['Tahun', 'Kerangka', 'Indeks', 'Predikat', 'Sumber']],
        rows: x.history.map((p) => [center(String(p.year)), p.framework, right(formatIndex(p.index)), p.predicate, p.source]),
        columns: [10, 48, 12, 16, 14],
        width: PORTRAIT_WIDTH,
        size: 18,
      }), tableCaption('Riwayat indeks SPBE'))
    } else if (h.part === 'latest' && x.latest) {
      const l = x.latest
      out.push(para(latestSentence(l), { align: 'justify' }), para(formulaSentence(l), { align: 'justify' }), para(l.expression, { size: 16, color: '444444' }))
      if (l.domains.length > 0) out.push(groupTable('Domain', l.domains), tableCaption(`Indeks per domain ${l.year}`))
      out.push(groupTable('Aspek', l.aspects), tableCaption(`Indeks per aspek ${l.year}`))
      out.push(docTable({
        head: [['No', 'Indikator', 'Bobot (%)', 'Tingkat', 'Alasan', 'Bukti dukung']],
        rows: l.indicators.map((i) => [
          center(String(i.number)), i.name, right(String(i.weight)), i.levelText,
          i.justification || '–', { lines: i.evidence.length > 0 ? i.evidence : ['–'] },
        ]),
        columns: [5, 33, 8, 13, 21, 22],
        width: PORTRAIT_WIDTH,
      }), tableCaption(`Tingkat kematangan per indikator ${l.year}, dengan alasan dan bukti dukung`))
    } else if (h.part === 'projection' && x.projection) {
      const p = x.projection
      out.push(para(projectionSentence(p), { align: 'justify' }), docTable({
        head: [['Tahun', 'Indeks', 'Predikat', 'Indikator yang naik', 'Kegiatan']],
        rows: p.rows.map((y) => [
          center(String(y.year)), right(formatIndex(y.index)), y.predicate,
          { lines: y.raised.length > 0 ? y.raised : ['–'] }, { lines: y.activities.length > 0 ? y.activities : ['–'] },
        ]),
        columns: [9, 9, 13, 20, 52],
        width: PORTRAIT_WIDTH,
      }), tableCaption('Proyeksi indeks per tahun rencana'))
    } else if (h.part === 'target' && x.target) {
      const t = x.target
      out.push(para(targetSentence(t), { align: 'justify' }))
      if (t.ranking.length > 0) {
        out.push(para('Indikator dengan ruang kenaikan terbesar (bobot × selisih ke tingkat tertinggi):', { before: 120 }), docTable({
          head: [['No', 'Indikator', 'Bobot (%)', 'Tingkat', 'Ruang naik', 'Potensi indeks']],
          rows: t.ranking.map((i) => [center(String(i.number)), i.name, right(String(i.weight)), center(String(i.level)), center(String(i.headroom)), right(formatIndex(i.potential))]),
          columns: [6, 52, 10, 10, 10, 12],
          width: PORTRAIT_WIDTH,
        }), tableCaption(`Sepuluh indikator dengan potensi kenaikan terbesar pada ${t.year}`))
      }
      if (t.movable.length > 0) {
        out.push(para(`Kegiatan yang dapat dimajukan agar selesai pada ${t.year}:`, { before: 120 }), docTable({
          head: [['Kegiatan', 'Selesai (jadwal)', `Tambahan indeks ${t.year}`]],
          rows: t.movable.map((m) => [m.activity, center(String(m.endYear)), right(`+${formatIndex(m.gain)}`)]),
          columns: [64, 16, 20],
          width: PORTRAIT_WIDTH,
        }), tableCaption('Kegiatan yang dapat dimajukan'))
      }
    }
  }
  if (x.warnings.length > 0) {
    out.push(para('Catatan:', { bold: true, before: 240 }), ...x.warnings.map((w) => para(`• ${w}`, { size: 18 })))
  }
  return out
}
