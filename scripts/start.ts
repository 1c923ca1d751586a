/**
 * `npm start`: builds the app when its build is missing or out of date, then runs the server.
 * The end-to-end tests reuse `buildAppIfStale` so they test what `npm start` serves.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
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
  const log = options.log ?? ((line: string) => console.log(line))
  const reason = await buildReason(root)
  if (!reason) return false
  log(`Membangun aplikasi / Building the app (${reason}) ...`)
  const started = performance.now()
  const { build } = await import('vite')
  const previousNodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' })
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
