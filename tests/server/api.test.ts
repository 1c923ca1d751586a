// @vitest-environment node
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/start.ts'
import { CLOSE } from '../../server/sync/closeCodes.ts'
import { connectClient, startTestServer, waitFor, waitForStored, type TestClient, type TestServer } from './syncHarness.ts'

let t: TestServer
let admin: string
let other: string
const clients: TestClient[] = []
beforeAll(async () => {
  t = await startTestServer({ apiLimits: { jsonBytes: 2048 } })
  admin = await t.token({ prj: '*', role: 'owner', sub: 'u-admin' })
  other = await t.token({ prj: '*', role: 'owner', sub: 'u-other' })
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await t.dispose()
})

interface Reply {
  status: number
  headers: Headers
  json: Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function api(path: string, options: { token?: string; method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const hasBody = options.body !== undefined || options.raw !== undefined
  const res = await fetch(`http://127.0.0.1:${t.server.port}${path}`, {
    method: options.method ?? (hasBody ? 'POST' : 'GET'),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(hasBody ? { body: options.raw ?? JSON.stringify(options.body) } : {}),
  })
  return { status: res.status, headers: res.headers, json: (await res.json()) as Reply['json'] }
}

const newProject = { name: 'Arsitektur SPBE Kota Contoh', organization: 'Pemerintah Kota Contoh', organizationType: 'kota', planStartYear: 2025 }

describe('projects API', () => {
  it('needs a token, and answers errors as bilingual JSON with no-store and a strict CSP', async () => {
    const r = await api('/api/projects')
    expect(r.status).toBe(401)
    expect(r.json.error).toEqual({ id: expect.stringContaining('token'), en: expect.stringContaining('token') })
    expect(r.headers.get('cache-control')).toBe('no-store')
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await api('/api/tidak-ada', { token: admin })).status).toBe(404)
    expect((await api('/api/projects', { token: admin, method: 'PUT' })).status).toBe(405)
  })

  it('creates, lists (only what you may see), renames and deletes into the trash', async () => {
    const created = await api('/api/projects', { token: admin, body: newProject })
    expect(created.status).toBe(201)
    const id = created.json.project.id as string
    expect(created.json.project).toMatchObject({ name: newProject.name, role: 'owner', ownerId: 'u-admin' })
    expect((await api('/api/projects', { token: admin })).json.projects.map((p: { id: string }) => p.id)).toContain(id)
    expect((await api('/api/projects', { token: other })).json.projects).toEqual([])
    const projectToken = await t.token({ prj: id, role: 'viewer', sub: 'u-guest' })
    expect((await api('/api/projects', { token: projectToken })).json.projects).toEqual([expect.objectContaining({ id, role: 'viewer' })])

    // Rename: the registry and the document, which a connected client receives.
    const watcher = connectClient(t.syncUrl, id, projectToken)
    clients.push(watcher)
    await watcher.synced
    expect(watcher.doc.getMap('project').get('name')).toBe(newProject.name)
    expect((await api(`/api/projects/${id}`, { token: projectToken, method: 'PATCH', body: { name: 'x' } })).status).toBe(403)
    const renamed = await api(`/api/projects/${id}`, { token: admin, method: 'PATCH', body: { name: '  Nama Baru  ' } })
    expect(renamed.status).toBe(200)
    expect(renamed.json.project.name).toBe('Nama Baru')
    await waitFor(() => watcher.doc.getMap('project').get('name') === 'Nama Baru', 'the rename to reach the client')

    expect((await api(`/api/projects/${id}`, { token: other, method: 'DELETE' })).status).toBe(404)
    const editorToken = await t.token({ prj: id, role: 'editor', sub: 'u-editor' })
    expect((await api(`/api/projects/${id}`, { token: editorToken, method: 'DELETE' })).status).toBe(403)
    const deleted = await api(`/api/projects/${id}`, { token: admin, method: 'DELETE' })
    expect(deleted.status).toBe(200)
    expect(new Date(deleted.json.purgeAfter).getTime() - Date.now()).toBeGreaterThan(29 * 24 * 3600_000)
    expect((await watcher.closed).code).toBe(CLOSE.gone)
    expect((await api('/api/projects', { token: admin })).json.projects.map((p: { id: string }) => p.id)).not.toContain(id)
    expect((await t.server.storage.getProject(id))?.deletedAt).toBeTypeOf('number')
    expect((await connectClient(t.syncUrl, id, admin).closed).code).toBe(CLOSE.gone)
  })

  it('validates bodies: content type, JSON, unknown and missing fields, size', async () => {
    const noType = await fetch(`http://127.0.0.1:${t.server.port}/api/projects`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: '{}' })
    expect(noType.status).toBe(415)
    const badJson = await api('/api/projects', { token: admin, raw: '{"name": ' })
    expect(badJson.status).toBe(400)
    expect(badJson.json.error.en).toContain('not valid JSON')
    const unknown = await api('/api/projects', { token: admin, body: { ...newProject, colour: 'red' } })
    expect(unknown.json.error).toMatchObject({ path: 'colour' })
    const missing = await api('/api/projects', { token: admin, body: { organization: 'x' } })
    expect(missing.status).toBe(400)
    expect(missing.json.error).toMatchObject({ path: 'name', id: expect.stringContaining('wajib'), en: expect.stringContaining('required') })
    const badType = await api('/api/projects', { token: admin, body: { ...newProject, organizationType: 'desa' } })
    expect(badType.json.error.path).toBe('organizationType')
    const huge = await api('/api/projects', { token: admin, body: { ...newProject, name: 'x'.repeat(5000) } })
    expect(huge.status).toBe(413)
    const projectOnly = await t.token({ prj: 'satu', role: 'owner' })
    expect((await api('/api/projects', { token: projectOnly, body: newProject })).status).toBe(403)
  })

