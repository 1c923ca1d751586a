// @vitest-environment node
import * as Y from 'yjs'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPostgres, type PostgresInstance } from '../../tests/server/postgresInstance.ts'
import { PostgresStorage } from './postgresStorage.ts'

/**
 * What PostgreSQL adds to the shared storage suite (syncStorage.test.ts): idempotent migrations,
 * and what several processes sharing one database rely on (sharedRooms.ts).
 */
let postgres: PostgresInstance
const opened: PostgresStorage[] = []
let n = 0
beforeAll(async () => {
  postgres = await startPostgres()
}, 30_000)
afterAll(async () => {
  for (const s of opened) await s.close()
  await postgres?.stop()
})

async function open(url: string): Promise<PostgresStorage> {
  const s = await PostgresStorage.open(url, { log: () => {} })
  opened.push(s)
  return s
}

function edit(doc: Y.Doc, key: string): Uint8Array {
  let captured: Uint8Array | undefined
  const listener = (u: Uint8Array): void => {
    captured = u
  }
  doc.on('update', listener)
  doc.getMap('m').set(key, key)
  doc.off('update', listener)
  return captured!
}

const project = { id: 'p1', name: 'Proyek', ownerId: 'u1', createdAt: 1 }

describe('PostgresStorage shared by several processes', () => {
  it('applies the migrations once, also when two processes start at the same time', async () => {
    const url = await postgres.createDatabase(`m${++n}`)
    await Promise.all([open(url), open(url)])
    await open(url)
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    const { rows } = await c.query('SELECT version FROM schema_migrations ORDER BY version')
    await c.end()
    expect(rows).toEqual([{ version: 1 }])
  })

  it('hands an appending process the updates another process stored since its last known one', async () => {
    const url = await postgres.createDatabase(`m${++n}`)
    const a = await open(url)
    const b = await open(url)
    await a.createProject(project)
    const doc = new Y.Doc()
    const first = await a.appendUpdate('p1', edit(doc, 'x'))
    const fromB = await b.appendUpdate('p1', edit(doc, 'y'))
    const own = await a.appendUpdateAfter('p1', edit(doc, 'z'), first)
    expect(own.seq).toBeGreaterThan(fromB)
    expect(own.missed.updates.map((u) => u.seq)).toEqual([fromB])
    expect(own.missed.state).toBeNull()
    // After another process compacted, the catch-up brings the state that replaced the rows.
    await b.compactRoom('p1', Y.encodeStateAsUpdate(doc), own.seq)
    const since = await a.readSince('p1', first)
    expect(since.state).not.toBeNull()
    expect(since.updates).toEqual([])
    expect(since.lastSeq).toBe(own.seq)
  })

  it('never replaces a newer compacted state by an older one', async () => {
    const url = await postgres.createDatabase(`m${++n}`)
    const a = await open(url)
    await a.createProject(project)
    const doc = new Y.Doc()
    const s1 = await a.appendUpdate('p1', edit(doc, 'x'))
    const old = Y.encodeStateAsUpdate(doc)
    const s2 = await a.appendUpdate('p1', edit(doc, 'y'))
    await a.compactRoom('p1', Y.encodeStateAsUpdate(doc), s2)
    await a.compactRoom('p1', old, s1)
    const room = await a.loadRoom('p1')
    const loaded = new Y.Doc()
    Y.applyUpdate(loaded, room.state!)
    expect(loaded.getMap('m').toJSON()).toEqual({ x: 'x', y: 'y' })
    expect(room.lastSeq).toBe(s2)
  })

  it('announces stored updates and awareness to the other processes only, and resyncs them after a PostgreSQL restart', async () => {
    const url = await postgres.createDatabase(`m${++n}`)
    const a = await open(url)
    const b = await open(url)
    await a.createProject(project)
    const heard = { a: [] as string[], b: [] as string[] }
    const events = (who: 'a' | 'b') => ({
      onUpdate: (p: string, seq: number) => heard[who].push(`${p}:${seq}`),
      onAwareness: (p: string, u: Uint8Array) => heard[who].push(`${p}:aw:${[...u].join(',')}`),
      onResync: () => heard[who].push('resync'),
    })
    a.subscribe(events('a'))
    b.subscribe(events('b'))
    const seq = await a.appendUpdate('p1', edit(new Y.Doc(), 'x'))
    a.publishAwareness('p1', new Uint8Array([1, 2, 3]))
    a.publishAwareness('p1', new Uint8Array(9000)) // too large for a NOTIFY: dropped
    await waitUntil(() => heard.b.length >= 2)
    await new Promise((r) => setTimeout(r, 100))
    expect(heard.b).toEqual([`p1:${seq}`, 'p1:aw:1,2,3'])
    expect(heard.a).toEqual([])
    await postgres.restart()
    await waitUntil(() => heard.a.includes('resync') && heard.b.includes('resync'), 15_000)
    // The pool reconnects too: writes work again.
    expect(await b.appendUpdate('p1', edit(new Y.Doc(), 'y'))).toBeGreaterThan(seq)
    await waitUntil(() => heard.a.some((h) => h.startsWith('p1:') && h !== `p1:${seq}`))
  }, 30_000)
})

async function waitUntil(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}
