// @vitest-environment node
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeSegments, startServer, type RunningServer } from './staticServer.ts'

/**
 * A fixture tree instead of the real build, so this test needs no `vite build`:
 *   <tmp>/dist/index.html, assets/app.js, assets/app.css
 *   <tmp>/examples/contoh.cetakbiru.json, notes.txt
 *   <tmp>/secret.txt   (beside dist: what traversal would try to reach)
 */
let tmp: string
let server: RunningServer

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'cetakbiru-static-'))
  await mkdir(join(tmp, 'dist', 'assets'), { recursive: true })
  await mkdir(join(tmp, 'examples'))
  await writeFile(join(tmp, 'dist', 'index.html'), '<!doctype html><title>Cetakbiru</title><div id="root"></div>')
  await writeFile(join(tmp, 'dist', 'assets', 'app.js'), 'console.log("app")')
  await writeFile(join(tmp, 'dist', 'assets', 'app.css'), 'body{margin:0}')
  await writeFile(join(tmp, 'examples', 'contoh.cetakbiru.json'), '{"schemaVersion":2}')
  await writeFile(join(tmp, 'examples', 'notes.txt'), 'not an example')
  await writeFile(join(tmp, 'secret.txt'), 'SECRET')
  await symlink(join(tmp, 'secret.txt'), join(tmp, 'dist', 'leak.txt'))
  server = await startServer({ port: 0, host: '127.0.0.1', distDir: join(tmp, 'dist'), examplesDir: join(tmp, 'examples') })
})

afterAll(async () => {
  await server?.close()
  await rm(tmp, { recursive: true, force: true })
})

interface Reply {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
}

/** A raw HTTP request: `fetch` would normalise `..` and `%2e%2e` before sending them. */
function get(path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('static server', () => {
  it('serves index.html at the root', async () => {
    const r = await get('/')
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(r.body).toContain('<div id="root">')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
  })

  it('serves scripts and styles with their content types, hashed assets cached for long', async () => {
    const js = await get('/assets/app.js')
    expect(js.status).toBe(200)
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(js.headers['cache-control']).toContain('immutable')
    expect(js.body).toBe('console.log("app")')
    const css = await get('/assets/app.css?v=1')
    expect(css.status).toBe(200)
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(css.headers['x-content-type-options']).toBe('nosniff')
  })

  it('answers app paths with index.html, but a missing asset with 404', async () => {
    for (const path of ['/proyek/abc', '/peta-rencana?tahun=2026', '/a/b/c/']) {
      const r = await get(path)
      expect(r.status, path).toBe(200)
      expect(r.body, path).toContain('<div id="root">')
    }
    expect((await get('/assets/missing.js')).status).toBe(404)
    expect((await get('/favicon.ico')).status).toBe(404)
  })

  it('refuses every path that tries to leave dist or examples', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%2e%2e',
      '/./index.html',
      '/%00',
      '/%E0%A4%A',
      '/leak.txt',
      '/examples/../secret.txt',
      '/examples/%2e%2e/secret.txt',
      '/examples/%2e%2e%2fsecret.txt',
      '/examples/..%2f..%2fsecret.txt',
      '/examples/notes.txt',
      '/examples/sub/contoh.cetakbiru.json',
      '/examples/tidak-ada.cetakbiru.json',
    ]
    for (const path of attempts) {
      const r = await get(path)
      expect(r.status, path).toBe(404)
      expect(r.body, path).not.toContain('SECRET')
      expect(r.body, path).not.toContain('<div id="root">')
    }
  })

  it('sends security headers, with a Content-Security-Policy for the app, on every answer', async () => {
    for (const path of ['/', '/assets/app.js', '/tidak-ada.js']) {
      const r = await get(path)
      expect(r.headers['content-security-policy'], path).toContain("script-src 'self'")
      expect(r.headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
      expect(r.headers['x-frame-options'], path).toBe('DENY')
      expect(r.headers['x-content-type-options'], path).toBe('nosniff')
    }
  })

  it('answers the health check', async () => {
    const r = await get('/healthz')
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(r.body)).toEqual({ ok: true })
  })

  it('serves example projects as JSON', async () => {
    const r = await get('/examples/contoh.cetakbiru.json')
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(r.body)).toEqual({ schemaVersion: 2 })
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/assets/app.js', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String('console.log("app")'.length))
    expect(head.body).toBe('')
    const post = await get('/', 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.allow).toBe('GET, HEAD')
  })
})

describe('safeSegments', () => {
  it('decodes ordinary paths and drops empty segments', () => {
    expect(safeSegments('/')).toEqual([])
    expect(safeSegments('/assets//app%20x.js')).toEqual(['assets', 'app x.js'])
  })

  it('refuses dot segments, encoded separators and bad escapes', () => {
    for (const p of ['/..', '/a/./b', '/%2e', '/a%2fb', '/a%5Cb', '/%00', '/%zz', 'relative']) expect(safeSegments(p), p).toBeUndefined()
  })
})
