import {
  Document, Packer, PageOrientation, Paragraph, ShadingType, TableOfContents, TextRun,
  type ISectionOptions, type Table,
} from 'docx'
import { groupedNumber } from '../indonesianDate.ts'
import { CHAPTER, appendixHeading, diagramsIntro, domainHeading, indexFigureCaption, summaryParagraphs } from '../reportOutline.ts'
import type { ReportModel } from '../reportModel.ts'
import {
  A4, FONT, LANDSCAPE_MARGIN, LANDSCAPE_WIDTH, MARGIN, PORTRAIT_WIDTH, TOTAL_FILL, caption, docTable, heading, pageFooter, para, type CellInput,
} from './docxParts.ts'
import { diagramBlocks, diagramFallback } from './diagramDocx.ts'
import { indexDocx } from './indexDocx.ts'
import { roadmapDocxTable } from './roadmapDocx.ts'

type Block = Paragraph | Table | TableOfContents
const dash = (s: string): string => (s === '' ? '–' : s)
const num = (n: number): CellInput => ({ text: groupedNumber(n), align: 'right' })

export const GAP_HEADERS = ['No', 'As-Is (Kondisi Saat Ini)', 'To-Be (Kondisi Target)', 'Kesenjangan', 'Kegiatan', 'Target tahun', 'Penanggung jawab (OPD)', 'Keterkaitan RPJMD']

function cover(r: ReportModel): Block[] {
  const c = r.cover
  const big = (text: string, size: number, before: number, bold = true): Paragraph => para(text, { align: 'center', size, bold, before, after: 120 })
  return [
    big(c.title.toUpperCase(), 36, 2400),
    big(c.organization.toUpperCase(), 28, 600),
    big(c.planName, 24, 2400, false),
    big(`Periode ${c.period}`, 24, 0, false),
    big(c.projectName, 18, 1200, false),
    big(c.date, 22, 3000, false),
  ]
}

/** A bar chart drawn with shaded runs in a table: as-is and target element counts per domain. */
function chart(r: ReportModel): Block[] {
  const max = Math.max(1, ...r.summary.domains.flatMap((d) => [d.asIs, d.toBe]))
  const bar = (value: number, fill: string): Paragraph => new Paragraph({
    spacing: { before: 20, after: 20 },
    children: [
      new TextRun({ text: '\u2002'.repeat(Math.max(1, Math.round((44 * value) / max))), shading: { type: ShadingType.CLEAR, color: 'auto', fill }, size: 14, font: FONT }),
      new TextRun({ text: ` ${value}`, size: 16, font: FONT }),
    ],
  })
  return [
    docTable({
      head: [['Domain', `Jumlah elemen: ${r.cover.fromState} (biru muda) dan ${r.cover.toState} (biru tua)`]],
      rows: r.summary.domains.map((d) => [d.label, { content: [bar(d.asIs, '8EAADB'), bar(d.toBe, '1F3864')] }]),
      columns: [28, 72],
      width: PORTRAIT_WIDTH,
    }),
    caption('Gambar 1. Jumlah elemen arsitektur per domain'),
  ]
}

function summary(r: ReportModel): Block[] {
  const t = r.summary.totals
  const rows: CellInput[][] = r.summary.domains.map((d) => [d.label, num(d.asIs), num(d.toBe), num(d.added), num(d.changed), num(d.removed), num(d.unchanged), num(d.activities)])
  rows.push([{ text: 'Jumlah', bold: true, fill: TOTAL_FILL }, ...[t.asIs, t.toBe, t.added, t.changed, t.removed, t.unchanged, r.summary.activities].map((n): CellInput => ({ text: groupedNumber(n), bold: true, fill: TOTAL_FILL, align: 'right' }))])
  return [
    heading(CHAPTER.summary, 1, true),
    ...summaryParagraphs(r).map((p) => para(p, { align: 'justify' })),
    docTable({ head: [['Domain', 'Saat ini', 'Target', 'Baru', 'Berubah', 'Dihentikan', 'Tetap', 'Kegiatan']], rows, columns: [30, 12, 12, 10, 12, 14, 10, 12], width: PORTRAIT_WIDTH, size: 18 }),
    caption('Tabel 1. Ringkasan kesenjangan per domain; kolom Kegiatan menghitung kegiatan Peta Rencana yang menutup kesenjangan domain itu.'),
    ...chart(r),
  ]
}

