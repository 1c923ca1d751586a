import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO_ROOT } from '../../scripts/start.ts'
import { signToken } from '../../server/auth/tokens.ts'

export type ServerKind = 'ours' | 'reference'

/** A sync server running as a child process, so its CPU and memory are its own. */
export interface ServerProcess {
  readonly kind: ServerKind
  readonly pid: number
  /** Every process whose CPU and memory count as the server's (several behind a proxy); `[pid]` when absent. */
  readonly pids?: readonly number[]
  /** What the y-websocket client is given as `serverUrl` (it appends `/<room>`). */
  readonly syncUrl: string
  /** Query parameters a client of `room` needs (a token for ours, nothing for the reference). */
  params(room: string): Promise<Record<string, string>>
  /** Lines the server wrote to stderr (ours logs storage and load failures there). */
  readonly stderr: string[]
  /** The server's event-loop delay and GC pauses since the previous call (bench/sync/loopProbe.mjs). */
  probe(): Promise<ProbeReport>
  stop(): Promise<void>
}

export interface ProbeReport {
  readonly loopP50Ms: number
  readonly loopP99Ms: number
  readonly loopMaxMs: number
  readonly gcCount: number
  readonly gcTotalMs: number
  readonly gcMaxMs: number
}

export interface StartOptions {
  /** Node flags for the child (e.g. `--cpu-prof`). */
  readonly nodeFlags?: readonly string[]
  /** SQLite `synchronous` for ours. */
  readonly sqliteSynchronous?: 'NORMAL' | 'FULL'
  /** `memory`: ours without durability (bench/sync/memoryServer.ts), to diagnose. */
  readonly storage?: 'sqlite' | 'memory'
  /** Extra environment for ours (e.g. `DATABASE_URL`: PostgreSQL instead of SQLite). */
  readonly env?: Readonly<Record<string, string>>
  /** A DATA_DIR shared with other processes (its secret.key too); the caller creates and removes it. */
  readonly dataDir?: string
}

const REFERENCE_BIN = join(REPO_ROOT, 'node_modules/@y/websocket-server/src/server.js')
const PROBE = pathToFileURL(join(REPO_ROOT, 'bench/sync/loopProbe.mjs')).href

/**
 * Ours: `server/main.ts`, what `npm start` runs, with a fresh temp DATA_DIR (real SQLite in WAL
 * mode, every update committed before it is broadcast). Rooms are provisioned the way the tests
 * do it: an owner token for a new project id creates the project on first connection.
 */
