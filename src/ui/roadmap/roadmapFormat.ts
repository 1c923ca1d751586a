import { formatNumber, type Locale } from '../i18n/translate.ts'

/** Rupiah as Bappeda tables write them: "Rp1.250.000.000". */
export const rupiah = (locale: Locale, n: number): string => `Rp${formatNumber(locale, Math.round(n))}`

/** Millions of Rupiah, rounded: what fits inside a one-year bar. */
export const millions = (locale: Locale, n: number): string => formatNumber(locale, Math.round(n / 1_000_000))

/** "2026" or "2026–2027". */
export const yearSpan = (start: number, end: number): string => (start === end ? String(start) : `${start}–${end}`)

/** Digits typed with or without thousands separators ("1.250.000", "1,250,000", "Rp 1 250 000"); undefined when it is no amount. */
export function parseRupiah(text: string): number | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return 0
  const digits = trimmed.replace(/^rp\s*/i, '').replace(/[.,\s]/g, '')
  return /^\d{1,15}$/.test(digits) ? Number(digits) : undefined
}
