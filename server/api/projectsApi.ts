import { randomId } from '../../src/model/commands/commandContext.ts'
import { renameProject as renameProjectCommand } from '../../src/model/commands/projectCommands.ts'
import { emptyProject } from '../../src/model/emptyProject.ts'
import { LIMITS } from '../../src/model/file/projectSchema.ts'
import { parseProjectText } from '../../src/model/file/loadProject.ts'
import { serializeProject } from '../../src/model/file/serialize.ts'
import { systemOrigin } from '../../src/model/origin.ts'
import type { ProjectInfo } from '../../src/model/project.ts'
import { atLeast, resolveAccess } from '../auth/access.ts'
import { ANY_PROJECT, type TokenClaims } from '../auth/tokens.ts'
import { storeProject } from '../projects/storeProject.ts'
import type { ProjectRecord, Role } from '../storage/syncStorage.ts'
import { CLOSE } from '../sync/closeCodes.ts'
import { TRASH_DAYS, type ApiContext } from './apiContext.ts'
import { ApiError, forbidden, projectNotFound } from './apiError.ts'
import { oneOf, onlyFields, optionalInteger, readBodyText, readJsonObject, requiredText } from './jsonBody.ts'
import type { IncomingMessage } from 'node:http'

export interface ProjectView {
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly ownerId: string
  readonly createdAt: string
  readonly updatedAt: string
}

function view(p: ProjectRecord, role: Role): ProjectView {
  return { id: p.id, name: p.name, role, ownerId: p.ownerId, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt) }
}

export const iso = (ms: number): string => new Date(ms).toISOString()

/** The project and the caller's role there; 404 when it does not exist (or is in the trash) or is not theirs. */
export async function projectFor(ctx: ApiContext, claims: TokenClaims, id: string, needed: Role): Promise<{ project: ProjectRecord; role: Role }> {
  const access = await resolveAccess(ctx.storage, claims, id)
  // Someone else's project answers like a missing one: ids are not secrets, but existence need not leak.
  if (!access.ok || !access.project) throw projectNotFound()
  if (!atLeast(access.role, needed)) throw forbidden()
  return { project: access.project, role: access.role }
}

export async function listProjects(ctx: ApiContext, claims: TokenClaims): Promise<{ projects: ProjectView[] }> {
  if (claims.prj !== ANY_PROJECT) {
    const access = await resolveAccess(ctx.storage, claims, claims.prj)
    return { projects: access.ok && access.project ? [view(access.project, access.role)] : [] }
  }
  const projects: ProjectView[] = []
  for (const p of await ctx.storage.listProjectsFor(claims.sub)) {
    const access = await resolveAccess(ctx.storage, claims, p.id)
    if (access.ok && access.project) projects.push(view(access.project, access.role))
  }
  return { projects }
}

/** Only a session token (not one for a single project) may add projects to the server. */
function mayCreate(claims: TokenClaims): void {
  if (claims.prj !== ANY_PROJECT || !atLeast(claims.role, 'editor')) throw forbidden()
}

const ORGANIZATION_TYPES: readonly ProjectInfo['organizationType'][] = ['provinsi', 'kabupaten', 'kota', 'instansi-pusat']

export async function createProject(ctx: ApiContext, claims: TokenClaims, req: IncomingMessage): Promise<{ project: ProjectView }> {
  mayCreate(claims)
  const body = await readJsonObject(req, ctx.limits.jsonBytes)
  onlyFields(body, ['name', 'organization', 'organizationType', 'planStartYear'])
  const data = emptyProject({
    id: randomId('p'),
    name: requiredText(body, 'name', LIMITS.nameLength),
    organization: requiredText(body, 'organization', LIMITS.nameLength),
    organizationType: oneOf(body, 'organizationType', ORGANIZATION_TYPES, 'kabupaten'),
    planStartYear: optionalInteger(body, 'planStartYear', 2000, 2100) ?? new Date(ctx.now()).getFullYear(),
  })
  // Checked like a file, so the server never stores a project that will not open.
  const checked = parseProjectText(serializeProject(data))
  if (!checked.ok) throw loadFailure(checked.errors)
  const project = await storeProject(ctx.storage, checked.data, claims.sub, ctx.now())
  return { project: view(project, 'owner') }
}

/** A local `*.cetakbiru.json` file, validated by the same loader as the app's import. */
export async function uploadProject(ctx: ApiContext, claims: TokenClaims, req: IncomingMessage): Promise<{ project: ProjectView; migratedFrom?: number }> {
  mayCreate(claims)
  const text = await readBodyText(req, ctx.limits.uploadBytes)
  const parsed = parseProjectText(text)
  if (!parsed.ok) throw loadFailure(parsed.errors)
  const project = await storeProject(ctx.storage, parsed.data, claims.sub, ctx.now())
  return { project: view(project, 'owner'), ...(parsed.migratedFrom !== undefined ? { migratedFrom: parsed.migratedFrom } : {}) }
}

function loadFailure(errors: readonly { readonly path: string; readonly message: { readonly id: string; readonly en: string } }[]): ApiError {
  const problems = errors.map((e) => ({ path: e.path, id: e.message.id, en: e.message.en }))
  const first = problems[0] ?? { path: '(file)', id: 'Berkas proyek tidak sah', en: 'The project file is not valid' }
  return new ApiError(422, first.id, first.en, first.path, problems)
}

/** Renames in the registry and in the document (stored, then broadcast to everyone in the room). */
export async function renameProject(ctx: ApiContext, claims: TokenClaims, id: string, req: IncomingMessage): Promise<{ project: ProjectView }> {
  const { role } = await projectFor(ctx, claims, id, 'editor')
  const body = await readJsonObject(req, ctx.limits.jsonBytes)
  onlyFields(body, ['name'])
  const name = requiredText(body, 'name', LIMITS.nameLength)
  await ctx.rooms.withRoom(id, (room) =>
    room.serverWrite((doc) => {
      const result = renameProjectCommand({ doc, origin: systemOrigin('rename') }, name)
      if (!result.ok) throw new ApiError(400, result.error.id, result.error.en, 'name')
    }),
  )
  await ctx.storage.renameProject(id, name, ctx.now())
  const project = await ctx.storage.getProject(id)
  if (!project) throw projectNotFound()
  return { project: view(project, role) }
}

/** Owner only: into the trash (kept TRASH_DAYS), and everyone connected to it is disconnected. */
export async function deleteProject(ctx: ApiContext, claims: TokenClaims, id: string): Promise<{ deleted: string; purgeAfter: string }> {
  await projectFor(ctx, claims, id, 'owner')
  const at = ctx.now()
  await ctx.storage.trashProject(id, at)
  ctx.rooms.closeConnections((c) => c.identity?.projectId === id, CLOSE.gone, 'project deleted')
  return { deleted: id, purgeAfter: iso(at + TRASH_DAYS * 24 * 3600_000) }
}
