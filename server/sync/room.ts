import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import type { SyncStorage } from '../storage/syncStorage.ts'
import { CLOSE } from './closeCodes.ts'
import { isSharedStorage, type Catchup, type SharedStorage } from './sharedRooms.ts'

/** y-websocket message types (the first varuint of every frame). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const

/** One side of a connection, as the room sees it. */
export interface RoomPeer {
  /** Viewers may not write: their sync step 2 and update messages are dropped. */
  readonly canWrite: boolean
  send(message: Uint8Array): void
  /** Closes the connection (and only it) with a code. */
  fail(code: number, reason: string): void
}

export interface RoomOptions {
  /** Compact the stored updates into one state after this many. */
  readonly compactEvery: number
  readonly log: (line: string) => void
  /** The room closed itself after a storage failure: it must not be used (nor compacted) again. */
  readonly onBroken?: (room: Room) => void
}

/** A message that cannot be decoded: the connection that sent it is closed, nothing else. */
class MalformedMessage extends Error {}

/** Origin of writes the server itself makes (rename through the API): stored before broadcast. */
const SERVER_WRITE = Symbol('server write')
/** Origin of what is read from storage on load: stored already, and nobody is waiting for it. */
const LOADED = Symbol('loaded')
/** Origin of updates and awareness from other server processes (shared storage): never published again. */
const REMOTE = Symbol('other process')

/**
 * One loaded project: its Y.Doc (loaded from storage), the awareness of its peers, and a queue
 * that handles every message in arrival order, one at a time. The durability order of a write is
 * apply to the doc -> append what changed (the doc's update event: Yjs's own encoding of it, so
 * nothing malformed is ever stored) -> broadcast, so an update anybody has received is already
 * stored. Applying first is what checks a frame; if the append then fails, the doc is ahead of
 * storage and the room is dropped (its peers reconnect and send their changes again). The queue
 * makes the storage's Promises safe: nothing reads the doc while an append is in flight.
 */
