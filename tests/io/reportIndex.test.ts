import { execFileSync } from 'node:child_process'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { reportToDocx } from '../../src/io/report/docx/reportDocx.ts'
import { escapeHtml } from '../../src/io/report/html/escapeHtml.ts'
import { reportToHtml } from '../../src/io/report/html/reportHtml.ts'
import { htmlToPdf } from '../../src/io/report/pdf/htmlToPdf.ts'
import { reportToMarkdown } from '../../src/io/report/reportMarkdown.ts'
import { buildReport, type ReportModel } from '../../src/io/report/reportModel.ts'
import { CHAPTER, reportOutline } from '../../src/io/report/reportOutline.ts'
import { reportToXlsx } from '../../src/io/report/xlsx/reportXlsx.ts'
import { EMPTY_INDEX_DATA, type ProjectData } from '../../src/model/project.ts'
import { mdText } from '../../src/io/markdown.ts'
import { readDocxBody, type DocxBody } from './docxBody.ts'
import { HOSTILE, REPORT_DATE, hostileExample } from './reportFixture.ts'

/** A justification and bukti dukung a user might type: quotes, markup, Arabic, emoji. */
const JUSTIFICATION = 'Perbup "Arsitektur" <script>alert(1)</script> & نظام المعلومات 🚀'
const DOCUMENT = '<b>SK</b> Bupati "No. 7" & lampiran'
const URL = 'https://contoh.invalid/bukti?a=1&b=<x>'

/** The hostile example, with indicator 1 of 2024 carrying the hostile text, a renamed and a missing element. */
function data(): ProjectData {
  const d = hostileExample().data
  return {
    ...d,
    index: {
      ...d.index,
      assessments: d.index.assessments.map((a) => (a.year !== 2024 ? a : {
        ...a,
        indicators: {
          ...a.indicators,
          1: { level: 3, justification: JUSTIFICATION, evidence: [{ kind: 'document', value: DOCUMENT }, { kind: 'element', value: 'apl-sirujuk' }, { kind: 'element', value: 'apl-sudah-dihapus' }, { kind: 'url', value: URL }] },
        },
      })),
    },
  }
}

const WITHOUT_INDEX = (): ProjectData => ({ ...hostileExample().data, index: EMPTY_INDEX_DATA })

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return wb
}

function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  return (ws.getRow(n).values as unknown[]).slice(1)
}

