/**
 * Text folded for comparison: lower case, accents and punctuation dropped, spaces collapsed.
 * "Nama  Aplikasi:" and "nama aplikasi" compare equal; so do "e-Kinerja" and "E Kinerja".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * An element name folded for spotting likely duplicates: besides normalizeText, generic words
 * Pemda put in front of names ("Aplikasi", "Sistem Informasi") are dropped, so "Aplikasi
 * e-Kinerja" and "E-Kinerja" are flagged as the same thing.
 */
export function normalizeName(name: string): string {
  const words = normalizeText(name).split(' ')
  let i = 0
  while (i < words.length - 1 && GENERIC_PREFIXES.has(words[i]!)) i++
  if (words[i] === 'informasi' && words[i - 1] === 'sistem') i++
  return words.slice(Math.min(i, words.length - 1)).join(' ')
}

const GENERIC_PREFIXES = new Set(['aplikasi', 'application', 'app', 'sistem', 'system', 'layanan', 'service', 'portal', 'website', 'situs', 'data'])
