/**
 * What the project bar says about the link to the sync server, derived from the provider's
 * facts, and the count of local changes the server has not confirmed yet.
 *
 * "Confirmed" needs an acknowledgement, which the y-websocket protocol does not have. One can be
 * observed all the same: the server handles every frame of a connection in arrival order, stores
 * a write before it handles the next frame, and echoes each awareness update back to its sender.
 * So once the echo of an awareness update we sent after a change comes back, that change is
 * stored on the server. PendingChanges tracks this per local update: each one waits for an echo
 * of our own awareness with a clock above the clock we had when it was sent. Changes made while
 * offline are sent in the sync step 2 that answers the server's step 1 on reconnect; they wait
 * for an echo of an awareness update sent after that.
 */

export type ConnectionPhase =
  /** Connected, synced, nothing waiting. */
  | 'connected'
  /** Connected, but the first sync or some local changes are not confirmed yet. */
  | 'syncing'
  /** Not connected (network down, server away); the provider retries. */
  | 'offline'
  /** The server refused the connection for good (44xx): the provider stopped. */
  | 'refused'

/** Why the server refused, from its close code (server/sync/closeCodes.ts). */
export type Refusal = 'bad-request' | 'unauthorized' | 'forbidden' | 'not-found' | 'gone'

export function refusalOf(code: number): Refusal | undefined {
  switch (code) {
    case 4400: return 'bad-request'
    case 4401: return 'unauthorized'
    case 4403: return 'forbidden'
    case 4404: return 'not-found'
    case 4410: return 'gone'
    default: return code >= 4400 && code < 4500 ? 'bad-request' : undefined
  }
}

export interface ConnectionFacts {
  /** The provider's last status event. */
  readonly status: 'connecting' | 'connected' | 'disconnected'
  /** Whether the provider has received the server's sync step 2 on this connection. */
  readonly synced: boolean
  /** Whether the browser believes it has a network (navigator.onLine). */
  readonly online: boolean
  readonly refusal: Refusal | undefined
  readonly pending: number
}

export function phaseOf(f: ConnectionFacts): ConnectionPhase {
  if (f.refusal) return 'refused'
  if (!f.online || f.status !== 'connected') return 'offline'
  return f.synced && f.pending === 0 ? 'connected' : 'syncing'
}

/** Marks an update not sent yet (made offline, or in flight when the connection dropped). */
const UNSENT = Number.POSITIVE_INFINITY

export class PendingChanges {
  /** Per unconfirmed local update: the awareness clock an echo must exceed to confirm it. */
  private waiting: number[] = []

  get count(): number {
    return this.waiting.length
  }

  /** A local update; `sentAtClock` is our awareness clock when it went out, undefined if it did not. */
  local(sentAtClock: number | undefined): void {
    this.waiting.push(sentAtClock ?? UNSENT)
  }

  /** Updates from an earlier page (stored locally, never confirmed) that the next sync will send. */
  restore(count: number): void {
    for (let i = 0; i < count; i++) this.waiting.push(UNSENT)
  }

  /** The connection dropped: whatever was not confirmed goes again with the next sync step 2. */
  disconnected(): void {
    this.waiting = this.waiting.map(() => UNSENT)
  }

  /** Our sync step 2 (everything the server lacked) went out while our awareness clock was `clock`. */
  resent(clock: number): void {
    this.waiting = this.waiting.map((c) => (c === UNSENT ? clock : c))
  }

  /** The server echoed our awareness update with `clock`: everything sent before it is stored. Returns whether the count changed. */
  echo(clock: number): boolean {
    const before = this.waiting.length
    this.waiting = this.waiting.filter((c) => c >= clock)
    return this.waiting.length !== before
  }

  /** Whether some update waits for an echo that a new awareness update would bring. */
  get needsEcho(): boolean {
    return this.waiting.some((c) => c !== UNSENT)
  }
}
