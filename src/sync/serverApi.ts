import { callApi, callApiBytes, type Role } from './serverSession.ts'

/** The server's JSON API (docs/server.md), typed; every call rejects with a ServerError. */

export interface ServerProject {
  readonly id: string
  readonly name: string
  readonly role: Role
  readonly ownerId: string
  readonly createdAt: string
  readonly updatedAt: string
}

export interface ServerInvite {
  readonly id: string
  readonly projectId: string
  readonly role: Role
  readonly createdAt: string
  readonly expiresAt: string | null
  readonly maxUses: number | null
  readonly uses: number
  readonly revokedAt: string | null
}

export interface ServerVersion {
  readonly id: string
  readonly name: string
  readonly authorId: string
  readonly createdAt: string
}

export interface NewServerProject {
  readonly name: string
  readonly organization: string
  readonly organizationType?: string
  readonly planStartYear?: number
}

const enc = encodeURIComponent

export const listServerProjects = async (token: string): Promise<ServerProject[]> =>
  (await callApi<{ projects: ServerProject[] }>('projects', { token })).projects

export const createServerProject = async (token: string, input: NewServerProject): Promise<ServerProject> =>
  (await callApi<{ project: ServerProject }>('projects', { token, method: 'POST', body: input })).project

/** Uploads a `*.cetakbiru.json` text; the server checks it like an import. */
export const uploadServerProject = async (token: string, text: string): Promise<ServerProject> =>
  (await callApi<{ project: ServerProject }>('projects/upload', { token, method: 'POST', body: text })).project

export const renameServerProject = async (token: string, id: string, name: string): Promise<ServerProject> =>
  (await callApi<{ project: ServerProject }>(`projects/${enc(id)}`, { token, method: 'PATCH', body: { name } })).project

/** Into the server's trash; resolves with when it will be purged. */
export const deleteServerProject = async (token: string, id: string): Promise<{ purgeAfter: string }> =>
  callApi<{ deleted: string; purgeAfter: string }>(`projects/${enc(id)}`, { token, method: 'DELETE' })

export const listInvites = async (token: string, projectId: string): Promise<ServerInvite[]> =>
  (await callApi<{ invites: ServerInvite[] }>(`projects/${enc(projectId)}/invites`, { token })).invites

export interface NewInvite {
  readonly role: Role
  readonly expiresInHours?: number
  readonly maxUses?: number
}

/** The code comes back this once; the link is `<origin>/#undangan=<code>`. */
export const createInvite = async (token: string, projectId: string, input: NewInvite): Promise<{ invite: ServerInvite; code: string; path: string }> =>
  callApi(`projects/${enc(projectId)}/invites`, { token, method: 'POST', body: input })

export const revokeInvite = async (token: string, projectId: string, inviteId: string): Promise<ServerInvite> =>
  (await callApi<{ invite: ServerInvite }>(`projects/${enc(projectId)}/invites/${enc(inviteId)}`, { token, method: 'DELETE' })).invite

export interface InviteExchange {
  readonly token: string
  readonly projectId: string
  readonly role: Role
  readonly user: { readonly id: string; readonly name: string }
  readonly expiresAt: string
}

/** No token needed: the invite code is the credential. */
export const exchangeInvite = async (code: string, name: string): Promise<InviteExchange> =>
  callApi('invites/exchange', { method: 'POST', body: { code, name } })

export const listVersions = async (token: string, projectId: string): Promise<ServerVersion[]> =>
  (await callApi<{ versions: ServerVersion[] }>(`projects/${enc(projectId)}/versions`, { token })).versions

export const saveVersion = async (token: string, projectId: string, name: string): Promise<ServerVersion> =>
  (await callApi<{ version: ServerVersion }>(`projects/${enc(projectId)}/versions`, { token, method: 'POST', body: { name } })).version

/** The version's full state as a Yjs update. */
export const fetchVersionState = async (token: string, projectId: string, versionId: string): Promise<Uint8Array> =>
  callApiBytes(`projects/${enc(projectId)}/versions/${enc(versionId)}`, { token })
