// @vitest-environment node
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { MemoryStorage } from '../storage/memoryStorage.ts'
import type { AppendEntry } from '../storage/syncStorage.ts'
import { CLOSE } from './closeCodes.ts'
import { Room, type RoomPeer } from './room.ts'
import { readMessage, syncMessage } from './syncMessages.ts'

/** Records every group it is asked to store; appends wait for `gate` (a slow disk) and may fail. */
class RecordingStorage extends MemoryStorage {
  readonly groups: number[] = []
  gate: Promise<void> = Promise.resolve()
  failing = false

  override async appendUpdates(entries: readonly AppendEntry[]): Promise<number[]> {
    this.groups.push(entries.length)
    await this.gate
    if (this.failing) throw new Error('disk full')
    return super.appendUpdates(entries)
  }
}

class FakePeer implements RoomPeer {
  readonly canWrite = true
  readonly received = new Y.Doc()
  readonly closed: number[] = []
  send(message: Uint8Array): void {
    const m = readMessage(message)
    if (m.kind === 'write') Y.applyUpdate(this.received, m.payload)
  }
  fail(code: number): void {
    this.closed.push(code)
  }
  get keys(): Record<string, unknown> {
    return this.received.getMap('m').toJSON()
  }
}

/** A sync update frame setting one key, as a client sends it. */
function edit(doc: Y.Doc, key: string, value: unknown): Uint8Array {
  let frame: Uint8Array | undefined
  const listener = (u: Uint8Array): void => {
    frame = syncMessage((e) => syncProtocol.writeUpdate(e, u))
  }
  doc.on('update', listener)
  doc.getMap('m').set(key, value)
  doc.off('update', listener)
  return frame!
}

async function openRoom(storage: RecordingStorage): Promise<{ room: Room; writer: FakePeer; reader: FakePeer }> {
  await storage.createProject({ id: 'p1', name: 'p1', ownerId: 'u', createdAt: 1 })
  const room = new Room('p1', storage, { compactEvery: 500, log: () => {} })
  await room.load()
  const writer = new FakePeer()
  const reader = new FakePeer()
  await room.join(writer)
  await room.join(reader)
  return { room, writer, reader }
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

describe('a room stores the writes waiting in its inbox together', () => {
  it('stores the writes that arrived while an append was in flight in one transaction, before anyone receives them', async () => {
    const storage = new RecordingStorage()
    const { room, writer, reader } = await openRoom(storage)
    let open!: () => void
    storage.gate = new Promise((resolve) => (open = resolve))
    const doc = new Y.Doc()
    room.receive(writer, edit(doc, 'k1', 1))
    await settle()
    // k1 is being stored; these two wait in the inbox.
    room.receive(writer, edit(doc, 'k2', 2))
    room.receive(writer, edit(doc, 'k3', 3))
    await settle()
    expect(storage.groups).toEqual([1])
    expect(reader.keys).toEqual({})
    let release!: () => void
    const second = new Promise<void>((resolve) => (release = resolve))
    storage.gate = second
    open()
    await settle()
    // k1 stored and sent; k2 and k3 are one group, still being stored: not sent yet.
    expect(reader.keys).toEqual({ k1: 1 })
    expect(storage.groups).toEqual([1, 2])
    release()
    await room.snapshot()
    expect(reader.keys).toEqual({ k1: 1, k2: 2, k3: 3 })
    // The writer does not get its own updates back.
    expect(writer.keys).toEqual({})
    expect((await storage.loadRoom('p1')).updates).toHaveLength(3)
  })

  it('closes every writer of a group whose append failed, and sends none of it', async () => {
    const storage = new RecordingStorage()
    const { room, writer, reader } = await openRoom(storage)
    const other = new FakePeer()
    await room.join(other)
    storage.failing = true
    room.receive(writer, edit(new Y.Doc(), 'a', 'gagal'))
    room.receive(other, edit(new Y.Doc(), 'b', 'gagal juga'))
    await room.snapshot()
    expect(storage.groups).toEqual([2])
    expect(writer.closed).toEqual([CLOSE.internalError])
    expect(other.closed).toEqual([CLOSE.internalError])
    expect(reader.keys).toEqual({})
    expect((await storage.loadRoom('p1')).updates).toEqual([])
    storage.failing = false
    room.receive(writer, edit(new Y.Doc(), 'c', 'tersimpan'))
    await room.snapshot()
    expect(reader.keys).toEqual({ c: 'tersimpan' })
  })

  it('closes only the sender of a malformed frame, and stores the valid writes around it', async () => {
    const storage = new RecordingStorage()
    const { room, writer, reader } = await openRoom(storage)
    const other = new FakePeer()
    await room.join(other)
    const doc = new Y.Doc()
    room.receive(writer, edit(doc, 'k1', 1))
    // A sync update whose payload is not a Yjs update.
    room.receive(other, syncMessage((e) => syncProtocol.writeUpdate(e, new Uint8Array([200, 1, 2, 3]))))
    room.receive(writer, edit(doc, 'k2', 2))
    await room.snapshot()
    expect(other.closed).toEqual([CLOSE.badRequest])
    expect(writer.closed).toEqual([])
    expect(reader.keys).toEqual({ k1: 1, k2: 2 })
    expect(storage.groups).toEqual([2])
  })

  it('answers a sync step 1 only after the writes before it are stored and applied', async () => {
    const storage = new RecordingStorage()
    const { room, writer } = await openRoom(storage)
    const late = new FakePeer()
    await room.join(late)
    let open!: () => void
    storage.gate = new Promise((resolve) => (open = resolve))
    room.receive(writer, edit(new Y.Doc(), 'k', 'dulu'))
    // A state vector of an empty doc: the answer (sync step 2) holds everything the room has.
    room.receive(late, syncMessage((e) => syncProtocol.writeSyncStep1(e, new Y.Doc())))
    await settle()
    expect(late.keys).toEqual({})
    open()
    await room.snapshot()
    expect(late.keys).toEqual({ k: 'dulu' })
  })
})
