// @vitest-environment node
import Database from 'better-sqlite3'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from './sqliteSchema.ts'
import { SqliteStorage } from './sqliteStorage.ts'

const dirs: string[] = []
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true })
})

/** A database as schema 1 left it: updates numbered by one AUTOINCREMENT over all projects. */
async function schemaOneDatabase(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cetakbiru-schema-'))
  dirs.push(dir)
  const file = join(dir, 'db.sqlite')
  const db = new Database(file)
  db.exec(MIGRATIONS[0]!)
  db.pragma('user_version = 1')
  const project = db.prepare('INSERT INTO projects (id, name, owner_id, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
  project.run('a', 'A', 'u')
  project.run('b', 'B', 'u')
  const update = db.prepare('INSERT INTO doc_updates (project_id, data, created_at) VALUES (?, ?, 0)')
  for (const [p, byte] of [['a', 1], ['b', 2], ['a', 3], ['b', 4], ['a', 5]] as const) update.run(p, Buffer.from([byte]))
  db.prepare('INSERT INTO doc_state (project_id, state, up_to_seq, compacted_at) VALUES (?, ?, ?, 0)').run('b', Buffer.from([9]), 4)
  db.prepare('DELETE FROM doc_updates WHERE project_id = ? AND seq <= ?').run('b', 4)
  db.close()
  return file
}

describe('SQLite schema migrations', () => {
  it('2: keeps every stored update and its number; appends continue after the last one of each project', async () => {
    const file = await schemaOneDatabase()
    const storage = new SqliteStorage(file)
    const a = await storage.loadRoom('a')
    expect(a.updates.map((u) => [...u])).toEqual([[1], [3], [5]])
    expect(a.lastSeq).toBe(5)
    const b = await storage.loadRoom('b')
    expect(b.state && [...b.state]).toEqual([9])
    expect(b.updates).toEqual([])
    expect(b.lastSeq).toBe(4)
    // Numbers go on from what each project holds: its last update, or the state that took them in.
    expect(await storage.appendUpdate('a', new Uint8Array([6]))).toBe(6)
    expect(await storage.appendUpdate('b', new Uint8Array([7]))).toBe(5)
    await storage.compactRoom('a', new Uint8Array([8]), 6)
    expect(await storage.appendUpdate('a', new Uint8Array([10]))).toBe(7)
    await storage.close()
    const db = new Database(file, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    db.close()
    // Reopened, the numbers are read back from the file.
    const again = new SqliteStorage(file)
    expect((await again.loadRoom('a')).lastSeq).toBe(7)
    expect(await again.appendUpdate('a', new Uint8Array([11]))).toBe(8)
    await again.close()
  })
})
