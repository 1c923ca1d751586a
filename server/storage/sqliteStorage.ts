import Database from 'better-sqlite3'
import { chmodSync } from 'node:fs'
import { migrate } from './sqliteSchema.ts'
import {
  inviteRefusal,
  StorageConflictError,
  type InviteRecord,
  type InviteRefusal,
  type MemberRecord,
  type ProjectRecord,
  type Role,
  type StoredRoom,
  type SyncStorage,
  type UserRecord,
  type VersionRecord,
} from './syncStorage.ts'

export interface SqliteStorageOptions {
  /**
   * NORMAL (default): in WAL mode a committed transaction survives the process being killed
   * (`kill -9`, a crash), since it is in the WAL file the OS holds; only a power loss or kernel
   * crash may drop the last commits. FULL also survives those, at the cost of an fsync per commit.
   */
  readonly synchronous?: 'NORMAL' | 'FULL'
}

type Row = Record<string, unknown>

/** SyncStorage on one SQLite file (better-sqlite3: synchronous calls, each write its own transaction). */
export class SqliteStorage implements SyncStorage {
  private readonly db: Database.Database
  private readonly stmt: ReturnType<typeof prepare>
  /** Per project, the last sequence number stored (read once; this process is the only writer). */
  private readonly lastSeq = new Map<string, number>()

