import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signToken } from '../../server/auth/tokens.ts'
import { startTestServer, type TestServer } from '../../tests/server/syncHarness.ts'
import { createInvite, createServerProject, exchangeInvite, listServerProjects, renameServerProject, revokeInvite } from './serverApi.ts'
import {
  callApi, forgetTokens, invitedProjects, parseSignInHash, readToken, ServerError, sessionToken, storeToken, tokenFor, type TokenStore,
} from './serverSession.ts'

function memoryStore(): TokenStore & { readonly data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }
}

const secret = new Uint8Array(32).fill(7)
const realFetch = globalThis.fetch

describe('sign-in links', () => {
  it('reads #token= and #undangan= and nothing else', () => {
    expect(parseSignInHash('#token=aaa.bbb.ccc')).toEqual({ kind: 'token', token: 'aaa.bbb.ccc' })
    expect(parseSignInHash('#undangan=AbC-_0123456789')).toEqual({ kind: 'invite', code: 'AbC-_0123456789' })
    expect(parseSignInHash('#/p/x')).toBeUndefined()
    expect(parseSignInHash('#token=<script>')).toBeUndefined()
    expect(parseSignInHash('#undangan=short')).toBeUndefined()
  })

  it('reads the claims of a real token, and refuses what is not one', async () => {
    const now = Date.now()
    const token = await signToken(secret, { sub: 'u1', prj: 'proj-1', role: 'viewer', name: 'Siti' }, 3600, now)
    const info = readToken(token)
    expect(info).toMatchObject({ userId: 'u1', project: 'proj-1', role: 'viewer', name: 'Siti' })
    expect(Math.abs(info!.expiresAt - (now + 3600_000))).toBeLessThan(1000)
    expect(readToken('not-a-token')).toBeUndefined()
    expect(readToken('a.' + btoa('{"sub":"u","prj":"p","role":"admin","exp":1}') + '.c')).toBeUndefined()
  })
})

describe('token storage', () => {
  it('keeps the session and project tokens apart, prefers a project token, and drops expired ones', async () => {
    const store = memoryStore()
    const now = Date.now()
    const session = await signToken(secret, { sub: 'owner', prj: '*', role: 'owner' }, 3600, now)
    const invite = await signToken(secret, { sub: 'guest', prj: 'p-a', role: 'editor', inv: 'i1' }, 3600, now)
    const expired = await signToken(secret, { sub: 'guest', prj: 'p-b', role: 'viewer' }, 1, now - 10_000)
    expect(storeToken(session, store)?.project).toBe('*')
    storeToken(invite, store)
    storeToken(expired, store)
    expect(sessionToken(now, store)).toBe(session)
    expect(tokenFor('p-a', now, store)).toBe(invite)
    // An expired project token falls back to the session.
    expect(tokenFor('p-b', now, store)).toBe(session)
    expect(invitedProjects(now, store).map((p) => p.projectId)).toEqual(['p-a'])
    forgetTokens('p-a', store)
    expect(tokenFor('p-a', now, store)).toBe(session)
    forgetTokens(undefined, store)
    expect(sessionToken(now, store)).toBeUndefined()
    expect(store.data.size).toBe(0)
  })

  it('stores nothing for a text that is not a token', () => {
    const store = memoryStore()
    expect(storeToken('garbage', store)).toBeUndefined()
    expect(store.data.size).toBe(0)
  })
})

describe('the API against the real server', () => {
  let server: TestServer
  let fetchFn: typeof fetch
  beforeAll(async () => {
    server = await startTestServer()
    fetchFn = ((url: string, init?: RequestInit) => realFetch(server.server.url + url, init)) as typeof fetch
  })
  afterAll(async () => server.dispose())

  it('turns the server\'s {error:{id,en}} into a bilingual ServerError', async () => {
    const failure = await callApi('projects', { token: 'nonsense', fetchFn }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ServerError)
    expect((failure as ServerError).status).toBe(401)
    expect((failure as ServerError).detail.id).toMatch(/Masuk dulu/)
    expect((failure as ServerError).detail.en).toMatch(/Sign in first/)
    const unreachable = await callApi('projects', { fetchFn: () => Promise.reject(new TypeError('fetch failed')) }).catch((e: unknown) => e)
    expect((unreachable as ServerError).status).toBe(0)
    expect((unreachable as ServerError).detail.en).toMatch(/cannot be reached/)
  })

  it('creates, lists and renames with a session token; an invite gives a project token that revoking stops', async () => {
    const owner = { id: 'u-owner', name: 'Pemilik', admin: true, createdAt: Date.now() }
    await server.server.storage.createUser(owner)
    const session = await server.token({ sub: owner.id, prj: '*', role: 'owner' })
    const withFetch = <T>(f: () => Promise<T>): Promise<T> => {
      const original = globalThis.fetch
      globalThis.fetch = fetchFn
      return f().finally(() => (globalThis.fetch = original))
    }
    const project = await withFetch(() => createServerProject(session, { name: 'Arsitektur Kota Uji', organization: 'Pemkot Uji' }))
    expect(project.role).toBe('owner')
    const renamed = await withFetch(() => renameServerProject(session, project.id, 'Nama Baru'))
    expect(renamed.name).toBe('Nama Baru')
    expect((await withFetch(() => listServerProjects(session))).map((p) => p.name)).toContain('Nama Baru')

    const created = await withFetch(() => createInvite(session, project.id, { role: 'viewer', expiresInHours: 2, maxUses: 1 }))
    expect(created.path).toMatch(/^\/#undangan=/)
    const exchanged = await withFetch(() => exchangeInvite(created.code, 'Budi'))
    expect(readToken(exchanged.token)).toMatchObject({ project: project.id, role: 'viewer', name: 'Budi' })
    // Used up: a second use is refused with the server's own words.
    const again = await withFetch(() => exchangeInvite(created.code, 'Ani')).catch((e: unknown) => e)
    expect((again as ServerError).status).toBe(410)
    expect((again as ServerError).detail.id).toMatch(/batas/)
    await withFetch(() => revokeInvite(session, project.id, created.invite.id))
    const refused = await withFetch(() => listServerProjects(exchanged.token))
    expect(refused).toEqual([])
  })
})
