import { fileURLToPath, pathToFileURL } from 'node:url'
import { defaultDirs, startServer, type RunningServer } from './staticServer.ts'

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

/**
 * Starts the server on `PORT` / `HOST`, says where it runs, and closes it cleanly on SIGINT or
 * SIGTERM (Ctrl+C, `docker stop`, systemd).
 */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const server = await startServer({ ...serverAddress(env), ...defaultDirs(REPO_ROOT) })
  console.log(`Cetakbiru berjalan di ${server.url}  (running at ${server.url})`)
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
