import { csvError, type CsvIssue } from '../archiCsv/csvIssue.ts'
import { DEFAULT_CSV_LIMITS, readCsv, type CsvLimits } from '../archiCsv/csvTable.ts'
import type { CellValue } from './coerceValue.ts'

/** A spreadsheet inventory as rows of cells under a header row, from CSV or XLSX. */
export interface InventoryTable {
  readonly file: string
  readonly sheet?: string
  readonly header: readonly string[]
  readonly rows: readonly { readonly line: number; readonly cells: readonly CellValue[] }[]
  readonly warnings: readonly CsvIssue[]
}

export type TableResult = { readonly ok: true; readonly table: InventoryTable } | { readonly ok: false; readonly issues: readonly CsvIssue[] }

export function readInventoryCsv(content: string | Uint8Array, file: string, limits: CsvLimits = DEFAULT_CSV_LIMITS): TableResult {
  const result = readCsv(content, file, { limits })
  if (!result.ok) return result
  const { header, rows, warnings } = result.table
  return { ok: true, table: { file, header, rows, warnings } }
}

/**
 * The first sheet (or the named one) of an XLSX workbook. The header row is the first row with
 * text in it, as inventories often start with a title line. exceljs is loaded on demand: the
 * browser bundle only pays for it when someone imports a workbook.
 */
export async function readInventoryXlsx(bytes: Uint8Array, file: string, options: { sheet?: string; limits?: CsvLimits } = {}): Promise<TableResult> {
  const limits = options.limits ?? DEFAULT_CSV_LIMITS
  if (bytes.byteLength > limits.maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
    return { ok: false, issues: [csvError(file, {}, `Berkas terlalu besar: ${mb(bytes.byteLength)} MB (batas ${mb(limits.maxBytes)} MB)`, `File too large: ${mb(bytes.byteLength)} MB (limit ${mb(limits.maxBytes)} MB)`)] }
  }
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch {
    return { ok: false, issues: [csvError(file, {}, 'Bukan berkas XLSX yang bisa dibaca (simpan ulang dari Excel sebagai .xlsx)', 'Not a readable XLSX file (save it again from Excel as .xlsx)')] }
  }
  const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(options.sheet)
  if (!sheet) {
    const names = workbook.worksheets.map((w) => w.name).join(', ')
    return { ok: false, issues: [csvError(file, {}, `Lembar "${options.sheet ?? ''}" tidak ada (yang ada: ${names})`, `No sheet "${options.sheet ?? ''}" (there are: ${names})`)] }
  }
  if (sheet.actualRowCount - 1 > limits.maxRows) {
    return { ok: false, issues: [csvError(file, {}, `Terlalu banyak baris: ${sheet.actualRowCount - 1} (batas ${limits.maxRows})`, `Too many rows: ${sheet.actualRowCount - 1} (limit ${limits.maxRows})`)] }
  }
  let header: string[] | undefined
  const rows: { line: number; cells: CellValue[] }[] = []
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: CellValue[] = []
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value))
    if (!header) {
      if (cells.filter((v) => typeof v === 'string' && v.trim()).length >= 2) header = cells.map((v) => (v === null || v === undefined ? '' : String(v).trim()))
      return
    }
    if (cells.some((v) => v !== null && v !== undefined && v !== '')) rows.push({ line, cells })
  })
  if (!header) return { ok: false, issues: [csvError(file, { line: 1 }, 'Baris judul kolom tidak ditemukan', 'No header row found')] }
  return { ok: true, table: { file, sheet: sheet.name, header, rows, warnings: [] } }
}

/** exceljs cell values: rich text, formulas (their cached result), hyperlinks and errors become plain values. */
function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string }
    if (o.richText) return o.richText.map((r) => r.text).join('')
    if ('result' in o) return cellValue(o.result)
    if (typeof o.text === 'string') return o.text
    if (o.error) return null
  }
  return String(v)
}

/** By extension: .xlsx through exceljs, anything else as CSV. */
export async function readInventoryFile(content: Uint8Array, file: string, options: { sheet?: string; limits?: CsvLimits } = {}): Promise<TableResult> {
  return /\.xlsx$/i.test(file) ? readInventoryXlsx(content, file, options) : readInventoryCsv(content, file, options.limits)
}
