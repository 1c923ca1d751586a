// @vitest-environment node
import * as encoding from 'lib0/encoding'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signToken } from '../../server/auth/tokens.ts'
import { CLOSE } from '../../server/sync/closeCodes.ts'
import { connectClient, rawSocket, startTestServer, storedDoc, waitFor, waitForStored, type TestClient, type TestServer } from './syncHarness.ts'

let t: TestServer
const clients: TestClient[] = []
beforeAll(async () => {
  t = await startTestServer()
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await t.dispose()
})

function client(projectId: string, token: string | undefined): TestClient {
  const c = connectClient(t.syncUrl, projectId, token)
  clients.push(c)
  return c
}

async function api(path: string, token: string | undefined, method = 'GET', body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`http://127.0.0.1:${t.server.port}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder()
  write(e)
  return encoding.toUint8Array(e)
}

/** Creates a project with one element through an owner connection, and returns the owner's token. */
async function seedProject(id: string): Promise<string> {
  const token = await t.token({ prj: id, role: 'owner', sub: 'u-owner' })
  const owner = client(id, token)
  await owner.synced
  owner.doc.getMap('elements').set('e1', 'SIMPEG')
  await waitForStored(t.server, id, (d) => d.getMap('elements').get('e1') === 'SIMPEG', 'e1')
  return token
}

describe('access to the sync endpoint', () => {
  it('refuses a missing, badly signed or expired token with 4401, and the client stops retrying', async () => {
    await seedProject('rahasia')
    const none = client('rahasia', undefined)
    expect((await none.closed).code).toBe(CLOSE.unauthorized)
    const forged = await signToken(new Uint8Array(32).fill(7), { sub: 'u-owner', prj: 'rahasia', role: 'owner' }, 3600)
    expect((await client('rahasia', forged).closed).code).toBe(CLOSE.unauthorized)
    const expired = await signToken(t.server.secret, { sub: 'u-owner', prj: 'rahasia', role: 'owner' }, 60, Date.now() - 3600_000)
    expect((await client('rahasia', expired).closed).code).toBe(CLOSE.unauthorized)
    expect((await client('rahasia', 'not-a-jwt').closed).code).toBe(CLOSE.unauthorized)
    expect(none.provider.shouldConnect).toBe(false)
    expect(none.doc.getMap('elements').size).toBe(0)
  })

  it("refuses another project's token and a session without membership with 4403", async () => {
    await seedProject('proyek-a')
    const other = await t.token({ prj: 'proyek-b', role: 'owner' })
    expect((await client('proyek-a', other).closed).code).toBe(CLOSE.forbidden)
    const stranger = await t.token({ prj: '*', role: 'owner', sub: 'u-stranger' })
    expect((await client('proyek-a', stranger).closed).code).toBe(CLOSE.forbidden)
  })

  it('refuses a viewer token for a project that does not exist (4404) and a malformed id (4400)', async () => {
    const viewer = await t.token({ prj: 'belum-ada', role: 'viewer' })
    expect((await client('belum-ada', viewer).closed).code).toBe(CLOSE.notFound)
    expect(await t.server.storage.getProject('belum-ada')).toBeUndefined()
    const any = await t.token({ prj: '*', role: 'owner' })
    expect((await client('..%2Fsecret', any).closed).code).toBe(CLOSE.badRequest)
  })

  it('creates the project on first connection with an owner or editor token', async () => {
    const token = await t.token({ prj: 'baru-dari-skrip', role: 'editor', sub: 'u-script' })
    const c = client('baru-dari-skrip', token)
    await c.synced
    expect(await t.server.storage.getProject('baru-dari-skrip')).toMatchObject({ id: 'baru-dari-skrip', ownerId: 'u-script', deletedAt: null })
  })

  it('refuses a foreign Origin before the upgrade, accepts its own', async () => {
    const token = await t.token({ prj: 'asal', role: 'owner' })
    const foreign = rawSocket(`${t.syncUrl}/asal?token=${token}`, { origin: 'http://evil.example' })
    await expect(foreign.opened).rejects.toThrow('HTTP 403')
    const own = rawSocket(`${t.syncUrl}/asal?token=${token}`, { origin: `http://127.0.0.1:${t.server.port}` })
    await own.opened
    own.ws.close()
  })

  it("drops a viewer's writes: the stored state and the other clients stay unchanged", async () => {
    const ownerToken = await seedProject('hanya-baca')
    const viewerToken = await t.token({ prj: 'hanya-baca', role: 'viewer', sub: 'u-viewer' })
    const before = Y.encodeStateVector(await storedDoc(t.server, 'hanya-baca'))
    const viewer = client('hanya-baca', viewerToken)
    await viewer.synced
    expect(viewer.doc.getMap('elements').get('e1')).toBe('SIMPEG')
    viewer.doc.getMap('elements').set('e2', 'ditulis oleh pembaca')
    viewer.doc.getMap('elements').delete('e1')

    // A modified client sending an update frame directly, then asking for a sync: once the
    // answer arrives, the server has handled (and dropped) the write before it.
    const raw = rawSocket(`${t.syncUrl}/hanya-baca?token=${viewerToken}`)
    await raw.opened
    const intruder = new Y.Doc()
    intruder.getMap('elements').set('e3', 'tulisan liar')
    const replies: Uint8Array[] = []
    raw.ws.on('message', (d: Buffer) => replies.push(new Uint8Array(d)))
    raw.ws.send(frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(intruder)))))
    raw.ws.send(frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, new Y.Doc()))))
    await waitFor(() => replies.some((r) => { const d = decoding.createDecoder(r); return decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1 }), 'the step 2 answer')
    await new Promise((r) => setTimeout(r, 100))

    const stored = await storedDoc(t.server, 'hanya-baca')
    expect(stored.getMap('elements').toJSON()).toEqual({ e1: 'SIMPEG' })
    expect(Y.encodeStateVector(stored)).toEqual(before)
    const editor = client('hanya-baca', ownerToken)
    await editor.synced
    expect(editor.doc.getMap('elements').toJSON()).toEqual({ e1: 'SIMPEG' })
    raw.ws.close()
  })

  it('an invite gives a working token; revoking it closes open connections at once (4403) and refuses it after', async () => {
    const ownerToken = await t.token({ prj: '*', role: 'owner', sub: 'u-owner' })
    await seedProject('lokakarya')
    const created = await api('/api/projects/lokakarya/invites', ownerToken, 'POST', { role: 'editor', maxUses: 5 })
    expect(created.status).toBe(201)
    const exchanged = await api('/api/invites/exchange', undefined, 'POST', { code: created.json.code, name: 'Peserta Dinkes' })
    expect(exchanged.status).toBe(200)
    const token = exchanged.json.token as string
    const participant = client('lokakarya', token)
    await participant.synced
    participant.doc.getMap('elements').set('e9', 'dari peserta')
    await waitForStored(t.server, 'lokakarya', (d) => d.getMap('elements').get('e9') === 'dari peserta', 'the participant’s edit')
    const inviteId = (created.json.invite as { id: string }).id
    const revoked = await api(`/api/projects/lokakarya/invites/${inviteId}`, ownerToken, 'DELETE')
    expect(revoked.status).toBe(200)
    expect(revoked.json.closedConnections).toBe(1)
    expect((await participant.closed).code).toBe(CLOSE.forbidden)
    expect((await client('lokakarya', token).closed).code).toBe(CLOSE.forbidden)
    const again = await api('/api/invites/exchange', undefined, 'POST', { code: created.json.code, name: 'Terlambat' })
    expect(again.status).toBe(410)
  })
})
