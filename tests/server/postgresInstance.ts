import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chown, mkdtemp, rm, chmod } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/**
 * A throwaway PostgreSQL cluster for a test run: `initdb` into a temp dir, `postgres` on a free
 * loopback port with trust authentication, stopped and removed afterwards. Debian's binaries live
 * under /usr/lib/postgresql/<major>/bin (not on PATH). PostgreSQL refuses to run as root, so as
 * root the cluster belongs to the `postgres` system user the Debian package creates.
 *
 * `fsync=off`: the tests kill server processes (`kill -9`) and restart PostgreSQL cleanly
 * (`pg_ctl restart -m fast`); neither loses what the kernel already holds, so no test depends on
 * fsync, and the cluster starts and runs faster without it. Never in production.
 */
export interface PostgresInstance {
  readonly port: number
  /** `postgres://postgres@127.0.0.1:<port>/<database>` */
  url(database?: string): string
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>
  /** `pg_ctl restart -m fast`: every connection is cut, the data stays. */
  restart(): Promise<void>
  stop(): Promise<void>
}

export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const majors = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return majors[0] && join(root, majors[0], 'bin')
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export async function startPostgres(): Promise<PostgresInstance> {
  const bin = postgresBinDir()
  if (!bin) throw new Error('PostgreSQL tidak terpasang / not installed: apt-get install postgresql (scripts/ensure-system-packages.sh)')
  const asRoot = process.getuid?.() === 0
  const dir = await mkdtemp(join(tmpdir(), 'cetakbiru-pg-'))
  const data = join(dir, 'data')
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres'])
    const { stdout: gid } = await run('id', ['-g', 'postgres'])
    await chown(dir, Number(stdout.trim()), Number(gid.trim()))
    await chmod(dir, 0o700)
  }
  const as = (cmd: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args))
  const port = await freePort()
  await as(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'])
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=200`
  const pgCtl = (action: string[]) => as(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'postgres.log'), '-w', '-t', '30', ...action])
  await pgCtl(['-o', options, 'start'])
  let stopped = false
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
      } finally {
        await client.end()
      }
      return url(name)
    },
    async restart() {
      await pgCtl(['-m', 'fast', '-o', options, 'restart'])
    },
    async stop() {
      if (stopped) return
      stopped = true
      await pgCtl(['-m', 'immediate', 'stop']).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}
