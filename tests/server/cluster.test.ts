// @vitest-environment node
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { signToken } from '../../server/auth/tokens.ts'
import { PostgresStorage } from '../../server/storage/postgresStorage.ts'
import { phaseOf, type ConnectionPhase } from '../../src/sync/connectionState.ts'
import { startNginx, startServerChild, type NginxChild, type ServerChild } from './postgresCluster.ts'
import { startPostgres, type PostgresInstance } from './postgresInstance.ts'
import { connectClient, waitFor, type TestClient } from './syncHarness.ts'

/**
 * Two `server/main.ts` processes sharing one throwaway PostgreSQL, nginx in front of them
 * (deploy/nginx/cetakbiru.conf rendered for loopback), stock y-websocket clients: converging
 * across processes, late joiners, PostgreSQL restarted under load, `kill -9` of a process mid-burst.
 */
let postgres: PostgresInstance
let databaseUrl: string
let dataDir: string
let secret: Uint8Array
const servers: ServerChild[] = []
let nginx: NginxChild
const clients: TestClient[] = []

beforeAll(async () => {
  postgres = await startPostgres()
  databaseUrl = await postgres.createDatabase('cluster')
  dataDir = await mkdtemp(join(tmpdir(), 'cetakbiru-cluster-'))
  // One after the other: the first creates the owner and secret.key, which the second shares.
  const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir }
  servers.push(await startServerChild(env))
  servers.push(await startServerChild(env))
  secret = new Uint8Array(Buffer.from((await readFile(join(dataDir, 'secret.key'), 'utf8')).trim(), 'base64url'))
  nginx = await startNginx(servers.map((s) => s.port))
}, 60_000)

