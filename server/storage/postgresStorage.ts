import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { Catchup, SharedEvents, SharedStorage } from '../sync/sharedRooms.ts'
import { encodeAnnouncement, MAX_PAYLOAD, PostgresListener, SYNC_CHANNEL } from './postgresListener.ts'
import { migrate } from './postgresSchema.ts'
import {
  inviteRefusal,
  StorageConflictError,
  type InviteRecord,
  type InviteRefusal,
  type MemberRecord,
  type ProjectRecord,
  type Role,
  type StoredRoom,
  type UserRecord,
  type VersionRecord,
} from './syncStorage.ts'

export interface PostgresStorageOptions {
  readonly log?: (line: string) => void
  /** Connections in the pool (default 10). */
  readonly poolSize?: number
}

type Row = Record<string, unknown>

/** First key of the per-project advisory locks (the second is the hash of the project id). */
const PROJECT_LOCK = 0x63627072 // "cbpr"
const UNIQUE_VIOLATION = '23505'

/**
 * SyncStorage on PostgreSQL, shared by several server processes (`DATABASE_URL`). Semantics are
 * SqliteStorage's (one test suite runs against both); what sharing adds:
 * - appends and compactions of one project hold a transaction-scoped advisory lock on it, so per
 *   project the sequence numbers commit in order (a reader of "seq > n" never sees n+2 before
 *   n+1), and a compaction never interleaves with an append;
 * - every append NOTIFYs (in its transaction, so at commit) the project and the new seq; the other
 *   processes read the rows themselves (see sharedRooms.ts);
 * - a compaction never replaces a newer state by an older one (two processes may compact).
 */
export class PostgresStorage implements SharedStorage {
  private constructor(
    /** This process, in its announcements (it skips its own). */
    private readonly instanceId: string,
    private readonly pool: pg.Pool,
    private readonly listener: PostgresListener,
    private readonly log: (line: string) => void,
  ) {}

