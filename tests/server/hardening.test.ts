// @vitest-environment node
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLOSE } from '../../server/sync/closeCodes.ts'
import { connectClient, rawSocket, seededRandom, startTestServer, storedDoc, waitFor, waitForStored, type TestClient, type TestServer } from './syncHarness.ts'

const MAX_BYTES = 64 * 1024
let t: TestServer
let token: string
const clients: TestClient[] = []
beforeAll(async () => {
  t = await startTestServer({ limits: { maxMessageBytes: MAX_BYTES, messagesPerSecond: 50, messageBurst: 100 } })
  token = await t.token({ prj: 'tangguh', role: 'editor' })
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await t.dispose()
})

function client(): TestClient {
  const c = connectClient(t.syncUrl, 'tangguh', token)
  clients.push(c)
  return c
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}

/** Two well-behaved clients; `check` asserts they still sync through the server. */
async function bystanders(): Promise<{ check: (value: string) => Promise<void> }> {
  const a = client()
  const b = client()
  await Promise.all([a.synced, b.synced])
  return {
    check: async (value) => {
      a.doc.getMap('elements').set('last', value)
      await waitFor(() => b.doc.getMap('elements').get('last') === value, `the bystander to receive ${value}`)
      await waitForStored(t.server, 'tangguh', (d) => d.getMap('elements').get('last') === value, value)
    },
  }
}

async function sendAndExpectClose(data: Uint8Array | string, code: number): Promise<void> {
  const raw = rawSocket(`${t.syncUrl}/tangguh?token=${token}`)
  await raw.opened
  raw.ws.send(data)
  expect((await raw.closed).code).toBe(code)
}

describe('a misbehaving connection is closed, and only it', () => {
  it('closes a connection that sends an oversized frame (1009), the others keep syncing', async () => {
    const others = await bystanders()
    await sendAndExpectClose(new Uint8Array(MAX_BYTES + 1), CLOSE.tooLarge)
    await others.check('after-oversized')
  })

  it('closes malformed frames with 4400: garbage, an unknown type, a broken update, a text frame', async () => {
    const others = await bystanders()
    const before = await storedDoc(t.server, 'tangguh')
    const brokenUpdate = frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, syncProtocol.messageYjsUpdate), encoding.writeVarUint8Array(e, new Uint8Array([1, 200, 7, 7, 7]))))
    const brokenStateVector = frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1), encoding.writeVarUint8Array(e, new Uint8Array([5, 255]))))
    const badAwareness = frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, new Uint8Array([1, 9, 9, 3, 123, 123, 123]))))
    const cases: [string, Uint8Array | string][] = [
      ['garbage', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])],
      ['unknown message type', frame((e) => encoding.writeVarUint(e, 42))],
      ['unknown sync step', frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 9), encoding.writeVarUint8Array(e, new Uint8Array())))],
      ['broken update', brokenUpdate],
      ['broken state vector', brokenStateVector],
      ['broken awareness', badAwareness],
      ['truncated', new Uint8Array([0])],
      ['text frame', 'hello'],
    ]
    for (const [what, data] of cases) {
      await sendAndExpectClose(data, CLOSE.badRequest).catch((e: Error) => {
        throw new Error(`${what}: ${e.message}`)
      })
    }
    const after = await storedDoc(t.server, 'tangguh')
    expect(Y.encodeStateVector(after)).toEqual(Y.encodeStateVector(before))
    await others.check('after-malformed')
  })

  it('survives seeded random frames, each on its own connection', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000)
    console.log(`random frame seed: ${seed} (replay with FUZZ_SEED=${seed})`)
    const random = seededRandom(seed)
    const others = await bystanders()
    for (let i = 0; i < 25; i++) {
      // At least two bytes, so the sync-update prefix below always fits.
      const bytes = new Uint8Array(2 + Math.floor(random() * 64)).map(() => Math.floor(random() * 256))
      // Half of them look like sync updates, so they reach the update decoder.
      if (i % 2 === 0) bytes.set([0, 2], 0)
      const raw = rawSocket(`${t.syncUrl}/tangguh?token=${token}`)
      await raw.opened
      raw.ws.send(bytes)
      raw.ws.send(frame((e) => (encoding.writeVarUint(e, 3))))
      await new Promise((r) => setTimeout(r, 5))
      raw.ws.close()
      await raw.closed
    }
    await others.check(`after-fuzz-${seed}`)
    const late = client()
    await late.synced
    expect(late.doc.getMap('elements').get('last')).toBe(`after-fuzz-${seed}`)
  })

  it('closes a connection that floods past its rate limit (1008), the others keep syncing', async () => {
    const others = await bystanders()
    const raw = rawSocket(`${t.syncUrl}/tangguh?token=${token}`)
    await raw.opened
    const query = frame((e) => encoding.writeVarUint(e, 3))
    for (let i = 0; i < 300 && raw.ws.readyState === raw.ws.OPEN; i++) raw.ws.send(query)
    expect((await raw.closed).code).toBe(CLOSE.rateLimited)
    await others.check('after-flood')
  })
})