afterAll(async () => {
  for (const c of clients) c.destroy()
  await nginx?.stop()
  for (const s of servers) await s.kill()
  await postgres?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

const direct = (i: number): string => `ws://127.0.0.1:${servers[i]!.port}/sync`
const ownerToken = (project: string): Promise<string> => signToken(secret, { sub: 'u-cluster', prj: project, role: 'owner' }, 3600)

function client(url: string, project: string, token: string): TestClient {
  const c = connectClient(url, project, token, new Y.Doc())
  clients.push(c)
  return c
}

const keys = (c: TestClient): string[] => [...c.doc.getMap('elements').keys()].sort()

/** Which process nginx sends a project to, from its access log (the same hash key as /sync/<id>). */
async function routeOf(project: string): Promise<number> {
  const lines = async (): Promise<string[]> => (await nginx.accessLog()).filter((l) => l.startsWith(`/api/projects/${project} `))
  const before = (await lines()).length
  await fetch(`http://127.0.0.1:${nginx.port}/api/projects/${project}`)
  // nginx writes the log line after the answer went out.
  const start = Date.now()
  while ((await lines()).length === before && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 10))
  const line = (await lines()).at(-1)
  const port = Number(/:(\d+)$/.exec(line ?? '')?.[1])
  const i = servers.findIndex((s) => s.port === port)
  if (i < 0) throw new Error(`no upstream for ${project}: ${line}`)
  return i
}

/** Each client writes a key every millisecond until stopped; returns every key written. */
function burst(writers: { c: TestClient; name: string }[]): { stop: () => Promise<string[]> } {
  let running = true
  const written: string[] = []
  const loops = writers.map(async ({ c, name }) => {
    for (let n = 0; running; n++) {
      c.doc.getMap('elements').set(`${name}-${n}`, n)
      written.push(`${name}-${n}`)
      await new Promise((r) => setTimeout(r, 1))
    }
  })
  return {
    stop: async () => {
      running = false
      await Promise.all(loops)
      return written.sort()
    },
  }
}

/** The keys stored in PostgreSQL for a project, read by a separate storage connection. */
async function storedKeys(project: string): Promise<string[]> {
  const storage = await PostgresStorage.open(databaseUrl, { log: () => {} })
  try {
    const room = await storage.loadRoom(project)
    const doc = new Y.Doc()
    if (room.state) Y.applyUpdate(doc, room.state)
    for (const u of room.updates) Y.applyUpdate(doc, u)
    return [...doc.getMap('elements').keys()].sort()
  } finally {
    await storage.close()
  }
}

describe('two server processes behind nginx with PostgreSQL', () => {
  it('routes every request of a project to one process and spreads projects over both', async () => {
    const ids = Array.from({ length: 24 }, (_, i) => `sebaran-${i}`)
    const routes = await Promise.all(ids.map(async (id) => [await routeOf(id), await routeOf(id)] as const))
    for (const [first, second] of routes) expect(second).toBe(first)
    expect(new Set(routes.map(([r]) => r))).toEqual(new Set([0, 1]))
  })

  it('converges clients on different processes, relays awareness, and gives late joiners on either process the full state', async () => {
    const token = await ownerToken('bersama')
    const a = client(direct(0), 'bersama', token)
    await a.synced
    const b = client(direct(1), 'bersama', token)
    const viaNginx = client(nginx.syncUrl, 'bersama', token)
    await Promise.all([b.synced, viaNginx.synced])
    a.doc.getMap('elements').set('dari-a', 1)
    b.doc.getMap('elements').set('dari-b', 2)
    viaNginx.doc.getMap('elements').set('dari-nginx', 3)
    const all = ['dari-a', 'dari-b', 'dari-nginx']
    await waitFor(() => [a, b, viaNginx].every((c) => keys(c).join() === all.join()), 'clients on both processes to converge')
    // Awareness (who is here) crosses processes too.
    a.provider.awareness.setLocalStateField('user', { name: 'Ani' })
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ani', 'awareness from process A on process B')
    for (const i of [0, 1]) {
      const late = client(direct(i), 'bersama', token)
      await late.synced
      expect(keys(late)).toEqual(all)
    }
    expect(await storedKeys('bersama')).toEqual(all)
  }, 20_000)

  it('loses nothing when PostgreSQL restarts under load: the servers reconnect and the clients resend', async () => {
    const token = await ownerToken('muat')
    const first = client(direct(0), 'muat', token)
    await first.synced
    const others = [client(direct(1), 'muat', token), client(nginx.syncUrl, 'muat', token)]
    await Promise.all(others.map((c) => c.synced))
    const all = [first, ...others]
    const drops = all.map(() => 0)
    // What the project bar would say, from the same facts the app feeds it (src/sync/connectionState.ts).
    const phases = all.map((): ConnectionPhase[] => [])
    all.forEach((c, i) => {
      let status: 'connecting' | 'connected' | 'disconnected' = 'connected'
      const note = (): void => {
        const phase = phaseOf({ status, synced: c.provider.synced, online: true, refusal: undefined, pending: 0 })
        if (phases[i]!.at(-1) !== phase) phases[i]!.push(phase)
      }
      c.provider.on('status', (e: { status: typeof status }) => {
        status = e.status
        if (status === 'disconnected') drops[i]!++
        note()
      })
      c.provider.on('sync', note)
    })
    const load = burst(all.map((c, i) => ({ c, name: `m${i}` })))
    await waitFor(() => all.every((c) => keys(c).length >= 60), 'edits to flow before the restart', 15_000)
    await postgres.restart()
    // Keep editing after PostgreSQL is back, then stop.
    const after = keys(all[0]!).length
    await waitFor(() => keys(all[0]!).length >= after + 150, 'edits to flow after the restart', 20_000)
    const written = await load.stop()
    await waitFor(() => all.every((c) => keys(c).length === written.length), 'every client to hold every edit', 20_000).catch((e: unknown) => {
      console.log(servers.map((s) => s.output()).join('\n----\n'), all.map((c) => `${keys(c).length}/${written.length} ${c.provider.wsconnected}`))
      throw e
    })
    for (const c of all) expect(keys(c)).toEqual(written)
    expect(await storedKeys('muat')).toEqual(written)
    console.log(`PostgreSQL restart under load: ${written.length} edits, none lost; connection drops seen by clients: ${drops.join(', ')}`)
    // While PostgreSQL was away, writes failed (1011) and clients reconnected and resent: the
    // project bar shows "Menyinkronkan" / offline for that time.
    expect(drops.reduce((s, d) => s + d, 0)).toBeGreaterThan(0)
    // Every client that dropped went offline, then "menyinkronkan" (connected, not yet synced), then connected.
    all.forEach((_, i) => {
      if (drops[i] === 0) return
      const seen = phases[i]!.join(' ')
      expect(seen).toMatch(/offline.*syncing.*connected$/)
    })
  }, 60_000)

  it('keeps every edit when the serving process is killed with SIGKILL mid-burst: its clients fail over through nginx', async () => {
    const project = 'ledakan'
    const token = await ownerToken(project)
    const victim = await routeOf(project)
    const survivor = 1 - victim
    const throughNginx = [0, 1, 2].map(() => client(nginx.syncUrl, project, token))
    await Promise.all(throughNginx.map((c) => c.synced))
    const onSurvivor = client(direct(survivor), project, token)
    await onSurvivor.synced
    const all = [...throughNginx, onSurvivor]
    const closeCodes: number[][] = all.map(() => [])
    all.forEach((c, i) => c.provider.on('connection-close', (event: CloseEvent | null) => closeCodes[i]!.push(event?.code ?? 0)))
    // Edits that reached the survivor's client from the server, before and after the kill.
    const received = new Set<string>()
    onSurvivor.doc.getMap('elements').observe((e) => {
      if (e.transaction.origin === onSurvivor.provider) for (const k of e.keysChanged) received.add(k)
    })
    const load = burst(all.map((c, i) => ({ c, name: `k${i}` })))
    await waitFor(() => received.size >= 150, 'edits to flow between processes', 15_000)
    await servers[victim]!.kill()
    const atKill = received.size
    // The nginx clients reconnect (nginx skips the dead process) and keep editing.
    await waitFor(() => received.size >= atKill + 300, 'edits through the surviving process', 20_000)
    const written = await load.stop()
    await waitFor(() => all.every((c) => keys(c).length === written.length), 'every client to hold every edit', 20_000).catch(async (e: unknown) => {
      const stored = await storedKeys(project)
      console.log(closeCodes.map((c) => c.join(',')), all.map((c) => `${keys(c).length}/${written.length} ${c.provider.wsconnected} ${c.provider.synced} missing ${written.filter((k) => !keys(c).includes(k)).slice(0, 5)}`), stored.length, written.filter((k) => !stored.includes(k)).slice(0, 10))
      throw e
    })
    for (const c of all) expect(keys(c)).toEqual(written)
    expect(await storedKeys(project)).toEqual(written)
    expect([...received].every((k) => written.includes(k))).toBe(true)
    console.log(`kill -9 of process ${victim} mid-burst: ${written.length} edits (${atKill} had crossed processes at the kill), none lost`)
  }, 60_000)
})
