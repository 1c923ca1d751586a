// @vitest-environment node
import { mkdtemp, readFile, rm, stat, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MemoryStorage } from '../storage/memoryStorage.ts'
import { resolveAccess } from './access.ts'
import { loadOrCreateSecret } from './secret.ts'
import { tokenCommand } from './tokenCommand.ts'
import { parseDuration, signToken, TokenError, verifyToken } from './tokens.ts'

const dirs: string[] = []
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true })
})
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'cetakbiru-auth-'))
  dirs.push(d)
  return d
}

const secret = new Uint8Array(32).fill(1)

describe('secret', () => {
  it('is created once with mode 0600 and read back the same; a too-open file is tightened', async () => {
    const dir = await tempDir()
    const first = await loadOrCreateSecret(dir)
    expect(first.byteLength).toBe(32)
    expect((await stat(join(dir, 'secret.key'))).mode & 0o777).toBe(0o600)
    await chmod(join(dir, 'secret.key'), 0o644)
    expect(await loadOrCreateSecret(dir)).toEqual(first)
    expect((await stat(join(dir, 'secret.key'))).mode & 0o777).toBe(0o600)
  })
})

describe('tokens', () => {
  it('round-trips the claims', async () => {
    const token = await signToken(secret, { sub: 'u1', prj: 'p1', role: 'editor', inv: 'i1', name: 'Sari' }, 60)
    expect(await verifyToken(secret, token)).toMatchObject({ sub: 'u1', prj: 'p1', role: 'editor', inv: 'i1', name: 'Sari' })
  })

  it('refuses missing, expired, forged and tampered tokens', async () => {
    await expect(verifyToken(secret, undefined)).rejects.toEqual(new TokenError('missing'))
    const old = await signToken(secret, { sub: 'u1', prj: 'p1', role: 'owner' }, 60, Date.now() - 120_000)
    await expect(verifyToken(secret, old)).rejects.toMatchObject({ reason: 'expired' })
    const forged = await signToken(new Uint8Array(32).fill(2), { sub: 'u1', prj: 'p1', role: 'owner' }, 60)
    await expect(verifyToken(secret, forged)).rejects.toMatchObject({ reason: 'invalid' })
    const good = await signToken(secret, { sub: 'u1', prj: 'p1', role: 'viewer' }, 60)
    const [h, p, s] = good.split('.')
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString())
    const promoted = Buffer.from(JSON.stringify({ ...payload, role: 'owner' })).toString('base64url')
    await expect(verifyToken(secret, `${h}.${promoted}.${s}`)).rejects.toMatchObject({ reason: 'invalid' })
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`
    await expect(verifyToken(secret, none)).rejects.toMatchObject({ reason: 'invalid' })
  })

  it('refuses a well-signed token with a role or project it cannot have', async () => {
    const bad = await signToken(secret, { sub: 'u1', prj: '../x', role: 'owner' }, 60)
    await expect(verifyToken(secret, bad)).rejects.toMatchObject({ reason: 'invalid' })
  })

  it('parses durations', () => {
    expect([parseDuration('90d'), parseDuration('12h'), parseDuration('30m'), parseDuration('45'), parseDuration('0'), parseDuration('1w')]).toEqual([
      7_776_000, 43_200, 1800, 45, undefined, undefined,
    ])
  })
})

describe('resolveAccess', () => {
  it('gives a session its role per project: owner, member (capped by the token), or nothing', async () => {
    const s = new MemoryStorage()
    await s.createProject({ id: 'p1', name: 'P1', ownerId: 'owner', createdAt: 1 })
    await s.putMember({ projectId: 'p1', userId: 'member', role: 'editor', inviteId: null })
    const claims = (sub: string, role: 'owner' | 'editor' | 'viewer' = 'owner') => ({ sub, prj: '*', role, exp: 0 })
    expect(await resolveAccess(s, claims('owner'), 'p1')).toMatchObject({ ok: true, role: 'owner' })
    expect(await resolveAccess(s, claims('member'), 'p1')).toMatchObject({ ok: true, role: 'editor' })
    expect(await resolveAccess(s, claims('member', 'viewer'), 'p1')).toMatchObject({ ok: true, role: 'viewer' })
    expect(await resolveAccess(s, claims('stranger'), 'p1')).toEqual({ ok: false, reason: 'no-access' })
    await s.trashProject('p1', 2)
    expect(await resolveAccess(s, claims('owner'), 'p1')).toEqual({ ok: false, reason: 'deleted' })
  })
})

describe('tokenCommand', () => {
  it('prints a project token signed with the data dir secret, and refuses bad arguments', async () => {
    const dir = await tempDir()
    const out: string[] = []
    const err: string[] = []
    expect(await tokenCommand(['--project', 'skrip-1', '--role', 'editor', '--ttl', '2h', '--data-dir', dir], (l) => out.push(l), (l) => err.push(l))).toBe(0)
    const key = await loadOrCreateSecret(dir)
    const claims = await verifyToken(key, out[0])
    expect(claims).toMatchObject({ prj: 'skrip-1', role: 'editor' })
    expect(claims.exp - Date.now() / 1000).toBeGreaterThan(7100)
    expect(await tokenCommand(['--project', 'a/b', '--role', 'editor', '--data-dir', dir], () => {}, (l) => err.push(l))).toBe(2)
    expect(await tokenCommand(['--project', 'x', '--role', 'admin', '--data-dir', dir], () => {}, (l) => err.push(l))).toBe(2)
    expect(await tokenCommand(['--session', '--data-dir', dir], () => {}, (l) => err.push(l))).toBe(1)
    expect(err.join('\n')).toContain('npm start')
    expect((await readFile(join(dir, 'secret.key'), 'utf8')).trim()).not.toBe('')
  })
})
