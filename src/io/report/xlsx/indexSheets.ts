import type { Workbook, Worksheet } from 'exceljs'
import type { IndexSection } from '../indexSection.ts'
import { formulaSentence, latestSentence, projectionSentence, targetSentence } from '../indexSentences.ts'
import { HEADER_FILL, THIN, type SheetValue } from './sheetWriter.ts'

export const INDEX_SHEET = 'Indeks SPBE'
export const PROJECTION_SHEET = 'Proyeksi Indeks'

/** Index values and weights: numbers shown with two decimals. */
const TWO_DECIMALS = '0.00'

/** Writes a table from `row`: a header row, then the values; numFmt per 0-based column. Returns the next free row. */
function block(ws: Worksheet, row: number, headers: readonly string[], rows: readonly (readonly SheetValue[])[], formats: Readonly<Record<number, string>> = {}): number {
  const head = ws.getRow(row)
  headers.forEach((text, i) => {
    const c = head.getCell(i + 1)
    c.value = text
    c.font = { bold: true }
    c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
    c.fill = HEADER_FILL
    c.border = { top: THIN, bottom: THIN, left: THIN, right: THIN }
  })
  rows.forEach((values, k) => {
    const r = ws.getRow(row + 1 + k)
    values.forEach((v, i) => {
      const c = r.getCell(i + 1)
      // One by one, so a string stays a string cell (never a formula), as in addSheet.
      c.value = typeof v === 'object' ? { formula: v.formula, result: v.result } : v
      c.alignment = { vertical: 'top', wrapText: true }
      c.border = { top: THIN, bottom: THIN, left: THIN, right: THIN }
      const fmt = formats[i]
      if (fmt && typeof v === 'number') c.numFmt = fmt
    })
  })
  return row + 1 + rows.length
}

function title(ws: Worksheet, row: number, text: string): number {
  const c = ws.getCell(row, 1)
  c.value = text
  c.font = { bold: true }
  return row + 1
}

function note(ws: Worksheet, row: number, text: string): number {
  ws.getCell(row, 1).value = text
  return row + 1
}

function sheet(wb: Workbook, name: string, widths: readonly number[]): Worksheet {
  const ws = wb.addWorksheet(name)
  ws.columns = widths.map((width) => ({ width }))
  return ws
}

/** Everything down to the main table's header row stays in view; the filter covers that table. */
function freezeAndFilter(ws: Worksheet, header: number, last: number, columns: number): void {
  ws.views = [{ state: 'frozen', ySplit: header, xSplit: 0 }]
  ws.autoFilter = { from: { row: header, column: 1 }, to: { row: last, column: columns } }
}

/**
 * "Indeks SPBE": the history on top, then the latest assessment indicator by indicator (level,
 * level name, alasan, bukti dukung); the rows down to the indicator header stay frozen, and the
 * indicator table carries the filter.
 */
function addIndexSheet(wb: Workbook, x: IndexSection): void {
  const l = x.latest
  const ws = sheet(wb, INDEX_SHEET, [8, 46, 10, 13, 10, 22, 50, 50])
  let row = title(ws, 1, 'Riwayat indeks SPBE')
  const historyEnd = block(ws, row, ['Tahun', 'Kerangka', 'Indeks', 'Predikat', 'Sumber'], x.history.map((p) => [p.year, p.framework, p.index, p.predicate, p.source]), { 2: TWO_DECIMALS })
  row = historyEnd
  for (const f of x.frameworks) if (!f.verified) row = note(ws, row, `${f.name}: ${f.note}`)
  if (!l) return freezeAndFilter(ws, 2, historyEnd - 1, 5)
  row = note(ws, row + 1, latestSentence(l))
  row = note(ws, row, `${formulaSentence(l)} ${l.expression}`)
  row = title(ws, row, `Tingkat kematangan per indikator ${l.year}`)
  const header = row
  row = block(ws, row, ['No', 'Indikator', 'Aspek', 'Bobot (%)', 'Tingkat', 'Nama tingkat', 'Alasan', 'Bukti dukung'],
    l.indicators.map((i) => [i.number, i.name, i.aspect, i.weight, i.level ?? '', i.level === null ? i.levelText : i.levelText.replace(/^\d+\s*/, ''), i.justification, i.evidence.join('\n')]),
    { 3: TWO_DECIMALS })
  freezeAndFilter(ws, header, row - 1, 8)
}

