// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startPostgres, type PostgresInstance } from '../../tests/server/postgresInstance.ts'
import { MemoryStorage } from './memoryStorage.ts'
import { PostgresStorage } from './postgresStorage.ts'
import { SqliteStorage } from './sqliteStorage.ts'
import { StorageConflictError, type InviteRecord, type SyncStorage } from './syncStorage.ts'

/** One suite, three implementations: the in-memory twin and PostgreSQL must behave exactly like SQLite. */
const dirs: string[] = []
const opened: SyncStorage[] = []
let postgres: PostgresInstance
let databases = 0
beforeAll(async () => {
  postgres = await startPostgres()
}, 30_000)
afterAll(async () => {
  for (const s of opened) await s.close()
  await postgres?.stop()
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})

/** A PostgresStorage on a fresh database of the throwaway cluster. */
async function openPostgres(url?: string): Promise<PostgresStorage> {
  const storage = await PostgresStorage.open(url ?? (await postgres.createDatabase(`suite_${++databases}`)), { log: () => {} })
  opened.push(storage)
  return storage
}

const implementations: [string, () => Promise<SyncStorage>][] = [
  ['MemoryStorage', async () => new MemoryStorage()],
  [
    'SqliteStorage',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cetakbiru-storage-'))
      dirs.push(dir)
      const storage = new SqliteStorage(join(dir, 'db.sqlite'))
      opened.push(storage)
      return storage
    },
  ],
  ['PostgresStorage', () => openPostgres()],
]

function updateSetting(doc: Y.Doc, key: string, value: unknown): Uint8Array {
  let captured: Uint8Array | undefined
  const listener = (u: Uint8Array): void => {
    captured = u
  }
  doc.on('update', listener)
  doc.getMap('project').set(key, value)
  doc.off('update', listener)
  return captured!
}

