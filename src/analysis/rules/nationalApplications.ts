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

const ASCII_ONLY = /^\p{ASCII}*$/u
const NORMAL_ASCII = /^[a-z0-9]+(?: [a-z0-9]+)*$/

/** Lower-case, every run of punctuation or whitespace to one space, trimmed: "Surat-Menyurat!" -> "surat menyurat". */
export function normalizeText(text: string): string {
  const lower = text.toLowerCase()
  // Lower-cased ASCII words with single spaces (most names) are normal already; on other ASCII
  // text the plain pattern means the same as the Unicode one, and is cheaper.
  if (NORMAL_ASCII.test(lower)) return lower
  return (ASCII_ONLY.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim()
}

/** Whether normalised `text` holds normalised `phrase` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  return phrase !== '' && ` ${text} `.includes(` ${phrase} `)
}

interface PaddedKeyword {
  /** As written in the data. */
  readonly keyword: string
  /** Normalised, with one space either side, for whole-word search. */
  readonly padded: string
}

const paddedKeywords = new WeakMap<NationalApplication, readonly PaddedKeyword[]>()
const paddedAliases = new WeakMap<NationalApplication, readonly string[]>()

function keywordsOf(app: NationalApplication): readonly PaddedKeyword[] {
  let keywords = paddedKeywords.get(app)
  if (!keywords) {
    keywords = app.keywords.map((keyword) => ({ keyword, padded: ` ${normalizeText(keyword)} ` })).filter((k) => k.padded !== '  ')
    paddedKeywords.set(app, keywords)
  }
  return keywords
}

/** The first keyword of `app` (as written) found in normalised `text`, or undefined. */
export function matchedKeyword(app: NationalApplication, text: string): string | undefined {
  return matchedKeywordPadded(app, ` ${text} `)
}

/** matchedKeyword on text already padded with one space either side (pad once, match many). */
export function matchedKeywordPadded(app: NationalApplication, padded: string): string | undefined {
  const keywords = keywordsOf(app)
  for (let i = 0; i < keywords.length; i++) if (padded.includes(keywords[i]!.padded)) return keywords[i]!.keyword
  return undefined
}

/** Per list of national applications: each keyword's first word -> the keywords starting with it. */
const keywordsByFirstWord = new WeakMap<readonly NationalApplication[], ReadonlyMap<string, readonly { readonly app: number; readonly rank: number; readonly padded: string }[]>>()

function firstWordIndex(apps: readonly NationalApplication[]): ReadonlyMap<string, readonly { readonly app: number; readonly rank: number; readonly padded: string }[]> {
  let index = keywordsByFirstWord.get(apps)
  if (!index) {
    const built = new Map<string, { app: number; rank: number; padded: string }[]>()
    apps.forEach((app, i) => keywordsOf(app).forEach((k, rank) => {
      const first = k.padded.slice(1, k.padded.indexOf(' ', 1))
      const list = built.get(first)
      if (list) list.push({ app: i, rank, padded: k.padded })
      else built.set(first, [{ app: i, rank, padded: k.padded }])
    }))
    keywordsByFirstWord.set(apps, built)
    index = built
  }
  return index
}

/**
 * matchedKeywordPadded for every application of `apps` at once: for each, the first of its
 * keywords found in the padded text, or undefined; undefined altogether when none matches.
 * Only keywords starting with a word of the text are tried, so the cost follows the text's
 * length rather than the number of keywords.
 */
export function matchedKeywordsPadded(apps: readonly NationalApplication[], padded: string): (string | undefined)[] | undefined {
  const index = firstWordIndex(apps)
  let best: number[] | undefined
  for (let start = 1; start < padded.length; ) {
    let end = padded.indexOf(' ', start)
    if (end < 0) end = padded.length
    if (end > start) {
      const candidates = index.get(padded.slice(start, end))
      if (candidates) {
        for (const c of candidates) {
          if ((best?.[c.app] ?? Infinity) <= c.rank || !padded.includes(c.padded)) continue
          best ??= []
          best[c.app] = c.rank
        }
      }
    }
    start = end + 1
  }
  if (!best) return undefined
  return apps.map((app, i) => (best[i] === undefined ? undefined : keywordsOf(app)[best[i]]!.keyword))
}

/** Whether an element's name names this national application (SIPD RI - Modul Perencanaan names SIPD). */
export function namesNationalApplication(app: NationalApplication, elementName: string): boolean {
  return namesNationalApplicationPadded(app, ` ${normalizeText(elementName)} `)
}

/**
 * namesNationalApplication on a name already normalised and padded with one space either side
 * (pad once, compare with every application).
 */
export function namesNationalApplicationPadded(app: NationalApplication, paddedName: string): boolean {
  let aliases = paddedAliases.get(app)
  if (!aliases) {
    aliases = app.aliases.map((a) => ` ${normalizeText(a)} `).filter((a) => a !== '  ')
    paddedAliases.set(app, aliases)
  }
  for (let i = 0; i < aliases.length; i++) if (paddedName.includes(aliases[i]!)) return true
  return false
}