/**
 * "Proyeksi Indeks": the index per plan year, the kegiatan → indikator → tingkat links (frozen
 * header, filter), then the target: projected value, shortfall, indicators ranked by potential,
 * kegiatan that could end earlier.
 */
function addProjectionSheet(wb: Workbook, x: IndexSection): void {
  const p = x.projection
  const ws = sheet(wb, PROJECTION_SHEET, [10, 10, 14, 50, 55, 12])
  let row = 1
  if (p) {
    row = note(ws, row, projectionSentence(p))
    row = block(ws, row, ['Tahun', 'Indeks', 'Predikat', 'Indikator yang naik', 'Kegiatan'],
      p.rows.map((y) => [y.year, y.index, y.predicate, y.raised.join('\n'), y.activities.join('\n')]), { 1: TWO_DECIMALS })
    row = title(ws, row + 1, 'Tautan kegiatan → indikator → tingkat')
    const header = row
    row = block(ws, row, ['Selesai', 'Indikator', 'Tingkat saat ini', 'Nama indikator', 'Kegiatan', 'Tingkat dituju'],
      p.links.map((k) => [k.endYear, k.indicator, k.from ?? '', k.indicatorName, k.activity, k.to]))
    freezeAndFilter(ws, header, row - 1, 6)
  } else row = note(ws, row, 'Belum ada proyeksi: isi tingkat per indikator pada penilaian mandiri, lalu tautkan kegiatan Peta Rencana ke indikator.')
  const t = x.target
  if (!t) return
  row = title(ws, row + 1, `Target indeks ${t.year}`)
  const facts: [string, SheetValue][] = [['Target', t.target]]
  if (t.projected !== undefined) {
    facts.push(['Proyeksi', t.projected], ['Kekurangan', t.reached ? 'tercapai' : t.shortfall ?? 0])
    if (t.withAllMoved !== undefined && t.movable.length > 0) facts.push(['Bila kegiatan dimajukan', t.withAllMoved])
  }
  for (const [label, v] of facts) {
    ws.getCell(row, 1).value = label
    ws.getCell(row, 1).font = { bold: true }
    ws.mergeCells(row, 1, row, 3)
    const c = ws.getCell(row, 4)
    c.value = v
    if (typeof v === 'number') { c.numFmt = TWO_DECIMALS; c.alignment = { horizontal: 'left' } }
    row++
  }
  row = note(ws, row, targetSentence(t))
  if (t.ranking.length > 0) {
    row = title(ws, row + 1, 'Indikator dengan potensi kenaikan terbesar (bobot × ruang naik)')
    row = block(ws, row, ['Indikator', 'Bobot (%)', 'Tingkat', 'Nama indikator', 'Potensi indeks', 'Ruang naik'],
      t.ranking.map((i) => [i.number, i.weight, i.level, i.name, i.potential, i.headroom]), { 1: TWO_DECIMALS, 4: TWO_DECIMALS })
  }
  if (t.movable.length > 0) {
    row = title(ws, row + 1, `Kegiatan yang dapat dimajukan agar selesai pada ${t.year}`)
    block(ws, row, ['Selesai', 'Tambahan indeks', '', 'Kegiatan'], t.movable.map((m) => [m.endYear, m.gain, '', m.activity]), { 1: TWO_DECIMALS })
  }
}

/** The two index sheets of the report workbook. */
export function addIndexSheets(wb: Workbook, x: IndexSection): void {
  addIndexSheet(wb, x)
  addProjectionSheet(wb, x)
}
