import 'fake-indexeddb/auto'
import WebSocket from 'ws'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createElement } from '../model/commands/elementCommands.ts'
import { localOrigin } from '../model/origin.ts'
import { roots } from '../model/ydoc/docSchema.ts'
import { connectClient, startTestServer, storedDoc, waitFor, type TestServer } from '../../tests/server/syncHarness.ts'
import { storeProject } from '../../server/projects/storeProject.ts'
import { emptyProject } from '../model/emptyProject.ts'
import { deleteProjectDatabase } from './projectDatabase.ts'
import { openServerProject, type ServerProjectConnection } from './serverProject.ts'

let server: TestServer
const open: ServerProjectConnection[] = []
const user = { id: 'u-a', name: 'Ani', color: '#1971c2' }

beforeAll(async () => {
  server = await startTestServer()
})
afterEach(async () => {
  for (const c of open.splice(0)) await c.close()
  await deleteProjectDatabase()
})
afterAll(async () => server.dispose())

/** A project with its two states on the server (a token-created project starts empty). */
async function seed(id: string): Promise<void> {
  const owner = { id: `u-${id}`, name: 'Pemilik', admin: false, createdAt: Date.now() }
  await server.server.storage.createUser(owner)
  await storeProject(server.server.storage, emptyProject({ id, name: id, organization: 'Pemkab Uji', organizationType: 'kabupaten', planStartYear: 2025 }), owner.id)
}

async function connect(projectId: string, token: string): Promise<ServerProjectConnection> {
  const c = await openServerProject(projectId, { token, user, syncUrl: server.syncUrl, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket })
  open.push(c)
  return c
}

function addElement(c: ServerProjectConnection, name: string): void {
  const r = createElement({ doc: c.doc, origin: localOrigin('u-a') }, { kind: 'aplikasi-khusus', name })
  if (!r.ok) throw new Error(r.error.en)
}

const storedNames = async (projectId: string): Promise<string[]> => {
  const doc = await storedDoc(server.server, projectId)
  return [...roots(doc).elements.values()].map((e) => String((e as { get(k: string): unknown }).get('name'))).sort()
}

describe('a server project in the client', () => {
  it('counts a change as pending until the server has stored it', async () => {
    await seed('proj-ack')
    const token = await server.token({ prj: 'proj-ack', role: 'editor' })
    const c = await connect('proj-ack', token)
    await waitFor(() => c.getSnapshot().phase === 'connected', 'first sync')
    addElement(c, 'Aplikasi Satu')
    expect(c.getSnapshot().pending).toBe(1)
    expect(c.getSnapshot().phase).toBe('syncing')
    await waitFor(() => c.getSnapshot().pending === 0, 'the echo')
    // The count reached zero only after the write was committed: it is in storage now.
    expect(await storedNames('proj-ack')).toEqual(['Aplikasi Satu'])
    expect(c.getSnapshot().phase).toBe('connected')
  })

  it('keeps offline edits across a closed tab and sends them on reconnect', async () => {
    await seed('proj-off')
    const token = await server.token({ prj: 'proj-off', role: 'editor' })
    const other = connectClient(server.syncUrl, 'proj-off', await server.token({ prj: 'proj-off', role: 'editor', sub: 'u-b' }))
    try {
      const c = await connect('proj-off', token)
      await waitFor(() => c.getSnapshot().phase === 'connected', 'first sync')
      c.provider.disconnect()
      await waitFor(() => c.getSnapshot().phase === 'offline', 'offline')
      addElement(c, 'Offline A')
      addElement(c, 'Offline B')
      expect(c.getSnapshot().pending).toBe(2)
      // The tab closes while offline.
      open.splice(open.indexOf(c), 1)
      await c.close()
      expect(await storedNames('proj-off')).toEqual([])

      const reopened = await connect('proj-off', token)
      expect(reopened.getSnapshot().hasContent).toBe(true)
      expect([...roots(reopened.doc).elements.values()].length).toBe(2)
      expect(reopened.getSnapshot().pending).toBe(2)
      await waitFor(() => reopened.getSnapshot().phase === 'connected' && reopened.getSnapshot().pending === 0, 'resync', 8000)
      expect(await storedNames('proj-off')).toEqual(['Offline A', 'Offline B'])
      await waitFor(() => roots(other.doc).elements.size === 2, 'the other client sees them')
    } finally {
      other.destroy()
    }
  })

  it('stops and says why when the server refuses', async () => {
    const viewer = await connect('proj-none', await server.token({ prj: 'proj-none', role: 'viewer' }))
    await waitFor(() => viewer.getSnapshot().phase === 'refused', 'refusal')
    expect(viewer.getSnapshot().refusal).toBe('not-found')
    const bad = await connect('proj-bad', 'not.a.token')
    await waitFor(() => bad.getSnapshot().refusal !== undefined, 'refusal')
    expect(bad.getSnapshot().refusal).toBe('unauthorized')
  })
})