/** The row number whose first cell is `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string): number {
  for (let n = 1; n <= ws.rowCount; n++) if (ws.getCell(n, 1).value === text) return n
  throw new Error(`no row starting with ${text}`)
}

describe('BAB VI Indeks SPBE in the report model', () => {
  const report = buildReport(data(), { date: REPORT_DATE })

  it('follows the Peta Rencana and comes before the lampiran in the outline', () => {
    const texts = reportOutline(report).map((h) => h.text)
    const at = texts.indexOf(CHAPTER.index)
    expect(texts[at - 1]).toBe(CHAPTER.roadmap)
    expect(texts.slice(at + 1, at + 6)).toEqual(['6.1 Riwayat Indeks SPBE', '6.2 Penilaian Mandiri Tahun 2024', '6.3 Proyeksi Indeks per Tahun Rencana', '6.4 Target Indeks 2027', CHAPTER.appendix])
  })

  it('resolves bukti dukung: URL and document as typed, an element by its name, a missing element said so', () => {
    const one = report.index!.latest!.indicators[0]!
    expect(one.evidence).toEqual([`Dokumen: ${DOCUMENT}`, `Elemen: ${HOSTILE.script}`, 'Elemen tidak ada lagi dalam model (apl-sudah-dihapus)', URL])
    expect(one.levelText).toBe('3 Terdefinisi')
  })

  it('has no chapter when the project has neither an assessment nor a target', () => {
    const plain = buildReport(WITHOUT_INDEX(), { date: REPORT_DATE })
    expect(plain.index).toBeUndefined()
    expect(reportOutline(plain).map((h) => h.text)).not.toContain(CHAPTER.index)
  })
})

describe('BAB VI in the DOCX', () => {
  let report: ReportModel
  let docx: DocxBody
  beforeAll(async () => {
    report = buildReport(data(), { date: REPORT_DATE })
    docx = await readDocxBody(await reportToDocx(report))
  })

  it('has the chapter heading and its sections in the outline order', () => {
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1' || p.style === 'Heading2').map((p) => p.text)
    expect(headings).toEqual(reportOutline(report).map((h) => h.text))
    expect(headings).toContain('BAB VI INDEKS SPBE')
  })

  it('writes the history table row by row', () => {
    const history = docx.tables.find((t) => t[0]!.join('|') === 'Tahun|Kerangka|Indeks|Predikat|Sumber')!
    expect(history.slice(1)).toEqual([
      ['2021', 'Indeks SPBE (PermenPANRB 59/2020)', '2.56', 'Cukup', 'terbit'],
      ['2022', 'Indeks SPBE (PermenPANRB 59/2020)', '2.60', 'Baik', 'terbit'],
      ['2023', 'Indeks SPBE (PermenPANRB 59/2020)', '2.93', 'Baik', 'terbit'],
      ['2024', 'Indeks SPBE (PermenPANRB 59/2020)', '3.02', 'Baik', 'dihitung'],
    ])
  })

  it('writes the 47 indicators with level name, alasan and bukti dukung intact', () => {
    const indicators = docx.tables.find((t) => t[0]!.join('|') === 'No|Indikator|Bobot (%)|Tingkat|Alasan|Bukti dukung')!
    expect(indicators).toHaveLength(48)
    expect(indicators[1]).toEqual(['1', 'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah', '1.3', '3 Terdefinisi', JUSTIFICATION,
      [`Dokumen: ${DOCUMENT}`, `Elemen: ${HOSTILE.script}`, 'Elemen tidak ada lagi dalam model (apl-sudah-dihapus)', URL].join('\n')])
    expect(indicators[18]).toEqual(['18', expect.stringContaining('Sistem Penghubung Layanan'), '2.5', '2 Terkelola', expect.stringContaining('titik ke titik'), 'https://splp.layanan.go.id'])
    expect(docx.raw.includes('<script>')).toBe(false)
    expect(docx.raw.includes('<b>SK')).toBe(false)
  })

  it('writes the formula, the aspects and domains, the projection and the target', () => {
    const text = docx.paragraphs.map((p) => p.text).join('\n')
    expect(text).toContain('Rumus: Indeks = Σ (bobot indikator % / 100 × tingkat kematangan)')
    expect(text).toMatch(/\(1\.3×3 \+ 1\.3×2 .*\) \/ 100 = 3\.02/)
    const domains = docx.tables.find((t) => t[0]![1] === 'Domain' && t[0]![0] === 'Kode')!
    expect(domains.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual([['D1', '2.40', 'Cukup'], ['D2', '2.70', 'Baik'], ['D3', '2.18', 'Cukup'], ['D4', '3.68', 'Sangat Baik']])
    expect(docx.tables.find((t) => t[0]![1] === 'Aspek')).toHaveLength(9)
    const projection = docx.tables.find((t) => t[0]!.join('|') === 'Tahun|Indeks|Predikat|Indikator yang naik|Kegiatan')!
    expect(projection.slice(1).map((r) => [r[0], r[1]])).toEqual([['2025', '3.24'], ['2026', '3.32'], ['2027', '3.36'], ['2028', '3.43'], ['2029', '3.43']])
    // The renamed kegiatan (quotes and markup in its name) ends in 2027 and raises indicators 5 and 16.
    expect(projection[3]![3]).toBe('5 (2 → 3)\n16 (3 → 4)')
    expect(projection[3]![4]).toContain(HOSTILE.kegiatan)
    expect(text).toContain('Target indeks 3.80 pada 2027; proyeksi Peta Rencana untuk 2027: 3.36. Kekurangan: 0.44.')
    const ranking = docx.tables.find((t) => t[0]![5] === 'Potensi indeks')!
    expect(ranking).toHaveLength(11)
    expect(ranking[1]!.slice(0, 1)).toEqual(['43'])
    const movable = docx.tables.find((t) => t[0]![0] === 'Kegiatan' && t[0]![2] === 'Tambahan indeks 2027')!
    expect(movable.slice(1).map((r) => [r[1], r[2]])).toEqual([['2028', '+0.04'], ['2028', '+0.03']])
  })

  it('draws the chart as a table of bars with labels and values, numbered after the diagrams', () => {
    const chart = docx.tables.find((t) => t[0]![1]!.startsWith('Indeks (skala 0–5)'))!
    expect(chart.slice(1).map((r) => [r[0], r[1]!.trim()])).toEqual([
      ['2021', '2.56'], ['2022', '2.60'], ['2023', '2.93'], ['2024', '3.02'],
      ['2025 (proyeksi)', '3.24'], ['2026 (proyeksi)', '3.32'], ['2027 (proyeksi)', '3.36'], ['2028 (proyeksi)', '3.43'], ['2029 (proyeksi)', '3.43'],
      ['Target 2027', '3.80'],
    ])
    expect(docx.paragraphs.map((p) => p.text)).toContain(`Gambar ${2 + report.diagrams.length}. Indeks SPBE per tahun: riwayat, proyeksi Peta Rencana, dan target`)
  })

  it('leaves the chapter out for a project without index data', async () => {
    const plain = await readDocxBody(await reportToDocx(buildReport(WITHOUT_INDEX(), { date: REPORT_DATE })))
    expect(plain.paragraphs.some((p) => p.text === CHAPTER.index)).toBe(false)
    expect(plain.tables.some((t) => t[0]![4] === 'Sumber')).toBe(false)
  })
})

describe('BAB VI in the XLSX', () => {
  let wb: ExcelJS.Workbook
  const d = data()
  beforeAll(async () => {
    wb = await workbook(await reportToXlsx(buildReport(d, { date: REPORT_DATE })))
  })

  it('adds "Indeks SPBE" and "Proyeksi Indeks" after the Peta Rencana', () => {
    const names = wb.worksheets.map((w) => w.name)
    expect(names.slice(names.indexOf('Peta Rencana'))).toEqual(['Peta Rencana', 'Indeks SPBE', 'Proyeksi Indeks', 'Katalog'])
  })

  it('"Indeks SPBE": the history as numbers with two decimals, then one row per indicator under a frozen, filtered header', () => {
    const ws = wb.getWorksheet('Indeks SPBE')!
    expect(rowValues(ws, 2)).toEqual(['Tahun', 'Kerangka', 'Indeks', 'Predikat', 'Sumber'])
    expect([3, 4, 5, 6].map((n) => rowValues(ws, n))).toEqual([
      [2021, 'Indeks SPBE (PermenPANRB 59/2020)', 2.56, 'Cukup', 'terbit'],
      [2022, 'Indeks SPBE (PermenPANRB 59/2020)', 2.6, 'Baik', 'terbit'],
      [2023, 'Indeks SPBE (PermenPANRB 59/2020)', 2.93, 'Baik', 'terbit'],
      [2024, 'Indeks SPBE (PermenPANRB 59/2020)', 3.02, 'Baik', 'dihitung'],
    ])
    expect(ws.getCell(3, 3).numFmt).toBe('0.00')
    const header = rowOf(ws, 'No')
    expect(rowValues(ws, header)).toEqual(['No', 'Indikator', 'Aspek', 'Bobot (%)', 'Tingkat', 'Nama tingkat', 'Alasan', 'Bukti dukung'])
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header })
    expect(ws.autoFilter).toBe(`A${header}:H${header + 47}`)
    expect(ws.rowCount).toBe(header + 47)
    const first = rowValues(ws, header + 1)
    expect(first.slice(0, 7)).toEqual([1, 'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah', 'A1', 1.3, 3, 'Terdefinisi', JUSTIFICATION])
    expect(first[7]).toBe([`Dokumen: ${DOCUMENT}`, `Elemen: ${HOSTILE.script}`, 'Elemen tidak ada lagi dalam model (apl-sudah-dihapus)', URL].join('\n'))
    expect(ws.getCell(header + 1, 4).numFmt).toBe('0.00')
  })

  it('"Proyeksi Indeks": the plan years, every link kegiatan → indikator → tingkat, and the target', () => {
    const ws = wb.getWorksheet('Proyeksi Indeks')!
    expect(rowValues(ws, 2)).toEqual(['Tahun', 'Indeks', 'Predikat', 'Indikator yang naik', 'Kegiatan'])
    const years = [3, 4, 5, 6, 7].map((n) => rowValues(ws, n).slice(0, 2))
    expect(years).toEqual([[2025, 3.24], [2026, 3.32], [2027, 3.36], [2028, 3.43], [2029, 3.43]])
    expect(ws.getCell(5, 2).numFmt).toBe('0.00')
    const header = rowOf(ws, 'Selesai')
    expect(rowValues(ws, header)).toEqual(['Selesai', 'Indikator', 'Tingkat saat ini', 'Nama indikator', 'Kegiatan', 'Tingkat dituju'])
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header })
    expect(ws.autoFilter).toBe(`A${header}:F${header + 20}`)
    const links = ws.getRows(header + 1, d.index.links.length)!.map((r) => (r.values as unknown[]).slice(1))
    expect(links).toHaveLength(20)
    expect(links.every((l) => typeof l[0] === 'number' && typeof l[1] === 'number' && typeof l[5] === 'number')).toBe(true)
    expect(ws.getCell(header + 21, 1).value).toBeNull()
    const pdd = links.find((l) => l[4] === `${generateRoadmap(d).roadmap.activities.find((a) => a.id === 'k-dev-inf-pdd')!.code} ${HOSTILE.kegiatan}`)
    expect(pdd?.[0]).toBe(2027)
    const target = rowOf(ws, 'Target')
    expect([ws.getCell(target, 4).value, ws.getCell(target + 1, 4).value, ws.getCell(target + 2, 4).value]).toEqual([3.8, 3.36, 0.44])
    expect(ws.getCell(target + 2, 4).numFmt).toBe('0.00')
  })

  it('has no index sheets for a project without index data', async () => {
    const plain = await workbook(await reportToXlsx(buildReport(WITHOUT_INDEX(), { date: REPORT_DATE })))
    expect(plain.worksheets.map((w) => w.name)).not.toContain('Indeks SPBE')
    expect(plain.worksheets.map((w) => w.name)).not.toContain('Proyeksi Indeks')
  })
})

describe('BAB VI in HTML and Markdown', () => {
  const report = buildReport(data(), { date: REPORT_DATE })

  it('HTML: the chapter with its anchors, the justification escaped and intact', () => {
    const html = reportToHtml(report)
    expect(html).toContain('<h1 id="indeks">BAB VI INDEKS SPBE</h1>')
    expect(html).toContain('<h2 id="indeks-projection">6.3 Proyeksi Indeks per Tahun Rencana</h2>')
    expect(html.includes('<script')).toBe(false)
    expect(html).toContain(`<td>${escapeHtml(JUSTIFICATION)}</td>`)
    expect(html).toContain(escapeHtml(`Dokumen: ${DOCUMENT}`))
    expect(html).toContain(escapeHtml(URL))
    expect(html).toMatch(/<td class="center">2027<\/td><td class="num">3\.36<\/td>/)
    const svg = /<figure class="index-chart">(<svg[^]*?<\/svg>)/.exec(html)![1]!
    expect(svg.match(/<rect /g)).toHaveLength(10)
    expect(svg).toContain('>Target 2027</text>')
    expect(svg).toContain('>3.80</text>')
    expect(html.indexOf('id="indeks"')).toBeGreaterThan(html.indexOf('id="peta-rencana"'))
    expect(html.indexOf('id="indeks"')).toBeLessThan(html.indexOf('id="lampiran"'))
    expect(reportToHtml(buildReport(WITHOUT_INDEX(), { date: REPORT_DATE }))).not.toContain('id="indeks"')
  })

  it('Markdown: the chapter and its tables, user text escaped', () => {
    const md = reportToMarkdown(report)
    expect(md).toContain('## BAB VI INDEKS SPBE')
    expect(md).toContain('| 2024 | Indeks SPBE (PermenPANRB 59/2020) | 3.02 | Baik | dihitung |')
    expect(md).toContain(`| 1 | Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah | 1.3 | 3 Terdefinisi | ${mdText(JUSTIFICATION)} |`)
    expect(md).toMatch(/\| 2027 \| 3\.36 \| Baik \| 5 \(2 → 3\)<br>16 \(3 → 4\) \|/)
    expect(md.includes('<script')).toBe(false)
    expect(md).toContain('نظام المعلومات 🚀')
    expect(md.indexOf('## BAB VI')).toBeLessThan(md.indexOf('## LAMPIRAN'))
    expect(reportToMarkdown(buildReport(WITHOUT_INDEX(), { date: REPORT_DATE }))).not.toContain('BAB VI')
  })
})

describe('BAB VI in the PDF', () => {
  it('prints the chapter, its tables and the justification', async () => {
    const report = buildReport(data(), { date: REPORT_DATE })
    const pdf = await htmlToPdf(reportToHtml(report), { footer: report.cover.organization })
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    for (const s of ['BAB VI INDEKS SPBE', '6.1 Riwayat Indeks SPBE', 'Tabel 6.1 Riwayat indeks SPBE', '6.4 Target Indeks 2027', 'Kekurangan: 0.44']) expect(text).toContain(s)
    expect(text).toMatch(/2023\s+Indeks SPBE \(PermenPANRB 59\/2020\)\s+2\.93\s+Baik\s+terbit/)
    expect(text).toContain('<script>alert(1)</script>')
    expect(text.indexOf('BAB VI INDEKS SPBE', text.indexOf('BAB V PETA RENCANA SPBE', 3000))).toBeLessThan(text.lastIndexOf('LAMPIRAN KATALOG'))
  })
})

describe('an unverified framework in the chapter', () => {
  it('says "perlu verifikasi" in the history and the framework note', async () => {
    const d = data()
    const pemdi: ProjectData = { ...d, index: { ...d.index, assessments: [...d.index.assessments, { year: 2025, framework: 'pemdi-2026', indicators: { 1: { level: 3 }, 2: { level: 4 } } }] } }
    const report = buildReport(pemdi, { date: REPORT_DATE })
    expect(report.index!.history.at(-1)).toMatchObject({ year: 2025, framework: 'Indeks Pemerintah Digital 2026 (dilaporkan) (perlu verifikasi)', source: 'dihitung' })
    expect(report.index!.latest!.framework).toContain('(perlu verifikasi)')
    expect(reportToMarkdown(report)).toMatch(/Kerangka penilaian: Indeks Pemerintah Digital 2026 \(dilaporkan\)[^\n]*Perlu verifikasi: teks PermenPANRB 8\/2026 belum dikonfirmasi/)
    const ws = (await workbook(await reportToXlsx(report))).getWorksheet('Indeks SPBE')!
    expect(ws.getCell(rowOf(ws, 'Tahun') + 5, 2).value).toContain('perlu verifikasi')
  })
})
