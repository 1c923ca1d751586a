import { XMLParser } from 'fast-xml-parser'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { reportToDocx, roadmapToDocx } from '../../src/io/report/docx/reportDocx.ts'
import { buildReport, type ReportModel } from '../../src/io/report/reportModel.ts'
import { reportOutline } from '../../src/io/report/reportOutline.ts'
import { HOSTILE, REPORT_DATE, hostileExample } from './reportFixture.ts'

type Node = Record<string, unknown>

interface Body {
  readonly paragraphs: { readonly style: string; readonly text: string }[]
  readonly tables: string[][][]
  readonly raw: string
  readonly sections: { readonly orient?: string }[]
}

function children(n: Node, tag: string): Node[] {
  const list = n[tag]
  return Array.isArray(list) ? (list as Node[]) : []
}

function textOf(nodes: Node[]): string {
  let out = ''
  for (const n of nodes) {
    if ('#text' in n) out += String(n['#text'])
    for (const [k, v] of Object.entries(n)) if (k !== ':@' && k !== '#text' && Array.isArray(v)) out += textOf(v as Node[])
  }
  return out
}

/** Reads word/document.xml back: top-level paragraphs (style, text), tables (rows of cell text), sections. */
async function readDocx(bytes: Uint8Array): Promise<Body> {
  const zip = await JSZip.loadAsync(bytes)
  const raw = await zip.file('word/document.xml')!.async('string')
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false })
  const doc = parser.parse(raw) as Node[]
  const body = children(doc.find((n) => 'w:document' in n)!, 'w:document').find((n) => 'w:body' in n)!
  const out: Body = { paragraphs: [], tables: [], raw, sections: [] }
  const sectPr = (n: Node): void => {
    const pgSz = children(n, 'w:sectPr').find((c) => 'w:pgSz' in c)
    if (pgSz) out.sections.push({ orient: (pgSz[':@'] as Record<string, string> | undefined)?.['w:orient'] })
  }
  for (const n of children(body, 'w:body')) {
    if ('w:p' in n) {
      const p = children(n, 'w:p')
      const pPr = p.find((c) => 'w:pPr' in c)
      const style = pPr ? ((children(pPr, 'w:pPr').find((c) => 'w:pStyle' in c)?.[':@'] as Record<string, string> | undefined)?.['w:val'] ?? '') : ''
      out.paragraphs.push({ style, text: textOf(p) })
      if (pPr) for (const c of children(pPr, 'w:pPr')) if ('w:sectPr' in c) sectPr(c)
    } else if ('w:tbl' in n) {
      out.tables.push(children(n, 'w:tbl').filter((r) => 'w:tr' in r).map((r) => children(r, 'w:tr').filter((c) => 'w:tc' in c).map((c) => textOf(children(c, 'w:tc')))))
    } else if ('w:sectPr' in n) sectPr(n)
  }
  return out
}

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
