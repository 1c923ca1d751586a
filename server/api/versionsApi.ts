import type { IncomingMessage } from 'node:http'
import { randomId } from '../../src/model/commands/commandContext.ts'
import type { TokenClaims } from '../auth/tokens.ts'
import type { VersionRecord } from '../storage/syncStorage.ts'
import type { ApiContext } from './apiContext.ts'
import { ApiError } from './apiError.ts'
import { onlyFields, readJsonObject, requiredText } from './jsonBody.ts'
import { iso, projectFor } from './projectsApi.ts'

/**
 * Named versions ("Draf setelah lokakarya 1"): full states of the document with author and time.
 * The server stores and hands them out; opening one read-only, comparing and restoring (as a new
 * change) happen in the client.
 */
export interface VersionView {
  readonly id: string
  readonly name: string
  readonly authorId: string
  readonly createdAt: string
}

const view = (v: VersionRecord): VersionView => ({ id: v.id, name: v.name, authorId: v.authorId, createdAt: iso(v.createdAt) })

/** Editors and owners: the state as it is once every write received before is handled. */
export async function saveVersion(ctx: ApiContext, claims: TokenClaims, projectId: string, req: IncomingMessage): Promise<{ version: VersionView }> {
  await projectFor(ctx, claims, projectId, 'editor')
  const body = await readJsonObject(req, ctx.limits.jsonBytes)
  onlyFields(body, ['name'])
  const name = requiredText(body, 'name', 200)
  const state = await ctx.rooms.withRoom(projectId, (room) => room.snapshot())
  const version: VersionRecord = { id: randomId('v'), projectId, name, authorId: claims.sub, createdAt: ctx.now() }
  await ctx.storage.saveVersion(version, state)
  return { version: view(version) }
}

export async function listVersions(ctx: ApiContext, claims: TokenClaims, projectId: string): Promise<{ versions: VersionView[] }> {
  await projectFor(ctx, claims, projectId, 'viewer')
  return { versions: (await ctx.storage.listVersions(projectId)).map(view) }
}

/** The version's state as a Yjs update (binary), for the client to load into a fresh Y.Doc. */
export async function versionState(ctx: ApiContext, claims: TokenClaims, projectId: string, versionId: string): Promise<Uint8Array> {
  await projectFor(ctx, claims, projectId, 'viewer')
  const state = await ctx.storage.getVersionState(projectId, versionId)
  if (!state) throw new ApiError(404, 'Versi tidak ditemukan', 'Version not found')
  return state
}
