import { msg, type Message } from '../model/message.ts'

/**
 * The sign-in with the sync server: the tokens this browser holds, and the JSON API they open.
 * A session token (the owner's sign-in link, `prj` = `*`) reaches every project of its user; a
 * project token (from an invite) reaches one project. Tokens live in localStorage; the server
 * checks them, this module only reads their claims to show names, roles and expiry.
 */

export type Role = 'owner' | 'editor' | 'viewer'
export const ROLES: readonly Role[] = ['owner', 'editor', 'viewer']

export interface TokenInfo {
  readonly userId: string
  /** A project id, or `*` for a session. */
  readonly project: string
  readonly role: Role
  readonly name: string | undefined
  /** Milliseconds since the epoch. */
  readonly expiresAt: number
}

/**
 * The claims of a JWT, read without checking its signature (the server does that). Undefined for
 * anything that is not a token of ours.
 */
export function readToken(token: string): TokenInfo | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const json = new TextDecoder().decode(base64UrlBytes(parts[1]!))
    const claims = JSON.parse(json) as Record<string, unknown>
    const { sub, prj, role, name, exp } = claims
    if (typeof sub !== 'string' || typeof prj !== 'string' || typeof exp !== 'number') return undefined
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) return undefined
    return { userId: sub, project: prj, role: role as Role, name: typeof name === 'string' ? name : undefined, expiresAt: exp * 1000 }
  } catch {
    return undefined
  }
}

function base64UrlBytes(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=')
  const bin = atob(b64)
  return Uint8Array.from(bin, (c) => c.charCodeAt(0))
}

export const isExpired = (info: TokenInfo, now = Date.now()): boolean => info.expiresAt <= now

/** What the URL fragment asks for: a sign-in (`#token=`) or an invite (`#undangan=`). */
export type HashSignIn = { readonly kind: 'token'; readonly token: string } | { readonly kind: 'invite'; readonly code: string }

export function parseSignInHash(hash: string): HashSignIn | undefined {
  const token = /^#token=([A-Za-z0-9_.-]+)$/.exec(hash)
  if (token) return { kind: 'token', token: token[1]! }
  const invite = /^#undangan=([A-Za-z0-9_-]{8,200})$/.exec(hash)
  if (invite) return { kind: 'invite', code: invite[1]! }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Token storage

const SESSION_KEY = 'cetakbiru.session'
const PROJECT_TOKENS_KEY = 'cetakbiru.projectTokens'

export interface TokenStore {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

const listeners = new Set<() => void>()
let version = 0

function changed(): void {
  version++
  for (const l of listeners) l()
}

/** Calls `onChange` when a token is stored or removed (in this tab or another). */
export function subscribeTokens(onChange: () => void): () => void {
  listeners.add(onChange)
  const onStorage = (e: StorageEvent): void => {
    if (e.key === SESSION_KEY || e.key === PROJECT_TOKENS_KEY || e.key === null) {
      version++
      onChange()
    }
  }
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(onChange)
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage)
  }
}

/** Changes whenever the stored tokens change (a snapshot key for useSyncExternalStore). */
export const tokensVersion = (): number => version

function storage(): TokenStore | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

function projectTokens(store = storage()): Record<string, string> {
  try {
    const parsed = JSON.parse(store?.getItem(PROJECT_TOKENS_KEY) ?? '{}') as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {}
  } catch {
    return {}
  }
}

/** The session token, when one is stored and not expired. */
export function sessionToken(now = Date.now(), store = storage()): string | undefined {
  const token = store?.getItem(SESSION_KEY) ?? undefined
  const info = token ? readToken(token) : undefined
  return token && info && !isExpired(info, now) ? token : undefined
}

/** Stores a token from a sign-in link: a session token, or a project token for its project. */
export function storeToken(token: string, store = storage()): TokenInfo | undefined {
  const info = readToken(token)
  if (!info || !store) return undefined
  if (info.project === '*') store.setItem(SESSION_KEY, token)
  else store.setItem(PROJECT_TOKENS_KEY, JSON.stringify({ ...projectTokens(store), [info.project]: token }))
  changed()
  return info
}

/** The token to reach `projectId` with: its own project token, else the session token. */
export function tokenFor(projectId: string, now = Date.now(), store = storage()): string | undefined {
  const own = projectTokens(store)[projectId]
  const info = own ? readToken(own) : undefined
  if (own && info && !isExpired(info, now)) return own
  return sessionToken(now, store)
}

/** The project tokens stored (from invites), by project id, expired ones left out. */
export function invitedProjects(now = Date.now(), store = storage()): { readonly projectId: string; readonly info: TokenInfo }[] {
  return Object.entries(projectTokens(store)).flatMap(([projectId, token]) => {
    const info = readToken(token)
    return info && !isExpired(info, now) ? [{ projectId, info }] : []
  })
}

/** Forgets a project token (its invite was revoked) or, without an id, every token (sign out). */
export function forgetTokens(projectId?: string, store = storage()): void {
  if (!store) return
  if (projectId === undefined) {
    store.removeItem(SESSION_KEY)
    store.removeItem(PROJECT_TOKENS_KEY)
  } else {
    const rest = projectTokens(store)
    delete rest[projectId]
    store.setItem(PROJECT_TOKENS_KEY, JSON.stringify(rest))
  }
  changed()
}

// ---------------------------------------------------------------------------------------------
// The JSON API

/** A refused or failed API call, with the server's message in both languages. */
export class ServerError extends Error {
  constructor(
    readonly status: number,
    readonly detail: Message,
  ) {
    super(`${status}: ${detail.en}`)
    this.name = 'ServerError'
  }
}

const NETWORK = msg('Server tidak dapat dihubungi. Periksa jaringan, lalu coba lagi.', 'The server cannot be reached. Check the network, then try again.')
const UNREADABLE = msg('Jawaban server tidak dapat dibaca; coba lagi.', 'The server\'s answer could not be read; try again.')

export interface ApiOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  readonly token?: string | undefined
  /** A JSON body, or text sent as is (a project file upload). */
  readonly body?: unknown
  readonly fetchFn?: typeof fetch
  readonly signal?: AbortSignal
}

/** Calls `/api/<path>`; resolves with the JSON answer, rejects with a ServerError. */
export async function callApi<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const response = await send(path, options)
  try {
    return (await response.json()) as T
  } catch {
    throw new ServerError(response.status, UNREADABLE)
  }
}

/** Like callApi, for a binary answer (a version's Yjs state). */
export async function callApiBytes(path: string, options: ApiOptions = {}): Promise<Uint8Array> {
  const response = await send(path, options)
  return new Uint8Array(await response.arrayBuffer())
}

async function send(path: string, options: ApiOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  let body: string | undefined
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  }
  let response: Response
  try {
    response = await (options.fetchFn ?? fetch)(`/api/${path}`, { method: options.method ?? 'GET', headers, body, signal: options.signal, cache: 'no-store' })
  } catch (e) {
    if (options.signal?.aborted) throw e
    throw new ServerError(0, NETWORK)
  }
  if (!response.ok) throw new ServerError(response.status, await errorMessage(response))
  return response
}

/** The server's `{ error: { id, en } }`, or a plain message for the status. */
async function errorMessage(response: Response): Promise<Message> {
  try {
    const body = (await response.json()) as { error?: { id?: unknown; en?: unknown } }
    const { id, en } = body.error ?? {}
    if (typeof id === 'string' && typeof en === 'string') return msg(id, en)
  } catch {
    // Not JSON (a proxy's error page): fall through.
  }
  return msg(`Server menjawab dengan galat ${response.status}.`, `The server answered with error ${response.status}.`)
}
