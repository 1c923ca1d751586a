import {
  inviteRefusal,
  type InviteRefusal,
  StorageConflictError,
  type InviteRecord,
  type MemberRecord,
  type ProjectRecord,
  type StoredRoom,
  type SyncStorage,
  type UserRecord,
  type VersionRecord,
} from './syncStorage.ts'

interface RoomData {
  state: Uint8Array | null
  updates: { seq: number; data: Uint8Array }[]
}

/**
 * The in-memory twin of SqliteStorage: same behaviour, nothing on disk. For tests, and as the
 * reference the shared suite holds the SQLite implementation to.
 */
export class MemoryStorage implements SyncStorage {
  private seq = 0
  private readonly rooms = new Map<string, RoomData>()
  private readonly projects = new Map<string, ProjectRecord>()
  private readonly users = new Map<string, UserRecord>()
  private readonly members = new Map<string, MemberRecord>()
  private readonly invites = new Map<string, InviteRecord>()
  private readonly versions = new Map<string, { record: VersionRecord; state: Uint8Array }>()
  /** Sequence number each room's state includes (what `loadRoom` reports when no update is left). */
  private readonly compactedUpTo = new Map<string, number>()

  async loadRoom(projectId: string): Promise<StoredRoom> {
    const room = this.rooms.get(projectId)
    if (!room) return { state: null, updates: [], lastSeq: 0 }
    return { state: room.state, updates: room.updates.map((u) => u.data), lastSeq: room.updates.at(-1)?.seq ?? this.stateSeq(projectId) }
  }

  private stateSeq(projectId: string): number {
    return this.compactedUpTo.get(projectId) ?? 0
  }

  async appendUpdate(projectId: string, update: Uint8Array): Promise<number> {
    return this.append(projectId, update)
  }

  appendUpdateNow(projectId: string, update: Uint8Array): number {
    return this.append(projectId, update)
  }

  private append(projectId: string, update: Uint8Array): number {
    if (!this.projects.has(projectId)) throw new Error(`no project ${projectId}`)
    const room = this.room(projectId)
    const seq = ++this.seq
    room.updates.push({ seq, data: update.slice() })
    return seq
  }

  async compactRoom(projectId: string, state: Uint8Array, upToSeq: number): Promise<void> {
    const room = this.room(projectId)
    room.state = state.slice()
    room.updates = room.updates.filter((u) => u.seq > upToSeq)
    this.compactedUpTo.set(projectId, Math.max(this.stateSeq(projectId), upToSeq))
  }

  async pendingUpdateCount(projectId: string): Promise<number> {
    return this.rooms.get(projectId)?.updates.length ?? 0
  }

  private room(projectId: string): RoomData {
    let room = this.rooms.get(projectId)
    if (!room) {
      room = { state: null, updates: [] }
      this.rooms.set(projectId, room)
    }
    return room
  }

  async createProject(project: Omit<ProjectRecord, 'deletedAt' | 'updatedAt'>, initialState?: Uint8Array): Promise<ProjectRecord> {
    if (this.projects.has(project.id)) throw new StorageConflictError(`project ${project.id} exists`)
    const record: ProjectRecord = { ...project, updatedAt: project.createdAt, deletedAt: null }
    this.projects.set(project.id, record)
    if (initialState) this.room(project.id).state = initialState.slice()
    return record
  }

  async getProject(id: string): Promise<ProjectRecord | undefined> {
    return this.projects.get(id)
  }

