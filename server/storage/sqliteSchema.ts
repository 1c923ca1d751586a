import type Database from 'better-sqlite3'

/**
 * The SQLite schema, as numbered migrations applied in order (`PRAGMA user_version` records the
 * last one). Add a migration; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    admin INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
  );
  CREATE INDEX projects_owner ON projects(owner_id);
  -- The compacted state of a project's Y.Doc: it includes every update up to up_to_seq.
  CREATE TABLE doc_state (
    project_id TEXT PRIMARY KEY REFERENCES projects(id) ON DELETE CASCADE,
    state BLOB NOT NULL,
    up_to_seq INTEGER NOT NULL,
    compacted_at INTEGER NOT NULL
  );
  -- Updates appended since, one row each, in arrival order (seq).
  CREATE TABLE doc_updates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX doc_updates_project ON doc_updates(project_id, seq);
  CREATE TABLE members (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    invite_id TEXT,
    PRIMARY KEY (project_id, user_id)
  );
  CREATE INDEX members_user ON members(user_id);
  CREATE TABLE invites (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    code_hash TEXT NOT NULL UNIQUE,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    max_uses INTEGER,
    uses INTEGER NOT NULL DEFAULT 0,
    revoked_at INTEGER
  );
  CREATE INDEX invites_project ON invites(project_id);
  -- Named full states (version history).
  CREATE TABLE versions (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    author_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    state BLOB NOT NULL
  );
  CREATE INDEX versions_project ON versions(project_id, created_at);
  `,
  // 2: updates clustered by project and numbered per project by the storage. An append then
  // writes one B-tree page instead of three (the rowid table, its index and sqlite_sequence).
  `
  CREATE TABLE doc_updates_by_project (
    project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (project_id, seq)
  ) WITHOUT ROWID;
  INSERT INTO doc_updates_by_project (project_id, seq, data, created_at)
    SELECT project_id, seq, data, created_at FROM doc_updates;
  DROP TABLE doc_updates;
  ALTER TABLE doc_updates_by_project RENAME TO doc_updates;
  `,
]

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Basis data dibuat oleh versi Cetakbiru yang lebih baru (skema ${current}) / The database was written by a newer Cetakbiru (schema ${current})`,
    )
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!)
      db.pragma(`user_version = ${v + 1}`)
    })()
  }
}
