import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { DATABASE_FILE } from '../appServer.ts'
import { SIGN_IN_TTL_SECONDS } from '../firstStart.ts'
import { isProjectId } from '../projectId.ts'
import { SqliteStorage } from '../storage/sqliteStorage.ts'
import { ROLES, type Role } from '../storage/syncStorage.ts'
import { loadOrCreateSecret } from './secret.ts'
import { ANY_PROJECT, parseDuration, signToken } from './tokens.ts'

export const TOKEN_USAGE = `cetakbiru token --project <id> --role <owner|editor|viewer> [--ttl <90d|12h|30m>] [--data-dir <dir>]
cetakbiru token --session [--ttl <duration>] [--data-dir <dir>]   (the owner's sign-in link token)`

/**
 * Prints a token signed with the server's secret (DATA_DIR/secret.key), for administrators and
 * scripts. A project token for an id that does not exist yet creates that project on its first
 * connection (owner or editor). Meant to be wired as `npx cetakbiru token` (src/cli); runs
 * directly as `npx tsx server/auth/tokenCommand.ts ...` meanwhile.
 */
export async function tokenCommand(argv: readonly string[], out: (line: string) => void, err: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: { project: { type: 'string' }, role: { type: 'string' }, ttl: { type: 'string' }, 'data-dir': { type: 'string' }, session: { type: 'boolean' } },
      strict: true,
    }))
  } catch (e) {
    err(`${(e as Error).message}\n${TOKEN_USAGE}`)
    return 2
  }
  const session = values.session === true
  if (session === (values.project !== undefined)) {
    err(`Pilih --project atau --session / Give either --project or --session\n${TOKEN_USAGE}`)
    return 2
  }
  if (!session && !isProjectId(values.project)) {
    err(`--project: id tidak sah (huruf, angka, - dan _, maks. 64) / invalid id (letters, digits, - and _, max 64)`)
    return 2
  }
  const role = (values.role ?? (session ? 'owner' : undefined)) as Role | undefined
  if (!role || !ROLES.includes(role)) {
    err(`--role harus owner, editor atau viewer / --role must be owner, editor or viewer`)
    return 2
  }
  const ttl = values.ttl === undefined ? SIGN_IN_TTL_SECONDS : parseDuration(values.ttl)
  if (ttl === undefined) {
    err(`--ttl: contoh / e.g. 90d, 12h, 30m`)
    return 2
  }
  const dataDir = resolve(values['data-dir'] ?? (env.DATA_DIR?.trim() || 'data'))
  const secret = await loadOrCreateSecret(dataDir)
  const dbFile = join(dataDir, DATABASE_FILE)
  const storage = existsSync(dbFile) ? new SqliteStorage(dbFile) : undefined
  const owner = await storage?.findAdmin()
  await storage?.close()
  if (session && !owner) {
    err('Server belum pernah dijalankan di folder data ini (npm start dulu) / The server has not run with this data directory yet (run npm start first)')
    return 1
  }
  const token = await signToken(secret, { sub: owner?.id ?? 'admin', prj: session ? ANY_PROJECT : values.project!, role, ...(owner ? { name: owner.name } : {}) }, ttl)
  out(token)
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  tokenCommand(process.argv.slice(2), (l) => console.log(l), (l) => console.error(l)).then((code) => (process.exitCode = code))
}
