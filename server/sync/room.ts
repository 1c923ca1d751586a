import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { SyncStorage } from '../storage/syncStorage.ts'
import { CLOSE } from './closeCodes.ts'
import { isSharedStorage, type Catchup, type SharedStorage } from './sharedRooms.ts'
import { awarenessMessage, isEmptyUpdate, readMessage, syncMessage, type Message } from './syncMessages.ts'

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
}

/** Origin of writes the server itself makes (rename through the API): stored before broadcast. */
const SERVER_WRITE = Symbol('server write')
/** Origin of updates and awareness from other server processes (shared storage): never published again. */
const REMOTE = Symbol('other process')

/**
 * One loaded project: its Y.Doc (loaded from storage), the awareness of its peers, and a queue
 * that handles every message in arrival order, one task at a time. The durability order of a
 * write is decode-check -> append to storage -> apply to the doc -> broadcast (from the doc's
 * update event), so an update anybody has received is already stored; writes waiting together
 * are stored in one transaction before the first of them is applied (see `drain`). The queue
 * also makes the storage's Promises safe: nothing reads the doc while an append is in flight.
 */
export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  private readonly peers = new Map<RoomPeer, Set<number>>()
  private queue: Promise<unknown> = Promise.resolve()
  /** Frames received and not yet handled; one drain task in the queue handles them all. */
  private inbox: { readonly peer: RoomPeer; readonly data: Uint8Array }[] = []
  private drainQueued = false
  private lastSeq = 0
  private pending = 0
  private serverUpdates: Uint8Array[] = []
  private destroyed = false
  /** Set when several processes share the storage (sharedRooms.ts). */
  private readonly shared: SharedStorage | undefined
  private catchupQueued = false

  constructor(
    readonly id: string,
    private readonly storage: SyncStorage,
    private readonly options: RoomOptions,
  ) {
    this.shared = isSharedStorage(storage) ? storage : undefined
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER_WRITE) this.serverUpdates.push(update)
      else this.broadcast(syncMessage((e) => syncProtocol.writeUpdate(e, update)), origin)
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
    const result = this.queue.then(task)
    this.queue = result.catch(() => undefined)
    return result
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
      }, SERVER_WRITE)
      this.serverUpdates = []
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

  /** Takes one frame from a peer; frames are handled in arrival order, a malformed one closes its peer only. */
  receive(peer: RoomPeer, data: Uint8Array): void {
    this.inbox.push({ peer, data })
    if (this.drainQueued) return
    this.drainQueued = true
    this.enqueue(() => this.drain()).catch((e: unknown) => this.options.log(`room ${this.id}: handling messages failed (${(e as Error).message})`))
  }

  /**
   * Handles the frames in the inbox, in order. Consecutive writes (those that arrived while an
   * append was in flight, or in one read) are stored as one group, in one transaction, then applied
   * and broadcast one by one: nobody sees any of them before the whole group is stored. Any other
   * frame (sync step 1, awareness) waits until the writes before it are stored and applied. The
   * drain does not wait for more frames (to gather a bigger group): measured, that added latency.
   */
  private async drain(): Promise<void> {
    this.drainQueued = false
    const frames = this.inbox
    this.inbox = []
    let writes: Write[] = []
    for (const { peer, data } of frames) {
      if (this.destroyed) return
      let message: Message
      try {
        message = readMessage(data)
        if (message.kind === 'write') {
          // Viewers' writes are dropped; an empty step 2 arrives on every connect: nothing to store.
          if (peer.canWrite && !isEmptyUpdate(message.payload)) writes.push({ peer, update: message.payload })
          continue
        }
      } catch {
        peer.fail(CLOSE.badRequest, 'malformed message')
        continue
      }
      if (writes.length > 0) await this.commit(writes)
      writes = []
      try {
        this.handle(peer, message)
      } catch {
        // Thrown while decoding the payload (a state vector, an awareness update): malformed.
        peer.fail(CLOSE.badRequest, 'malformed message')
      }
    }
    if (writes.length > 0) await this.commit(writes)
  }

  /** A frame other than a write. */
  private handle(peer: RoomPeer, message: Exclude<Message, { kind: 'write' }>): void {
    switch (message.kind) {
      case 'syncStep1':
        // The reply holds what the peer lacks; a malformed state vector throws here.
        peer.send(syncMessage((e) => syncProtocol.writeSyncStep2(e, this.doc, message.payload)))
        return
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.payload, peer)
        return
      case 'queryAwareness':
        peer.send(awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]))
        return
      case 'auth':
        return
    }
  }

  /** Stores, then applies (the doc's update event broadcasts) decode-checked writes. */
  private async commit(writes: readonly Write[]): Promise<void> {
    // With shared storage each update catches up with the other processes first: one at a time.
    if (this.shared) {
      for (const w of writes) await this.commitGroup([w])
    } else await this.commitGroup(writes)
  }

  private async commitGroup(writes: readonly Write[]): Promise<void> {
    try {
      await this.store(writes.map((w) => w.update))
    } catch (e) {
      this.storageFailed(writes, e)
      return
    }
    const unappliable: RoomPeer[] = []
    for (const w of writes) {
      try {
        Y.applyUpdate(this.doc, w.update, w.peer)
      } catch {
        unappliable.push(w.peer)
      }
    }
    try {
      // Stored but not appliable: replaced at once by the state the doc did reach (which has every
      // other update of the group, applied above, so compacting up to the group's last one loses nothing).
      if (unappliable.length > 0 || this.pending >= this.options.compactEvery) await this.compactNow()
    } catch (e) {
      this.storageFailed(writes, e)
    }
    for (const peer of unappliable) peer.fail(CLOSE.badRequest, 'malformed message')
  }

  private storageFailed(writes: readonly Write[], e: unknown): void {
    this.options.log(`room ${this.id}: storage failed, connection closed (${(e as Error).message})`)
    for (const w of writes) w.peer.fail(CLOSE.internalError, 'storage failed')
  }

  /**
   * A write by the server itself (rename through the API): applied, then stored, then broadcast,
   * all inside the queue, so no peer sees it before it is stored.
   */
  serverWrite(change: (doc: Y.Doc) => void): Promise<void> {
    return this.enqueue(async () => {
      this.serverUpdates = []
      this.doc.transact(() => change(this.doc), SERVER_WRITE)
      const updates = this.serverUpdates
      this.serverUpdates = []
      for (const update of updates) {
        await this.store([update])
        this.broadcast(syncMessage((e) => syncProtocol.writeUpdate(e, update)), undefined)
      }
    })
  }

  /**
   * Stores updates, committed when it resolves (all or none), and advances `lastSeq` to the last.
   * With shared storage (one update only), first applies what other processes stored before it,
   * so `lastSeq` never passes an update this doc lacks (compaction up to it would drop that).
   */
  private async store(updates: readonly Uint8Array[]): Promise<void> {
    if (this.shared) {
      if (updates.length !== 1) throw new Error('shared storage stores one update at a time')
      const { seq, missed } = await this.shared.appendUpdateAfter(this.id, updates[0]!, this.lastSeq)
      this.applyCatchup(missed)
      this.lastSeq = seq
    } else {
      this.lastSeq = (await this.storage.appendUpdates(updates.map((update) => ({ projectId: this.id, update })))).at(-1)!
    }
    this.pending += updates.length
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
    return this.enqueue(() => (this.pending > 0 ? this.compactNow() : undefined))
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

interface Write {
  readonly peer: RoomPeer
  readonly update: Uint8Array
}

interface AwarenessChange {
  readonly added: number[]
  readonly updated: number[]
  readonly removed: number[]
}
