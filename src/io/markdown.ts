/**
 * Text the user typed, made safe for a Markdown table cell: no raw HTML, no breaking the table
 * with a pipe or a newline, no accidental emphasis or links.
 */
export function mdText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]#])/g, '\\$1')
    .replace(/\r?\n/g, ' ')
}

export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('left' | 'right')[]): string {
  const sep = headers.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'))
  return [`| ${headers.join(' | ')} |`, `| ${sep.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

/** Rupiah as Indonesian documents write it: "Rp1.250.000.000". */
export function rupiah(amount: number): string {
  return `Rp${Math.round(amount).toLocaleString('id-ID')}`
}
