// @vitest-environment node
import { isDeepStrictEqual } from 'node:util'
import * as Y from 'yjs'
import { afterAll, describe, expect, it } from 'vitest'
import { connectClient, startTestServer, storedDoc, waitFor, waitForStored, type TestClient, type TestServer } from './syncHarness.ts'

const servers: TestServer[] = []
const clients: TestClient[] = []
afterAll(async () => {
  for (const c of clients) c.destroy()
  for (const s of servers) await s.dispose()
})

async function server(dataDir?: string, compactEvery = 500): Promise<TestServer> {
  const s = await startTestServer({ ...(dataDir ? { dataDir } : {}), rooms: { compactEvery } })
  servers.push(s)
  return s
}

function client(s: TestServer, projectId: string, token: string): TestClient {
  const c = connectClient(s.syncUrl, projectId, token)
  clients.push(c)
  return c
}

describe('durability across restarts (SQLite)', () => {
  it('loads exactly the state before a clean restart', async () => {
    const first = await server()
    const token = await first.token({ prj: 'tahan', role: 'owner' })
    const a = client(first, 'tahan', token)
    const b = client(first, 'tahan', token)
    await Promise.all([a.synced, b.synced])
    for (let i = 0; i < 30; i++) (i % 2 ? a : b).doc.getMap('elements').set(`e${i}`, `nilai ${i}`)
    a.doc.getMap('elements').delete('e3')
    await waitFor(() => a.doc.getMap('elements').size === 29 && b.doc.getMap('elements').size === 29, 'both to converge')
    const before = a.doc.getMap('elements').toJSON()
    await waitForStored(first.server, 'tahan', (d) => isDeepStrictEqual(d.getMap('elements').toJSON(), before), 'all edits stored')
    a.destroy()
    b.destroy()
    await first.stop()

    const second = await server(first.dataDir)
    const late = client(second, 'tahan', await second.token({ prj: 'tahan', role: 'viewer' }))
    await late.synced
    expect(late.doc.getMap('elements').toJSON()).toEqual(before)
    // Closing the server unloaded the room, which compacts: one state, no loose updates left.
    expect(await second.server.storage.pendingUpdateCount('tahan')).toBe(0)
  })

  it('compacts every N updates and on unload without changing the document', async () => {
    const s = await server(undefined, 10)
    const token = await s.token({ prj: 'padat', role: 'owner' })
    const a = client(s, 'padat', token)
    await a.synced
    for (let i = 0; i < 25; i++) {
      a.doc.getMap('elements').set(`e${i}`, i)
      await new Promise((r) => setTimeout(r, 2))
    }
    await waitForStored(s.server, 'padat', (d) => d.getMap('elements').size === 25, 'all 25 edits')
    expect(await s.server.storage.pendingUpdateCount('padat')).toBeLessThan(10)
    a.provider.disconnect()
    await waitFor(() => !s.server.rooms.isLoaded('padat'), 'the room to unload')
    expect(await s.server.storage.pendingUpdateCount('padat')).toBe(0)
    const stored = await storedDoc(s.server, 'padat')
    expect(stored.getMap('elements').toJSON()).toEqual(a.doc.getMap('elements').toJSON())
    expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(a.doc))
  })
})
