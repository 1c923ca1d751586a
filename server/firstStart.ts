import { join } from 'node:path'
import { randomId } from '../src/model/commands/commandContext.ts'
import { readProjectFile } from '../src/cli/readProjectFile.ts'
import { formatLoadError } from '../src/model/file/loadError.ts'
import { ANY_PROJECT, signToken } from './auth/tokens.ts'
import { storeProject } from './projects/storeProject.ts'
import type { SyncStorage, UserRecord } from './storage/syncStorage.ts'

export const EXAMPLE_FILE = 'kabupaten-contoh.cetakbiru.json'
/** The sign-in link's token lasts this long; a new one: see docs/server.md. */
export const SIGN_IN_TTL_SECONDS = 30 * 24 * 3600

export interface FirstStart {
  readonly owner: UserRecord
  /** Whether the owner was created now (the server's first start). */
  readonly created: boolean
  /** Id of the example project imported now, if any. */
  readonly importedExample?: string
}

/**
 * The server's owner (its administrator), created on first start, and the example project for
 * them while they have none, so a fresh install opens on something to look at.
 */
export async function ensureOwner(storage: SyncStorage, examplesDir: string, log: (line: string) => void, now = Date.now()): Promise<FirstStart> {
  let owner = await storage.findAdmin()
  const created = !owner
  if (!owner) {
    owner = { id: randomId('u'), name: 'Pemilik', admin: true, createdAt: now }
    await storage.createUser(owner)
  }
  if ((await storage.listProjectsFor(owner.id)).length > 0) return { owner, created }
  const file = join(examplesDir, EXAMPLE_FILE)
  const loaded = await readProjectFile(file)
  if (!loaded.ok) {
    log(`Contoh proyek tidak dimuat / The example project was not loaded: ${loaded.errors.map((e) => formatLoadError(e, file)).join('; ')}`)
    return { owner, created }
  }
  const project = await storeProject(storage, loaded.data, owner.id, now)
  return { owner, created, importedExample: project.id }
}

/** A session token for the owner, in the fragment of the app's URL (never sent to a server). */
export async function signInLink(baseUrl: string, secret: Uint8Array, owner: UserRecord, now = Date.now()): Promise<string> {
  const token = await signToken(secret, { sub: owner.id, prj: ANY_PROJECT, role: 'owner', name: owner.name }, SIGN_IN_TTL_SECONDS, now)
  return `${baseUrl}/#token=${token}`
}
