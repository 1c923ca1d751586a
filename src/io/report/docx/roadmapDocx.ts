import { millions } from '../indonesianDate.ts'
import type { RoadmapTable } from '../roadmapTable.ts'
import { docTable, para, TOTAL_FILL, type CellInput } from './docxParts.ts'
import type { Paragraph, Table } from 'docx'

const ACTIVE_FILL = 'E2EFD9'
const MUATAN_FILL = 'D9E2F3'
const dash = (s: string): string => (s === '' ? '–' : s)
const amount = (n: number): CellInput => ({ text: n ? millions(n) : '–', align: 'right' })

/**
 * The Peta Rencana table for a landscape page: a row per muatan and per program (group rows),
 * then the kegiatan with one target column per plan year, OPD pelaksana, pagu per year and
 * the RPJMD goals it serves.
 */
export function roadmapDocxTable(t: RoadmapTable, width: number): (Paragraph | Table)[] {
  const ys = t.years
  const n = ys.length
  const span = 4 + 2 * n
  const head: CellInput[][] = [
    [
      { text: 'Kode', rowSpan: 2 }, { text: 'Muatan / Program / Kegiatan', rowSpan: 2 }, { text: 'Target capaian', columnSpan: n },
      { text: 'OPD pelaksana', rowSpan: 2 }, { text: 'Pagu indikatif (Rp juta)', columnSpan: n + 1 }, { text: 'Keterkaitan RPJMD', rowSpan: 2 },
    ],
    [...ys.map((y, i) => `T${i + 1} ${y}`), ...ys.map(String), 'Jumlah'],
  ]
  const rows: CellInput[][] = []
  for (const r of t.rows) {
    if (r.firstOfMuatan) {
      const [code, ...label] = r.muatan.split(' ')
      rows.push([{ text: code!, bold: true, fill: MUATAN_FILL }, { text: label.join(' '), bold: true, fill: MUATAN_FILL, columnSpan: span }])
    }
    if (r.firstOfProgram) {
      const [code, ...label] = r.program.split(' ')
      rows.push([{ text: code!, bold: true, fill: TOTAL_FILL }, { text: label.join(' '), bold: true, fill: TOTAL_FILL, columnSpan: span }])
    }
    rows.push([
      r.code, r.name,
      ...r.targets.map((x): CellInput => (x ? { text: x, fill: ACTIVE_FILL, align: 'center' } : '')),
      dash(r.opd), ...r.budget.map(amount), amount(r.total), dash(r.rpjmd),
    ])
  }
  rows.push([
    { text: 'Jumlah pagu indikatif', bold: true, fill: TOTAL_FILL, columnSpan: 3 + n },
    ...t.yearTotals.map((y): CellInput => ({ text: millions(y.budget), bold: true, fill: TOTAL_FILL, align: 'right' })),
    { text: millions(t.totalBudget), bold: true, fill: TOTAL_FILL, align: 'right' }, { text: '', fill: TOTAL_FILL },
  ])
  if (t.yearTotals.some((y) => y.ceiling !== undefined)) {
    rows.push([
      { text: 'Batas pagu', columnSpan: 3 + n },
      ...t.yearTotals.map((y): CellInput => ({ text: y.ceiling === undefined ? '' : millions(y.ceiling), align: 'right' })), '', '',
    ])
  }
  const out: (Paragraph | Table)[] = [docTable({ head, rows, columns: [21, 68, ...ys.map(() => 10), 22, ...ys.map(() => 13), 15, 18], width, size: 14 })]
  if (t.goals.length) out.push(para(`Keterkaitan RPJMD: ${t.goals.map((g) => `${g.code} ${g.text}`).join('; ')}.`, { size: 16, before: 120 }))
  if (t.unscheduled.length) {
    out.push(para('Kegiatan belum terjadwal', { bold: true, before: 240 }))
    out.push(docTable({ head: [['Kegiatan', 'OPD', 'Alasan']], rows: t.unscheduled.map((u) => [`${u.code} ${u.name}`, dash(u.opd), u.reason]), columns: [120, 40, 107], width }))
  }
  return out
}
