import type { ProjectRecord, Role, SyncStorage } from '../storage/syncStorage.ts'
import { ANY_PROJECT, type TokenClaims } from './tokens.ts'

const RANK: Readonly<Record<Role, number>> = { viewer: 1, editor: 2, owner: 3 }

export function atLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed]
}

function lower(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b
}

export type AccessRefusal = 'wrong-project' | 'revoked' | 'no-access' | 'not-found' | 'deleted'

export type Access =
  | { readonly ok: true; readonly role: Role; readonly project: ProjectRecord }
  /** The project does not exist and the token may create it (owner or editor). */
  | { readonly ok: true; readonly role: Role; readonly project: undefined }
  | { readonly ok: false; readonly reason: AccessRefusal }

/**
 * What a verified token may do with a project. A project token (`prj` = the id) carries its
 * role; a session token (`prj` = `*`) gets the user's role there (owner, or their membership),
 * never more than the token's own role. A token from an invite stops working once the invite is
 * revoked.
 */
export async function resolveAccess(storage: SyncStorage, claims: TokenClaims, projectId: string): Promise<Access> {
  if (claims.prj !== ANY_PROJECT && claims.prj !== projectId) return { ok: false, reason: 'wrong-project' }
  if (claims.inv !== undefined) {
    const invite = await storage.getInvite(claims.inv)
    if (!invite || invite.revokedAt !== null || invite.projectId !== projectId) return { ok: false, reason: 'revoked' }
  }
  const project = await storage.getProject(projectId)
  if (project && project.deletedAt !== null) return { ok: false, reason: 'deleted' }
  if (!project) {
    // Only the server and its administrator mint tokens: an owner or editor token for a new id
    // provisions that project (scripts rely on it).
    return atLeast(claims.role, 'editor') ? { ok: true, role: 'owner', project: undefined } : { ok: false, reason: 'not-found' }
  }
  if (claims.prj !== ANY_PROJECT) return { ok: true, role: claims.role, project }
  if (project.ownerId === claims.sub) return { ok: true, role: claims.role, project }
  const member = await storage.getMember(projectId, claims.sub)
  return member ? { ok: true, role: lower(member.role, claims.role), project } : { ok: false, reason: 'no-access' }
}