function architecture(r: ReportModel): Block[] {
  const out: Block[] = [
    heading(CHAPTER.architecture, 1, true),
    para(`Perbandingan ${r.cover.fromState} dan ${r.cover.toState} per domain arsitektur, dengan kegiatan Peta Rencana yang menutup tiap kesenjangan.`, { align: 'justify' }),
  ]
  r.domains.forEach((d, i) => {
    out.push(heading(domainHeading(i, d.label), 2))
    out.push(para(`Domain ${d.label} (${d.code}, referensi ${d.referenceArchitecture}) memuat ${d.rows.length} elemen pada kondisi saat ini atau target.`, { align: 'justify' }))
    if (d.rows.length === 0) return
    out.push(docTable({
      head: [GAP_HEADERS],
      rows: d.rows.map((row, k): CellInput[] => [
        { text: String(k + 1), align: 'center' }, dash(row.asIs), dash(row.toBe), { text: row.gap, ...(row.detail ? { note: row.detail } : {}) },
        { lines: row.activities.length ? row.activities.map((a) => `${a.code} ${a.name}`) : ['–'] },
        { text: dash(row.targetYear), align: 'center' }, dash(row.opd), dash(row.rpjmd),
      ]),
      columns: [8, 28, 28, 22, 33, 12, 19, 15],
      width: PORTRAIT_WIDTH,
    }))
    out.push(caption(`Tabel 2.${i + 1} Kesenjangan domain ${d.label}`))
  })
  return out
}

function findings(r: ReportModel): Block[] {
  return [
    heading(CHAPTER.findings, 1, true),
    para(`Temuan pemeriksaan aturan arsitektur atas ${r.cover.toState}.`, { align: 'justify' }),
    r.findings.length === 0 ? para('Tidak ada temuan.') : docTable({
      head: [['No', 'Aturan', 'Tingkat', 'Elemen', 'Temuan', 'Saran tindak lanjut']],
      rows: r.findings.map((f, i) => [{ text: String(i + 1), align: 'center' }, f.title, f.severityLabel, f.elements, f.message, f.remedy]),
      columns: [9, 28, 18, 30, 44, 36],
      width: PORTRAIT_WIDTH,
    }),
  ]
}

/** BAB IV, on the landscape pages before the Peta Rencana: one diagram per page. */
async function diagrams(r: ReportModel): Promise<Block[]> {
  const pngs = await Promise.all(r.diagrams.map((d) => diagramFallback(d, LANDSCAPE_WIDTH, DIAGRAM_MAX_HEIGHT)))
  return [
    heading(CHAPTER.diagrams, 1),
    para(diagramsIntro(r), { align: 'justify' }),
    ...r.diagrams.flatMap((d, i) => diagramBlocks(d, pngs[i]!, LANDSCAPE_WIDTH, DIAGRAM_MAX_HEIGHT, i > 0)),
  ]
}

/** The text height of a landscape page, less room for the heading, the intro and the caption. */
const DIAGRAM_MAX_HEIGHT = A4.width - LANDSCAPE_MARGIN.top - LANDSCAPE_MARGIN.bottom - 2200

