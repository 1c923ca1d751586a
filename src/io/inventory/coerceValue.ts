import { msg, type Message } from '../../model/message.ts'
import { attributeValueProblem } from '../../model/metamodel/attributeValue.ts'
import type { AttributeDef } from '../../model/metamodel/types.ts'
import type { AttributeValue, Opd } from '../../model/project.ts'
import { normalizeText } from './normalize.ts'

/** A spreadsheet cell as read: CSV gives text, XLSX also numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date | null | undefined

export type Coerced<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Message }

const good = <T>(value: T): Coerced<T> => ({ ok: true, value })
const bad = (id: string, en: string): Coerced<never> => ({ ok: false, problem: msg(id, en) })

export function isBlank(cell: CellValue): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')
}

export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return isoDate(cell)
  return String(cell).trim()
}

/**
 * Turns one cell into a value of an attribute's type: enum labels in either language to enum
 * values, Indonesian number formats ("1.500.000", "Rp 2,5") to numbers, "ya"/"tidak" to
 * booleans, dd/mm/yyyy to ISO dates, OPD names or codes to OPD ids. Blank cells are the
 * caller's business (they mean "no value").
 */
export function coerceValue(def: AttributeDef, cell: CellValue, opd: readonly Opd[]): Coerced<AttributeValue> {
  const result = convert(def, cell, opd)
  if (!result.ok) return result
  const problem = attributeValueProblem(def, result.value)
  return problem ? { ok: false, problem } : result
}

function convert(def: AttributeDef, cell: CellValue, opd: readonly Opd[]): Coerced<AttributeValue> {
  const text = cellText(cell)
  switch (def.type) {
    case 'text':
      return good(text)
    case 'enum': {
      const key = normalizeText(text)
      const option = def.options.find((o) => normalizeText(o.value) === key || normalizeText(o.label.id) === key || normalizeText(o.label.en) === key)
      if (option) return good(option.value)
      const labels = def.options.map((o) => o.label.id).join(', ')
      const labelsEn = def.options.map((o) => o.label.en).join(', ')
      return bad(`"${text}" bukan pilihan yang dikenal; diharapkan salah satu dari: ${labels}`, `"${text}" is not a known option; expected one of: ${labelsEn}`)
    }
    case 'number':
      return typeof cell === 'number' ? good(cell) : parseNumber(text)
    case 'boolean':
      return typeof cell === 'boolean' ? good(cell) : parseBoolean(text)
    case 'date':
      return cell instanceof Date ? good(isoDate(cell)) : parseDate(text)
    case 'reference': {
      if (def.target !== 'opd') return bad('Rujukan ke elemen lain tidak bisa diimpor dari tabel', 'References to other elements cannot be imported from a table')
      const found = findOpd(opd, text)
      return found ? good(found.id) : bad(`Perangkat daerah "${text}" tidak ditemukan di proyek`, `No perangkat daerah "${text}" in the project`)
    }
  }
}

/** By code, short name, full name or id, folded; the first match wins. */
export function findOpd(opd: readonly Opd[], text: string): Opd | undefined {
  const key = normalizeText(text)
  if (!key) return undefined
  return opd.find((o) => normalizeText(o.code) === key) ?? opd.find((o) => normalizeText(o.shortName) === key)
    ?? opd.find((o) => normalizeText(o.name) === key) ?? opd.find((o) => o.id === text)
}

/**
 * Indonesian first: "." groups thousands and "," is the decimal mark ("1.500.000,50"). A lone
 * "." with other than three digits after it ("2.5") is read as a decimal point, and with both
 * marks present the last one is the decimal mark, so English "1,500,000.50" works too.
 */
export function parseNumber(raw: string): Coerced<number> {
  let s = raw.replace(/^rp\.?\s*/i, '').replace(/[\s\u00a0]/g, '')
  const negative = s.startsWith('-')
  if (negative) s = s.slice(1)
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return bad(`"${raw}" bukan angka`, `"${raw}" is not a number`)
  const lastDot = s.lastIndexOf('.')
  const lastComma = s.lastIndexOf(',')
  let normalized: string
  if (lastDot >= 0 && lastComma >= 0) {
    normalized = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '')
  } else if (lastComma >= 0) {
    if ((s.match(/,/g) ?? []).length > 1) normalized = s.replace(/,/g, '') // 1,500,000
    else normalized = s.replace(',', '.')
  } else if (lastDot >= 0) {
    normalized = /^\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s
  } else normalized = s
  if (!/^\d+(\.\d+)?$/.test(normalized)) return bad(`"${raw}" bukan angka yang sah`, `"${raw}" is not a valid number`)
  const n = Number(normalized)
  return good(negative ? -n : n)
}

const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', 'benar', 'ada', '1', 'iya', 'v'])
const FALSE_WORDS = new Set(['tidak', 't', 'no', 'n', 'false', 'salah', 'tidak ada', '0', 'belum'])

export function parseBoolean(raw: string): Coerced<boolean> {
  const key = normalizeText(raw)
  if (TRUE_WORDS.has(key)) return good(true)
  if (FALSE_WORDS.has(key)) return good(false)
  return bad(`"${raw}" bukan ya/tidak`, `"${raw}" is not yes/no (ya/tidak)`)
}

/** ISO (2024-03-01) or the Indonesian day-first form (01/03/2024, 1-3-2024). */
export function parseDate(raw: string): Coerced<string> {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw)
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw)
  const parts = iso ? [iso[1]!, iso[2]!, iso[3]!] : dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : undefined
  if (!parts) return bad(`"${raw}" bukan tanggal; diharapkan TTTT-BB-HH atau HH/BB/TTTT`, `"${raw}" is not a date; expected YYYY-MM-DD or DD/MM/YYYY`)
  const [y, m, d] = parts.map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return bad(`"${raw}" bukan tanggal yang ada`, `"${raw}" is not a real date`)
  return good(isoDate(date))
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10)
}