  it('refuses state-changing requests from another site', async () => {
    const r = await api('/api/projects', { token: admin, body: newProject, headers: { origin: 'http://evil.example' } })
    expect(r.status).toBe(403)
    const own = await api('/api/projects', { token: admin, body: newProject, headers: { origin: `http://127.0.0.1:${t.server.port}` } })
    expect(own.status).toBe(201)
  })

  it('uploads a local project file through the project loader, and explains a bad one', async () => {
    const text = await readFile(join(REPO_ROOT, 'examples', 'kabupaten-contoh.cetakbiru.json'), 'utf8')
    const ok = await api('/api/projects/upload', { token: admin, raw: text })
    expect(ok.status).toBe(201)
    expect(ok.json.project.name).toContain('Sukamaju')
    const reader = connectClient(t.syncUrl, ok.json.project.id, admin)
    clients.push(reader)
    await reader.synced
    expect(reader.doc.getMap('elements').size).toBeGreaterThan(10)

    const syntax = await api('/api/projects/upload', { token: admin, raw: '{\n  "schemaVersion": 3,\n  "project": }' })
    expect(syntax.status).toBe(422)
    expect(syntax.json.error).toMatchObject({ path: '3:14', id: expect.stringContaining('baris 3'), en: expect.stringContaining('line 3') })
    const file = JSON.parse(text)
    file.elements[0].name = 42
    const schema = await api('/api/projects/upload', { token: admin, raw: JSON.stringify(file) })
    expect(schema.status).toBe(422)
    expect(schema.json.problems.length).toBeGreaterThan(0)
    expect(schema.json.error.path).toContain('elements[0]')
  })
})

describe('invites API', () => {
  it('owner only; listed without codes; exchange refuses unknown, used-up and expired invites', async () => {
    const { json } = await api('/api/projects', { token: admin, body: newProject })
    const id = json.project.id as string
    expect((await api(`/api/projects/${id}/invites`, { token: other, body: { role: 'viewer' } })).status).toBe(404)
    const editor = await t.token({ prj: id, role: 'editor' })
    expect((await api(`/api/projects/${id}/invites`, { token: editor, body: { role: 'viewer' } })).status).toBe(403)
    expect((await api(`/api/projects/${id}/invites`, { token: admin, body: { role: 'admin' } })).json.error.path).toBe('role')

    const once = await api(`/api/projects/${id}/invites`, { token: admin, body: { role: 'viewer', maxUses: 1, expiresInHours: 2 } })
    expect(once.status).toBe(201)
    expect(once.json.path).toBe(`/#undangan=${once.json.code}`)
    const listed = await api(`/api/projects/${id}/invites`, { token: admin })
    expect(listed.json.invites).toHaveLength(1)
    expect(JSON.stringify(listed.json)).not.toContain(once.json.code)

    const first = await api('/api/invites/exchange', { body: { code: once.json.code, name: 'Auditor' } })
    expect(first.status).toBe(200)
    expect(first.json).toMatchObject({ projectId: id, role: 'viewer', user: { name: 'Auditor' } })
    const session = await api('/api/session', { token: first.json.token })
    expect(session.json).toMatchObject({ project: id, role: 'viewer', name: 'Auditor' })
    expect((await api('/api/invites/exchange', { body: { code: once.json.code, name: 'Kedua' } })).status).toBe(410)
    expect((await api('/api/invites/exchange', { body: { code: 'salah', name: 'X' } })).status).toBe(404)
    expect((await api('/api/invites/exchange', { body: { code: once.json.code } })).json.error.path).toBe('name')
    expect((await api(`/api/projects/${id}/invites/i-tidak-ada`, { token: admin, method: 'DELETE' })).status).toBe(404)
  })
})

describe('versions API', () => {
  it('saves the current state under a name, lists newest first, and hands a version back as a Yjs update', async () => {
    const { json } = await api('/api/projects', { token: admin, body: newProject })
    const id = json.project.id as string
    const editor = connectClient(t.syncUrl, id, admin)
    clients.push(editor)
    await editor.synced
    editor.doc.getMap('elements').set('e1', 'sebelum lokakarya')
    await waitForStored(t.server, id, (d) => d.getMap('elements').get('e1') === 'sebelum lokakarya', 'the first edit')
    const first = await api(`/api/projects/${id}/versions`, { token: admin, body: { name: 'Draf awal' } })
    expect(first.status).toBe(201)
    editor.doc.getMap('elements').set('e1', 'setelah lokakarya')
    const second = await api(`/api/projects/${id}/versions`, { token: admin, body: { name: 'Draf setelah lokakarya 1' } })
    expect(second.json.version).toMatchObject({ name: 'Draf setelah lokakarya 1', authorId: 'u-admin' })
    const viewer = await t.token({ prj: id, role: 'viewer' })
    expect((await api(`/api/projects/${id}/versions`, { token: viewer, body: { name: 'x' } })).status).toBe(403)
    const list = await api(`/api/projects/${id}/versions`, { token: viewer })
    expect(list.json.versions.map((v: { name: string }) => v.name)).toEqual(['Draf setelah lokakarya 1', 'Draf awal'])

    const res = await fetch(`http://127.0.0.1:${t.server.port}/api/projects/${id}/versions/${first.json.version.id}`, { headers: { authorization: `Bearer ${viewer}` } })
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, new Uint8Array(await res.arrayBuffer()))
    // The version holds the state at its save, not the later edit.
    expect(doc.getMap('elements').get('e1')).toBe('sebelum lokakarya')
    expect(doc.getMap('project').get('name')).toBe(newProject.name)
    expect((await api(`/api/projects/${id}/versions/v-tidak-ada`, { token: viewer })).status).toBe(404)
  })
})
