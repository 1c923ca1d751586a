import * as decoding from 'lib0/decoding'
import type { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { PendingChanges, phaseOf, refusalOf, type ConnectionFacts, type ConnectionPhase, type Refusal } from './connectionState.ts'
import type { LocalProjectError } from './localProjectError.ts'
import { STORAGE_ORIGIN } from './loadProjectDoc.ts'
import { openServerDocCache, type ServerDocCache } from './serverDocCache.ts'

/** What the project bar shows; a new object only when something in it changed. */
export interface ConnectionSnapshot {
  readonly phase: ConnectionPhase
  /** Local changes the server has not confirmed yet (see connectionState.ts). */
  readonly pending: number
  readonly refusal: Refusal | undefined
  /** Whether the document came from this browser's copy or the server (there is something to show). */
  readonly hasContent: boolean
}

export interface ServerProjectConnection {
  readonly projectId: string
  readonly doc: Y.Doc
  readonly awareness: Awareness
  readonly provider: WebsocketProvider
  getSnapshot(): ConnectionSnapshot
  subscribe(onChange: () => void): () => void
  /** Writes the local copy now (the page is being hidden). */
  flush(): Promise<void>
  /** Disconnects, writes the local copy and destroys the doc. */
  close(): Promise<void>
}

export interface PresenceUser {
  readonly id: string
  readonly name: string
  readonly color: string
}

export interface OpenServerProjectOptions {
  readonly token: string
  readonly user: PresenceUser
  /** `ws://host:port/sync`; defaults to this page's server. */
  readonly syncUrl?: string
  readonly onError?: (e: LocalProjectError) => void
  /** Node tests pass `ws`; the browser has its own WebSocket. */
  readonly WebSocketPolyfill?: typeof WebSocket
}

const MESSAGE_AWARENESS = 1
/** Local changes are confirmed by the echo of an awareness update sent this long after them. */
const ECHO_DELAY_MS = 40

export function defaultSyncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`
}

/**
 * Opens a server project: the doc from this browser's copy (IndexedDB) first, then connected to
 * the server with the stock y-websocket client. Every change, local or remote, lands in the copy.
 */
export async function openServerProject(projectId: string, options: OpenServerProjectOptions): Promise<ServerProjectConnection> {
  const cache: ServerDocCache = await openServerDocCache(projectId, options.onError ? { onError: options.onError } : {})
  const doc = cache.doc
  const provider = new WebsocketProvider(options.syncUrl ?? defaultSyncUrl(), projectId, doc, {
    params: { token: options.token },
    connect: false,
    maxBackoffTime: 5000,
    // Tabs of one browser sync through the server like everyone else: one path to reason about.
    disableBc: true,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  })
  const awareness = provider.awareness
  awareness.setLocalStateField('user', options.user)

  const tracker = new PendingChanges()
  tracker.restore(cache.storedPending)
  const listeners = new Set<() => void>()
  let status: ConnectionFacts['status'] = 'connecting'
  let refusal: Refusal | undefined
  let online = typeof navigator === 'undefined' ? true : navigator.onLine
  let hasContent = cache.hadCopy
  let snapshot: ConnectionSnapshot = compute()
  let lastPending = tracker.count

  function compute(): ConnectionSnapshot {
    const facts: ConnectionFacts = { status, synced: provider.synced, online, refusal, pending: tracker.count }
    return { phase: phaseOf(facts), pending: tracker.count, refusal, hasContent }
  }
  const update = (): void => {
    const next = compute()
    if (tracker.count !== lastPending) {
      lastPending = tracker.count
      cache.setPending(tracker.count)
    }
    if (next.phase === snapshot.phase && next.pending === snapshot.pending && next.refusal === snapshot.refusal && next.hasContent === snapshot.hasContent) return
    snapshot = next
    for (const l of listeners) l()
  }

  const clock = (): number => awareness.meta.get(doc.clientID)?.clock ?? 0
  let echoTimer: ReturnType<typeof setTimeout> | undefined
  const askForEcho = (): void => {
    echoTimer ??= setTimeout(() => {
      echoTimer = undefined
      // Same state, new clock: the server's echo of it confirms everything sent before.
      if (tracker.needsEcho && provider.wsconnected) awareness.setLocalState(awareness.getLocalState())
    }, ECHO_DELAY_MS)
  }

  // Registered after the provider's own handler, so the update has gone out when this runs.
  const onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === provider) {
      if (!hasContent) {
        hasContent = true
        update()
      }
      return
    }
    if (origin === STORAGE_ORIGIN) return
    hasContent = true
    const ws = provider.ws
    tracker.local(provider.wsconnected && ws?.readyState === 1 ? clock() : undefined)
    askForEcho()
    update()
  }
  doc.on('update', onUpdate)

  const onMessage = (event: MessageEvent): void => {
    if (!(event.data instanceof ArrayBuffer)) return
    try {
      const decoder = decoding.createDecoder(new Uint8Array(event.data))
      if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) return
      const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder))
      const count = decoding.readVarUint(inner)
      for (let i = 0; i < count; i++) {
        const client = decoding.readVarUint(inner)
        const at = decoding.readVarUint(inner)
        decoding.readVarString(inner)
        if (client === doc.clientID && tracker.echo(at)) update()
      }
    } catch {
      // Not ours to judge: the provider handles (and the server polices) the frames.
    }
  }
  let watched: WebSocket | null = null
  provider.on('status', (event) => {
    status = event.status
    if (event.status === 'connected' && provider.ws && provider.ws !== watched) {
      watched = provider.ws
      watched.addEventListener('message', onMessage)
    }
    if (event.status === 'disconnected') tracker.disconnected()
    update()
  })
  provider.on('sync', (synced) => {
    // Our sync step 2 (what the server lacked, offline edits included) answered the server's step 1, which comes first.
    if (synced) {
      tracker.resent(clock())
      askForEcho()
    }
    update()
  })
  provider.on('closed', (event) => {
    refusal = refusalOf(event.code)
    update()
  })

  const goOnline = (): void => {
    online = true
    if (!refusal) provider.connect()
    update()
  }
  const goOffline = (): void => {
    // The browser knows first; an open socket may take 30 s to notice (and emulated offline never closes it).
    online = false
    provider.disconnect()
    update()
  }
  if (typeof window !== 'undefined') {
    window.addEventListener('online', goOnline)
    window.addEventListener('offline', goOffline)
  }
  if (online) provider.connect()
  snapshot = compute()

  return {
    projectId,
    doc,
    awareness,
    provider,
    getSnapshot: () => snapshot,
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    flush: () => cache.flush(),
    async close() {
      clearTimeout(echoTimer)
      if (typeof window !== 'undefined') {
        window.removeEventListener('online', goOnline)
        window.removeEventListener('offline', goOffline)
      }
      watched?.removeEventListener('message', onMessage)
      doc.off('update', onUpdate)
      provider.destroy()
      await cache.close()
    },
  }
}
