import {
  AlignmentType, BorderStyle, Footer, HeadingLevel, PageNumber, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlign, WidthType, type IRunOptions, type ParagraphChild,
} from 'docx'

/** A4 in twips, and the margins Pemda documents use: 3 cm binding side, 2 cm elsewhere. */
export const A4 = { width: 11906, height: 16838 } as const
export const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134, header: 567, footer: 567 } as const
export const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right
export const LANDSCAPE_MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } as const
export const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right

export const FONT = 'Arial'
export const HEADER_FILL = 'D9E2F3'
export const TOTAL_FILL = 'F2F2F2'

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border }

export interface CellSpec {
  readonly text?: string
  /** Several lines in one cell (a kegiatan list, say). */
  readonly lines?: readonly string[]
  /** A smaller, grey second part under the text. */
  readonly note?: string
  readonly bold?: boolean
  readonly fill?: string
  readonly align?: 'left' | 'center' | 'right'
  readonly columnSpan?: number
  /** Paragraphs built by the caller (a chart bar), instead of text. */
  readonly content?: readonly Paragraph[]
  /** Header cells spanning both header rows. */
  readonly rowSpan?: number
}

export type CellInput = string | CellSpec

function spec(c: CellInput): CellSpec {
  return typeof c === 'string' ? { text: c } : c
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const

/** A table cell; `size` is in half-points (16 = 8 pt). */
function tableCell(c: CellInput, width: number, size: number, header: boolean): TableCell {
  const s = spec(c)
  const run = (text: string, extra: IRunOptions = {}): TextRun => new TextRun({ text, size, font: FONT, bold: header || s.bold, ...extra })
  const lines = s.lines ?? [s.text ?? '']
  const paragraphs = lines.map((line) => new Paragraph({ alignment: ALIGN[s.align ?? (header ? 'center' : 'left')], spacing: { before: 0, after: 0, line: 240 }, children: [run(line)] }))
  if (s.content) paragraphs.splice(0, paragraphs.length, ...s.content)
  if (s.note) paragraphs.push(new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [run(s.note, { size: size - 2, color: '444444', bold: false })] }))
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: s.columnSpan,
    rowSpan: s.rowSpan,
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    shading: header || s.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: s.fill ?? HEADER_FILL } : undefined,
    children: paragraphs,
  })
}

export interface TableSpec {
  /** One or more header rows, repeated on every page. */
  readonly head: readonly (readonly CellInput[])[]
  readonly rows: readonly (readonly CellInput[])[]
  /** Relative column widths; scaled to `width`. */
  readonly columns: readonly number[]
  readonly width: number
  /** Half-points. */
  readonly size?: number
}

/** A bordered table with fixed columns, repeated header rows and rows that never split. */
export function docTable(t: TableSpec): Table {
  const sum = t.columns.reduce((a, b) => a + b, 0)
  const widths = t.columns.map((c) => Math.floor((c / sum) * t.width))
  const size = t.size ?? 16
  // Columns still covered by a cell of an earlier row (rowSpan): how many rows more.
  const covered = new Array<number>(widths.length).fill(0)
  const row = (cells: readonly CellInput[], header: boolean): TableRow => {
    let col = 0
    const children = cells.map((c) => {
      while (covered[col]! > 0) covered[col++]!--
      const { columnSpan = 1, rowSpan = 1 } = spec(c)
      const w = widths.slice(col, col + columnSpan).reduce((a, b) => a + b, 0)
      for (let k = col; k < col + columnSpan; k++) covered[k] = rowSpan - 1
      col += columnSpan
      return tableCell(c, w, size, header)
    })
    while (col < widths.length && covered[col]! > 0) covered[col++]!--
    return new TableRow({ tableHeader: header, cantSplit: true, children })
  }
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [...t.head.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
  })
}

export function para(text: string, options: { bold?: boolean; size?: number; align?: 'left' | 'center' | 'right' | 'justify'; after?: number; before?: number; italic?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({
    alignment: options.align === 'justify' ? AlignmentType.JUSTIFIED : ALIGN[options.align ?? 'left'],
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italic, size: options.size, color: options.color, font: FONT })],
  })
}

export function caption(text: string): Paragraph {
  return para(text, { size: 18, italic: true, after: 240, before: 60 })
}

/** "Halaman n dari m" at the foot of every page, with the organisation on the left. */
export function pageFooter(organization: string, width: number): Footer {
  const size = 16
  const children: ParagraphChild[] = [
    new TextRun({ text: `${organization}\t`, size, font: FONT, color: '444444' }),
    new TextRun({ children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES], size, font: FONT, color: '444444' }),
  ]
  return new Footer({ children: [new Paragraph({ tabStops: [{ type: 'right', position: width }], children })] })
}

/** A chapter (level 1, centred) or section (level 2) heading, in the styles the TOC field lists. */
export function heading(text: string, level: 1 | 2, pageBreak = false): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    pageBreakBefore: pageBreak,
    children: [new TextRun({ text })],
  })
}
