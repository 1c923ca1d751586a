import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { buildReport, type ReportModel } from '../../src/io/report/reportModel.ts'
import { GAP_COLUMNS, reportToXlsx, roadmapToXlsx } from '../../src/io/report/xlsx/reportXlsx.ts'
import { HOSTILE, REPORT_DATE, hostileExample } from './reportFixture.ts'

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return wb
}

function rowValues(ws: ExcelJS.Worksheet, n: number): unknown[] {
  return (ws.getRow(n).values as unknown[]).slice(1)
}

describe('XLSX report', () => {
  const { data } = hostileExample()
  let report: ReportModel
  let bytes: Uint8Array
  let wb: ExcelJS.Workbook
  beforeAll(async () => {
    report = buildReport(data, { date: REPORT_DATE })
    bytes = await reportToXlsx(report)
    wb = await load(bytes)
  })

  it('has the summary, a sheet per domain, the findings, the Peta Rencana and the catalogue', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', ...report.domains.map((d) => d.label), 'Temuan', 'Peta Rencana', 'Indeks SPBE', 'Proyeksi Indeks', 'Katalog'])
    for (const d of report.domains) {
      const ws = wb.getWorksheet(d.label)!
      expect(rowValues(ws, 1)).toEqual(GAP_COLUMNS)
      expect(ws.actualRowCount - 1).toBe(d.rows.length)
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(ws.autoFilter).toBeTruthy()
    }
    expect(wb.getWorksheet('Temuan')!.actualRowCount - 1).toBe(report.findings.length)
    expect(wb.getWorksheet('Katalog')!.actualRowCount - 1).toBe(data.elements.length)
  })

  it('lists every kegiatan with a target and pagu column per year, and a total equal to the roadmap sum', () => {
    const ws = wb.getWorksheet('Peta Rencana')!
    const years = data.plan.years
    const header = rowValues(ws, 1)
    expect(header.slice(0, 5)).toEqual(['Muatan', 'Program', 'Kode', 'Kegiatan', 'Target T1 (2025)'])
    expect(header).toContain('OPD pelaksana')
    expect(header).toContain('Keterkaitan RPJMD')
    const { roadmap } = generateRoadmap(data)
    const kegiatanRows = ws.getRows(2, ws.actualRowCount - 1)!.filter((r) => /^PR\.\d\d\.\d\d\.\d{3}$/.test(String(r.getCell(3).value)))
    expect(kegiatanRows.length).toBe(roadmap.activities.length)
    const totalRow = ws.getRows(2, ws.actualRowCount)!.find((r) => r.getCell(1).value === 'Jumlah')!
    const totalCol = 4 + years + 1 + years + 1
    const cell = totalRow.getCell(totalCol)
    const expected = Object.values(roadmap.yearTotals).reduce((s, t) => s + t.budget, 0)
    expect(expected).toBeGreaterThan(0)
    expect((cell.value as { formula: string; result: number }).result).toBe(expected)
    expect((cell.value as { formula: string }).formula).toMatch(/^SUM\(/)
    expect(cell.numFmt).toBe('#,##0')
    // Each year's total is that year's sum in the roadmap.
    roadmap.period.years.forEach((y, i) => {
      expect((totalRow.getCell(4 + years + 2 + i).value as { result: number }).result).toBe(roadmap.yearTotals[String(y)]!.budget)
    })
  })

  it('stores formula-like and other hostile names as inert text, intact', async () => {
    const all = wb.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : [])))
    const strings = all.filter((v): v is string => typeof v === 'string')
    for (const s of [HOSTILE.script, HOSTILE.formula, HOSTILE.arabic, HOSTILE.emoji, HOSTILE.kegiatan]) {
      expect(strings.some((v) => v.includes(s)), s).toBe(true)
    }
    // The only formulas in the file are the totals this writer makes.
    const zip = await JSZip.loadAsync(bytes)
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
    const formulas: string[] = []
    for (const f of sheets) for (const m of (await zip.file(f)!.async('string')).matchAll(/<f>([^<]*)<\/f>/g)) formulas.push(m[1]!)
    expect(formulas.length).toBe(data.plan.years + 1)
    expect(formulas.every((f) => /^SUM\([A-Z]+2:[A-Z]+\d+\)$/.test(f))).toBe(true)
    const katalog = wb.getWorksheet('Katalog')!
    const cell = katalog.getRows(2, katalog.actualRowCount)!.map((r) => r.getCell(3)).find((c) => c.value === HOSTILE.formula)!
    expect(cell.type).toBe(ExcelJS.ValueType.String)
  })

  it('writes the Peta Rencana alone', async () => {
    const alone = await load(await roadmapToXlsx(report))
    expect(alone.worksheets.map((w) => w.name)).toEqual(['Peta Rencana'])
    expect(alone.getWorksheet('Peta Rencana')!.actualRowCount).toBe(1 + report.roadmap.rows.length + 2)
  })
})
