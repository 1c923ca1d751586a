import type { Locale } from './translate.ts'

/** Indonesian writes "23 Nov 2026, 14.05"; English (UK) "23 Nov 2026, 14:05". */
const DATE_LOCALE: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' }
const formats = new Map<string, Intl.DateTimeFormat>()

function format(locale: Locale, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  let f = formats.get(locale + key)
  if (!f) formats.set(locale + key, (f = new Intl.DateTimeFormat(DATE_LOCALE[locale], options)))
  return f
}

/** A moment as date and time in the reader's time zone, short enough for a table cell. */
export function formatDateTime(locale: Locale, epochMs: number): string {
  return format(locale, { dateStyle: 'medium', timeStyle: 'short' }, 'short').format(epochMs)
}

/** The same moment spelled out in full, for a tooltip. */
export function formatDateTimeLong(locale: Locale, epochMs: number): string {
  return format(locale, { dateStyle: 'full', timeStyle: 'medium' }, 'long').format(epochMs)
}
