import type pg from 'pg'

/**
 * The PostgreSQL schema, as numbered migrations applied in order at start; `schema_migrations`
 * records those applied. Several processes may start at once: an advisory lock makes one of them
 * migrate while the others wait, then find nothing left to do. Add a migration; never edit one
 * that has shipped. Times are milliseconds since the epoch (bigint), as in SQLite.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id text PRIMARY KEY,
    name text NOT NULL,
    admin boolean NOT NULL DEFAULT false,
    created_at bigint NOT NULL
  );
  CREATE TABLE projects (
    id text PRIMARY KEY,
    name text NOT NULL,
    owner_id text NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    deleted_at bigint
  );
  CREATE INDEX projects_owner ON projects(owner_id);
  -- The compacted state of a project's Y.Doc: it includes every update up to up_to_seq.
  CREATE TABLE doc_state (
    project_id text PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    state bytea NOT NULL,
    up_to_seq bigint NOT NULL,
    compacted_at bigint NOT NULL
  );
  -- Updates appended since, one row each; per project, seq order is commit order (see appendUpdate).
  CREATE TABLE doc_updates (
    seq bigserial PRIMARY KEY,
    project_id text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    data bytea NOT NULL,
    created_at bigint NOT NULL
  );
  CREATE INDEX doc_updates_project ON doc_updates(project_id, seq);
  CREATE TABLE members (
    project_id text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id text NOT NULL,
    role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    invite_id text,
    PRIMARY KEY (project_id, user_id)
  );
  CREATE INDEX members_user ON members(user_id);
  CREATE TABLE invites (
    id text PRIMARY KEY,
    project_id text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    role text NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    code_hash text NOT NULL UNIQUE,
    created_by text NOT NULL,
    created_at bigint NOT NULL,
    expires_at bigint,
    max_uses integer,
    uses integer NOT NULL DEFAULT 0,
    revoked_at bigint
  );
  CREATE INDEX invites_project ON invites(project_id);
  -- Named full states (version history).
  CREATE TABLE versions (
    id text PRIMARY KEY,
    project_id text NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name text NOT NULL,
    author_id text NOT NULL,
    created_at bigint NOT NULL,
    state bytea NOT NULL
  );
  CREATE INDEX versions_project ON versions(project_id, created_at);
  `,
]

/** Any constant both the migrating and the waiting processes agree on. */
const MIGRATION_LOCK = 0x63657462 // "cetb"

/** Applies the migrations not yet applied; returns how many it applied. */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect()
  const onError = (): void => undefined
  client.on('error', onError)
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at bigint NOT NULL)')
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')
    const current = rows[0]?.v ?? 0
    if (current > MIGRATIONS.length) {
      throw new Error(
        `Basis data dibuat oleh versi Cetakbiru yang lebih baru (skema ${current}) / The database was written by a newer Cetakbiru (schema ${current})`,
      )
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      await client.query(MIGRATIONS[v]!)
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [v + 1, Date.now()])
    }
    await client.query('COMMIT')
    return MIGRATIONS.length - current
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  } finally {
    client.off('error', onError)
    client.release()
  }
}
