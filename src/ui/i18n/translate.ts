import type { Locale, Message } from '../../model/message.ts'
import { messagesEn } from './messages.en.ts'
import { messagesId } from './messages.id.ts'

export type { Locale }
export type MessageKey = keyof typeof messagesId
export type MessageParams = Readonly<Record<string, string | number>>
/** A translation function bound to one locale: what components call `t`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string

export const LOCALES: readonly Locale[] = ['id', 'en']
export const DEFAULT_LOCALE: Locale = 'id'

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { id: messagesId, en: messagesEn }
/** BCP 47 tags for number formatting: Indonesian groups thousands with a dot (1.234). */
const NUMBER_LOCALE: Readonly<Record<Locale, string>> = { id: 'id-ID', en: 'en-GB' }
const numberFormats = new Map<Locale, Intl.NumberFormat>()

export function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en'
}

export function formatNumber(locale: Locale, n: number): string {
  let f = numberFormats.get(locale)
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(NUMBER_LOCALE[locale])))
  return f.format(n)
}

/**
 * The catalogue text for `key` with each `{name}` replaced by its parameter; numbers are
 * formatted for the locale. A placeholder without a parameter is left visible, so it shows up
 * in review instead of silently disappearing.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGUES[locale][key]
  if (!params) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(locale, value) : value
  })
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params)
}

/** A model-layer message (which carries both languages) in the given locale. */
export function localized(message: Message, locale: Locale): string {
  return message[locale]
}

/** The `{placeholder}` names a catalogue text uses, for the catalogue consistency test. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()
}

export function catalogue(locale: Locale): Readonly<Record<MessageKey, string>> {
  return CATALOGUES[locale]
}
