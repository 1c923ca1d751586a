// @vitest-environment node
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, seededRandom, startTestServer, storedDoc, waitFor, type TestClient, type TestServer } from './syncHarness.ts'

let t: TestServer
const clients: TestClient[] = []
beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await t.dispose()
})

function client(projectId: string, token: string): TestClient {
  const c = connectClient(t.syncUrl, projectId, token)
  clients.push(c)
  return c
}

const json = (doc: Y.Doc): unknown => doc.getMap('elements').toJSON()
const sv = (doc: Y.Doc): string => Buffer.from(Y.encodeStateVector(doc)).toString('base64')

describe('stock y-websocket clients through the real server', () => {
  it('two clients converge, and the stored state is what they see', async () => {
    const token = await t.token({ prj: 'dua-klien', role: 'owner' })
    const a = client('dua-klien', token)
    const b = client('dua-klien', token)
    await Promise.all([a.synced, b.synced])
    const element = new Y.Map<unknown>()
    a.doc.getMap('elements').set('e1', element)
    element.set('name', 'SIMPEG')
    await waitFor(() => (b.doc.getMap('elements').get('e1') as Y.Map<unknown> | undefined)?.get('name') === 'SIMPEG', 'b to see e1')
    ;(b.doc.getMap('elements').get('e1') as Y.Map<unknown>).set('owner', 'BKPSDM')
    await waitFor(() => (a.doc.getMap('elements').get('e1') as Y.Map<unknown>).get('owner') === 'BKPSDM', 'a to see the owner')
    expect(json(a.doc)).toEqual(json(b.doc))
    expect(json(await storedDoc(t.server, 'dua-klien'))).toEqual(json(a.doc))
  })

  it('relays awareness between clients (presence)', async () => {
    const token = await t.token({ prj: 'kehadiran', role: 'viewer', sub: 'u-view' })
    const editor = await t.token({ prj: 'kehadiran', role: 'editor' })
    const a = client('kehadiran', editor)
    await a.synced
    const b = client('kehadiran', token)
    await b.synced
    a.provider.awareness.setLocalStateField('user', { name: 'Sari', color: '#c0392b' })
    b.provider.awareness.setLocalStateField('user', { name: 'Budi', color: '#2980b9' })
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Sari', 'b to see Sari')
    await waitFor(() => a.provider.awareness.getStates().get(b.doc.clientID)?.user?.name === 'Budi', 'a to see Budi (a viewer has presence too)')
    b.provider.disconnect()
    await waitFor(() => !a.provider.awareness.getStates().has(b.doc.clientID), 'Budi to leave a’s presence')
  })

  it('a seeded random session with disconnects ends identical everywhere, for a late joiner and in storage', async () => {
    const seed = Number(process.env.SYNC_SEED ?? Date.now() % 1_000_000)
    console.log(`random sync session seed: ${seed} (replay with SYNC_SEED=${seed})`)
    const random = seededRandom(seed)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const token = await t.token({ prj: 'acak', role: 'editor' })
    const session = Array.from({ length: 4 }, () => client('acak', token))
    await Promise.all(session.map((c) => c.synced))
    const keys = ['nama', 'kode', 'opd', 'status', 'catatan']
    for (let step = 0; step < 300; step++) {
      const c = pick(session)
      const elements = c.doc.getMap<Y.Map<unknown>>('elements')
      const roll = random()
      if (roll < 0.06) {
        if (c.provider.wsconnected || c.provider.wsconnecting) c.provider.disconnect()
        else c.provider.connect()
      } else if (roll < 0.25 || elements.size === 0) {
        const m = new Y.Map<unknown>()
        elements.set(`e${Math.floor(random() * 40)}`, m)
        m.set('nama', `Elemen ${step}`)
      } else if (roll < 0.33) {
        elements.delete(pick([...elements.keys()]))
      } else {
        const target = elements.get(pick([...elements.keys()]))
        target?.set(pick(keys), `${step}-${Math.floor(random() * 1000)}`)
      }
      if (step % 20 === 0) await new Promise((r) => setTimeout(r, 5))
    }
    for (const c of session) if (!c.provider.wsconnected && !c.provider.wsconnecting) c.provider.connect()
    await waitFor(() => session.every((c) => c.provider.synced && sv(c.doc) === sv(session[0]!.doc)), `all clients to converge (seed ${seed})`, 10_000)
    const late = client('acak', token)
    await late.synced
    await waitFor(() => sv(late.doc) === sv(session[0]!.doc), `the late joiner to catch up (seed ${seed})`)
    const stored = await storedDoc(t.server, 'acak')
    for (const c of [...session, late]) expect(json(c.doc), `seed ${seed}`).toEqual(json(stored))
    expect(sv(stored), `seed ${seed}`).toBe(sv(late.doc))
  })
})
