import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ApiLimits } from './api/apiContext.ts'
import { API_PREFIX, handleApi } from './api/apiRouter.ts'
import { TRASH_DAYS } from './api/apiContext.ts'
import { loadOrCreateSecret } from './auth/secret.ts'
import { startServer, type RunningServer, type StaticServerOptions } from './staticServer.ts'
import { PostgresStorage } from './storage/postgresStorage.ts'
import { SqliteStorage } from './storage/sqliteStorage.ts'
import type { SyncStorage } from './storage/syncStorage.ts'
import { RoomManager, type RoomManagerOptions } from './sync/roomManager.ts'
import type { ConnectionLimits } from './sync/syncConnection.ts'
import { SyncEndpoint } from './sync/syncEndpoint.ts'

export const DATABASE_FILE = 'cetakbiru.sqlite'

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  // A whole large project arrives in one sync step 2 frame when a client shares it.
  maxMessageBytes: 32 * 1024 * 1024,
  // Cursor moves (awareness) and drags send many small frames; a burst of a few hundred is normal.
  messagesPerSecond: 200,
  messageBurst: 600,
  bytesPerSecond: 4 * 1024 * 1024,
  pingIntervalMs: 30_000,
}

export const DEFAULT_API_LIMITS: ApiLimits = { jsonBytes: 64 * 1024, uploadBytes: 64 * 1024 * 1024 }

export interface AppServerOptions extends Pick<StaticServerOptions, 'port' | 'host' | 'distDir' | 'examplesDir'> {
  readonly dataDir: string
  /** Defaults to SQLite in dataDir; tests pass a MemoryStorage. */
  readonly storage?: SyncStorage
  /** PostgreSQL instead of SQLite (several processes may share it: docs/scaling.md). */
  readonly databaseUrl?: string
  /** SQLite `synchronous`: NORMAL survives a killed process, FULL also a power loss (see sqliteStorage.ts). */
  readonly sqliteSynchronous?: 'NORMAL' | 'FULL'
  readonly allowedOrigins?: readonly string[]
  readonly limits?: Partial<ConnectionLimits>
  readonly apiLimits?: Partial<ApiLimits>
  readonly rooms?: Partial<Omit<RoomManagerOptions, 'log'>>
  readonly log?: (line: string) => void
}

export interface RunningAppServer extends RunningServer {
  readonly storage: SyncStorage
  readonly rooms: RoomManager
  readonly secret: Uint8Array
}

/**
 * The whole server in one process: the built app, the JSON API under /api/ and the y-websocket
 * endpoint under /sync/, on one port, with its data in `dataDir`.
 */
export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const log = options.log ?? ((line: string) => console.log(line))
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
  const secret = await loadOrCreateSecret(options.dataDir)
  const storage =
    options.storage ??
    (options.databaseUrl ? await PostgresStorage.open(options.databaseUrl, { log }) : undefined) ??
    new SqliteStorage(join(options.dataDir, DATABASE_FILE), { synchronous: options.sqliteSynchronous ?? 'NORMAL' })
  const rooms = new RoomManager(storage, { compactEvery: 500, unloadAfterMs: 30_000, ...options.rooms, log })
  const allowedOrigins = options.allowedOrigins ?? []
  const endpoint = new SyncEndpoint({ storage, rooms, secret, limits: { ...DEFAULT_CONNECTION_LIMITS, ...options.limits }, allowedOrigins, log })
  const apiContext = { storage, rooms, secret, limits: { ...DEFAULT_API_LIMITS, ...options.apiLimits }, now: Date.now }

  const purge = (): void => {
    storage.purgeTrash(Date.now() - TRASH_DAYS * 24 * 3600_000).then(
      (ids) => ids.length > 0 && log(`Sampah dikosongkan / Trash purged: ${ids.length} proyek / projects`),
      (e: unknown) => log(`Sampah tidak dapat dikosongkan / Trash purge failed: ${(e as Error).message}`),
    )
  }
  purge()
  const purgeTimer = setInterval(purge, 24 * 3600_000)
  purgeTimer.unref()

  const server = await startServer({
    port: options.port,
    host: options.host,
    distDir: options.distDir,
    examplesDir: options.examplesDir,
    api: { prefix: API_PREFIX, handle: (req, res) => handleApi(apiContext, allowedOrigins, req, res) },
    upgrade: (req, socket, head) => endpoint.handleUpgrade(req, socket, head),
    beforeClose: async () => {
      clearInterval(purgeTimer)
      await rooms.shutdown()
      await endpoint.close()
    },
  })
  return {
    ...server,
    storage,
    rooms,
    secret,
    close: async () => {
      await server.close()
      await storage.close()
    },
  }
}
