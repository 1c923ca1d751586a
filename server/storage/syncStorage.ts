/**
 * What the sync server keeps, behind one interface with two implementations: SQLite for the
 * product (sqliteStorage.ts) and an in-memory twin for tests (memoryStorage.ts); one test suite
 * runs against both (syncStorage.test.ts). Every method returns a Promise, so a PostgreSQL
 * implementation (asynchronous by nature) fits the same shape; callers never rely on a write
 * having happened before its Promise resolves.
 */

export type Role = 'owner' | 'editor' | 'viewer'
export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer']

export interface UserRecord {
  readonly id: string
  readonly name: string
  /** The server's administrator: created on first start, may create projects. */
  readonly admin: boolean
  readonly createdAt: number
}

export interface ProjectRecord {
  readonly id: string
  readonly name: string
  readonly ownerId: string
  readonly createdAt: number
  readonly updatedAt: number
  /** Set when moved to the trash; the data is kept until `purgeTrash`. */
  readonly deletedAt: number | null
}

export interface MemberRecord {
  readonly projectId: string
  readonly userId: string
  readonly role: Role
  /** The invite the membership came from; revoking it removes the membership. */
  readonly inviteId: string | null
}

export interface InviteRecord {
  readonly id: string
  readonly projectId: string
  readonly role: Role
  /** SHA-256 of the secret code in the link: the code itself is never stored. */
  readonly codeHash: string
  readonly createdBy: string
  readonly createdAt: number
  readonly expiresAt: number | null
  readonly maxUses: number | null
  readonly uses: number
  readonly revokedAt: number | null
}

export interface VersionRecord {
  readonly id: string
  readonly projectId: string
  readonly name: string
  readonly authorId: string
  readonly createdAt: number
}

/** A room as stored: the last compacted state and the updates appended after it, in order. */
export interface StoredRoom {
  readonly state: Uint8Array | null
  readonly updates: readonly Uint8Array[]
  /** Sequence number of the last update included (0 when none): compaction goes up to it. */
  readonly lastSeq: number
}

/** Why a use of an invite was refused. */
export type InviteRefusal = 'unknown' | 'revoked' | 'expired' | 'used-up'

export class StorageConflictError extends Error {}

export interface SyncStorage {
  /** Every stored part of a project's document; an unknown project gives an empty room. */
  loadRoom(projectId: string): Promise<StoredRoom>
  /** Appends one update durably (committed when the Promise resolves); returns its sequence number. */
  appendUpdate(projectId: string, update: Uint8Array): Promise<number>
  /**
   * The same, committed when it returns: offered by storages with a synchronous driver (SQLite),
   * so a room can store and broadcast an update in the turn it arrived, with no Promise between.
   */
  appendUpdateNow?(projectId: string, update: Uint8Array): number
  /** Atomically replaces the state by `state` and drops the updates up to `upToSeq` (it includes them). */
  compactRoom(projectId: string, state: Uint8Array, upToSeq: number): Promise<void>
  /** Stored updates not yet compacted. */
  pendingUpdateCount(projectId: string): Promise<number>

  /** Throws StorageConflictError when the id is taken (also by a project in the trash). */
  createProject(project: Omit<ProjectRecord, 'deletedAt' | 'updatedAt'>, initialState?: Uint8Array): Promise<ProjectRecord>
  /** Also a project in the trash (see `deletedAt`). */
  getProject(id: string): Promise<ProjectRecord | undefined>
  /** Projects the user owns or is a member of, not in the trash, newest change first. */
  listProjectsFor(userId: string): Promise<ProjectRecord[]>
  renameProject(id: string, name: string, at: number): Promise<void>
  touchProject(id: string, at: number): Promise<void>
  trashProject(id: string, at: number): Promise<void>
  /** Deletes for good the projects trashed before `before`, with all their data; returns their ids. */
  purgeTrash(before: number): Promise<string[]>

  createUser(user: UserRecord): Promise<void>
  getUser(id: string): Promise<UserRecord | undefined>
  /** The first administrator, if any. */
  findAdmin(): Promise<UserRecord | undefined>

  /** Adds or replaces a membership. */
  putMember(member: MemberRecord): Promise<void>
  getMember(projectId: string, userId: string): Promise<MemberRecord | undefined>

  createInvite(invite: InviteRecord): Promise<void>
  getInvite(id: string): Promise<InviteRecord | undefined>
  findInviteByCodeHash(codeHash: string): Promise<InviteRecord | undefined>
  listInvites(projectId: string): Promise<InviteRecord[]>
  /** Marks the invite revoked and removes the memberships it granted. */
  revokeInvite(id: string, at: number): Promise<void>
  /** Counts one use if the invite is still usable, atomically (two last uses cannot both pass). */
  useInvite(id: string, at: number): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: InviteRefusal }>

  /** A named full state of the document (version history). */
  saveVersion(version: VersionRecord, state: Uint8Array): Promise<void>
  listVersions(projectId: string): Promise<VersionRecord[]>
  getVersionState(projectId: string, id: string): Promise<Uint8Array | undefined>

  close(): Promise<void>
}

/** The usability rule of an invite, shared by both implementations. */
export function inviteRefusal(invite: InviteRecord | undefined, at: number): InviteRefusal | undefined {
  if (!invite) return 'unknown'
  if (invite.revokedAt !== null) return 'revoked'
  if (invite.expiresAt !== null && invite.expiresAt <= at) return 'expired'
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'used-up'
  return undefined
}
