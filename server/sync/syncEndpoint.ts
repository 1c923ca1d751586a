import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { resolveAccess, type AccessRefusal } from '../auth/access.ts'
import { TokenError, verifyToken, type TokenClaims } from '../auth/tokens.ts'
import { originAllowed } from '../http/originCheck.ts'
import { isProjectId } from '../projectId.ts'
import { StorageConflictError, type SyncStorage } from '../storage/syncStorage.ts'
import { CLOSE } from './closeCodes.ts'
import type { RoomManager } from './roomManager.ts'
import { SyncConnection, type ConnectionLimits } from './syncConnection.ts'

export const SYNC_PREFIX = '/sync/'

export interface SyncEndpointOptions {
  readonly storage: SyncStorage
  readonly rooms: RoomManager
  readonly secret: Uint8Array
  readonly limits: ConnectionLimits
  readonly allowedOrigins: readonly string[]
  readonly log: (line: string) => void
}

const REFUSAL_CODE: Readonly<Record<AccessRefusal, number>> = {
  'wrong-project': CLOSE.forbidden,
  revoked: CLOSE.forbidden,
  'no-access': CLOSE.forbidden,
  'not-found': CLOSE.notFound,
  deleted: CLOSE.gone,
}

/**
 * `ws://HOST/sync/<projectId>?token=<token>`: the y-websocket endpoint. A foreign Origin is
 * refused before the upgrade; every other refusal (bad id, token, access) happens after it, with a
 * 44xx close code, because a refused HTTP upgrade looks to the client like a network error and
 * it would retry forever.
 */
export class SyncEndpoint {
  private readonly wss: WebSocketServer

  constructor(private readonly options: SyncEndpointOptions) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.limits.maxMessageBytes, perMessageDeflate: false })
  }

  /** Takes the upgrade if it is for the sync path; returns false otherwise. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const target = req.url ?? '/'
    if (!target.startsWith(SYNC_PREFIX)) return false
    if (!originAllowed(req, this.options.allowedOrigins)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      return true
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, target))
    return true
  }

  private accept(ws: WebSocket, target: string): void {
    const connection = new SyncConnection(ws, this.options.limits, (c) => this.options.rooms.detach(c))
    this.authorise(connection, target).catch((e: unknown) => {
      this.options.log(`sync: connection refused after an internal error (${(e as Error).message})`)
      connection.fail(CLOSE.internalError, 'internal error')
    })
  }

  private async authorise(connection: SyncConnection, target: string): Promise<void> {
    const [path = '', query = ''] = target.split('?', 2)
    const projectId = decodeSegment(path.slice(SYNC_PREFIX.length))
    if (!isProjectId(projectId)) return connection.fail(CLOSE.badRequest, 'bad project id')
    let claims: TokenClaims
    try {
      claims = await verifyToken(this.options.secret, new URLSearchParams(query).get('token'))
    } catch (e) {
      if (e instanceof TokenError) return connection.fail(CLOSE.unauthorized, `token ${e.reason}`)
      throw e
    }
    const access = await resolveAccess(this.options.storage, claims, projectId)
    if (!access.ok) return connection.fail(REFUSAL_CODE[access.reason], access.reason)
    if (!access.project) {
      try {
        await this.options.storage.createProject({ id: projectId, name: projectId, ownerId: claims.sub, createdAt: Date.now() })
      } catch (e) {
        if (!(e instanceof StorageConflictError)) throw e
      }
    }
    connection.identity = { userId: claims.sub, role: access.role, projectId, ...(claims.inv ? { inviteId: claims.inv } : {}) }
    await this.options.rooms.attach(connection, projectId)
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.wss.close(() => resolve()))
  }
}

function decodeSegment(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw)
  } catch {
    return undefined
  }
}
