import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { escapeHtml } from '../../src/io/report/html/escapeHtml.ts'
import { reportToHtml } from '../../src/io/report/html/reportHtml.ts'
import { htmlToPdf } from '../../src/io/report/pdf/htmlToPdf.ts'
import { reportToMarkdown } from '../../src/io/report/reportMarkdown.ts'
import { buildReport, type ReportModel } from '../../src/io/report/reportModel.ts'
import { reportOutline } from '../../src/io/report/reportOutline.ts'
import { HOSTILE, REPORT_DATE, hostileExample } from './reportFixture.ts'

function pdftotext(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cetakbiru-pdf-'))
  const path = join(dir, 'report.pdf')
  writeFileSync(path, pdf)
  try {
    return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext tidak ada; pasang poppler-utils (apt-get install poppler-utils) / pdftotext missing: install poppler-utils (apt-get install poppler-utils)', { cause: e })
    }
    throw e
  }
}

describe('HTML and Markdown report', () => {
  const { data } = hostileExample()
  let report: ReportModel
  let html: string
  beforeAll(() => {
    report = buildReport(data, { date: REPORT_DATE })
    html = reportToHtml(report)
  })

  it('escapes everything the user typed, and keeps it intact', () => {
    expect(html.includes('<script')).toBe(false)
    expect(html.includes('<b>Tier')).toBe(false)
    for (const s of [HOSTILE.script, HOSTILE.formula, HOSTILE.arabic, HOSTILE.emoji, HOSTILE.kegiatan, HOSTILE.organization]) {
      expect(html.includes(escapeHtml(s)), s).toBe(true)
    }
    // Nothing loads from elsewhere.
    expect(/\s(src|href)="(?!#)/.test(html)).toBe(false)
  })

  it('has every heading in order with its anchor', () => {
    const found = [...html.matchAll(/<h[12] id="([^"]+)">([^<]*)<\/h[12]>/g)].map((m) => [m[1], m[2]])
    expect(found).toEqual(reportOutline(report).map((h) => [h.anchor, escapeHtml(h.text)]))
  })

  it('writes Markdown with the same chapters and no raw markup', () => {
    const md = reportToMarkdown(report)
    for (const h of reportOutline(report)) expect(md).toContain(h.text)
    expect(md.includes('<script')).toBe(false)
    expect(md).toContain('&lt;script&gt;')
    expect(md).toContain(HOSTILE.arabic)
    expect(md).toContain(HOSTILE.emoji)
  })
})

describe('PDF report', () => {
  it('prints the HTML with headings, kegiatan and landscape pages for the Peta Rencana', async () => {
    const { data } = hostileExample()
    const report = buildReport(data, { date: REPORT_DATE })
    const pdf = await htmlToPdf(reportToHtml(report), { footer: report.cover.organization })
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-')
    const text = pdftotext(pdf)
    for (const h of ['DAFTAR ISI', 'BAB I RINGKASAN EKSEKUTIF', 'BAB IV DIAGRAM ARSITEKTUR', 'BAB V PETA RENCANA SPBE', 'Gambar 2. Arsitektur Lintas Domain', 'LAMPIRAN KATALOG ELEMEN ARSITEKTUR SPBE']) expect(text).toContain(h)
    const kegiatan = report.roadmap.rows.find((r) => r.name.length < 60 && /^[\p{L} ]+$/u.test(r.name))!
    expect(text).toContain(kegiatan.name)
    expect(text).toContain('23 November 2026')
    expect(text).toMatch(/Halaman 1 dari \d+/)
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', '-'], { input: pdf, encoding: 'utf8' })
    const sizes = [...info.matchAll(/size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'))
    expect(sizes[0]).toBe('portrait')
    expect(sizes).toContain('landscape')
  })
})
