// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MemoryStorage } from '../../server/storage/memoryStorage.ts'
import { CLOSE } from '../../server/sync/closeCodes.ts'
import { connectClient, startTestServer, waitFor, type TestClient, type TestServer } from './syncHarness.ts'

/**
 * A storage whose appends wait for the test to let them through (like a slow PostgreSQL), or
 * fail: nobody may receive an update before its append has completed, or at all if it failed.
 * Asynchronous only, as PostgreSQL is: the synchronous append MemoryStorage offers is hidden.
 */
class GatedStorage extends MemoryStorage {
  gate: Promise<void> = Promise.resolve()
  failing = false
  appended = 0

  constructor() {
    super()
    Object.defineProperty(this, 'appendUpdateNow', { value: undefined })
  }

  override async appendUpdate(projectId: string, update: Uint8Array): Promise<number> {
    await this.gate
    if (this.failing) throw new Error('disk full')
    const seq = await super.appendUpdate(projectId, update)
    this.appended++
    return seq
  }
}

/** A storage that commits synchronously (as SQLite does), or fails. */
class FailingStorage extends MemoryStorage {
  failing = false

  override appendUpdateNow(projectId: string, update: Uint8Array): number {
    if (this.failing) throw new Error('disk full')
    return super.appendUpdateNow(projectId, update)
  }
}

const storage = new GatedStorage()
const syncStorage = new FailingStorage()
let t: TestServer
let tSync: TestServer
const clients: TestClient[] = []
beforeAll(async () => {
  t = await startTestServer({ storage })
  tSync = await startTestServer({ storage: syncStorage })
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await t.dispose()
  await tSync.dispose()
})

function client(token: string, server: TestServer = t): TestClient {
  const c = connectClient(server.syncUrl, 'urutan', token)
  clients.push(c)
  return c
}

describe('durability order: stored before anyone receives it', () => {
  it('holds an update back from other clients until its append has completed', async () => {
    const token = await t.token({ prj: 'urutan', role: 'editor' })
    const a = client(token)
    const b = client(token)
    await Promise.all([a.synced, b.synced])
    let open!: () => void
    storage.gate = new Promise((resolve) => (open = resolve))
    const before = storage.appended
    a.doc.getMap('elements').set('e1', 'tertahan')
    await new Promise((r) => setTimeout(r, 200))
    expect(b.doc.getMap('elements').get('e1')).toBeUndefined()
    expect(storage.appended).toBe(before)
    open()
    await waitFor(() => b.doc.getMap('elements').get('e1') === 'tertahan', 'b to receive e1 once stored')
    expect(storage.appended).toBe(before + 1)
  })

  it('never broadcasts an update whose append failed; the sender reconnects and it arrives once storage works', async () => {
    const token = await t.token({ prj: 'urutan', role: 'editor' })
    const a = client(token)
    const b = client(token)
    await Promise.all([a.synced, b.synced])
    storage.failing = true
    const closes: number[] = []
    a.provider.on('connection-close', (event) => event && closes.push(event.code))
    a.doc.getMap('elements').set('e2', 'gagal dulu')
    await waitFor(() => closes.includes(CLOSE.internalError), 'a to be closed with 1011')
    expect(b.doc.getMap('elements').get('e2')).toBeUndefined()
    storage.failing = false
    // y-websocket reconnects after a non-44xx close and sends what the server lacks.
    await waitFor(() => b.doc.getMap('elements').get('e2') === 'gagal dulu', 'e2 to arrive after the reconnect')
  })

  it('with a storage that commits synchronously, too: a failed append is never broadcast', async () => {
    const token = await tSync.token({ prj: 'urutan', role: 'editor' })
    const a = client(token, tSync)
    const b = client(token, tSync)
    await Promise.all([a.synced, b.synced])
    syncStorage.failing = true
    const closes: number[] = []
    const bCloses: number[] = []
    a.provider.on('connection-close', (event) => event && closes.push(event.code))
    b.provider.on('connection-close', (event) => event && bCloses.push(event.code))
    a.doc.getMap('elements').set('e3', 'gagal dulu')
    await waitFor(() => closes.includes(CLOSE.internalError), 'a to be closed with 1011')
    // The room's doc took the change storage refused: every peer is closed, none may sync from it.
    await waitFor(() => bCloses.includes(CLOSE.internalError), 'b to be closed with 1011')
    expect(b.doc.getMap('elements').get('e3')).toBeUndefined()
    syncStorage.failing = false
    await waitFor(() => b.doc.getMap('elements').get('e3') === 'gagal dulu', 'e3 to arrive after the reconnect')
  })
})
