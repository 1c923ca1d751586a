import { beforeAll, describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { reportToDocx, roadmapToDocx } from '../../src/io/report/docx/reportDocx.ts'
import { buildReport, type ReportModel } from '../../src/io/report/reportModel.ts'
import { reportOutline } from '../../src/io/report/reportOutline.ts'
import { HOSTILE, REPORT_DATE, hostileExample } from './reportFixture.ts'
import { readDocxBody as readDocx, type DocxBody as Body } from './docxBody.ts'

describe('DOCX report', () => {
  const { data } = hostileExample()
  let report: ReportModel
  let docx: Body
  beforeAll(async () => {
    report = buildReport(data, { date: REPORT_DATE })
    docx = await readDocx(await reportToDocx(report))
  })

  it('has the cover, a table of contents field and the headings in order', () => {
    const texts = docx.paragraphs.map((p) => p.text)
    expect(texts.slice(0, 6)).toEqual(expect.arrayContaining(['ARSITEKTUR SPBE DAN PETA RENCANA SPBE', 'Periode 2025–2029', '23 November 2026']))
    expect(/TOC [^<]*\\o &quot;1-2&quot;/.test(docx.raw), 'a TOC field over heading levels 1-2').toBe(true)
    const headings = docx.paragraphs.filter((p) => p.style === 'Heading1' || p.style === 'Heading2').map((p) => p.text)
    expect(headings).toEqual(reportOutline(report).map((h) => h.text))
  })

  it('has one gap table row per element of each domain, and one roadmap row per kegiatan', () => {
    const gapTables = docx.tables.filter((t) => t[0]![1] === 'As-Is (Kondisi Saat Ini)')
    const expected = report.domains.filter((d) => d.rows.length > 0)
    expect(gapTables.map((t) => t.length - 1)).toEqual(expected.map((d) => d.rows.length))
    // Every element in either state, per domain, as the project holds them.
    expect(expected.reduce((n, d) => n + d.rows.length, 0)).toBe(data.elements.filter((e) => Object.keys(e.states).length > 0).length)
    const roadmap = docx.tables.find((t) => t[0]![0] === 'Kode' && t[0]![1] === 'Muatan / Program / Kegiatan')!
    const kegiatan = roadmap.filter((row) => /^PR\.\d\d\.\d\d\.\d{3}$/.test(row[0]!))
    expect(kegiatan.length).toBe(generateRoadmap(data).roadmap.activities.length)
    expect(kegiatan.length).toBe(93)
  })

  it('puts the Peta Rencana on a landscape section between portrait ones', () => {
    expect(docx.sections.map((s) => s.orient ?? 'portrait')).toEqual(['portrait', 'portrait', 'landscape', 'portrait'])
    expect(docx.raw.includes('<w:tblHeader/>'), 'repeated header rows').toBe(true)
  })

  it('keeps every name the user typed intact, as text and never as markup', () => {
    const all = [...docx.paragraphs.map((p) => p.text), ...docx.tables.flat(2)].join('\n')
    for (const s of [HOSTILE.script, HOSTILE.formula, HOSTILE.arabic, HOSTILE.emoji, HOSTILE.kegiatan]) expect(all).toContain(s)
    expect(docx.raw.includes('<script>')).toBe(false)
    expect(docx.raw.includes('<b>Tier')).toBe(false)
    expect(docx.raw.includes('&lt;script&gt;')).toBe(true)
  })

  it('writes the Peta Rencana alone on landscape pages', async () => {
    const alone = await readDocx(await roadmapToDocx(report))
    expect(alone.sections.map((s) => s.orient)).toEqual(['landscape'])
    expect(alone.tables[0]!.filter((row) => /^PR\.\d\d\.\d\d\.\d{3}$/.test(row[0]!)).length).toBe(report.roadmap.rows.length)
    expect(alone.tables[0]!.some((row) => row[1] === HOSTILE.kegiatan)).toBe(true)
  })
})
