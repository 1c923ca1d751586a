import { useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { Message } from '../../model/message.ts'
import { createProjection, type Projection } from '../../model/projection/projection.ts'
import { LocalProjectError } from '../../sync/localProjectError.ts'
import { listServerProjects } from '../../sync/serverApi.ts'
import { openServerProject, type ConnectionSnapshot, type PresenceUser, type ServerProjectConnection } from '../../sync/serverProject.ts'
import { readToken, tokenFor, type Role } from '../../sync/serverSession.ts'
import { useTokensVersion } from '../collab/useTokens.ts'

export type ServerProjectState =
  /** No token reaches this project: the page says how to sign in. */
  | { readonly status: 'signed-out' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: Message | undefined }
  | { readonly status: 'open'; readonly connection: ServerProjectConnection; readonly token: string }

/** The token for the project, re-read when tokens change. */
export function useProjectToken(projectId: string): string | undefined {
  const version = useTokensVersion()
  return useMemo(() => {
    void version
    return tokenFor(projectId)
  }, [projectId, version])
}

/**
 * Opens a server project while mounted: the local copy first, then the live connection; closes
 * both (writing the copy) on unmount. The doc is the same Y.Doc the workspace edits.
 */
export function useServerProject(projectId: string, token: string | undefined, user: PresenceUser): { readonly state: ServerProjectState; readonly saveError: Message | undefined } {
  const [state, setState] = useState<ServerProjectState>(token ? { status: 'loading' } : { status: 'signed-out' })
  const [saveError, setSaveError] = useState<Message>()
  const userKey = `${user.id}|${user.name}|${user.color}`

  useEffect(() => {
    if (!token) {
      setState({ status: 'signed-out' })
      return
    }
    let cancelled = false
    let opened: ServerProjectConnection | undefined
    setState({ status: 'loading' })
    const report = (e: LocalProjectError): void => {
      if (!cancelled) setSaveError(e.detail)
    }
    const [id, name, color] = userKey.split('|') as [string, string, string]
    openServerProject(projectId, { token, user: { id, name, color }, onError: report }).then(
      (connection) => {
        if (cancelled) {
          void connection.close()
          return
        }
        opened = connection
        setState({ status: 'open', connection, token })
      },
      (e: unknown) => {
        if (cancelled) return
        if (!(e instanceof LocalProjectError)) console.error(e)
        setState({ status: 'error', error: e instanceof LocalProjectError ? e.detail : undefined })
      },
    )
    const flush = (): void => {
      opened?.flush().catch((e: unknown) => e instanceof LocalProjectError && report(e))
    }
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      cancelled = true
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      opened?.close().catch((e: unknown) => console.error(e))
    }
  }, [projectId, token, userKey])

  return { state, saveError }
}

const NO_CONNECTION: ConnectionSnapshot = { phase: 'offline', pending: 0, refusal: undefined, hasContent: false }
const noop = (): (() => void) => () => {}

/** The connection's state for the bar; re-renders on every change of phase or count. */
export function useConnectionSnapshot(connection: ServerProjectConnection | undefined): ConnectionSnapshot {
  return useSyncExternalStore(connection ? connection.subscribe : noop, connection ? connection.getSnapshot : () => NO_CONNECTION)
}

/**
 * The projection of the doc, made once the doc has content (from the local copy or the first
 * sync): an empty doc is not a project yet.
 */
export function useConnectionProjection(connection: ServerProjectConnection | undefined, hasContent: boolean): Projection | undefined {
  const [projection, setProjection] = useState<Projection>()
  useEffect(() => {
    if (!connection || !hasContent) return
    const p = createProjection(connection.doc)
    setProjection(p)
    return () => {
      p.destroy()
      setProjection(undefined)
    }
  }, [connection, hasContent])
  return projection
}

/**
 * The caller's role on the project and its name: a project token says it directly; a session
 * token's role per project comes from the server (owner of their own, the membership elsewhere).
 * Offline, the token's role stands in (the server still decides what is stored).
 */
export function useServerRole(projectId: string, token: string | undefined): { readonly role: Role | undefined; readonly name: string | undefined } {
  const info = token ? readToken(token) : undefined
  const direct = info && info.project !== '*' ? info.role : undefined
  const [fetched, setFetched] = useState<{ role: Role; name: string | undefined }>()
  useEffect(() => {
    setFetched(undefined)
    if (!token) return
    const abort = new AbortController()
    listServerProjects(token).then(
      (projects) => {
        if (abort.signal.aborted) return
        const found = projects.find((p) => p.id === projectId)
        const fallback = readToken(token)?.role ?? 'viewer'
        setFetched({ role: found?.role ?? fallback, name: found?.name })
      },
      () => {
        if (!abort.signal.aborted) setFetched({ role: readToken(token)?.role ?? 'viewer', name: undefined })
      },
    )
    return () => abort.abort()
  }, [projectId, token])
  return { role: direct ?? fetched?.role, name: fetched?.name }
}
