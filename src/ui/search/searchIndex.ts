import { foldText, queryWords } from './foldText.ts'

/** Something findable: its name (ranked first), an optional code, and other words it is found by (kind, OPD). */
export interface SearchItem<T> {
  readonly value: T
  readonly name: string
  readonly code?: string | undefined
  readonly extra?: readonly string[]
}

export interface SearchResult<T> {
  /** Best first, at most the limit asked for. */
  readonly hits: readonly T[]
  /** How many matched in all (the rest is "and N more"). */
  readonly total: number
}

export interface SearchIndex<T> {
  readonly size: number
  search(query: string, limit: number): SearchResult<T>
  /** Every item in the order given, capped: what an empty query offers. */
  all(limit: number): SearchResult<T>
}

interface Indexed<T> {
  readonly value: T
  readonly name: string
  /** The name with punctuation as spaces and a leading space: " e kinerja bkn", for word starts. */
  readonly nameWords: string
  readonly code: string
  /** Everything an item is found by, for the "every word occurs" test. */
  readonly haystack: string
  readonly order: number
}

const SEPARATORS = /[^\p{L}\p{N}]+/gu

/**
 * Builds the folded (accent- and case-free) texts once, so a keystroke is a scan of plain
 * string tests: 10,000 elements take a few milliseconds, and no debounce is needed.
 * Items keep the order given among equally good matches (give them sorted by name).
 */
export function createSearchIndex<T>(items: readonly SearchItem<T>[]): SearchIndex<T> {
  const indexed: Indexed<T>[] = items.map((item, order) => {
    const name = foldText(item.name)
    const code = item.code ? foldText(item.code) : ''
    const extra = (item.extra ?? []).map(foldText).join(' ')
    return { value: item.value, name, nameWords: ' ' + name.replace(SEPARATORS, ' '), code, haystack: `${name} ${code} ${extra}`, order }
  })
  return {
    size: indexed.length,
    search(query, limit) {
      const words = queryWords(query)
      if (words.length === 0) return { hits: [], total: 0 }
      const whole = words.join(' ')
      const matched: { ix: Indexed<T>; rank: number }[] = []
      for (const ix of indexed) {
        if (!words.every((w) => ix.haystack.includes(w))) continue
        matched.push({ ix, rank: rank(ix, whole, words) })
      }
      matched.sort((a, b) => a.rank - b.rank || a.ix.order - b.ix.order)
      return { hits: matched.slice(0, Math.max(limit, 0)).map((m) => m.ix.value), total: matched.length }
    },
    all(limit) {
      return { hits: indexed.slice(0, Math.max(limit, 0)).map((ix) => ix.value), total: indexed.length }
    },
  }
}

/**
 * Smaller is better: exact name or code; name or code starts with the query; a word of the name
 * starts with it; the name or code holds it; every word starts a word of the name; every word is
 * somewhere in the name or code; the rest (found through the kind or the OPD).
 */
function rank<T>(ix: Indexed<T>, whole: string, words: readonly string[]): number {
  if (ix.name === whole || ix.code === whole) return 0
  if (ix.name.startsWith(whole) || (ix.code !== '' && ix.code.startsWith(whole))) return 1
  if (ix.nameWords.includes(' ' + whole)) return 2
  if (ix.name.includes(whole) || (ix.code !== '' && ix.code.includes(whole))) return 3
  if (words.every((w) => ix.nameWords.includes(' ' + w))) return 4
  if (words.every((w) => ix.name.includes(w) || ix.code.includes(w))) return 5
  return 6
}