  async listProjectsFor(userId: string): Promise<ProjectRecord[]> {
    return [...this.projects.values()]
      .filter((p) => p.deletedAt === null && (p.ownerId === userId || this.members.has(memberKey(p.id, userId))))
      .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id))
  }

  async renameProject(id: string, name: string, at: number): Promise<void> {
    this.update(id, { name, updatedAt: at })
  }

  async touchProject(id: string, at: number): Promise<void> {
    this.update(id, { updatedAt: at })
  }

  async trashProject(id: string, at: number): Promise<void> {
    this.update(id, { deletedAt: at })
  }

  private update(id: string, patch: Partial<ProjectRecord>): void {
    const p = this.projects.get(id)
    if (p) this.projects.set(id, { ...p, ...patch })
  }

  async purgeTrash(before: number): Promise<string[]> {
    const gone = [...this.projects.values()].filter((p) => p.deletedAt !== null && p.deletedAt < before).map((p) => p.id)
    for (const id of gone) {
      this.projects.delete(id)
      this.rooms.delete(id)
      this.compactedUpTo.delete(id)
      for (const [k, m] of this.members) if (m.projectId === id) this.members.delete(k)
      for (const [k, i] of this.invites) if (i.projectId === id) this.invites.delete(k)
      for (const [k, v] of this.versions) if (v.record.projectId === id) this.versions.delete(k)
    }
    return gone.sort()
  }

  async createUser(user: UserRecord): Promise<void> {
    if (this.users.has(user.id)) throw new StorageConflictError(`user ${user.id} exists`)
    this.users.set(user.id, user)
  }

  async getUser(id: string): Promise<UserRecord | undefined> {
    return this.users.get(id)
  }

  async findAdmin(): Promise<UserRecord | undefined> {
    return [...this.users.values()].filter((u) => u.admin).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))[0]
  }

  async putMember(member: MemberRecord): Promise<void> {
    this.members.set(memberKey(member.projectId, member.userId), member)
  }

  async getMember(projectId: string, userId: string): Promise<MemberRecord | undefined> {
    return this.members.get(memberKey(projectId, userId))
  }

  async createInvite(invite: InviteRecord): Promise<void> {
    if (this.invites.has(invite.id) || [...this.invites.values()].some((i) => i.codeHash === invite.codeHash)) throw new StorageConflictError('invite exists')
    this.invites.set(invite.id, invite)
  }

  async getInvite(id: string): Promise<InviteRecord | undefined> {
    return this.invites.get(id)
  }

  async findInviteByCodeHash(codeHash: string): Promise<InviteRecord | undefined> {
    return [...this.invites.values()].find((i) => i.codeHash === codeHash)
  }

  async listInvites(projectId: string): Promise<InviteRecord[]> {
    return [...this.invites.values()].filter((i) => i.projectId === projectId).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
  }

  async revokeInvite(id: string, at: number): Promise<void> {
    const invite = this.invites.get(id)
    if (!invite) return
    if (invite.revokedAt === null) this.invites.set(id, { ...invite, revokedAt: at })
    for (const [k, m] of this.members) if (m.inviteId === id) this.members.delete(k)
  }

  async useInvite(id: string, at: number): Promise<{ readonly ok: true } | { readonly ok: false; readonly reason: InviteRefusal }> {
    const invite = this.invites.get(id)
    const refusal = inviteRefusal(invite, at)
    if (refusal || !invite) return { ok: false, reason: refusal ?? 'unknown' }
    this.invites.set(id, { ...invite, uses: invite.uses + 1 })
    return { ok: true }
  }

  async saveVersion(version: VersionRecord, state: Uint8Array): Promise<void> {
    if (this.versions.has(version.id)) throw new StorageConflictError(`version ${version.id} exists`)
    this.versions.set(version.id, { record: version, state: state.slice() })
  }

  async listVersions(projectId: string): Promise<VersionRecord[]> {
    return [...this.versions.values()]
      .map((v) => v.record)
      .filter((v) => v.projectId === projectId)
      .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id))
  }

  async getVersionState(projectId: string, id: string): Promise<Uint8Array | undefined> {
    const v = this.versions.get(id)
    return v && v.record.projectId === projectId ? v.state : undefined
  }

  async close(): Promise<void> {}
}

function memberKey(projectId: string, userId: string): string {
  return `${projectId}\u0000${userId}`
}