  constructor(file: string, options: SqliteStorageOptions = {}) {
    this.db = new Database(file)
    // Before WAL mode: SQLite gives the -wal and -shm files the main file's permissions.
    if (file !== ':memory:') chmodSync(file, 0o600)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`)
    this.db.pragma('foreign_keys = ON')
    this.db.pragma('busy_timeout = 5000')
    migrate(this.db)
    this.stmt = prepare(this.db)
  }

  async loadRoom(projectId: string): Promise<StoredRoom> {
    // One read transaction: the state and the updates after it are from the same moment.
    return this.db.transaction(() => {
      const state = this.stmt.getState.get(projectId) as Row | undefined
      const rows = this.stmt.getUpdates.all(projectId) as Row[]
      const lastSeq = rows.length > 0 ? Number(rows.at(-1)!.seq) : state ? Number(state.up_to_seq) : 0
      return { state: state ? bytes(state.state) : null, updates: rows.map((r) => bytes(r.data)), lastSeq }
    })()
  }

  async appendUpdate(projectId: string, update: Uint8Array): Promise<number> {
    return this.appendUpdateNow(projectId, update)
  }

  appendUpdateNow(projectId: string, update: Uint8Array): number {
    // Numbered per project, after what is stored (updates, or the state that took them in).
    const seq = (this.lastSeq.get(projectId) ?? Number((this.stmt.lastSeq.get(projectId, projectId) as Row).seq)) + 1
    // A single INSERT is its own transaction: committed (in the WAL) when run() returns.
    this.stmt.appendUpdate.run(projectId, seq, update, Date.now())
    this.lastSeq.set(projectId, seq)
    return seq
  }

  async compactRoom(projectId: string, state: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.stmt.putState.run(projectId, state, upToSeq, Date.now())
      this.stmt.dropUpdates.run(projectId, upToSeq)
    })()
  }

  async pendingUpdateCount(projectId: string): Promise<number> {
    return Number((this.stmt.countUpdates.get(projectId) as Row).n)
  }

  async createProject(project: Omit<ProjectRecord, 'deletedAt' | 'updatedAt'>, initialState?: Uint8Array): Promise<ProjectRecord> {
    try {
      this.db.transaction(() => {
        this.stmt.insertProject.run(project.id, project.name, project.ownerId, project.createdAt, project.createdAt)
        if (initialState) this.stmt.putState.run(project.id, initialState, 0, project.createdAt)
      })()
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new StorageConflictError(`project ${project.id} exists`)
      throw e
    }
    return { ...project, updatedAt: project.createdAt, deletedAt: null }
  }

  async getProject(id: string): Promise<ProjectRecord | undefined> {
    const row = this.stmt.getProject.get(id) as Row | undefined
    return row && projectOf(row)
  }

  async listProjectsFor(userId: string): Promise<ProjectRecord[]> {
    return (this.stmt.listProjectsFor.all(userId, userId) as Row[]).map(projectOf)
  }

  async renameProject(id: string, name: string, at: number): Promise<void> {
    this.stmt.renameProject.run(name, at, id)
  }

  async touchProject(id: string, at: number): Promise<void> {
    this.stmt.touchProject.run(at, id)
  }

  async trashProject(id: string, at: number): Promise<void> {
    this.stmt.trashProject.run(at, id)
  }

  async purgeTrash(before: number): Promise<string[]> {
    return this.db.transaction(() => {
      const ids = (this.stmt.trashedBefore.all(before) as Row[]).map((r) => String(r.id))
      // ON DELETE CASCADE removes state, updates, members, invites and versions.
      for (const id of ids) {
        this.stmt.deleteProject.run(id)
        this.lastSeq.delete(id)
      }
      return ids
    })()
  }

  async createUser(user: UserRecord): Promise<void> {
    try {
      this.stmt.insertUser.run(user.id, user.name, user.admin ? 1 : 0, user.createdAt)
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new StorageConflictError(`user ${user.id} exists`)
      throw e
    }
  }

  async getUser(id: string): Promise<UserRecord | undefined> {
    const row = this.stmt.getUser.get(id) as Row | undefined
    return row && userOf(row)
  }

  async findAdmin(): Promise<UserRecord | undefined> {
    const row = this.stmt.findAdmin.get() as Row | undefined
    return row && userOf(row)
  }

  async putMember(member: MemberRecord): Promise<void> {
    this.stmt.putMember.run(member.projectId, member.userId, member.role, member.inviteId)
  }

  async getMember(projectId: string, userId: string): Promise<MemberRecord | undefined> {
    const row = this.stmt.getMember.get(projectId, userId) as Row | undefined
    return row && { projectId: String(row.project_id), userId: String(row.user_id), role: row.role as Role, inviteId: (row.invite_id as string | null) ?? null }
  }

  async createInvite(i: InviteRecord): Promise<void> {
    try {
      this.stmt.insertInvite.run(i.id, i.projectId, i.role, i.codeHash, i.createdBy, i.createdAt, i.expiresAt, i.maxUses, i.uses, i.revokedAt)
    } catch (e) {
      if (String((e as { code?: string }).code).startsWith('SQLITE_CONSTRAINT')) throw new StorageConflictError('invite exists')
      throw e
    }
  }

  async getInvite(id: string): Promise<InviteRecord | undefined> {
    const row = this.stmt.getInvite.get(id) as Row | undefined
    return row && inviteOf(row)
  }

  async findInviteByCodeHash(codeHash: string): Promise<InviteRecord | undefined> {
    const row = this.stmt.getInviteByHash.get(codeHash) as Row | undefined
    return row && inviteOf(row)
  }

  async listInvites(projectId: string): Promise<InviteRecord[]> {
    return (this.stmt.listInvites.all(projectId) as Row[]).map(inviteOf)
  }

  async revokeInvite(id: string, at: number): Promise<void> {
    this.db.transaction(() => {
      this.stmt.revokeInvite.run(at, id)
      this.stmt.dropInviteMembers.run(id)
    })()
  }

  async useInvite(id: string, at: number): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: InviteRefusal }> {
    return this.db.transaction(() => {
      const row = this.stmt.getInvite.get(id) as Row | undefined
      const refusal = inviteRefusal(row && inviteOf(row), at)
      if (refusal) return { ok: false as const, reason: refusal }
      this.stmt.countInviteUse.run(id)
      return { ok: true as const }
    }).immediate()
  }

  async saveVersion(v: VersionRecord, state: Uint8Array): Promise<void> {
    try {
      this.stmt.insertVersion.run(v.id, v.projectId, v.name, v.authorId, v.createdAt, state)
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new StorageConflictError(`version ${v.id} exists`)
      throw e
    }
  }

  async listVersions(projectId: string): Promise<VersionRecord[]> {
    return (this.stmt.listVersions.all(projectId) as Row[]).map((r) => ({
      id: String(r.id),
      projectId: String(r.project_id),
      name: String(r.name),
      authorId: String(r.author_id),
      createdAt: Number(r.created_at),
    }))
  }

  async getVersionState(projectId: string, id: string): Promise<Uint8Array | undefined> {
    const row = this.stmt.getVersionState.get(id, projectId) as Row | undefined
    return row && bytes(row.state)
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}

function prepare(db: Database.Database) {
  const p = (sql: string) => db.prepare(sql)
  return {
    getState: p('SELECT state, up_to_seq FROM doc_state WHERE project_id = ?'),
    getUpdates: p('SELECT seq, data FROM doc_updates WHERE project_id = ? ORDER BY seq'),
    appendUpdate: p('INSERT INTO doc_updates (project_id, seq, data, created_at) VALUES (?, ?, ?, ?)'),
    lastSeq: p(`SELECT max(coalesce((SELECT max(seq) FROM doc_updates WHERE project_id = ?), 0),
      coalesce((SELECT up_to_seq FROM doc_state WHERE project_id = ?), 0)) AS seq`),
    putState: p(`INSERT INTO doc_state (project_id, state, up_to_seq, compacted_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (project_id) DO UPDATE SET state = excluded.state, up_to_seq = max(up_to_seq, excluded.up_to_seq), compacted_at = excluded.compacted_at`),
    dropUpdates: p('DELETE FROM doc_updates WHERE project_id = ? AND seq <= ?'),
    countUpdates: p('SELECT count(*) AS n FROM doc_updates WHERE project_id = ?'),
    insertProject: p('INSERT INTO projects (id, name, owner_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    getProject: p('SELECT * FROM projects WHERE id = ?'),
    listProjectsFor: p(`SELECT * FROM projects WHERE deleted_at IS NULL
      AND (owner_id = ? OR id IN (SELECT project_id FROM members WHERE user_id = ?)) ORDER BY updated_at DESC, id`),
    renameProject: p('UPDATE projects SET name = ?, updated_at = ? WHERE id = ?'),
    touchProject: p('UPDATE projects SET updated_at = ? WHERE id = ?'),
    trashProject: p('UPDATE projects SET deleted_at = ? WHERE id = ?'),
    trashedBefore: p('SELECT id FROM projects WHERE deleted_at IS NOT NULL AND deleted_at < ? ORDER BY id'),
    deleteProject: p('DELETE FROM projects WHERE id = ?'),
    insertUser: p('INSERT INTO users (id, name, admin, created_at) VALUES (?, ?, ?, ?)'),
    getUser: p('SELECT * FROM users WHERE id = ?'),
    findAdmin: p('SELECT * FROM users WHERE admin = 1 ORDER BY created_at, id LIMIT 1'),
    putMember: p('INSERT OR REPLACE INTO members (project_id, user_id, role, invite_id) VALUES (?, ?, ?, ?)'),
    getMember: p('SELECT * FROM members WHERE project_id = ? AND user_id = ?'),
    insertInvite: p(`INSERT INTO invites (id, project_id, role, code_hash, created_by, created_at, expires_at, max_uses, uses, revoked_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    getInvite: p('SELECT * FROM invites WHERE id = ?'),
    getInviteByHash: p('SELECT * FROM invites WHERE code_hash = ?'),
    listInvites: p('SELECT * FROM invites WHERE project_id = ? ORDER BY created_at, id'),
    revokeInvite: p('UPDATE invites SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?'),
    dropInviteMembers: p('DELETE FROM members WHERE invite_id = ?'),
    countInviteUse: p('UPDATE invites SET uses = uses + 1 WHERE id = ?'),
    insertVersion: p('INSERT INTO versions (id, project_id, name, author_id, created_at, state) VALUES (?, ?, ?, ?, ?, ?)'),
    listVersions: p('SELECT id, project_id, name, author_id, created_at FROM versions WHERE project_id = ? ORDER BY created_at DESC, id'),
    getVersionState: p('SELECT state FROM versions WHERE id = ? AND project_id = ?'),
  }
}

/** better-sqlite3 returns Buffers; callers get plain Uint8Arrays. */
function bytes(value: unknown): Uint8Array {
  const b = value as Buffer
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
}

function projectOf(r: Row): ProjectRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    ownerId: String(r.owner_id),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    deletedAt: r.deleted_at === null ? null : Number(r.deleted_at),
  }
}

function userOf(r: Row): UserRecord {
  return { id: String(r.id), name: String(r.name), admin: Number(r.admin) === 1, createdAt: Number(r.created_at) }
}

function inviteOf(r: Row): InviteRecord {
  return {
    id: String(r.id),
    projectId: String(r.project_id),
    role: r.role as Role,
    codeHash: String(r.code_hash),
    createdBy: String(r.created_by),
    createdAt: Number(r.created_at),
    expiresAt: r.expires_at === null ? null : Number(r.expires_at),
    maxUses: r.max_uses === null ? null : Number(r.max_uses),
    uses: Number(r.uses),
    revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  }
}