  /** Connects, applies the migrations, and starts listening for the other processes. */
  static async open(connectionString: string, options: PostgresStorageOptions = {}): Promise<PostgresStorage> {
    const log = options.log ?? ((line: string) => console.log(line))
    const config: pg.PoolConfig = { connectionString, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000, keepAlive: true }
    const pool = new pg.Pool(config)
    // An idle connection that dies (PostgreSQL restarted) is dropped from the pool; the next query opens a new one.
    pool.on('error', (e) => log(`PostgreSQL: koneksi terputus / connection lost (${e.message})`))
    try {
      await migrate(pool)
      const instanceId = randomUUID()
      const listener = new PostgresListener({ connectionString, keepAlive: true }, instanceId, log)
      await listener.start()
      return new PostgresStorage(instanceId, pool, listener, log)
    } catch (e) {
      await pool.end().catch(() => undefined)
      throw e
    }
  }

  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    // A checked-out connection that dies (PostgreSQL restarted) emits 'error', which would end the
    // process without a listener; the query in flight fails all the same.
    const onError = (): void => undefined
    client.on('error', onError)
    let broken: Error | undefined
    try {
      await client.query('BEGIN')
      const result = await fn(client)
      await client.query('COMMIT')
      return result
    } catch (e) {
      broken = e as Error
      await client.query('ROLLBACK').catch(() => undefined)
      throw e
    } finally {
      client.off('error', onError)
      // A connection whose transaction failed is not reused: it may be the one PostgreSQL cut.
      client.release(broken)
    }
  }

  private lockProject(c: pg.PoolClient, projectId: string): Promise<unknown> {
    return c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [PROJECT_LOCK, projectId])
  }

  /** The state (when it includes more than `after`) and the updates in (after, before), as one snapshot. */
  private async since(q: pg.Pool | pg.PoolClient, projectId: string, after: number, before = Number.MAX_SAFE_INTEGER): Promise<Catchup> {
    const { rows } = await q.query(
      `SELECT 0 AS kind, up_to_seq AS seq, state AS data FROM doc_state WHERE project_id = $1 AND up_to_seq > $2
       UNION ALL
       SELECT 1 AS kind, seq, data FROM doc_updates WHERE project_id = $1 AND seq > $2 AND seq < $3`,
      [projectId, after, before],
    )
    let state: Uint8Array | null = null
    let lastSeq = Math.max(after, 0)
    const updates: { seq: number; data: Uint8Array }[] = []
    for (const r of rows as Row[]) {
      const seq = Number(r.seq)
      lastSeq = Math.max(lastSeq, seq)
      if (Number(r.kind) === 0) state = bytes(r.data)
      else updates.push({ seq, data: bytes(r.data) })
    }
    updates.sort((a, b) => a.seq - b.seq)
    return { state, updates, lastSeq }
  }

  async loadRoom(projectId: string): Promise<StoredRoom> {
    const all = await this.since(this.pool, projectId, -1)
    return { state: all.state, updates: all.updates.map((u) => u.data), lastSeq: all.lastSeq }
  }

  readSince(projectId: string, knownSeq: number): Promise<Catchup> {
    return this.since(this.pool, projectId, knownSeq)
  }

  async appendUpdate(projectId: string, update: Uint8Array): Promise<number> {
    return (await this.append(projectId, update, undefined)).seq
  }

  appendUpdateAfter(projectId: string, update: Uint8Array, knownSeq: number): Promise<{ readonly seq: number; readonly missed: Catchup }> {
    return this.append(projectId, update, knownSeq) as Promise<{ seq: number; missed: Catchup }>
  }

  private append(projectId: string, update: Uint8Array, knownSeq: number | undefined): Promise<{ seq: number; missed?: Catchup }> {
    return this.transaction(async (c) => {
      await this.lockProject(c, projectId)
      // The NOTIFY is delivered when the transaction commits, never before the row is readable.
      const { rows } = await c.query(
        `WITH ins AS (INSERT INTO doc_updates (project_id, data, created_at) VALUES ($1, $2, $3) RETURNING seq)
         SELECT seq, pg_notify($4, json_build_object('i', $5::text, 'p', $1::text, 's', seq)::text) FROM ins`,
        [projectId, update, Date.now(), SYNC_CHANNEL, this.instanceId],
      )
      const seq = Number((rows[0] as Row).seq)
      return knownSeq === undefined ? { seq } : { seq, missed: await this.since(c, projectId, knownSeq, seq) }
    })
  }

  async compactRoom(projectId: string, state: Uint8Array, upToSeq: number): Promise<void> {
    await this.transaction(async (c) => {
      await this.lockProject(c, projectId)
      await c.query(
        `INSERT INTO doc_state (project_id, state, up_to_seq, compacted_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (project_id) DO UPDATE SET state = excluded.state, up_to_seq = excluded.up_to_seq, compacted_at = excluded.compacted_at
         WHERE doc_state.up_to_seq <= excluded.up_to_seq`,
        [projectId, state, upToSeq, Date.now()],
      )
      await c.query('DELETE FROM doc_updates WHERE project_id = $1 AND seq <= $2', [projectId, upToSeq])
    })
  }

  async pendingUpdateCount(projectId: string): Promise<number> {
    return Number((await this.one('SELECT count(*) AS n FROM doc_updates WHERE project_id = $1', [projectId]))!.n)
  }

  publishAwareness(projectId: string, update: Uint8Array): void {
    const payload = encodeAnnouncement({ i: this.instanceId, p: projectId, a: Buffer.from(update).toString('base64') })
    // Awareness is ephemeral (cursors, who is here): too large or no database, and it is dropped.
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) return
    this.pool.query('SELECT pg_notify($1, $2)', [SYNC_CHANNEL, payload]).catch(() => undefined)
  }

  subscribe(events: SharedEvents): () => void {
    return this.listener.subscribe(events)
  }

  async createProject(project: Omit<ProjectRecord, 'deletedAt' | 'updatedAt'>, initialState?: Uint8Array): Promise<ProjectRecord> {
    try {
      await this.transaction(async (c) => {
        await c.query('INSERT INTO projects (id, name, owner_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)', [
          project.id,
          project.name,
          project.ownerId,
          project.createdAt,
        ])
        if (initialState) {
          await c.query('INSERT INTO doc_state (project_id, state, up_to_seq, compacted_at) VALUES ($1, $2, 0, $3)', [project.id, initialState, project.createdAt])
        }
      })
    } catch (e) {
      throw conflict(e, `project ${project.id} exists`)
    }
    return { ...project, updatedAt: project.createdAt, deletedAt: null }
  }

  async getProject(id: string): Promise<ProjectRecord | undefined> {
    const row = await this.one('SELECT * FROM projects WHERE id = $1', [id])
    return row && projectOf(row)
  }

  async listProjectsFor(userId: string): Promise<ProjectRecord[]> {
    const { rows } = await this.pool.query(
      `SELECT * FROM projects WHERE deleted_at IS NULL
       AND (owner_id = $1 OR id IN (SELECT project_id FROM members WHERE user_id = $1)) ORDER BY updated_at DESC, id COLLATE "C"`,
      [userId],
    )
    return (rows as Row[]).map(projectOf)
  }

  async renameProject(id: string, name: string, at: number): Promise<void> {
    await this.pool.query('UPDATE projects SET name = $1, updated_at = $2 WHERE id = $3', [name, at, id])
  }

  async touchProject(id: string, at: number): Promise<void> {
    await this.pool.query('UPDATE projects SET updated_at = $1 WHERE id = $2', [at, id])
  }

  async trashProject(id: string, at: number): Promise<void> {
    await this.pool.query('UPDATE projects SET deleted_at = $1 WHERE id = $2', [at, id])
  }

  async purgeTrash(before: number): Promise<string[]> {
    // ON DELETE CASCADE removes state, updates, members, invites and versions.
    const { rows } = await this.pool.query('DELETE FROM projects WHERE deleted_at IS NOT NULL AND deleted_at < $1 RETURNING id', [before])
    return (rows as Row[]).map((r) => String(r.id)).sort()
  }

  async createUser(user: UserRecord): Promise<void> {
    try {
      await this.pool.query('INSERT INTO users (id, name, admin, created_at) VALUES ($1, $2, $3, $4)', [user.id, user.name, user.admin, user.createdAt])
    } catch (e) {
      throw conflict(e, `user ${user.id} exists`)
    }
  }

  async getUser(id: string): Promise<UserRecord | undefined> {
    const row = await this.one('SELECT * FROM users WHERE id = $1', [id])
    return row && userOf(row)
  }

  async findAdmin(): Promise<UserRecord | undefined> {
    const row = await this.one('SELECT * FROM users WHERE admin ORDER BY created_at, id COLLATE "C" LIMIT 1', [])
    return row && userOf(row)
  }

  async putMember(m: MemberRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO members (project_id, user_id, role, invite_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (project_id, user_id) DO UPDATE SET role = excluded.role, invite_id = excluded.invite_id`,
      [m.projectId, m.userId, m.role, m.inviteId],
    )
  }

  async getMember(projectId: string, userId: string): Promise<MemberRecord | undefined> {
    const row = await this.one('SELECT * FROM members WHERE project_id = $1 AND user_id = $2', [projectId, userId])
    return row && { projectId: String(row.project_id), userId: String(row.user_id), role: row.role as Role, inviteId: (row.invite_id as string | null) ?? null }
  }

  async createInvite(i: InviteRecord): Promise<void> {
    try {
      await this.pool.query(
        `INSERT INTO invites (id, project_id, role, code_hash, created_by, created_at, expires_at, max_uses, uses, revoked_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [i.id, i.projectId, i.role, i.codeHash, i.createdBy, i.createdAt, i.expiresAt, i.maxUses, i.uses, i.revokedAt],
      )
    } catch (e) {
      throw conflict(e, 'invite exists')
    }
  }

  async getInvite(id: string): Promise<InviteRecord | undefined> {
    const row = await this.one('SELECT * FROM invites WHERE id = $1', [id])
    return row && inviteOf(row)
  }

  async findInviteByCodeHash(codeHash: string): Promise<InviteRecord | undefined> {
    const row = await this.one('SELECT * FROM invites WHERE code_hash = $1', [codeHash])
    return row && inviteOf(row)
  }

  async listInvites(projectId: string): Promise<InviteRecord[]> {
    const { rows } = await this.pool.query('SELECT * FROM invites WHERE project_id = $1 ORDER BY created_at, id COLLATE "C"', [projectId])
    return (rows as Row[]).map(inviteOf)
  }

  async revokeInvite(id: string, at: number): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('UPDATE invites SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2', [at, id])
      await c.query('DELETE FROM members WHERE invite_id = $1', [id])
    })
  }

  async useInvite(id: string, at: number): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: InviteRefusal }> {
    // One conditional UPDATE: two last uses cannot both pass, whichever process serves them.
    const { rowCount } = await this.pool.query(
      `UPDATE invites SET uses = uses + 1 WHERE id = $1 AND revoked_at IS NULL
       AND (expires_at IS NULL OR expires_at > $2) AND (max_uses IS NULL OR uses < max_uses)`,
      [id, at],
    )
    if (rowCount === 1) return { ok: true }
    return { ok: false, reason: inviteRefusal(await this.getInvite(id), at) ?? 'used-up' }
  }

  async saveVersion(v: VersionRecord, state: Uint8Array): Promise<void> {
    try {
      await this.pool.query('INSERT INTO versions (id, project_id, name, author_id, created_at, state) VALUES ($1, $2, $3, $4, $5, $6)', [
        v.id,
        v.projectId,
        v.name,
        v.authorId,
        v.createdAt,
        state,
      ])
    } catch (e) {
      throw conflict(e, `version ${v.id} exists`)
    }
  }

  async listVersions(projectId: string): Promise<VersionRecord[]> {
    const { rows } = await this.pool.query(
      'SELECT id, project_id, name, author_id, created_at FROM versions WHERE project_id = $1 ORDER BY created_at DESC, id COLLATE "C"',
      [projectId],
    )
    return (rows as Row[]).map((r) => ({
      id: String(r.id),
      projectId: String(r.project_id),
      name: String(r.name),
      authorId: String(r.author_id),
      createdAt: Number(r.created_at),
    }))
  }

  async getVersionState(projectId: string, id: string): Promise<Uint8Array | undefined> {
    const row = await this.one('SELECT state FROM versions WHERE id = $1 AND project_id = $2', [id, projectId])
    return row && bytes(row.state)
  }

  async close(): Promise<void> {
    await this.listener.stop()
    await this.pool.end().catch((e: unknown) => this.log(`PostgreSQL: menutup / closing (${(e as Error).message})`))
  }

  private async one(sql: string, params: unknown[]): Promise<Row | undefined> {
    const { rows } = await this.pool.query(sql, params)
    return rows[0] as Row | undefined
  }
}

function conflict(e: unknown, message: string): unknown {
  return (e as { code?: string }).code === UNIQUE_VIOLATION ? new StorageConflictError(message) : e
}

/** pg returns bytea as Buffers; callers get plain Uint8Arrays. */
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
  return { id: String(r.id), name: String(r.name), admin: r.admin === true, createdAt: Number(r.created_at) }
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
