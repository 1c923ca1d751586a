import type { RawData, WebSocket } from 'ws'
import type { Role } from '../storage/syncStorage.ts'
import { CLOSE } from './closeCodes.ts'
import { TokenBucket } from './rateLimiter.ts'
import type { Room, RoomPeer } from './room.ts'

export interface ConnectionLimits {
  /** Messages a connection may send per second, sustained. */
  readonly messagesPerSecond: number
  /** ... and in one burst. */
  readonly messageBurst: number
  /** Bytes per second, sustained (a burst may use `maxMessageBytes` at once). */
  readonly bytesPerSecond: number
  readonly maxMessageBytes: number
  /** A connection that does not answer a ping within this time is dropped. */
  readonly pingIntervalMs: number
}

export interface Identity {
  readonly userId: string
  readonly role: Role
  readonly projectId: string
  /** The invite the token came from, so revoking it can close this connection. */
  readonly inviteId?: string
}

/**
 * One client's WebSocket: rate limit, keepalive, and the frames it sends before its room is ready
 * (authorisation and loading are asynchronous) kept in order until then.
 */
export class SyncConnection implements RoomPeer {
  identity: Identity | undefined
  private room: Room | undefined
  private buffered: Uint8Array[] = []
  private closed = false
  private alive = true
  private readonly messages: TokenBucket
  private readonly bytes: TokenBucket
  private readonly ping: NodeJS.Timeout

  constructor(
    private readonly ws: WebSocket,
    limits: ConnectionLimits,
    private readonly onClose: (connection: SyncConnection) => void,
  ) {
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond)
    this.bytes = new TokenBucket(Math.max(limits.maxMessageBytes, limits.bytesPerSecond), limits.bytesPerSecond)
    ws.on('message', (data: RawData, isBinary: boolean) => this.onMessage(data, isBinary))
    ws.on('pong', () => (this.alive = true))
    // Errors (an oversized frame, a broken socket) end with 'close'; without a listener they would throw.
    ws.on('error', () => {})
    ws.on('close', () => this.finish())
    this.ping = setInterval(() => {
      if (!this.alive) {
        ws.terminate()
        return
      }
      this.alive = false
      ws.ping()
    }, limits.pingIntervalMs)
    this.ping.unref()
  }

  get canWrite(): boolean {
    return this.identity !== undefined && this.identity.role !== 'viewer'
  }

  get isOpen(): boolean {
    return !this.closed
  }

  /** Joins the room, then hands it the frames that arrived meanwhile, in order. */
  async attach(room: Room): Promise<void> {
    if (this.closed) return
    this.room = room
    await room.join(this)
    const early = this.buffered
    this.buffered = []
    for (const frame of early) void room.receive(this, frame)
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return
    this.alive = true
    if (!isBinary) {
      this.fail(CLOSE.badRequest, 'binary frames only')
      return
    }
    const frame = toBytes(data)
    if (!this.messages.take() || !this.bytes.take(frame.byteLength)) {
      this.fail(CLOSE.rateLimited, 'rate limit')
      return
    }
    if (this.room) void this.room.receive(this, frame)
    else this.buffered.push(frame)
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return
    this.ws.send(message, (e) => {
      if (e) this.fail(CLOSE.internalError, 'send failed')
    })
  }

  fail(code: number, reason: string): void {
    if (this.closed) return
    this.finish()
    this.ws.close(code, reason)
  }

  private finish(): void {
    if (this.closed) return
    this.closed = true
    this.buffered = []
    clearInterval(this.ping)
    this.room?.leave(this)
    this.onClose(this)
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
