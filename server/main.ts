import { resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startAppServer, type RunningAppServer } from './appServer.ts'
import { ensureOwner, signInLink } from './firstStart.ts'
import { parseAllowedOrigins } from './http/originCheck.ts'
import { defaultDirs } from './staticServer.ts'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
export const DEFAULT_PORT = 8080
export const DEFAULT_HOST = '0.0.0.0'

export class ServerConfigError extends Error {}

/** `PORT` and `HOST` from the environment, checked, with their defaults. */
export function serverAddress(env: NodeJS.ProcessEnv): { readonly port: number; readonly host: string } {
  const rawPort = env.PORT?.trim() || String(DEFAULT_PORT)
  const port = Number(rawPort)
  if (!/^\d+$/.test(rawPort) || port > 65535) {
    throw new ServerConfigError(`PORT harus bilangan 0-65535, bukan "${rawPort}" / PORT must be a number 0-65535, not "${rawPort}"`)
  }
  return { port, host: env.HOST?.trim() || DEFAULT_HOST }
}

/** `DATA_DIR` (default `./data`, relative to the working directory), `ALLOWED_ORIGINS` and `SQLITE_SYNCHRONOUS`. */
export function serverData(env: NodeJS.ProcessEnv): { readonly dataDir: string; readonly allowedOrigins: string[]; readonly sqliteSynchronous: 'NORMAL' | 'FULL' } {
  const synchronous = (env.SQLITE_SYNCHRONOUS?.trim() || 'NORMAL').toUpperCase()
  if (synchronous !== 'NORMAL' && synchronous !== 'FULL') {
    throw new ServerConfigError(`SQLITE_SYNCHRONOUS harus NORMAL atau FULL / must be NORMAL or FULL, not "${env.SQLITE_SYNCHRONOUS}"`)
  }
  let allowedOrigins: string[]
  try {
    allowedOrigins = parseAllowedOrigins(env.ALLOWED_ORIGINS)
  } catch (e) {
    throw new ServerConfigError((e as Error).message)
  }
  return { dataDir: resolve(env.DATA_DIR?.trim() || 'data'), allowedOrigins, sqliteSynchronous: synchronous }
}

/** `DATABASE_URL` (postgres://...): PostgreSQL instead of the SQLite file in DATA_DIR. */
export function serverDatabase(env: NodeJS.ProcessEnv): { readonly databaseUrl?: string } {
  const url = env.DATABASE_URL?.trim()
  if (!url) return {}
  if (!/^postgres(ql)?:\/\//.test(url)) {
    throw new ServerConfigError('DATABASE_URL harus postgres://... / DATABASE_URL must be postgres://user:password@host:port/database')
  }
  return { databaseUrl: url }
}

/**
 * Starts the server on `PORT` / `HOST` with its data in `DATA_DIR`, says where it runs (and, on
 * first start, prints the owner's sign-in link, the way Jupyter prints its token URL), and closes
 * it cleanly on SIGINT or SIGTERM (Ctrl+C, `docker stop`, systemd).
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RunningAppServer> {
  const database = serverDatabase(env)
  const server = await startAppServer({ ...serverAddress(env), ...serverData(env), ...database, ...defaultDirs(REPO_ROOT) })
  // The URL may hold a password: never printed.
  const where = database.databaseUrl ? `PostgreSQL (DATABASE_URL), ${serverData(env).dataDir}` : serverData(env).dataDir
  console.log(`Cetakbiru berjalan di ${server.url}  (running at ${server.url}); data: ${where}`)
  const start = await ensureOwner(server.storage, defaultDirs(REPO_ROOT).examplesDir, (line) => console.log(line))
  if (start.importedExample) console.log(`Contoh proyek dimuat / Example project loaded: ${start.importedExample}`)
  if (start.created) {
    // The one deliberate place a token is printed: the owner's first sign-in (nothing else logs tokens).
    console.log(`\nMasuk sebagai pemilik / Sign in as the owner:\n  ${await signInLink(server.url, server.secret, start.owner)}\n`)
  } else {
    console.log('Tautan masuk baru / A new sign-in link: npx tsx server/auth/tokenCommand.ts --session  (then open http://HOST:PORT/#token=<token>)')
  }
  let closing = false
  const stop = (signal: NodeJS.Signals): void => {
    if (closing) return
    closing = true
    console.log(`${signal}: server ditutup / server closing`)
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}

/** Run directly (`tsx server/main.ts`), not when imported by scripts/start.ts or a test. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof ServerConfigError ? e.message : e)
    process.exit(e instanceof ServerConfigError ? 2 : 1)
  })
}
