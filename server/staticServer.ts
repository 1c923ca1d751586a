import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Duplex } from 'node:stream'
import { APP_HEADERS } from './http/securityHeaders.ts'

/**
 * The HTTP server for the built app: the files in `dist/` (with an index.html fallback for the
 * app's own paths), the bundled example projects, and a health check. No framework: the rules
 * are few and each is tested (server/staticServer.test.ts).
 */
export interface StaticServerOptions {
  /** 0 picks a free port (tests). */
  readonly port: number
  readonly host: string
  /** The Vite build output. */
  readonly distDir: string
  /** Where the `*.cetakbiru.json` example projects are. */
  readonly examplesDir: string
  /** Requests under `prefix` (any method) go to `handle` instead (the JSON API). */
  readonly api?: { readonly prefix: string; handle(req: IncomingMessage, res: ServerResponse): Promise<void> }
  /** WebSocket upgrades (the sync endpoint); returns false for a path it does not serve. */
  readonly upgrade?: (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean
  /** Runs first on close (closing WebSockets, flushing storage). */
  readonly beforeClose?: () => Promise<void>
}

export interface RunningServer {
  /** Base URL to open, e.g. `http://localhost:8080`. */
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

const EXAMPLES_PREFIX = '/examples/'
const EXAMPLE_FILE = /^[\w.-]+\.cetakbiru\.json$/

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * The decoded segments of a request path, or undefined when the path is not one we would ever
 * serve: `.` / `..` segments (also percent-encoded), encoded slashes or backslashes, NUL bytes or
 * malformed escapes. Checked on the raw path, before anything normalises `..` away.
 */
export function safeSegments(rawPath: string): string[] | undefined {
  if (!rawPath.startsWith('/')) return undefined
  const segments: string[] = []
  for (const raw of rawPath.slice(1).split('/')) {
    let part: string
    try {
      part = decodeURIComponent(raw)
    } catch {
      return undefined
    }
    if (part === '.' || part === '..' || /[/\\\0]/.test(part)) return undefined
    if (part !== '') segments.push(part)
  }
  return segments
}

/** The file at `segments` under `root`, only if it is a regular file that really lies inside root (symlinks resolved). */
async function fileInside(root: string, segments: readonly string[]): Promise<{ readonly path: string; readonly size: number } | undefined> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(resolve(root, ...segments))])
    const rel = relative(realRoot, realFile)
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined
    const info = await stat(realFile)
    return info.isFile() ? { path: realFile, size: info.size } : undefined
  } catch {
    return undefined
  }
}

interface Answer {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  readonly file?: string
}

const notFound: Answer = { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Tidak ditemukan / Not found\n' }

function fileAnswer(file: { readonly path: string; readonly size: number }, cacheControl: string): Answer {
  return {
    status: 200,
    file: file.path,
    headers: { 'content-type': contentTypeOf(file.path), 'content-length': String(file.size), 'cache-control': cacheControl },
  }
}

async function route(options: StaticServerOptions, rawPath: string): Promise<Answer> {
  if (rawPath === '/healthz') {
    return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: '{"ok":true}' }
  }
  const segments = safeSegments(rawPath)
  if (!segments) return notFound

  if (rawPath.startsWith(EXAMPLES_PREFIX)) {
    const name = segments[1]
    if (segments.length !== 2 || !name || !EXAMPLE_FILE.test(name)) return notFound
    const file = await fileInside(options.examplesDir, [name])
    return file ? fileAnswer(file, 'no-cache') : notFound
  }

  const file = segments.length > 0 ? await fileInside(options.distDir, segments) : undefined
  if (file) {
    // Vite puts content hashes in the names under assets/: those never change.
    const immutable = segments[0] === 'assets' && segments.length > 1
    return fileAnswer(file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
  }
  // The app's own paths (no file extension) get index.html; a missing asset stays a 404, so a
  // broken script tag fails loudly instead of receiving HTML.
  const last = segments.at(-1) ?? ''
  if (extname(last) !== '' && segments.length > 0) return notFound
  const index = await fileInside(options.distDir, ['index.html'])
  return index ? fileAnswer(index, 'no-cache') : { ...notFound, body: 'Aplikasi belum dibangun (jalankan npm run build) / The app is not built (run npm run build)\n' }
}

function send(req: IncomingMessage, res: ServerResponse, answer: Answer): void {
  res.statusCode = answer.status
  for (const [k, v] of Object.entries(APP_HEADERS)) res.setHeader(k, v)
  for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v)
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  if (answer.file) {
    const stream = createReadStream(answer.file)
    stream.on('error', () => {
      if (res.headersSent) res.destroy()
      else {
        res.statusCode = 500
        res.end()
      }
    })
    stream.pipe(res)
    return
  }
  res.end(answer.body)
}

async function handle(options: StaticServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(req, res, { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, body: 'Metode tidak didukung / Method not allowed\n' })
    return
  }
  // The raw target, not `new URL(...)`: URL parsing resolves `..` and `%2e%2e`, which would turn
  // a traversal attempt into an ordinary-looking path instead of refusing it.
  const target = req.url ?? '/'
  const rawPath = target.split(/[?#]/, 1)[0] ?? '/'
  send(req, res, await route(options, rawPath))
}

export function startServer(options: StaticServerOptions): Promise<RunningServer> {
  const api = options.api
  const server = createServer((req, res) => {
    const answered = api && (req.url ?? '').startsWith(api.prefix) ? api.handle(req, res) : handle(options, req, res)
    answered.catch(() => {
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    if (!options.upgrade?.(req, socket, head)) socket.destroy()
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      const { port } = server.address() as AddressInfo
      const shownHost = options.host === '0.0.0.0' || options.host === '::' || options.host === '' ? 'localhost' : options.host
      resolvePromise({
        url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
        port,
        close: async () => {
          await options.beforeClose?.()
          await new Promise<void>((done, fail) => {
            server.close((e) => (e ? fail(e) : done()))
            // Keep-alive connections would hold close() open until they time out.
            server.closeIdleConnections()
            server.closeAllConnections()
          })
        },
      })
    })
  })
}

/** Default folders relative to the repository: `dist/` and `examples/`. */
export function defaultDirs(repoRoot: string): Pick<StaticServerOptions, 'distDir' | 'examplesDir'> {
  return { distDir: join(repoRoot, 'dist'), examplesDir: join(repoRoot, 'examples') }
}
