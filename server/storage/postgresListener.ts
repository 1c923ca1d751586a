import pg from 'pg'
import type { SharedEvents } from '../sync/sharedRooms.ts'

/** The one channel every process listens on. */
export const SYNC_CHANNEL = 'cetakbiru_sync'
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_PAYLOAD = 7900

/** What travels in a NOTIFY: who sent it, the project, and a sequence number or an awareness update. */
export interface Announcement {
  /** The sending process (its own announcements are ignored). */
  readonly i: string
  readonly p: string
  readonly s?: number
  /** base64 of an awareness update. */
  readonly a?: string
}

export function encodeAnnouncement(a: Announcement): string {
  return JSON.stringify(a)
}

/**
 * One dedicated connection that LISTENs to the channel and hands announcements of other processes
 * to the subscribers; when the connection drops (PostgreSQL restarted, network) it reconnects with
 * a backoff and then tells the subscribers to resync, since announcements sent meanwhile are lost.
 */
export class PostgresListener {
  private client: pg.Client | undefined
  private readonly subscribers = new Set<SharedEvents>()
  private stopped = false
  private retryMs = 100
  private timer: NodeJS.Timeout | undefined
  private connectedOnce = false

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly instanceId: string,
    private readonly log: (line: string) => void,
  ) {}

  /** Resolves once listening (the first time); later reconnects happen in the background. */
  async start(): Promise<void> {
    await this.connect()
  }

  subscribe(events: SharedEvents): () => void {
    this.subscribers.add(events)
    return () => this.subscribers.delete(events)
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config)
    client.on('notification', (n) => this.deliver(n.payload))
    const lost = (why: string): void => {
      if (this.client !== client) return
      this.client = undefined
      client.removeAllListeners('end')
      client.end().catch(() => undefined)
      if (this.stopped) return
      this.log(`PostgreSQL LISTEN terputus / connection lost (${why}); menyambung ulang / reconnecting`)
      this.schedule()
    }
    client.on('error', (e) => lost(e.message))
    client.on('end', () => lost('ended'))
    await client.connect()
    await client.query(`LISTEN ${SYNC_CHANNEL}`)
    this.client = client
    this.retryMs = 100
    if (this.connectedOnce) {
      this.log('PostgreSQL LISTEN tersambung lagi / reconnected: menyusul / catching up')
      for (const s of [...this.subscribers]) s.onResync()
    }
    this.connectedOnce = true
  }

  private schedule(): void {
    if (this.stopped || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      this.connect().catch(() => {
        this.retryMs = Math.min(this.retryMs * 2, 2000)
        this.schedule()
      })
    }, this.retryMs)
    this.timer.unref()
  }

  private deliver(payload: string | undefined): void {
    if (!payload) return
    let a: Announcement
    try {
      a = JSON.parse(payload) as Announcement
    } catch {
      return
    }
    if (a.i === this.instanceId || typeof a.p !== 'string') return
    for (const s of [...this.subscribers]) {
      if (typeof a.s === 'number') s.onUpdate(a.p, a.s)
      else if (typeof a.a === 'string') s.onAwareness(a.p, new Uint8Array(Buffer.from(a.a, 'base64')))
    }
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    const client = this.client
    this.client = undefined
    this.subscribers.clear()
    if (client) {
      client.removeAllListeners('end')
      await client.end().catch(() => undefined)
    }
  }
}
