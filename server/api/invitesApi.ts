import { createHash, randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { randomId } from '../../src/model/commands/commandContext.ts'
import { signToken, type TokenClaims } from '../auth/tokens.ts'
import { ROLES, type InviteRecord, type InviteRefusal } from '../storage/syncStorage.ts'
import { CLOSE } from '../sync/closeCodes.ts'
import type { ApiContext } from './apiContext.ts'
import { ApiError } from './apiError.ts'
import { oneOf, onlyFields, optionalInteger, readJsonObject, requiredText } from './jsonBody.ts'
import { iso, projectFor } from './projectsApi.ts'

/** Without an expiry an invite (and the tokens it gives) lasts this long. */
const DEFAULT_INVITE_HOURS = 7 * 24
const MAX_INVITE_HOURS = 365 * 24

export interface InviteView {
  readonly id: string
  readonly projectId: string
  readonly role: string
  readonly createdAt: string
  readonly expiresAt: string | null
  readonly maxUses: number | null
  readonly uses: number
  readonly revokedAt: string | null
}

function view(i: InviteRecord): InviteView {
  return {
    id: i.id,
    projectId: i.projectId,
    role: i.role,
    createdAt: iso(i.createdAt),
    expiresAt: i.expiresAt === null ? null : iso(i.expiresAt),
    maxUses: i.maxUses,
    uses: i.uses,
    revokedAt: i.revokedAt === null ? null : iso(i.revokedAt),
  }
}

export const hashInviteCode = (code: string): string => createHash('sha256').update(code).digest('hex')

/** Owner only. The code is returned once, here; the server keeps only its hash. */
export async function createInvite(ctx: ApiContext, claims: TokenClaims, projectId: string, req: IncomingMessage): Promise<{ invite: InviteView; code: string; path: string }> {
  await projectFor(ctx, claims, projectId, 'owner')
  const body = await readJsonObject(req, ctx.limits.jsonBytes)
  onlyFields(body, ['role', 'expiresInHours', 'maxUses'])
  const role = oneOf(body, 'role', ROLES)
  const hours = optionalInteger(body, 'expiresInHours', 1, MAX_INVITE_HOURS) ?? DEFAULT_INVITE_HOURS
  const maxUses = optionalInteger(body, 'maxUses', 1, 100_000) ?? null
  const code = randomBytes(24).toString('base64url')
  const now = ctx.now()
  const invite: InviteRecord = {
    id: randomId('i'),
    projectId,
    role,
    codeHash: hashInviteCode(code),
    createdBy: claims.sub,
    createdAt: now,
    expiresAt: now + hours * 3600_000,
    maxUses,
    uses: 0,
    revokedAt: null,
  }
  await ctx.storage.createInvite(invite)
  // In the fragment: browsers never send it to a server, so it stays out of every access log.
  return { invite: view(invite), code, path: `/#undangan=${code}` }
}

export async function listInvites(ctx: ApiContext, claims: TokenClaims, projectId: string): Promise<{ invites: InviteView[] }> {
  await projectFor(ctx, claims, projectId, 'owner')
  return { invites: (await ctx.storage.listInvites(projectId)).map(view) }
}

/** Owner only: the invite stops working, and connections that came through it are closed now. */
export async function revokeInvite(ctx: ApiContext, claims: TokenClaims, projectId: string, inviteId: string): Promise<{ invite: InviteView; closedConnections: number }> {
  await projectFor(ctx, claims, projectId, 'owner')
  const invite = await ctx.storage.getInvite(inviteId)
  if (!invite || invite.projectId !== projectId) throw new ApiError(404, 'Undangan tidak ditemukan', 'Invite not found')
  await ctx.storage.revokeInvite(inviteId, ctx.now())
  const closedConnections = ctx.rooms.closeConnections((c) => c.identity?.inviteId === inviteId, CLOSE.forbidden, 'invite revoked')
  return { invite: view((await ctx.storage.getInvite(inviteId))!), closedConnections }
}

const REFUSED: Readonly<Record<InviteRefusal, ApiError>> = {
  unknown: new ApiError(404, 'Undangan tidak dikenal; periksa tautannya', 'Unknown invite; check the link'),
  revoked: new ApiError(410, 'Undangan ini sudah dicabut; minta undangan baru kepada pemilik proyek', 'This invite was revoked; ask the project owner for a new one'),
  expired: new ApiError(410, 'Undangan ini sudah kedaluwarsa; minta undangan baru kepada pemilik proyek', 'This invite has expired; ask the project owner for a new one'),
  'used-up': new ApiError(410, 'Undangan ini sudah dipakai sebanyak batasnya; minta undangan baru', 'This invite has been used as often as allowed; ask for a new one'),
}

/**
 * No token needed: the invite code is the credential. Each use makes a guest user and a token
 * for that project and role, valid until the invite expires.
 */
export async function exchangeInvite(ctx: ApiContext, req: IncomingMessage): Promise<{ token: string; projectId: string; role: string; user: { id: string; name: string }; expiresAt: string }> {
  const body = await readJsonObject(req, ctx.limits.jsonBytes)
  onlyFields(body, ['code', 'name'])
  const code = requiredText(body, 'code', 200)
  const name = requiredText(body, 'name', 100)
  const invite = await ctx.storage.findInviteByCodeHash(hashInviteCode(code))
  const now = ctx.now()
  const used = invite ? await ctx.storage.useInvite(invite.id, now) : ({ ok: false, reason: 'unknown' } as const)
  if (!used.ok || !invite) throw REFUSED[used.ok ? 'unknown' : used.reason]
  const project = await ctx.storage.getProject(invite.projectId)
  if (!project || project.deletedAt !== null) throw REFUSED.unknown
  const user = { id: randomId('u'), name, admin: false, createdAt: now }
  await ctx.storage.createUser(user)
  await ctx.storage.putMember({ projectId: invite.projectId, userId: user.id, role: invite.role, inviteId: invite.id })
  const expiresAt = invite.expiresAt ?? now + DEFAULT_INVITE_HOURS * 3600_000
  const token = await signToken(ctx.secret, { sub: user.id, prj: invite.projectId, role: invite.role, inv: invite.id, name }, (expiresAt - now) / 1000, now)
  return { token, projectId: invite.projectId, role: invite.role, user: { id: user.id, name }, expiresAt: iso(expiresAt) }
}