function catalogue(r: ReportModel): Block[] {
  const out: Block[] = [heading(CHAPTER.appendix, 1, r.index !== undefined)]
  r.catalogue.forEach((c, i) => {
    out.push(heading(appendixHeading(i, c.label), 2))
    if (c.rows.length === 0) {
      out.push(para('Tidak ada elemen.'))
      return
    }
    out.push(docTable({
      head: [['No', 'Kode', 'Nama', 'Jenis', 'OPD pemilik', 'Kode referensi', 'Saat ini', 'Target']],
      rows: c.rows.map((e, k): CellInput[] => [
        { text: String(k + 1), align: 'center' }, dash(e.code), { text: e.name, ...(e.description ? { note: e.description } : {}) }, e.kind, dash(e.opd), dash(e.refCodes), e.asIs, e.toBe,
      ]),
      columns: [9, 17, 45, 25, 20, 19, 12, 18],
      width: PORTRAIT_WIDTH,
    }))
  })
  return out
}

const portrait = { size: { width: A4.width, height: A4.height }, margin: MARGIN }
const landscape = { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN }

export const DOCUMENT_STYLES = {
  default: { document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { line: 276 } } } },
  paragraphStyles: [
    { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 28, bold: true }, paragraph: { spacing: { before: 240, after: 240 }, keepNext: true, outlineLevel: 0 } },
    { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { font: FONT, size: 24, bold: true }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 } },
  ],
}

/** The report as a Word document: cover, daftar isi, BAB I-VI, lampiran. */
export async function reportToDocx(r: ReportModel): Promise<Uint8Array> {
  const footer = (width: number): ISectionOptions['footers'] => ({ default: pageFooter(r.cover.organization, width) })
  const doc = new Document({
    creator: 'Cetakbiru',
    title: `${r.cover.title}: ${r.cover.organization}`,
    description: r.cover.projectName,
    styles: DOCUMENT_STYLES,
    features: { updateFields: true },
    sections: [
      { properties: { page: portrait }, children: cover(r) },
      {
        properties: { page: portrait },
        footers: footer(PORTRAIT_WIDTH),
        children: [
          para('DAFTAR ISI', { align: 'center', bold: true, size: 28, after: 240 }),
          new TableOfContents('Daftar Isi', { hyperlink: true, headingStyleRange: '1-2' }),
          ...summary(r), ...architecture(r), ...findings(r),
        ],
      },
      {
        properties: { page: landscape },
        footers: footer(LANDSCAPE_WIDTH),
        children: [
          ...(await diagrams(r)),
          heading(CHAPTER.roadmap, 1, true),
          para(`Peta Rencana SPBE ${r.cover.organization} ${r.roadmap.planName}: ${r.roadmap.rows.length} kegiatan. Target capaian adalah persentase penyelesaian kegiatan pada akhir tahun.`, { align: 'justify' }),
          ...roadmapDocxTable(r.roadmap, LANDSCAPE_WIDTH),
        ],
      },
      // BAB VI and the lampiran share the last portrait section; the lampiran then starts on a new page.
      { properties: { page: portrait }, footers: footer(PORTRAIT_WIDTH), children: [...(r.index ? indexDocx(r.index, indexFigureCaption(r)) : []), ...catalogue(r)] },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(doc))
}


/** The Peta Rencana table alone, on landscape A4 pages, for the Pemda to edit and sign. */
export async function roadmapToDocx(r: ReportModel): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Cetakbiru',
    title: `Peta Rencana SPBE: ${r.cover.organization}`,
    styles: DOCUMENT_STYLES,
    sections: [{
      properties: { page: landscape },
      footers: { default: pageFooter(r.cover.organization, LANDSCAPE_WIDTH) },
      children: [
        heading(`PETA RENCANA SPBE ${r.cover.organization.toUpperCase()}`, 1),
        para(`${r.roadmap.planName} (${r.cover.period}), ${r.cover.date}. ${r.roadmap.rows.length} kegiatan. Target capaian adalah persentase penyelesaian kegiatan pada akhir tahun.`, { align: 'center' }),
        ...roadmapDocxTable(r.roadmap, LANDSCAPE_WIDTH),
      ],
    }],
  })
  return new Uint8Array(await Packer.toArrayBuffer(doc))
}
