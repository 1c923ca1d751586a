import type * as Y from 'yjs'
import { msg, type Message } from '../message.ts'
import type { CommandOrigin } from '../origin.ts'
import { roots, type DocRoots } from '../ydoc/docSchema.ts'

/** What every command needs: the document, who is writing, and how new ids are made. */
export interface CommandContext {
  readonly doc: Y.Doc
  readonly origin: CommandOrigin
  /** Injectable so seeded tests produce the same ids every run. */
  readonly newId?: (prefix: string) => string
}

export type CommandResult<T = void> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Message }

export const ok = <T>(value: T): CommandResult<T> => ({ ok: true, value })
export const fail = (id: string, en: string): CommandResult<never> => ({ ok: false, error: msg(id, en) })

/** Runs a command body in one transaction with the caller's origin (one undo step). */
export function run<T>(ctx: CommandContext, body: (r: DocRoots) => CommandResult<T>): CommandResult<T> {
  let result: CommandResult<T> | undefined
  ctx.doc.transact(() => {
    result = body(roots(ctx.doc))
  }, ctx.origin)
  return result!
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * A 12-character random id. crypto.getRandomValues works in insecure browser contexts too
 * (a workshop server reached over plain http on the LAN), unlike crypto.randomUUID.
 */
export function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  let id = prefix
  for (const b of bytes) id += ID_ALPHABET[b % 36]
  return id
}

export function newId(ctx: CommandContext, prefix: string): string {
  return (ctx.newId ?? randomId)(prefix)
}
