import ExcelJS from 'exceljs'
import type { ReportModel } from '../reportModel.ts'
import type { RoadmapTable } from '../roadmapTable.ts'
import { addIndexSheets } from './indexSheets.ts'
import { addRoadmapSheet } from './roadmapSheet.ts'
import { addSheet } from './sheetWriter.ts'

export const GAP_COLUMNS = ['Kode', 'As-Is (Kondisi Saat Ini)', 'To-Be (Kondisi Target)', 'Kesenjangan', 'Rincian perubahan', 'Kegiatan', 'Target tahun', 'Penanggung jawab (OPD)', 'Keterkaitan RPJMD']

function workbook(r: { readonly cover: ReportModel['cover'] }): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Cetakbiru'
  wb.title = `${r.cover.title}: ${r.cover.organization}`
  // Fixed so the same project gives the same file.
  wb.created = new Date(0)
  wb.modified = new Date(0)
  return wb
}

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

/** The report as a workbook for Bappeda: Ringkasan, a sheet per domain, Temuan, Peta Rencana, Indeks SPBE and Proyeksi Indeks (when the project has them), Katalog. */
export async function reportToXlsx(r: ReportModel): Promise<Uint8Array> {
  const wb = workbook(r)
  const s = r.summary
  const ringkasan = addSheet(wb, {
    name: 'Ringkasan',
    headers: ['Domain', 'Saat ini', 'Target', 'Baru', 'Berubah', 'Dihentikan', 'Tetap', 'Kegiatan'],
    rows: s.domains.map((d) => [d.label, d.asIs, d.toBe, d.added, d.changed, d.removed, d.unchanged, d.activities]),
    footer: [['Jumlah', s.totals.asIs, s.totals.toBe, s.totals.added, s.totals.changed, s.totals.removed, s.totals.unchanged, s.activities]],
    widths: [26, 10, 10, 10, 10, 12, 10, 10],
  })
  const info: [string, string | number][] = [
    ['Pemerintah daerah', r.cover.organization], ['Dokumen', r.cover.title], ['Periode', `${r.cover.planName} (${r.cover.period})`],
    ['Tanggal', r.cover.date], ['Kegiatan terjadwal', s.activities], ['Kegiatan belum terjadwal', s.unscheduled],
    ['Pagu indikatif (Rp)', s.totalBudget], ['Temuan galat', s.findings.error], ['Temuan peringatan', s.findings.warning],
  ]
  const base = s.domains.length + 4
  info.forEach(([k, v], i) => {
    ringkasan.getCell(base + i, 1).value = k
    ringkasan.getCell(base + i, 1).font = { bold: true }
    ringkasan.getCell(base + i, 2).value = v
  })
  ringkasan.getCell(base + 6, 2).numFmt = '#,##0'

  for (const d of r.domains) {
    addSheet(wb, {
      name: d.label,
      headers: GAP_COLUMNS,
      rows: d.rows.map((row) => [row.code, row.asIs, row.toBe, row.gap, row.detail, row.activities.map((a) => `${a.code} ${a.name}`).join('\n'), row.targetYear ? Number(row.targetYear) : '', row.opd, row.rpjmd]),
      widths: [12, 36, 36, 14, 36, 44, 10, 18, 18],
    })
  }
  addSheet(wb, {
    name: 'Temuan',
    headers: ['Aturan', 'Kode aturan', 'Tingkat', 'Elemen', 'Temuan', 'Saran tindak lanjut'],
    rows: r.findings.map((f) => [f.title, f.rule, f.severityLabel, f.elements, f.message, f.remedy]),
    widths: [30, 24, 12, 30, 50, 50],
  })
  addRoadmapSheet(wb, r.roadmap)
  if (r.index) addIndexSheets(wb, r.index)
  addSheet(wb, {
    name: 'Katalog',
    headers: ['Domain', 'Kode', 'Nama', 'Jenis', 'OPD pemilik', 'Kode referensi', 'Saat ini', 'Target', 'Keterangan'],
    rows: r.catalogue.flatMap((c) => c.rows.map((e) => [c.label, e.code, e.name, e.kind, e.opd, e.refCodes, e.asIs, e.toBe, e.description])),
    widths: [18, 12, 40, 24, 16, 16, 10, 14, 50],
  })
  return bytes(wb)
}

/** The Peta Rencana table alone, as Bappeda keeps it. */
export async function roadmapToXlsx(r: { readonly cover: ReportModel['cover']; readonly roadmap: RoadmapTable }): Promise<Uint8Array> {
  const wb = workbook(r)
  addRoadmapSheet(wb, r.roadmap)
  return bytes(wb)
}