function docFrom(room: { state: Uint8Array | null; updates: readonly Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc()
  if (room.state) Y.applyUpdate(doc, room.state)
  for (const u of room.updates) Y.applyUpdate(doc, u)
  return doc
}

const project = (id: string, ownerId = 'u1', createdAt = 1000) => ({ id, name: `Proyek ${id}`, ownerId, createdAt })

const invite = (over: Partial<InviteRecord> = {}): InviteRecord => ({
  id: 'i1',
  projectId: 'p1',
  role: 'editor',
  codeHash: 'hash-1',
  createdBy: 'u1',
  createdAt: 1000,
  expiresAt: null,
  maxUses: null,
  uses: 0,
  revokedAt: null,
  ...over,
})

describe.each(implementations)('%s', (_name, create) => {
  let s: SyncStorage
  beforeEach(async () => {
    s = await create()
  })

  it('gives an unknown room as empty', async () => {
    expect(await s.loadRoom('nothing')).toEqual({ state: null, updates: [], lastSeq: 0 })
  })

  it('appends updates in order and loads them back into the same document', async () => {
    await s.createProject(project('p1'))
    const doc = new Y.Doc()
    const seqs: number[] = []
    for (let i = 0; i < 5; i++) seqs.push(await s.appendUpdate('p1', updateSetting(doc, `k${i}`, i)))
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
    const room = await s.loadRoom('p1')
    expect(room.updates).toHaveLength(5)
    expect(room.lastSeq).toBe(seqs.at(-1))
    expect(docFrom(room).getMap('project').toJSON()).toEqual(doc.getMap('project').toJSON())
    expect(await s.pendingUpdateCount('p1')).toBe(5)
  })

  it('refuses updates for a project that does not exist', async () => {
    await expect(s.appendUpdate('ghost', new Uint8Array([0, 0]))).rejects.toThrow()
  })

  it('compacts atomically up to a sequence number and keeps later updates', async () => {
    await s.createProject(project('p1'))
    const doc = new Y.Doc()
    for (let i = 0; i < 3; i++) await s.appendUpdate('p1', updateSetting(doc, `k${i}`, i))
    const upTo = (await s.loadRoom('p1')).lastSeq
    const state = Y.encodeStateAsUpdate(doc)
    const later = await s.appendUpdate('p1', updateSetting(doc, 'late', true))
    await s.compactRoom('p1', state, upTo)
    const room = await s.loadRoom('p1')
    expect(room.state).toEqual(state)
    expect(room.updates).toHaveLength(1)
    expect(room.lastSeq).toBe(later)
    expect(docFrom(room).getMap('project').toJSON()).toEqual({ k0: 0, k1: 1, k2: 2, late: true })
    await s.compactRoom('p1', Y.encodeStateAsUpdate(doc), later)
    const compacted = await s.loadRoom('p1')
    expect(compacted.updates).toEqual([])
    expect(compacted.lastSeq).toBe(later)
    expect(await s.pendingUpdateCount('p1')).toBe(0)
  })

  it('creates a project with an initial state and refuses a taken id', async () => {
    const doc = new Y.Doc()
    doc.getMap('project').set('name', 'Contoh')
    const created = await s.createProject(project('p1'), Y.encodeStateAsUpdate(doc))
    expect(created).toEqual({ ...project('p1'), updatedAt: 1000, deletedAt: null })
    expect(await s.getProject('p1')).toEqual(created)
    expect(docFrom(await s.loadRoom('p1')).getMap('project').get('name')).toBe('Contoh')
    await expect(s.createProject(project('p1'))).rejects.toBeInstanceOf(StorageConflictError)
  })

  it('lists the projects a user owns or is a member of, newest change first, without the trash', async () => {
    await s.createProject(project('a', 'u1', 1))
    await s.createProject(project('b', 'u2', 2))
    await s.createProject(project('c', 'u2', 3))
    await s.createProject(project('d', 'u1', 4))
    await s.putMember({ projectId: 'b', userId: 'u1', role: 'viewer', inviteId: null })
    await s.touchProject('a', 10)
    await s.trashProject('d', 11)
    expect((await s.listProjectsFor('u1')).map((p) => p.id)).toEqual(['a', 'b'])
    expect((await s.listProjectsFor('u2')).map((p) => p.id)).toEqual(['c', 'b'])
    expect((await s.getProject('d'))?.deletedAt).toBe(11)
    await s.renameProject('a', 'Baru', 12)
    expect(await s.getProject('a')).toMatchObject({ name: 'Baru', updatedAt: 12 })
  })

  it('purges only projects trashed before the cut-off, with everything they held', async () => {
    await s.createProject(project('old'))
    await s.createProject(project('recent'))
    await s.createProject(project('kept'))
    await s.appendUpdate('old', new Uint8Array([0, 0]))
    await s.createInvite(invite({ projectId: 'old' }))
    await s.saveVersion({ id: 'v1', projectId: 'old', name: 'Draf', authorId: 'u1', createdAt: 5 }, new Uint8Array([0, 0]))
    await s.trashProject('old', 100)
    await s.trashProject('recent', 300)
    expect(await s.purgeTrash(200)).toEqual(['old'])
    expect(await s.getProject('old')).toBeUndefined()
    expect(await s.loadRoom('old')).toEqual({ state: null, updates: [], lastSeq: 0 })
    expect(await s.getInvite('i1')).toBeUndefined()
    expect(await s.listVersions('old')).toEqual([])
    expect(await s.getProject('recent')).toBeDefined()
    expect(await s.getProject('kept')).toBeDefined()
  })

  it('stores users and finds the first administrator', async () => {
    expect(await s.findAdmin()).toBeUndefined()
    await s.createUser({ id: 'guest', name: 'Tamu', admin: false, createdAt: 1 })
    await s.createUser({ id: 'admin', name: 'Pemilik', admin: true, createdAt: 2 })
    expect(await s.findAdmin()).toEqual({ id: 'admin', name: 'Pemilik', admin: true, createdAt: 2 })
    expect(await s.getUser('guest')).toEqual({ id: 'guest', name: 'Tamu', admin: false, createdAt: 1 })
    await expect(s.createUser({ id: 'guest', name: 'x', admin: false, createdAt: 3 })).rejects.toBeInstanceOf(StorageConflictError)
  })

  it('counts invite uses up to the limit and refuses revoked, expired and used-up invites', async () => {
    await s.createProject(project('p1'))
    await s.createInvite(invite({ maxUses: 2, expiresAt: 5000 }))
    expect(await s.findInviteByCodeHash('hash-1')).toMatchObject({ id: 'i1' })
    expect(await s.useInvite('i1', 2000)).toEqual({ ok: true })
    expect(await s.useInvite('i1', 2000)).toEqual({ ok: true })
    expect(await s.useInvite('i1', 2000)).toEqual({ ok: false, reason: 'used-up' })
    expect((await s.getInvite('i1'))?.uses).toBe(2)
    await s.createInvite(invite({ id: 'i2', codeHash: 'hash-2', expiresAt: 5000 }))
    expect(await s.useInvite('i2', 5000)).toEqual({ ok: false, reason: 'expired' })
    await s.createInvite(invite({ id: 'i3', codeHash: 'hash-3' }))
    await s.putMember({ projectId: 'p1', userId: 'guest', role: 'editor', inviteId: 'i3' })
    await s.putMember({ projectId: 'p1', userId: 'other', role: 'viewer', inviteId: 'i1' })
    await s.revokeInvite('i3', 3000)
    expect(await s.useInvite('i3', 3001)).toEqual({ ok: false, reason: 'revoked' })
    expect((await s.getInvite('i3'))?.revokedAt).toBe(3000)
    expect(await s.getMember('p1', 'guest')).toBeUndefined()
    expect(await s.getMember('p1', 'other')).toEqual({ projectId: 'p1', userId: 'other', role: 'viewer', inviteId: 'i1' })
    expect(await s.useInvite('nope', 1)).toEqual({ ok: false, reason: 'unknown' })
    expect((await s.listInvites('p1')).map((i) => i.id)).toEqual(['i1', 'i2', 'i3'])
    await expect(s.createInvite(invite({ id: 'i4', codeHash: 'hash-1' }))).rejects.toBeInstanceOf(StorageConflictError)
  })

  it('keeps named versions as full states, newest first, per project', async () => {
    await s.createProject(project('p1'))
    await s.createProject(project('p2'))
    const state = Y.encodeStateAsUpdate(new Y.Doc())
    await s.saveVersion({ id: 'v1', projectId: 'p1', name: 'Draf 1', authorId: 'u1', createdAt: 1 }, state)
    await s.saveVersion({ id: 'v2', projectId: 'p1', name: 'Draf setelah lokakarya 1', authorId: 'u1', createdAt: 2 }, new Uint8Array([1, 2, 3]))
    expect((await s.listVersions('p1')).map((v) => v.name)).toEqual(['Draf setelah lokakarya 1', 'Draf 1'])
    expect(await s.getVersionState('p1', 'v2')).toEqual(new Uint8Array([1, 2, 3]))
    expect(await s.getVersionState('p2', 'v2')).toBeUndefined()
    expect(await s.listVersions('p2')).toEqual([])
  })
})

describe('SqliteStorage on disk', () => {
  it('keeps everything across closing and reopening the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cetakbiru-storage-'))
    dirs.push(dir)
    const file = join(dir, 'db.sqlite')
    const first = new SqliteStorage(file)
    await first.createProject(project('p1'))
    const doc = new Y.Doc()
    await first.appendUpdate('p1', updateSetting(doc, 'name', 'Tahan lama'))
    await first.close()
    const second = new SqliteStorage(file)
    expect(docFrom(await second.loadRoom('p1')).getMap('project').get('name')).toBe('Tahan lama')
    expect(await second.getProject('p1')).toMatchObject({ id: 'p1' })
    await second.close()
  })
})
