import { errors, jwtVerify, SignJWT } from 'jose'
import { ROLES, type Role } from '../storage/syncStorage.ts'
import { isProjectId } from '../projectId.ts'

const ISSUER = 'cetakbiru'
const AUDIENCE = 'cetakbiru'

/** `*`: a user's session, acting on every project they own or are a member of. */
export const ANY_PROJECT = '*'

export interface TokenClaims {
  /** The user. */
  readonly sub: string
  /** A project id, or `*` for a session token. */
  readonly prj: string
  /** The most the token allows; a session token's real role per project comes from storage. */
  readonly role: Role
  /** The invite the token came from: revoking it invalidates the token. */
  readonly inv?: string
  /** Display name, for presence. */
  readonly name?: string
  /** Expiry, seconds since the epoch. */
  readonly exp: number
}

export type TokenFailure = 'missing' | 'expired' | 'invalid'

export class TokenError extends Error {
  constructor(readonly reason: TokenFailure) {
    super(`token ${reason}`)
  }
}

export async function signToken(secret: Uint8Array, claims: Omit<TokenClaims, 'exp'>, ttlSeconds: number, now = Date.now()): Promise<string> {
  const payload: Record<string, string> = { prj: claims.prj, role: claims.role }
  if (claims.inv) payload.inv = claims.inv
  if (claims.name) payload.name = claims.name
  const iat = Math.floor(now / 1000)
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + Math.max(1, Math.floor(ttlSeconds)))
    .sign(secret)
}

/** Checks signature, issuer, audience, expiry and the claims' shape; throws TokenError. */
export async function verifyToken(secret: Uint8Array, token: string | null | undefined, now = Date.now()): Promise<TokenClaims> {
  if (!token) throw new TokenError('missing')
  let payload
  try {
    ;({ payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE, currentDate: new Date(now) }))
  } catch (e) {
    throw new TokenError(e instanceof errors.JWTExpired ? 'expired' : 'invalid')
  }
  const { sub, prj, role, inv, name, exp } = payload as Record<string, unknown>
  if (typeof sub !== 'string' || sub === '' || typeof exp !== 'number') throw new TokenError('invalid')
  if (typeof prj !== 'string' || (prj !== ANY_PROJECT && !isProjectId(prj))) throw new TokenError('invalid')
  if (typeof role !== 'string' || !ROLES.includes(role as Role)) throw new TokenError('invalid')
  if (inv !== undefined && typeof inv !== 'string') throw new TokenError('invalid')
  if (name !== undefined && typeof name !== 'string') throw new TokenError('invalid')
  return { sub, prj, role: role as Role, exp, ...(inv ? { inv } : {}), ...(name ? { name } : {}) }
}

/** `90d`, `12h`, `30m`, `45s` or plain seconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+)([smhd]?)$/.exec(text.trim())
  if (!m) return undefined
  const n = Number(m[1])
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd']
  const seconds = n * unit
  return seconds > 0 && Number.isSafeInteger(seconds) ? seconds : undefined
}
