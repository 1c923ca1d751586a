import { groupedNumber } from './indonesianDate.ts'
import type { IndexSection } from './indexSection.ts'
import { FIRST_DIAGRAM_FIGURE } from './reportDiagrams.ts'
import type { ReportModel } from './reportModel.ts'

/** The chapters of the report, shared by every renderer so headings and the daftar isi agree. */
export const CHAPTER = {
  summary: 'BAB I RINGKASAN EKSEKUTIF',
  architecture: 'BAB II ANALISIS KESENJANGAN ARSITEKTUR SPBE',
  findings: 'BAB III TEMUAN ARSITEKTUR',
  diagrams: 'BAB IV DIAGRAM ARSITEKTUR',
  roadmap: 'BAB V PETA RENCANA SPBE',
  index: 'BAB VI INDEKS SPBE',
  appendix: 'LAMPIRAN KATALOG ELEMEN ARSITEKTUR SPBE',
} as const

export interface Heading {
  readonly level: 1 | 2
  readonly text: string
  /** An anchor id, stable and made of ASCII only. */
  readonly anchor: string
}

export function domainHeading(index: number, label: string): string {
  return `2.${index + 1} Domain Arsitektur ${label}`
}

export function appendixHeading(index: number, label: string): string {
  return `${String.fromCharCode(65 + index)}. Katalog Elemen ${label}`
}

export type IndexPart = 'history' | 'latest' | 'projection' | 'target'

/** The sections of BAB VI present for this project, numbered in order. */
export function indexHeadings(index: IndexSection): (Heading & { readonly level: 2; readonly part: IndexPart })[] {
  const parts: [IndexPart, string][] = [['history', 'Riwayat Indeks SPBE']]
  if (index.latest) parts.push(['latest', `Penilaian Mandiri Tahun ${index.latest.year}`])
  if (index.projection) parts.push(['projection', 'Proyeksi Indeks per Tahun Rencana'])
  if (index.target) parts.push(['target', `Target Indeks ${index.target.year}`])
  return parts.map(([part, text], i) => ({ level: 2, part, text: `6.${i + 1} ${text}`, anchor: `indeks-${part}` }))
}

/** Every heading in document order. */
export function reportOutline(report: ReportModel): Heading[] {
  return [
    { level: 1, text: CHAPTER.summary, anchor: 'ringkasan' },
    { level: 1, text: CHAPTER.architecture, anchor: 'arsitektur' },
    ...report.domains.map((d, i) => ({ level: 2 as const, text: domainHeading(i, d.label), anchor: `domain-${d.id}` })),
    { level: 1, text: CHAPTER.findings, anchor: 'temuan' },
    { level: 1, text: CHAPTER.diagrams, anchor: 'diagram' },
    { level: 1, text: CHAPTER.roadmap, anchor: 'peta-rencana' },
    ...(report.index ? [{ level: 1 as const, text: CHAPTER.index, anchor: 'indeks' }, ...indexHeadings(report.index)] : []),
    { level: 1, text: CHAPTER.appendix, anchor: 'lampiran' },
    ...report.catalogue.map((c, i) => ({ level: 2 as const, text: appendixHeading(i, c.label), anchor: `katalog-${c.id}` })),
  ]
}

/** The caption of BAB VI's chart: numbered after the diagrams of BAB IV. */
export function indexFigureCaption(report: ReportModel): string {
  return `Gambar ${FIRST_DIAGRAM_FIGURE + report.diagrams.length}. Indeks SPBE per tahun: riwayat, proyeksi Peta Rencana, dan target`
}

/** The paragraph that opens BAB IV. */
export function diagramsIntro(report: ReportModel): string {
  return report.diagrams.length === 0
    ? 'Tidak ada diagram yang dipilih atau diagram tidak memuat elemen pada kondisi target.'
    : `Diagram arsitektur ${report.cover.toState}: ${report.diagrams.length} diagram. Warna garis kiri tiap kotak menunjukkan domain arsitekturnya; panah menunjukkan arah relasi.`
}

/** The sentences of the executive summary, shared by the renderers. */
export function summaryParagraphs(report: ReportModel): string[] {
  const s = report.summary
  const t = s.totals
  const f = s.findings
  return [
    `Dokumen ini memuat Arsitektur SPBE ${report.cover.organization} untuk periode ${report.cover.planName} ` +
      `dan Peta Rencana SPBE yang disusun dari analisis kesenjangan antara ${report.cover.fromState} dan ${report.cover.toState}.`,
    `Arsitektur saat ini memuat ${t.asIs} elemen dan arsitektur target ${t.toBe} elemen pada enam domain. ` +
      `Kesenjangan: ${t.added} elemen baru, ${t.changed} elemen dikembangkan atau berubah, ${t.removed} elemen dihentikan, dan ${t.unchanged} elemen tetap.`,
    `Peta Rencana SPBE memuat ${s.activities} kegiatan terjadwal` +
      (s.unscheduled > 0 ? ` dan ${s.unscheduled} kegiatan belum terjadwal` : '') +
      ` yang dilaksanakan oleh ${s.opd} perangkat daerah, dengan pagu indikatif seluruhnya Rp${groupedNumber(s.totalBudget)}.`,
    `Pemeriksaan aturan arsitektur atas ${report.cover.toState} menghasilkan ${f.error} temuan galat, ${f.warning} peringatan, dan ${f.info} catatan informasi.`,
  ]
}

