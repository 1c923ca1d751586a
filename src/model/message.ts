/**
 * A user-facing text in both product languages. The model layer cannot reach the UI's i18n
 * catalogue (it runs in the CLI and server too), so every message it produces carries both.
 */
export interface Message {
  readonly id: string
  readonly en: string
}

export type Locale = 'id' | 'en'

export function msg(id: string, en: string): Message {
  return { id, en }
}

/** "Indonesian (English)" on one line, for logs and the command line. */
export function bilingual(m: Message): string {
  return m.id === m.en ? m.id : `${m.id} / ${m.en}`
}
