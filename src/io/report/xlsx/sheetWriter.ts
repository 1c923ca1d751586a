import type { Workbook, Worksheet } from 'exceljs'

export type SheetValue = string | number | { readonly formula: string; readonly result: number }

export interface SheetSpec {
  readonly name: string
  readonly headers: readonly string[]
  readonly rows: readonly (readonly SheetValue[])[]
  /** Column widths in characters. */
  readonly widths: readonly number[]
  /** Columns (0-based) holding Rupiah: number format "#,##0". */
  readonly money?: readonly number[]
  /** Rows after the data (totals): bold, not filtered. */
  readonly footer?: readonly (readonly SheetValue[])[]
}

export const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } } as const
export const THIN = { style: 'thin', color: { argb: 'FF808080' } } as const

/**
 * A sheet with one header row, frozen and filtered, fixed column widths and wrapped text. A
 * string is always written as a string cell, never as a formula, whatever it starts with (an
 * element named "=HYPERLINK(...)" stays inert text); only the totals this module writes are
 * formulas, and they carry their computed result.
 */
export function addSheet(wb: Workbook, s: SheetSpec): Worksheet {
  const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] })
  ws.columns = s.widths.map((width, i) => ({ width, ...(s.money?.includes(i) ? { style: { numFmt: '#,##0' } } : {}) }))
  const header = ws.addRow([...s.headers])
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  header.eachCell((c) => {
    c.fill = HEADER_FILL
    c.border = { top: THIN, bottom: THIN, left: THIN, right: THIN }
  })
  for (const values of s.rows) addValues(ws, values, false)
  for (const values of s.footer ?? []) addValues(ws, values, true)
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + s.rows.length, column: s.headers.length } }
  return ws
}

function addValues(ws: Worksheet, values: readonly SheetValue[], bold: boolean): void {
  const row = ws.addRow([])
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1)
    // Assigned one by one so a string is stored as a string (no type guessing).
    cell.value = typeof v === 'object' ? { formula: v.formula, result: v.result } : v
    cell.alignment = { vertical: 'top', wrapText: true }
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN }
    if (bold) cell.font = { bold: true }
  })
}

/** "A", "B", ... "AA": the letter of a 1-based column, for a SUM formula. */
export function columnLetter(n: number): string {
  let s = ''
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s
  return s
}
