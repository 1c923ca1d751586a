/**
 * Line breaking without font metrics (the io layer has no canvas to measure with): widths are
 * estimated per character from a sans-serif's proportions, on the wide side so text stays in its
 * box. Words longer than a line are broken; text beyond `maxLines` ends in an ellipsis.
 */
const NARROW = /[iljtf.,;:'|!()[\] ]/
const WIDE = /[MWmw@%]/

/** Estimated advance of one character, in ems. */
function charEm(ch: string, bold: boolean): number {
  const cp = ch.codePointAt(0) ?? 0
  // Emoji and CJK take about a full em; Arabic and others about an average Latin letter.
  const base = cp > 0x2e80 ? 1 : NARROW.test(ch) ? 0.3 : WIDE.test(ch) ? 0.85 : /[A-Z]/.test(ch) ? 0.66 : 0.55
  return bold ? base * 1.06 : base
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text) em += charEm(ch, bold)
  return em * fontSize
}

export function wrapText(text: string, width: number, fontSize: number, maxLines: number, bold = false): string[] {
  const fits = (s: string): boolean => textWidth(s, fontSize, bold) <= width
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  const push = (s: string): void => { lines.push(s) }
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) push(line)
    // A word longer than the line is cut where it no longer fits.
    let rest = word
    while (!fits(rest)) {
      const chars = Array.from(rest)
      let n = 1
      while (n < chars.length && fits(chars.slice(0, n + 1).join(''))) n++
      push(chars.slice(0, n).join(''))
      rest = chars.slice(n).join('')
    }
    line = rest
  }
  if (line) push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = ellipsis(`${kept[maxLines - 1]!} ${lines[maxLines]!}`, width, fontSize, bold)
  return kept
}

/** `text` cut so that it and a trailing ellipsis fit in `width`. */
export function ellipsis(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text
  const chars = Array.from(text)
  while (chars.length && textWidth(`${chars.join('')}…`, fontSize, bold) > width) chars.pop()
  return `${chars.join('').trimEnd()}…`
}
