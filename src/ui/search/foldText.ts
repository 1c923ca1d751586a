/**
 * Text folded for matching: accents dropped (NFD, then combining marks removed) and lower-cased,
 * so "Perangkat Daerah", "perangkat daerah" and "Pérangkat" all match "perangkat".
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
}

/** The folded query split into words; empty when there is nothing to look for. */
export function queryWords(query: string): string[] {
  const folded = foldText(query).trim()
  return folded === '' ? [] : folded.split(/\s+/)
}
