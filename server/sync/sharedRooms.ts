import type { SyncStorage } from '../storage/syncStorage.ts'

/**
 * What a storage shared by several server processes (PostgreSQL) adds so that the rooms of one
 * project in different processes stay one document: every stored update is announced with its
 * sequence number, and a room catches up by reading, from the database, everything after the last
 * sequence number it has applied. Rooms never trust an announcement's content for updates (it
 * carries only the number), so a missed or late announcement loses nothing: the next catch-up
 * reads it. Awareness (cursors, who is here) is ephemeral and travels in the announcement itself.
 */

/** What a room lacks after the sequence number it knows. */
export interface Catchup {
  /** The compacted state, only when it includes updates after the known number (another process compacted them). */
  readonly state: Uint8Array | null
  /** Updates after the known number, in sequence order. */
  readonly updates: readonly { readonly seq: number; readonly data: Uint8Array }[]
  /** The last sequence number the room has once it applied all of this. */
  readonly lastSeq: number
}

export interface SharedEvents {
  /** Another process stored update `seq` of a project. */
  onUpdate(projectId: string, seq: number): void
  /** Another process relayed an awareness update (y-protocols encoding) of a project. */
  onAwareness(projectId: string, update: Uint8Array): void
  /** The announcement channel was re-established: announcements may have been missed meanwhile. */
  onResync(): void
}

export interface SharedStorage extends SyncStorage {
  /**
   * Appends an update like `appendUpdate` and returns, read in the same transaction after every
   * earlier update of the project committed, what the room lacks between `knownSeq` and it, so
   * the room's sequence number never skips an update it has not applied.
   */
  appendUpdateAfter(projectId: string, update: Uint8Array, knownSeq: number): Promise<{ readonly seq: number; readonly missed: Catchup }>
  /** Everything of a project after `knownSeq`. */
  readSince(projectId: string, knownSeq: number): Promise<Catchup>
  /** Relays an awareness update to the other processes; dropped when too large or the database is away. */
  publishAwareness(projectId: string, update: Uint8Array): void
  /** Listens to the other processes; returns the function that stops listening. */
  subscribe(events: SharedEvents): () => void
}

export function isSharedStorage(storage: SyncStorage): storage is SharedStorage {
  const s = storage as Partial<SharedStorage>
  return typeof s.appendUpdateAfter === 'function' && typeof s.readSince === 'function' && typeof s.subscribe === 'function'
}
