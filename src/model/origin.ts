/**
 * Who a write comes from. Every command runs as `doc.transact(fn, origin)`; per-user undo tracks
 * only that user's local origin, and system writes (seed, import, migration) are never undone.
 * Updates applied from a provider carry the provider object as origin, which is "remote".
 */
export interface LocalOrigin {
  readonly kind: 'local'
  readonly userId: string
}

export interface SystemOrigin {
  readonly kind: 'system'
  readonly reason: string
}

export type CommandOrigin = LocalOrigin | SystemOrigin

const localOrigins = new Map<string, LocalOrigin>()

/** One object per user, so a Y.UndoManager can track it by identity. */
export function localOrigin(userId: string): LocalOrigin {
  let origin = localOrigins.get(userId)
  if (!origin) {
    origin = Object.freeze({ kind: 'local', userId })
    localOrigins.set(userId, origin)
  }
  return origin
}

export function systemOrigin(reason: string): SystemOrigin {
  return Object.freeze({ kind: 'system', reason })
}

export function isLocalOrigin(origin: unknown): origin is LocalOrigin {
  return typeof origin === 'object' && origin !== null && (origin as LocalOrigin).kind === 'local'
}
