import { bilingual, msg, type Message } from '../../model/message.ts'

/**
 * A problem in an imported table, placed the way a user finds it in a spreadsheet or text
 * editor: the file, the line (1-based, counting every physical line including comments) and
 * the column (1-based field number, with its header when known).
 */
export interface CsvIssue {
  readonly file: string
  readonly line?: number
  readonly column?: number
  readonly columnName?: string
  readonly severity: 'error' | 'warning'
  readonly message: Message
}

export function csvError(file: string, where: { line?: number; column?: number; columnName?: string }, id: string, en: string): CsvIssue {
  return { file, ...where, severity: 'error', message: msg(id, en) }
}

export function csvWarning(file: string, where: { line?: number; column?: number; columnName?: string }, id: string, en: string): CsvIssue {
  return { file, ...where, severity: 'warning', message: msg(id, en) }
}

/** The place of an issue in both languages, e.g. "baris 4, kolom 3 (Name)". */
export function issuePlace(issue: CsvIssue): Message {
  const col = issue.column === undefined ? '' : `${issue.column}${issue.columnName ? ` (${issue.columnName})` : ''}`
  const id = [issue.line === undefined ? '' : `baris ${issue.line}`, col ? `kolom ${col}` : ''].filter(Boolean).join(', ')
  const en = [issue.line === undefined ? '' : `line ${issue.line}`, col ? `column ${col}` : ''].filter(Boolean).join(', ')
  return msg(id, en)
}

/** One line for the command line: "file: line 4, column 3 (Name): Indonesian / English". */
export function formatCsvIssue(issue: CsvIssue): string {
  const place = issuePlace(issue)
  const m = msg(
    `${issue.file}${place.id ? `, ${place.id}` : ''}: ${issue.message.id}`,
    `${issue.file}${place.en ? `, ${place.en}` : ''}: ${issue.message.en}`,
  )
  return bilingual(m)
}