export async function startOurs(options: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'cetakbiru-bench-sync-')))
  const entry = options.storage === 'memory' ? 'bench/sync/memoryServer.ts' : 'server/main.ts'
  const { child, output, stderr } = spawnServer(['--import', 'tsx', entry], {
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    SQLITE_SYNCHRONOUS: options.sqliteSynchronous ?? 'NORMAL',
    ...options.env,
  }, options.nodeFlags)
  const port = await waitForLine(child, output, /running at http:\/\/[^:]+:(\d+)/)
  // main.ts listens first, then creates the owner and loads the example project (a second or so
  // of work on a cold process); the load starts once that is done.
  if (options.storage !== 'memory') await waitForLine(child, output, /(Sign in as the owner|A new sign-in link)/)
  const secret = new Uint8Array(Buffer.from((await readFile(join(dataDir, 'secret.key'), 'utf8')).trim(), 'base64url'))
  const tokens = new Map<string, Promise<string>>()
  return {
    kind: 'ours',
    pid: child.pid!,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    params: async (room) => {
      let token = tokens.get(room)
      if (!token) {
        token = signToken(secret, { sub: 'u-bench', prj: room, role: 'owner', name: 'Bench' }, 3600)
        tokens.set(room, token)
      }
      return { token: await token }
    },
    stderr,
    probe: () => probe(child, output),
    stop: async () => {
      await stopChild(child)
      if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The reference: `@y/websocket-server` 0.1.1's own bin, unchanged, in its default in-memory setup
 * (no YPERSISTENCE, no callback), with the `ws` version it installs for itself.
 */
export async function startReference(options: StartOptions = {}): Promise<ServerProcess> {
  const freePort = await pickFreePort()
  const env: Record<string, string> = { PORT: String(freePort), HOST: '127.0.0.1' }
  const { child, output, stderr } = spawnServer([REFERENCE_BIN], env, options.nodeFlags, ['YPERSISTENCE', 'CALLBACK_URL'])
  const port = await waitForLine(child, output, /on port (\d+)/)
  return {
    kind: 'reference',
    pid: child.pid!,
    syncUrl: `ws://127.0.0.1:${port}`,
    params: () => Promise.resolve({}),
    stderr,
    probe: () => probe(child, output),
    stop: () => stopChild(child),
  }
}

function spawnServer(args: string[], env: Record<string, string>, nodeFlags: readonly string[] = [], unset: string[] = []): { child: ChildProcess; output: { text: string }; stderr: string[] } {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  for (const name of unset) delete childEnv[name]
  // One process (node itself, no npm or tsx wrapper), so /proc/<pid> measures the server.
  const child = spawn(process.execPath, [...nodeFlags, '--import', PROBE, ...args], { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  const output = { text: '' }
  const stderr: string[] = []
  child.stdout!.on('data', (chunk: Buffer) => (output.text += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => {
    output.text += chunk.toString()
    stderr.push(...chunk.toString().split('\n').filter((l) => l.trim() !== ''))
  })
  return { child, output, stderr }
}

function waitForLine(child: ChildProcess, output: { text: string }, pattern: RegExp): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output.text}`)), 30_000)
    const poll = setInterval(() => {
      const m = pattern.exec(output.text)
      if (m) {
        clearInterval(poll)
        clearTimeout(timer)
        child.off('exit', onExit)
        resolve(m[1] === undefined ? NaN : Number(m[1]))
      }
    }, 20)
    const fail = (e: Error): void => {
      clearInterval(poll)
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(e)
    }
    const onExit = (code: number | null): void => fail(new Error(`server exited (${code}):\n${output.text}`))
    child.once('exit', onExit)
  })
}

async function probe(child: ChildProcess, output: { text: string }): Promise<ProbeReport> {
  const seen = output.text.split('BENCH_PROBE ').length
  child.kill('SIGUSR2')
  const deadline = Date.now() + 10_000
  for (;;) {
    const parts = output.text.split('BENCH_PROBE ')
    if (parts.length > seen && parts.at(-1)!.includes('\n')) return JSON.parse(parts.at(-1)!.split('\n')[0]!) as ProbeReport
    if (Date.now() > deadline) throw new Error('the server did not answer the probe')
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** SIGTERM (ours closes cleanly and writes a --cpu-prof profile); SIGKILL after 10 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

function pickFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ; 100 on Linux). */
const CLOCK_TICKS = 100

/** CPU seconds (user + system) a process has used so far, and its resident set in bytes, from /proc. */
export function processUsage(pid: number): { cpuSeconds: number; rssBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (which may contain spaces), from field 3 on.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const utime = Number(fields[11])
  const stime = Number(fields[12])
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return { cpuSeconds: (utime + stime) / CLOCK_TICKS, rssBytes: rssKb * 1024 }
}

/** The same summed over several processes (a process that is gone counts as nothing). */
export function processesUsage(pids: readonly number[]): { cpuSeconds: number; rssBytes: number } {
  let cpuSeconds = 0
  let rssBytes = 0
  for (const pid of pids) {
    try {
      const u = processUsage(pid)
      cpuSeconds += u.cpuSeconds
      rssBytes += u.rssBytes
    } catch {
      // exited between listing and reading
    }
  }
  return { cpuSeconds, rssBytes }
}
