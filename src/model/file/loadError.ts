import { bilingual, msg, type Message } from '../message.ts'

/** A reason a file cannot be loaded, with the place it concerns (JSON path, or line:column). */
export interface LoadError {
  readonly path: string
  readonly message: Message
}

export function loadError(path: string, id: string, en: string): LoadError {
  return { path, message: msg(id, en) }
}

export function formatLoadError(e: LoadError, file?: string): string {
  const where = [file, e.path].filter(Boolean).join(': ')
  return `${where ? where + ': ' : ''}${bilingual(e.message)}`
}

/** `/elements/3/attrs/platform` -> `elements[3].attrs.platform` */
export function jsonPointerToPath(pointer: string): string {
  let out = ''
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`
  }
  return out || '(root)'
}
