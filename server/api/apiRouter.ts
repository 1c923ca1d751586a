import type { IncomingMessage, ServerResponse } from 'node:http'
import { TokenError, verifyToken, type TokenClaims } from '../auth/tokens.ts'
import { originAllowed } from '../http/originCheck.ts'
import { API_HEADERS } from '../http/securityHeaders.ts'
import { isProjectId } from '../projectId.ts'
import type { ApiContext } from './apiContext.ts'
import { ApiError, notFound, projectNotFound, unauthorized } from './apiError.ts'
import { createInvite, exchangeInvite, listInvites, revokeInvite } from './invitesApi.ts'
import { createProject, deleteProject, listProjects, renameProject, uploadProject } from './projectsApi.ts'
import { listVersions, saveVersion, versionState } from './versionsApi.ts'

export const API_PREFIX = '/api/'

type Handler = (ctx: ApiContext, req: IncomingMessage, params: readonly string[], claims: TokenClaims) => Promise<unknown>

interface Route {
  readonly method: string
  /** Segments after /api/; `:id` matches a project id, `:any` any segment. */
  readonly pattern: readonly string[]
  readonly status?: number
  /** Needs no token (the invite exchange). */
  readonly open?: boolean
  readonly handler: Handler
}

const ROUTES: readonly Route[] = [
  { method: 'GET', pattern: ['session'], handler: async (_ctx, _req, _p, c) => session(c) },
  { method: 'GET', pattern: ['projects'], handler: (ctx, _req, _p, c) => listProjects(ctx, c) },
  { method: 'POST', pattern: ['projects'], status: 201, handler: (ctx, req, _p, c) => createProject(ctx, c, req) },
  { method: 'POST', pattern: ['projects', 'upload'], status: 201, handler: (ctx, req, _p, c) => uploadProject(ctx, c, req) },
  { method: 'PATCH', pattern: ['projects', ':id'], handler: (ctx, req, [id], c) => renameProject(ctx, c, id!, req) },
  { method: 'DELETE', pattern: ['projects', ':id'], handler: (ctx, _req, [id], c) => deleteProject(ctx, c, id!) },
  { method: 'GET', pattern: ['projects', ':id', 'invites'], handler: (ctx, _req, [id], c) => listInvites(ctx, c, id!) },
  { method: 'POST', pattern: ['projects', ':id', 'invites'], status: 201, handler: (ctx, req, [id], c) => createInvite(ctx, c, id!, req) },
  { method: 'DELETE', pattern: ['projects', ':id', 'invites', ':any'], handler: (ctx, _req, [id, invite], c) => revokeInvite(ctx, c, id!, invite!) },
  { method: 'GET', pattern: ['projects', ':id', 'versions'], handler: (ctx, _req, [id], c) => listVersions(ctx, c, id!) },
  { method: 'POST', pattern: ['projects', ':id', 'versions'], status: 201, handler: (ctx, req, [id], c) => saveVersion(ctx, c, id!, req) },
  { method: 'GET', pattern: ['projects', ':id', 'versions', ':any'], handler: (ctx, _req, [id, version], c) => versionState(ctx, c, id!, version!) },
  { method: 'POST', pattern: ['invites', 'exchange'], status: 200, open: true, handler: (ctx, req) => exchangeInvite(ctx, req) },
]

function session(c: TokenClaims): unknown {
  return { userId: c.sub, name: c.name ?? null, project: c.prj, role: c.role, expiresAt: new Date(c.exp * 1000).toISOString() }
}

/** Matches a route; the params are the `:id` / `:any` segments. A bad project id is a 404. */
function match(method: string, segments: readonly string[]): { route: Route; params: string[] } | 'method' | undefined {
  let pathMatched = false
  for (const route of ROUTES) {
    if (route.pattern.length !== segments.length) continue
    const params: string[] = []
    const fits = route.pattern.every((p, i) => {
      const s = segments[i]!
      if (p === ':id' || p === ':any') {
        params.push(s)
        return p === ':any' || isProjectId(s)
      }
      return p === s
    })
    if (!fits) continue
    pathMatched = true
    if (route.method === method) return { route, params }
  }
  return pathMatched ? 'method' : undefined
}

/** The Bearer token of a request (never read from the URL: URLs end up in logs). */
function bearer(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return m?.[1]
}

/** Answers one /api/ request with JSON, errors as `{ error: { id, en, path? } }`. */
export async function handleApi(ctx: ApiContext, allowedOrigins: readonly string[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const rawPath = (req.url ?? '/').split('?', 1)[0]!
    const segments = rawPath.slice(API_PREFIX.length).split('/').filter((s) => s !== '')
    const method = req.method ?? 'GET'
    if (method !== 'GET' && method !== 'HEAD' && !originAllowed(req, allowedOrigins)) {
      throw new ApiError(403, 'Permintaan dari situs lain ditolak', 'Requests from other sites are refused')
    }
    const found = match(method === 'HEAD' ? 'GET' : method, segments)
    if (found === undefined) throw segments[0] === 'projects' && segments.length >= 2 ? projectNotFound() : notFound()
    if (found === 'method') throw new ApiError(405, 'Metode tidak didukung di alamat ini', 'Method not allowed here')
    let claims: TokenClaims
    if (found.route.open) claims = { sub: '', prj: '', role: 'viewer', exp: 0 }
    else {
      try {
        claims = await verifyToken(ctx.secret, bearer(req), ctx.now())
      } catch (e) {
        if (e instanceof TokenError) throw unauthorized()
        throw e
      }
    }
    const result = await found.route.handler(ctx, req, found.params, claims)
    reply(req, res, found.route.status ?? 200, result)
  } catch (e) {
    if (e instanceof ApiError) reply(req, res, e.status, e.toJSON(), e.status === 401 ? { 'www-authenticate': 'Bearer' } : {})
    else {
      // Details go to the server log only; the client gets a plain message.
      console.error('api:', e instanceof Error ? e.message : e)
      reply(req, res, 500, new ApiError(500, 'Kesalahan di server; coba lagi', 'Server error; try again').toJSON())
    }
  }
}

function reply(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  // Binary answers (a version's Yjs state) go as they are; everything else is JSON.
  const binary = body instanceof Uint8Array
  const payload = binary ? body : Buffer.from(JSON.stringify(body))
  const type = binary ? 'application/octet-stream' : 'application/json; charset=utf-8'
  res.writeHead(status, { ...API_HEADERS, 'content-type': type, 'content-length': payload.byteLength, ...extra })
  res.end(req.method === 'HEAD' ? undefined : payload)
  // A body refused before it was read: do not keep the connection for the rest of it.
  if (!req.complete) req.once('end', () => undefined).resume()
}
