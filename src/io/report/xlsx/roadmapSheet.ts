import type { Workbook } from 'exceljs'
import type { RoadmapTable } from '../roadmapTable.ts'
import { addSheet, columnLetter, type SheetValue } from './sheetWriter.ts'

export const ROADMAP_SHEET = 'Peta Rencana'

/**
 * The Peta Rencana in the Pemda form: muatan, program, kode, kegiatan, a target column per plan
 * year, OPD pelaksana, pagu indikatif per year (full Rupiah), its sum, keterkaitan RPJMD; then
 * a total row (SUM formulas with their results) and the ceilings.
 */
export function addRoadmapSheet(wb: Workbook, t: RoadmapTable): void {
  const ys = t.years
  const n = ys.length
  const firstMoney = 5 + n
  const headers = ['Muatan', 'Program', 'Kode', 'Kegiatan', ...ys.map((y, i) => `Target T${i + 1} (${y})`), 'OPD pelaksana', ...ys.map((y) => `Pagu ${y} (Rp)`), 'Jumlah pagu (Rp)', 'Keterkaitan RPJMD']
  const rows: SheetValue[][] = t.rows.map((r) => [r.muatan, r.program, r.code, r.name, ...r.targets, r.opd, ...r.budget, r.total, r.rpjmd])
  const last = 1 + rows.length
  const sum = (col: number, result: number): SheetValue => {
    const letter = columnLetter(col + 1)
    return { formula: `SUM(${letter}2:${letter}${last})`, result }
  }
  const footer: SheetValue[][] = [[
    'Jumlah', '', '', '', ...ys.map(() => ''), '',
    ...t.yearTotals.map((y, i) => sum(firstMoney + i, y.budget)), sum(firstMoney + n, t.totalBudget), '',
  ]]
  if (t.yearTotals.some((y) => y.ceiling !== undefined)) {
    footer.push(['Batas pagu', '', '', '', ...ys.map(() => ''), '', ...t.yearTotals.map((y) => y.ceiling ?? ''), '', ''])
  }
  addSheet(wb, {
    name: ROADMAP_SHEET,
    headers,
    rows,
    footer,
    widths: [22, 30, 14, 50, ...ys.map(() => 11), 16, ...ys.map(() => 16), 18, 18],
    money: [...ys.map((_, i) => firstMoney + i), firstMoney + n],
  })
  if (t.unscheduled.length > 0) {
    addSheet(wb, {
      name: 'Belum Terjadwal',
      headers: ['Kode', 'Kegiatan', 'OPD', 'Alasan'],
      rows: t.unscheduled.map((u) => [u.code, u.name, u.opd, u.reason]),
      widths: [14, 50, 16, 60],
    })
  }
}