export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly peers = new Map<RoomPeer, Set<number>>()
  private queue: Promise<unknown> = Promise.resolve()
  private lastSeq = 0
  private pending = 0
  /** What the doc's update event gave since the last append: stored, then broadcast. */
  private unstored: Uint8Array[] = []
  private destroyed = false
  /** Set when several processes share the storage (sharedRooms.ts). */
  private readonly shared: SharedStorage | undefined
  private catchupQueued = false
  /** Tasks in the queue, running or waiting: a frame is handled at once only when there are none. */
  private queued = 0
  /** The storage's synchronous append, when it has one and no other process shares it. */
  private readonly appendNow: ((projectId: string, update: Uint8Array) => number) | undefined

  constructor(
    readonly id: string,
    private readonly storage: SyncStorage,
    private readonly options: RoomOptions,
  ) {
    this.shared = isSharedStorage(storage) ? storage : undefined
    this.appendNow = this.shared ? undefined : storage.appendUpdateNow?.bind(storage)
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Other processes stored theirs; what a peer or the server changed waits for its append.
      if (origin === REMOTE) this.broadcast(syncMessage((e) => syncProtocol.writeUpdate(e, update)), undefined)
      else if (origin !== LOADED) this.unstored.push(update)
    })
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const ids = this.peers.get(origin as RoomPeer)
      if (ids) {
        for (const id of added) ids.add(id)
        for (const id of removed) ids.delete(id)
      }
      const changed = [...added, ...updated, ...removed]
      if (this.shared && origin !== REMOTE && changed.length > 0) {
        this.shared.publishAwareness(this.id, awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
      }
      // To every peer, the sender too: the client counts it as a sign of life.
      this.broadcast(awarenessMessage(this.awareness, changed), undefined)
    })
  }

  get size(): number {
    return this.peers.size
  }

  /** Runs `task` after everything queued before it; a failing task does not stop the queue. */
  enqueue<T>(task: () => T | Promise<T>): Promise<T> {
    this.queued++
    const result = this.queue.then(task)
    this.queue = result.then(this.settled, this.settled)
    return result
  }

  private readonly settled = (): void => {
    this.queued--
  }

  /** Reads the stored state and updates; an update that no longer applies is skipped, not fatal. */
  load(after: Promise<unknown> = Promise.resolve()): Promise<void> {
    return this.enqueue(async () => {
      await after
      const stored = await this.storage.loadRoom(this.id)
      this.doc.transact(() => {
        for (const update of [stored.state, ...stored.updates]) {
          if (!update) continue
          try {
            Y.applyUpdate(this.doc, update)
          } catch (e) {
            this.options.log(`room ${this.id}: a stored update could not be applied and was skipped (${(e as Error).message})`)
          }
        }
      }, LOADED)
      this.lastSeq = stored.lastSeq
      this.pending = stored.updates.length
      if (this.pending >= this.options.compactEvery) await this.compactNow()
    })
  }

  /** Adds a peer and greets it: sync step 1 and the current awareness states. */
  join(peer: RoomPeer): Promise<void> {
    this.peers.set(peer, new Set())
    return this.enqueue(() => {
      if (!this.peers.has(peer)) return
      peer.send(syncMessage((e) => syncProtocol.writeSyncStep1(e, this.doc)))
      const states = [...this.awareness.getStates().keys()]
      if (states.length > 0) peer.send(awarenessMessage(this.awareness, states))
    })
  }

  /** Removes a peer and the awareness states it controlled. */
  leave(peer: RoomPeer): void {
    const ids = this.peers.get(peer)
    if (!ids) return
    this.peers.delete(peer)
    if (ids.size > 0 && !this.destroyed) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null)
  }

  /** Handles one frame from a peer, in order; a malformed frame closes that peer only. */
  receive(peer: RoomPeer, data: Uint8Array): Promise<void> {
    // Nothing queued and a storage that commits synchronously: the frame is handled in this turn,
    // so an update is applied, committed and broadcast with no Promise in between (the same order
    // as through the queue). An asynchronous step (a compaction) holds the queue.
    if (this.queued === 0 && this.appendNow) {
      let rest: void | Promise<void>
      try {
        rest = this.handle(peer, data)
      } catch (e) {
        this.refuse(peer, e)
        return Promise.resolve()
      }
      if (!rest) return Promise.resolve()
      const pending = rest
      return this.enqueue(() => pending).catch((e: unknown) => this.refuse(peer, e))
    }
    return this.enqueue(() => this.handle(peer, data)).catch((e: unknown) => this.refuse(peer, e))
  }

  /** A frame failed: a malformed one closes its peer as a bad request, a storage failure as an internal error. */
  private refuse(peer: RoomPeer, e: unknown): void {
    if (e instanceof MalformedMessage) peer.fail(CLOSE.badRequest, 'malformed message')
    else {
      this.options.log(`room ${this.id}: storage failed, connection closed (${(e as Error).message})`)
      peer.fail(CLOSE.internalError, 'storage failed')
    }
  }

  /** Handles one frame; returns a Promise only when a step had to wait (storage, compaction). */
  private handle(peer: RoomPeer, data: Uint8Array): void | Promise<void> {
    if (this.destroyed) return
    try {
      const decoder = decoding.createDecoder(data)
      const type = decoding.readVarUint(decoder)
      switch (type) {
        case MESSAGE.sync: {
          const step = decoding.readVarUint(decoder)
          const payload = decoding.readVarUint8Array(decoder)
          if (step === syncProtocol.messageYjsSyncStep1) {
            // The reply holds what the peer lacks; a malformed state vector throws here.
            peer.send(syncMessage((e) => syncProtocol.writeSyncStep2(e, this.doc, payload)))
            return
          }
          if (step !== syncProtocol.messageYjsSyncStep2 && step !== syncProtocol.messageYjsUpdate) throw new MalformedMessage()
          if (!peer.canWrite) return
          return this.write(peer, payload)?.catch(typedFailure)
        }
        case MESSAGE.awareness:
          awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), peer)
          return
        case MESSAGE.queryAwareness:
          peer.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]))
          return
        case MESSAGE.auth:
          return
        default:
          throw new MalformedMessage()
      }
    } catch (e) {
      return typedFailure(e)
    }
  }

  /**
   * Apply, then store and broadcast what changed. Synchronous with a storage that commits
   * synchronously, unless a compaction follows.
   */
  private write(peer: RoomPeer, update: Uint8Array): void | Promise<void> {
    let malformed = false
    try {
      Y.applyUpdate(this.doc, update, peer)
    } catch {
      // What Yjs integrated before the fault was emitted as the transaction ended: stored and sent as usual.
      malformed = true
    }
    const rest = this.storeChanges(peer)
    if (!malformed) return rest
    if (!rest) throw new MalformedMessage()
    return rest.then(() => {
      throw new MalformedMessage()
    })
  }

  /**
   * A write by the server itself (rename through the API): applied, then stored, then broadcast,
   * all inside the queue, so no peer sees it before it is stored.
   */
  serverWrite(change: (doc: Y.Doc) => void): Promise<void> {
    return this.enqueue(() => {
      if (this.destroyed) throw new Error(`room ${this.id} is closed`)
      this.doc.transact(() => change(this.doc), SERVER_WRITE)
      return this.storeChanges(undefined)
    })
  }

  /** Appends each change the doc took, then sends it to every peer but `source`; compacts when enough are pending. */
  private storeChanges(source: RoomPeer | undefined): void | Promise<void> {
    const updates = this.unstored
    if (updates.length === 0) return
    this.unstored = []
    const appendNow = this.appendNow
    if (appendNow) {
      for (const update of updates) {
        let seq: number
        try {
          seq = appendNow(this.id, update)
        } catch (e) {
          throw this.storageFailed(e)
        }
        this.stored(update, seq, source)
      }
      return this.pending >= this.options.compactEvery ? this.compactStored() : undefined
    }
    return (async () => {
      for (const update of updates) {
        let seq: number
        try {
          seq = await this.append(update)
        } catch (e) {
          throw this.storageFailed(e)
        }
        this.stored(update, seq, source)
      }
      if (this.pending >= this.options.compactEvery) await this.compactStored()
    })()
  }

  private stored(update: Uint8Array, seq: number, source: RoomPeer | undefined): void {
    this.lastSeq = seq
    this.pending++
    this.broadcast(syncMessage((e) => syncProtocol.writeUpdate(e, update)), source)
  }

  private compactStored(): Promise<void> {
    return this.compactNow().catch((e: unknown) => {
      throw new StorageFailure((e as Error).message)
    })
  }

  /**
   * An append failed after the doc took the change: the doc is ahead of storage, so nobody may
   * sync from it. Every peer is closed (they reconnect, to a fresh load, and send their changes
   * again) and the manager drops the room without compacting it.
   */
  private storageFailed(e: unknown): StorageFailure {
    const failure = new StorageFailure((e as Error).message)
    if (!this.destroyed) {
      this.destroyed = true
      this.options.log(`room ${this.id}: storage failed, room closed (${failure.message})`)
      this.closePeers(CLOSE.internalError, 'storage failed')
      this.options.onBroken?.(this)
      this.awareness.destroy()
      this.doc.destroy()
    }
    return failure
  }

  /**
   * Stores one update; with shared storage, first applies what other processes stored before it,
   * so `lastSeq` never passes an update this doc lacks (compaction up to it would drop that).
   */
  private async append(update: Uint8Array): Promise<number> {
    if (!this.shared) return this.storage.appendUpdate(this.id, update)
    const { seq, missed } = await this.shared.appendUpdateAfter(this.id, update, this.lastSeq)
    this.applyCatchup(missed)
    return seq
  }

  /**
   * Another process stored an update of this project (or announcements may have been missed):
   * reads everything after `lastSeq` from storage and applies it in order. Announcements that
   * arrive while one catch-up waits in the queue are covered by it.
   */
  catchUp(): Promise<void> {
    if (!this.shared || this.catchupQueued) return Promise.resolve()
    const shared = this.shared
    this.catchupQueued = true
    return this.enqueue(async () => {
      this.catchupQueued = false
      if (this.destroyed) return
      this.applyCatchup(await shared.readSince(this.id, this.lastSeq))
    }).catch((e: unknown) => this.options.log(`room ${this.id}: catching up failed (${(e as Error).message}); retried on the next announcement`))
  }

  /** Applies (and so broadcasts to this process's peers) what other processes stored. */
  private applyCatchup(c: Catchup): void {
    if (c.state || c.updates.length > 0) {
      this.doc.transact(() => {
        for (const update of [c.state, ...c.updates.map((u) => u.data)]) {
          if (!update) continue
          try {
            Y.applyUpdate(this.doc, update, REMOTE)
          } catch (e) {
            this.options.log(`room ${this.id}: a stored update could not be applied and was skipped (${(e as Error).message})`)
          }
        }
      }, REMOTE)
    }
    this.lastSeq = Math.max(this.lastSeq, c.lastSeq)
  }

  /** An awareness update relayed by another process. */
  applyRemoteAwareness(update: Uint8Array): void {
    if (this.destroyed) return
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE)
    } catch (e) {
      this.options.log(`room ${this.id}: a relayed awareness update was dropped (${(e as Error).message})`)
    }
  }

  /** The document's full state, as it is once everything queued before has been handled. */
  snapshot(): Promise<Uint8Array> {
    return this.enqueue(() => Y.encodeStateAsUpdate(this.doc))
  }

  compact(): Promise<void> {
    return this.enqueue(() => (this.pending > 0 && !this.destroyed ? this.compactNow() : undefined))
  }

  /** Replaces the stored updates by the doc's state (must run inside the queue). */
  private async compactNow(): Promise<void> {
    await this.storage.compactRoom(this.id, Y.encodeStateAsUpdate(this.doc), this.lastSeq)
    this.pending = 0
    const name = this.doc.getMap('project').get('name')
    const record = await this.storage.getProject(this.id)
    // The project list shows the name the document has (renamed from the editor, too).
    if (record && typeof name === 'string' && name.trim() !== '' && name !== record.name) await this.storage.renameProject(this.id, name, Date.now())
    else await this.storage.touchProject(this.id, Date.now())
  }

  /** Closes every peer (or those `which` selects) with a code. */
  closePeers(code: number, reason: string, which: (peer: RoomPeer) => boolean = () => true): void {
    for (const peer of [...this.peers.keys()]) if (which(peer)) peer.fail(code, reason)
  }

  /** Compacts what is pending and frees the doc; the room is not used afterwards. */
  unload(): Promise<void> {
    return this.enqueue(async () => {
      // A room that closed itself after a storage failure holds changes storage does not: not compacted.
      if (this.destroyed) return
      try {
        if (this.pending > 0) await this.compactNow()
      } finally {
        this.destroyed = true
        this.awareness.destroy()
        this.doc.destroy()
      }
    })
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const peer of this.peers.keys()) if (peer !== except) peer.send(message)
  }
}

class StorageFailure extends Error {}

/** Failures keep their kind; anything else thrown while decoding means the frame was malformed. */
function typedFailure(e: unknown): never {
  if (e instanceof StorageFailure || e instanceof MalformedMessage) throw e
  throw new MalformedMessage((e as Error).message)
}

interface AwarenessChange {
  readonly added: number[]
  readonly updated: number[]
  readonly removed: number[]
}

function syncMessage(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.sync)
  write(e)
  return encoding.toUint8Array(e)
}

function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MESSAGE.awareness)
  encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients))
  return encoding.toUint8Array(e)
}
