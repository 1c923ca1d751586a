import { parse } from 'csv-parse/browser/esm/sync'
import { csvError, csvWarning, type CsvIssue } from './csvIssue.ts'

/**
 * Reading a CSV file into rows that remember their line, shared by the Archi CSV and the
 * spreadsheet inventory importers. Runs in Node and the browser (csv-parse's browser build).
 */

export interface CsvLimits {
  /** Larger inputs are refused before anything is decoded or parsed. */
  readonly maxBytes: number
  /** Data rows (header excluded); counted by a quote-aware scan before parsing. */
  readonly maxRows: number
}

/** 10^5 rows is far beyond any Pemda inventory or Archi model and parses in about a second. */
export const DEFAULT_CSV_LIMITS: CsvLimits = { maxBytes: 32 * 1024 * 1024, maxRows: 100_000 }

export interface CsvRow {
  /** Physical line the record starts on (1-based; comment and blank lines count). */
  readonly line: number
  readonly cells: readonly string[]
}

export interface CsvTable {
  readonly file: string
  readonly delimiter: ',' | ';' | '\t'
  readonly header: readonly string[]
  readonly headerLine: number
  readonly rows: readonly CsvRow[]
  /** Non-fatal remarks (e.g. the file was not UTF-8 and was read as Windows-1252). */
  readonly warnings: readonly CsvIssue[]
}

export interface CsvReadOptions {
  readonly limits?: CsvLimits
  /** Archi skips lines starting with `#`; an inventory may have such names, so it is optional. */
  readonly comments?: boolean
}

export type CsvReadResult = { readonly ok: true; readonly table: CsvTable } | { readonly ok: false; readonly issues: readonly CsvIssue[] }

const fail = (issue: CsvIssue): CsvReadResult => ({ ok: false, issues: [issue] })

export function readCsv(input: string | Uint8Array, file: string, options: CsvReadOptions = {}): CsvReadResult {
  const limits = options.limits ?? DEFAULT_CSV_LIMITS
  const size = typeof input === 'string' ? input.length : input.byteLength
  // A UTF-16 length never exceeds the UTF-8 byte length, so the string check refuses nothing the byte limit allows.
  if (size > limits.maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
    return fail(csvError(file, {}, `Berkas terlalu besar: ${mb(size)} MB (batas ${mb(limits.maxBytes)} MB)`, `File too large: ${mb(size)} MB (limit ${mb(limits.maxBytes)} MB)`))
  }
  const warnings: CsvIssue[] = []
  let text: string
  if (typeof input === 'string') text = input
  else {
    const decoded = decode(input)
    text = decoded.text
    if (decoded.legacy) {
      warnings.push(csvWarning(file, {}, 'Berkas bukan UTF-8; dibaca sebagai Windows-1252 (ekspor CSV lama dari Excel)', 'The file is not UTF-8; read as Windows-1252 (an older Excel CSV export)'))
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)

  const records = countRecords(text)
  if (records - 1 > limits.maxRows) {
    return fail(csvError(file, {}, `Terlalu banyak baris: sekitar ${records - 1} (batas ${limits.maxRows}); bagi berkas menjadi beberapa bagian`, `Too many rows: about ${records - 1} (limit ${limits.maxRows}); split the file into parts`))
  }

  const comments = options.comments ?? false
  const headerText = firstContentLine(text, comments)
  if (headerText === undefined) return fail(csvError(file, { line: 1 }, 'Berkas kosong: baris judul kolom tidak ditemukan', 'Empty file: no header row found'))
  const delimiter = detectDelimiter(headerText)

  let parsed: { record: string[]; info: { lines: number } }[]
  try {
    parsed = parse(text, {
      delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true,
      ...(comments ? { comment: '#', comment_no_infix: true } : {}),
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (e) {
    return fail(parseError(file, e))
  }
  // csv-parse's own line count drifts after a CRLF inside quotes, so record starts are found here.
  const starts = recordStartLines(text, comments)
  const exact = starts.length === parsed.length
  const rows: CsvRow[] = parsed.map(({ record, info }, i) => ({ line: exact ? starts[i]! : info.lines, cells: record }))
  const head = rows.shift()
  if (!head) return fail(csvError(file, { line: 1 }, 'Berkas kosong: baris judul kolom tidak ditemukan', 'Empty file: no header row found'))
  return { ok: true, table: { file, delimiter, header: head.cells, headerLine: head.line, rows, warnings } }
}

function decode(bytes: Uint8Array): { text: string; legacy: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false }
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: true }
  }
}

/** Records, not lines: newlines inside quotes do not end a record. One pass, no allocation. */
export function countRecords(text: string): number {
  let count = 0
  let inQuotes = false
  let content = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) inQuotes = !inQuotes
    else if (c === 10 && !inQuotes) {
      if (content) count++
      content = false
      continue
    } else if (c === 13 || c === 32) continue
    content = true
  }
  return content ? count + 1 : count
}

/** The physical line each record starts on, skipping blank lines and (optionally) `#` comment lines like the parser. */
export function recordStartLines(text: string, comments: boolean): number[] {
  const starts: number[] = []
  let line = 1
  let i = 0
  while (i < text.length) {
    let end = text.indexOf('\n', i)
    if (end < 0) end = text.length
    const physical = text.slice(i, end).trim()
    if (physical === '' || (comments && physical.startsWith('#'))) {
      line++
      i = end + 1
      continue
    }
    starts.push(line)
    let inQuotes = false
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 34) inQuotes = !inQuotes
      else if (c === 10) {
        line++
        if (!inQuotes) break
      }
    }
    i++
  }
  return starts
}

function firstContentLine(text: string, comments: boolean): string | undefined {
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end).trim()
    if (line !== '' && !(comments && line.startsWith('#'))) return line
    start = end + 1
  }
  return undefined
}

/** Archi accepts comma, semicolon and tab; the header row says which (Excel in Indonesia writes `;`). */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let inQuotes = false
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t'
  return ','
}

interface ParseFailure {
  code?: string
  lines?: number
  column?: number
}

function parseError(file: string, e: unknown): CsvIssue {
  const err = (e ?? {}) as ParseFailure
  const where = { ...(err.lines ? { line: err.lines } : {}), ...(typeof err.column === 'number' ? { column: err.column + 1 } : {}) }
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return csvError(file, where, 'Tanda petik tidak ditutup sampai akhir berkas; diharapkan " penutup', 'A quote is never closed before the end of the file; expected a closing "')
    case 'CSV_INVALID_CLOSING_QUOTE':
      return csvError(file, where, 'Setelah tanda petik penutup diharapkan pemisah kolom atau akhir baris; tulis "" untuk petik di dalam teks', 'Expected a delimiter or the end of the line after a closing quote; write "" for a quote inside text')
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return csvError(file, where, 'Ada karakter setelah tanda petik penutup; diharapkan pemisah kolom atau akhir baris', 'Characters after a closing quote; expected a delimiter or the end of the line')
    case 'CSV_INVALID_OPENING_QUOTE':
      return csvError(file, where, 'Tanda petik di tengah kolom tanpa petik; kutip seluruh isi kolom dan tulis "" untuk petik', 'A quote inside an unquoted field; quote the whole field and write "" for a quote')
    default:
      return csvError(file, where, 'Bukan CSV yang sah', 'Not valid CSV')
  }
}
