/**
 * `npm start`: builds the app when its build is missing or out of date, then runs the server.
 * The end-to-end tests reuse `buildAppIfStale` so they test what `npm start` serves.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))

/** What the browser bundle is made of: a change to any of these means building again. */
const BUILD_INPUTS = ['src/ui', 'src/model', 'src/analysis', 'src/io', 'src/sync', 'index.html', 'vite.config.ts', 'package-lock.json']

/** Newest modification time under `path` (a file or a folder, recursively); 0 if it does not exist. Tests do not count. */
async function newestMtime(path: string): Promise<number> {
  let info
  try {
    info = await stat(path)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : info.mtimeMs
  const entries = await readdir(path)
  const times = await Promise.all(entries.map((name) => newestMtime(join(path, name))))
  return Math.max(0, ...times)
}

/** Why the app must be built, or undefined when `dist/` is up to date. */
export async function buildReason(root: string = REPO_ROOT): Promise<string | undefined> {
  let built: number
  try {
    built = (await stat(join(root, 'dist', 'index.html'))).mtimeMs
  } catch {
    return 'dist/index.html belum ada / does not exist'
  }
  const inputs = await Promise.all(BUILD_INPUTS.map(async (p) => [p, await newestMtime(join(root, p))] as const))
  const changed = inputs.filter(([, mtime]) => mtime > built).map(([p]) => p)
  return changed.length > 0 ? `berubah sejak build terakhir / changed since the last build: ${changed.join(', ')}` : undefined
}

/**
 * Builds `dist/` with Vite's JS API when `buildReason` finds a reason; returns whether it built.
 * Always a production build, even when called from a test runner that sets NODE_ENV=test (React
 * would otherwise ship its development build into the `dist/` that `npm start` serves).
 */
export async function buildAppIfStale(options: { readonly root?: string; readonly log?: (line: string) => void } = {}): Promise<boolean> {
  const root = options.root ?? REPO_ROOT
  if (!(await buildReason(root))) return false
  // Test files run in parallel processes: one builds, the others wait and then find dist/ fresh.
  return withBuildLock(root, () => build(root, options.log ?? ((line: string) => console.log(line))))
}

/** A lock directory (mkdir is atomic); one left by a killed build is taken over after 10 minutes. */
async function withBuildLock<T>(root: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(root, 'node_modules', '.cache', 'cetakbiru-build.lock')
  await mkdir(dirname(lock), { recursive: true })
  for (;;) {
    try {
      await mkdir(lock)
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const since = await stat(lock).then((s) => Date.now() - s.mtimeMs, () => 0)
      if (since > 10 * 60_000) await rm(lock, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  try {
    return await fn()
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}

async function build(root: string, log: (line: string) => void): Promise<boolean> {
  const reason = await buildReason(root)
  if (!reason) return false
  log(`Membangun aplikasi / Building the app (${reason}) ...`)
  const started = performance.now()
  const vite = await import('vite')
  const previousNodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await vite.build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' })
  } finally {
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = previousNodeEnv
  }
  log(`Selesai dalam / Built in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return true
}

async function start(): Promise<void> {
  await buildAppIfStale()
  const { main } = await import('../server/main.ts')
  await main()
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  start().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
