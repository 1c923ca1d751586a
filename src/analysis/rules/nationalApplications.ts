/**
 * The national shared applications and platforms (Aplikasi Umum and national infrastructure) a
 * local aplikasi khusus may duplicate, as data: national-applications.json, built by hand from
 * the shared reference (`aplikasi_umum_dan_platform`). The keywords are Cetakbiru's inference,
 * not the reference's; a Pemda may correct them.
 *
 * Also the text matching the rules use: whole words and phrases after normalising, so "lapor"
 * finds "Lapor Bupati" but not "laporan keuangan", and "arsip" never finds "arsitektur".
 */
import data from './national-applications.json' with { type: 'json' }
import type { Confidence } from '../../model/reference/catalogue.ts'
import type { Message } from '../../model/message.ts'

export interface NationalApplication {
  readonly name: string
  /** The ministry or agency that runs it (Kemendagri, ANRI ...), when the reference names one. */
  readonly owner?: string
  /** Its status as the reference words it (e.g. "Aplikasi Umum bidang kearsipan dinamis"). */
  readonly status: string
  /** A short description for messages, in both languages. */
  readonly description: Message
  /** The reference's confidence in it: P regulation seen, S secondary page, R practitioners, U unconfirmed. */
  readonly confidence: Confidence
  readonly source: string
  /** Names it goes by, to recognise it among a project's aplikasi umum. */
  readonly aliases: readonly string[]
  /** Lower-case words or phrases that identify a local application doing the same job. */
  readonly keywords: readonly string[]
}

const CONFIDENCES: readonly string[] = ['P', 'S', 'R', 'U']

function isConfidence(value: string): value is Confidence {
  return CONFIDENCES.includes(value)
}

export const NATIONAL_APPLICATIONS: readonly NationalApplication[] = data.items.map((item) => {
  if (!isConfidence(item.confidence)) throw new Error(`national-applications.json: bad confidence for ${item.name}`)
  return {
    name: item.name,
    ...('owner' in item && item.owner ? { owner: item.owner } : {}),
    status: item.status,
    description: { id: item.description.id, en: item.description.en },
    confidence: item.confidence,
    source: item.source,
    aliases: item.aliases,
    keywords: item.keywords,
  }
})

/** Lower-case, every run of punctuation or whitespace to one space, trimmed: "Surat-Menyurat!" -> "surat menyurat". */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Whether normalised `text` holds normalised `phrase` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase !== '' && ` ${text} `.includes(` ${phrase} `)
}

/** Keywords as written, with their normalised forms padded by one space for whole-word search. */
const paddedKeywords = new WeakMap<NationalApplication, readonly (readonly [string, string])[]>()

/** The first keyword of `app` (as written) found in normalised `text`, or undefined. */
export function matchedKeyword(app: NationalApplication, text: string): string | undefined {
  let keywords = paddedKeywords.get(app)
  if (!keywords) {
    keywords = app.keywords.map((k) => [k, ` ${normalizeText(k)} `] as const).filter(([, padded]) => padded !== '  ')
    paddedKeywords.set(app, keywords)
  }
  if (keywords.length === 0) return undefined
  const padded = ` ${text} `
  return keywords.find(([, keyword]) => padded.includes(keyword))?.[0]
}

/** Whether an element's name names this national application (SIPD RI - Modul Perencanaan names SIPD). */
export function namesNationalApplication(app: NationalApplication, elementName: string): boolean {
  const name = normalizeText(elementName)
  return app.aliases.some((a) => containsPhrase(name, normalizeText(a)))
}
