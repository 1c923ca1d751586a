import { escapeHtml as h } from './escapeHtml.ts'

/** A table cell: plain text (escaped here), or HTML the caller has escaped, with a class. */
export type Cell = string | { readonly html: string; readonly cls?: string; readonly rowspan?: number }

export function cell(c: Cell, tag: 'td' | 'th' = 'td'): string {
  if (typeof c === 'string') return `<${tag}>${h(c)}</${tag}>`
  const attrs = `${c.cls ? ` class="${c.cls}"` : ''}${c.rowspan && c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`
  return `<${tag}${attrs}>${c.html}</${tag}>`
}

/** A table; with `widths` (mm, summing to the text width) its columns are fixed. */
export function table(head: readonly Cell[], rows: readonly (readonly Cell[])[], widths?: readonly number[]): string {
  const cols = widths ? `<colgroup>${widths.map((w) => `<col style="width:${w}mm">`).join('')}</colgroup>` : ''
  return `<table${widths ? ' class="fixed"' : ''}>${cols}<thead><tr>${head.map((c) => cell(c, 'th')).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => cell(c)).join('')}</tr>`)
    .join('\n')}</tbody></table>`
}
