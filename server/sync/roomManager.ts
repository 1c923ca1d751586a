import type { SyncStorage } from '../storage/syncStorage.ts'
import { CLOSE } from './closeCodes.ts'
import { Room } from './room.ts'
import { isSharedStorage } from './sharedRooms.ts'
import type { SyncConnection } from './syncConnection.ts'

export interface RoomManagerOptions {
  /** Compact a room's stored updates after this many (and always on unload). */
  readonly compactEvery: number
  /** How long a room with nobody in it stays loaded (a reconnecting client finds it warm). */
  readonly unloadAfterMs: number
  readonly log: (line: string) => void
}

/**
 * The loaded rooms, keyed by project id: loaded from storage on first use, unloaded (compacted,
 * then freed) a grace period after the last connection left. A room being unloaded finishes its
 * compaction before the same project is loaded again.
 */
export class RoomManager {
  private readonly rooms = new Map<string, { room: Room; loaded: Promise<void> }>()
  private readonly unloading = new Map<string, Promise<void>>()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly connections = new Set<SyncConnection>()
  private closing = false
  private readonly unsubscribe: () => void = () => {}

  constructor(
    private readonly storage: SyncStorage,
    private readonly options: RoomManagerOptions,
  ) {
    // Several processes share the storage: what they store and relay reaches the rooms loaded here.
    if (isSharedStorage(storage)) {
      this.unsubscribe = storage.subscribe({
        onUpdate: (id) => void this.rooms.get(id)?.room.catchUp(),
        onAwareness: (id, update) => this.rooms.get(id)?.room.applyRemoteAwareness(update),
        onResync: () => {
          for (const { room } of this.rooms.values()) void room.catchUp()
        },
      })
    }
  }

  private entry(id: string): { room: Room; loaded: Promise<void> } {
    this.cancelUnload(id)
    let entry = this.rooms.get(id)
    if (!entry) {
      const room = new Room(id, this.storage, {
        compactEvery: this.options.compactEvery,
        log: this.options.log,
        // Storage failed after the doc took a change: the next connection loads the project afresh.
        onBroken: (broken) => {
          if (this.rooms.get(id)?.room === broken) this.rooms.delete(id)
        },
      })
      entry = { room, loaded: room.load(this.unloading.get(id)) }
      this.rooms.set(id, entry)
      entry.loaded.catch((e: unknown) => {
        // A room that did not load serves nobody: its connections retry later.
        this.options.log(`room ${id}: loading failed (${(e as Error).message})`)
        if (this.rooms.get(id) === entry) this.rooms.delete(id)
        room.closePeers(CLOSE.internalError, 'load failed')
      })
    }
    return entry
  }

  /** Puts an authorised connection into its project's room. */
  async attach(connection: SyncConnection, projectId: string): Promise<void> {
    this.connections.add(connection)
    const { room, loaded } = this.entry(projectId)
    try {
      await loaded
    } catch {
      connection.fail(CLOSE.internalError, 'load failed')
      return
    }
    if (!connection.isOpen) return this.detach(connection)
    await connection.attach(room)
  }

  /** Called when a connection closes. */
  detach(connection: SyncConnection): void {
    this.connections.delete(connection)
    const id = connection.identity?.projectId
    const entry = id === undefined ? undefined : this.rooms.get(id)
    if (entry && entry.room.size === 0) this.scheduleUnload(entry.room.id)
  }

  /** Runs `fn` with the loaded room of a project (loading it if needed), e.g. for the API. */
  async withRoom<T>(id: string, fn: (room: Room) => Promise<T>): Promise<T> {
    const { room, loaded } = this.entry(id)
    try {
      await loaded
      return await fn(room)
    } finally {
      if (room.size === 0) this.scheduleUnload(id)
    }
  }

  /** Closes the connections `which` selects (a revoked invite, a deleted project). */
  closeConnections(which: (connection: SyncConnection) => boolean, code: number, reason: string): number {
    let n = 0
    for (const c of [...this.connections]) {
      if (which(c)) {
        c.fail(code, reason)
        n++
      }
    }
    return n
  }

  isLoaded(id: string): boolean {
    return this.rooms.has(id)
  }

  private scheduleUnload(id: string): void {
    if (this.closing || this.timers.has(id)) return
    const timer = setTimeout(() => {
      this.timers.delete(id)
      void this.unload(id)
    }, this.options.unloadAfterMs)
    timer.unref()
    this.timers.set(id, timer)
  }

  private cancelUnload(id: string): void {
    const timer = this.timers.get(id)
    if (timer) clearTimeout(timer)
    this.timers.delete(id)
  }

  private unload(id: string): Promise<void> {
    const entry = this.rooms.get(id)
    if (!entry || entry.room.size > 0) return Promise.resolve()
    this.rooms.delete(id)
    const done = entry.room
      .unload()
      .catch((e: unknown) => this.options.log(`room ${id}: compaction on unload failed (${(e as Error).message}); the updates stay stored`))
      .finally(() => {
        if (this.unloading.get(id) === done) this.unloading.delete(id)
      })
    this.unloading.set(id, done)
    return done
  }

  /** Closes every connection (1001: clients reconnect to the next process) and unloads every room. */
  async shutdown(): Promise<void> {
    this.closing = true
    this.unsubscribe()
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    this.closeConnections(() => true, CLOSE.goingAway, 'server shutting down')
    const ids = [...this.rooms.keys()]
    await Promise.all(ids.map((id) => this.unload(id)))
    await Promise.all([...this.unloading.values()])
  }
}
