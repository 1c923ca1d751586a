import { bilingual, msg, type Message } from '../../model/message.ts'

/** A reason an exchange file cannot be imported: where (XML path, line when known) and what was expected. */
export interface ArchimateError {
  /** e.g. `/model/elements/element[12]/@xsi:type`, or `(file)` for the whole file. */
  readonly path: string
  readonly line?: number
  readonly message: Message
}

export function archimateError(path: string, id: string, en: string, line?: number): ArchimateError {
  return line === undefined ? { path, message: msg(id, en) } : { path, line, message: msg(id, en) }
}

/** `file:line: /model/...: Indonesian / English`, one line for the command line. */
export function formatArchimateError(e: ArchimateError, file?: string): string {
  const place = [file, e.line !== undefined ? `baris/line ${e.line}` : undefined, e.path].filter(Boolean).join(': ')
  return `${place}: ${bilingual(e.message)}`
}

/** The 1-based line of a character offset, counted only when an error needs it. */
export function lineAt(text: string, offset: number): number | undefined {
  if (offset < 0) return undefined
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** The line of the tag that carries `identifier="id"`, when the id occurs literally in the text. */
export function lineOfIdentifier(text: string, id: string | undefined): number | undefined {
  if (!id) return undefined
  return lineAt(text, text.search(new RegExp(`identifier\\s*=\\s*["']${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`)))
}
