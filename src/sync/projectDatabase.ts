import { Dexie, type EntityTable } from 'dexie'

/**
 * The browser's local project store (IndexedDB through Dexie). `updates` is the durable data:
 * every Yjs update of every project, in order. `projects` is an index for the project list,
 * rebuilt from the documents whenever it is missing or stale; it is never read as the truth.
 */
export interface ProjectRow {
  /** Local id of the project in this browser (also the route `#/p/<id>`). */
  readonly id: string
  readonly name: string
  readonly organization: string
  readonly elementCount: number
  /** Milliseconds since the epoch. */
  readonly createdAt: number
  readonly updatedAt: number
}

export interface UpdateRow {
  /** Auto-incremented: the order the updates were written in. */
  readonly seq?: number
  readonly projectId: string
  readonly data: Uint8Array
}

/** Small facts about the store itself, such as whether the example was already offered. */
export interface MetaRow {
  readonly key: string
  readonly value: unknown
}

export const DATABASE_NAME = 'cetakbiru'

export type ProjectDatabase = Dexie & {
  readonly projects: EntityTable<ProjectRow, 'id'>
  readonly updates: EntityTable<UpdateRow, 'seq'>
  readonly meta: EntityTable<MetaRow, 'key'>
}

function createDatabase(name: string): ProjectDatabase {
  const db = new Dexie(name) as ProjectDatabase
  db.version(1).stores({
    projects: 'id, updatedAt',
    updates: '++seq, projectId',
    meta: 'key',
  })
  return db
}

let current: ProjectDatabase | undefined

/** The one database of this page, opened on first use. */
export function projectDatabase(): ProjectDatabase {
  current ??= createDatabase(DATABASE_NAME)
  return current
}

/** Closes and deletes the database (tests start each case from nothing). */
export async function deleteProjectDatabase(): Promise<void> {
  const db = current ?? createDatabase(DATABASE_NAME)
  current = undefined
  db.close()
  await db.delete()
}
