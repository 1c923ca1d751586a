import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { startAppServer, type AppServerOptions, type RunningAppServer } from '../../server/appServer.ts'
import { signToken, type TokenClaims } from '../../server/auth/tokens.ts'

/** The real server on a free loopback port, its data in a temp dir, and helpers to reach it. */
export interface TestServer {
  readonly server: RunningAppServer
  readonly dataDir: string
  /** `ws://127.0.0.1:<port>/sync`: the y-websocket client adds `/<projectId>`. */
  readonly syncUrl: string
  token(claims: Partial<Omit<TokenClaims, 'exp'>> & { prj: string }, ttlSeconds?: number): Promise<string>
  /** Stops the server (keeps the data dir, for restart tests). */
  stop(): Promise<void>
  /** Stops it and removes the data dir. */
  dispose(): Promise<void>
}

export async function startTestServer(options: Partial<AppServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cetakbiru-sync-')))
  const server = await startAppServer({
    port: 0,
    host: '127.0.0.1',
    distDir: join(dataDir, 'no-dist'),
    examplesDir: join(dataDir, 'no-examples'),
    log: () => {},
    ...options,
    dataDir,
    rooms: { unloadAfterMs: 50, ...options.rooms },
  })
  let stopped = false
  const stop = async (): Promise<void> => {
    if (stopped) return
    stopped = true
    await server.close()
  }
  return {
    server,
    dataDir,
    syncUrl: `ws://127.0.0.1:${server.port}/sync`,
    token: (claims, ttl = 3600) => signToken(server.secret, { sub: 'u-test', role: 'editor', ...claims }, ttl),
    stop,
    dispose: async () => {
      await stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

export interface TestClient {
  readonly doc: Y.Doc
  readonly provider: WebsocketProvider
  /** Resolves on the first sync with the server. */
  readonly synced: Promise<void>
  /** Resolves with the close event the server sent, when it ends the connection for good (44xx). */
  readonly closed: Promise<{ code: number; reason: string }>
  destroy(): void
}

/** A stock y-websocket client, exactly as the browser uses it (with `ws` standing in for the browser's WebSocket). */
export function connectClient(syncUrl: string, projectId: string, token: string | undefined, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(syncUrl, projectId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: token === undefined ? {} : { token },
    maxBackoffTime: 200,
  })
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', (s: boolean) => s && resolve())
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => provider.once('closed', (event) => resolve(event)))
  return {
    doc,
    provider,
    synced,
    closed,
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
}

/** Polls until `check` holds, or fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** The document a room's stored state and updates give, read straight from storage. */
export async function storedDoc(server: RunningAppServer, projectId: string): Promise<Y.Doc> {
  const stored = await server.storage.loadRoom(projectId)
  const doc = new Y.Doc()
  if (stored.state) Y.applyUpdate(doc, stored.state)
  for (const u of stored.updates) Y.applyUpdate(doc, u)
  return doc
}

/** A raw WebSocket to the sync endpoint, to send frames no well-behaved client would. */
export function rawSocket(url: string, headers: Record<string, string> = {}): { ws: WebSocket; opened: Promise<void>; closed: Promise<{ code: number; reason: string }> } {
  const ws = new WebSocket(url, { headers })
  ws.on('error', () => {})
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  return { ws, opened, closed }
}

/** A tiny deterministic PRNG (mulberry32), so a failing seed replays exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Polls storage until the stored document satisfies `check`. */
export async function waitForStored(server: RunningAppServer, projectId: string, check: (doc: Y.Doc) => boolean, what: string, timeoutMs = 5000): Promise<Y.Doc> {
  const start = Date.now()
  for (;;) {
    const doc = await storedDoc(server, projectId)
    if (check(doc)) return doc
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for storage: ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

// Each y-websocket provider in Node adds a process 'exit' listener; a test file opens dozens.
process.setMaxListeners(100)
