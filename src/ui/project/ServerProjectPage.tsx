import '../collab/collab.css'
import { useCallback, useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { localOrigin } from '../../model/origin.ts'
import { createProjection, type Projection } from '../../model/projection/projection.ts'
import { restoreVersion } from '../../sync/restoreVersion.ts'
import type { ServerVersion } from '../../sync/serverApi.ts'
import { readToken } from '../../sync/serverSession.ts'
import { CollabContext, type Collab } from '../collab/collabContext.ts'
import { ConnectionStatus } from '../collab/ConnectionStatus.tsx'
import { createFollowStore } from '../collab/followStore.ts'
import { InviteButton } from '../collab/InviteDialog.tsx'
import { PresenceList } from '../collab/PresenceList.tsx'
import { presenceUser } from '../collab/presenceUser.ts'
import { ReadOnlyBanner } from '../collab/ReadOnlyBanner.tsx'
import { RefusalPanel } from '../collab/RefusalPanel.tsx'
import { SignInHint } from '../collab/SignInHint.tsx'
import { VersionsButton, type VersionActions } from '../collab/VersionsDialog.tsx'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { routeHref } from '../shell/hashRoute.ts'
import { ProjectBar } from './ProjectBar.tsx'
import { localUserId } from './localUser.ts'
import { ProjectWorkspace } from './ProjectWorkspace.tsx'
import { ReadOnlyContext } from './readOnly.ts'
import { useConnectionProjection, useConnectionSnapshot, useProjectToken, useServerProject, useServerRole } from './useServerProject.ts'

/**
 * A project on the sync server (`#/s/<id>`): this browser's copy opened at once, connected live,
 * with who is here, the connection state and, for viewers, a read-only workspace.
 */
export function ServerProjectPage({ projectId }: { readonly projectId: string }) {
  const t = useT()
  const locale = useLocale()
  const token = useProjectToken(projectId)
  const info = token ? readToken(token) : undefined
  const anonymous = t('collab.presence.anonymous')
  const user = useMemo(() => presenceUser(info?.userId ?? 'anon', info?.name, anonymous), [info?.userId, info?.name, anonymous])
  const { state, saveError } = useServerProject(projectId, token, user)
  const connection = state.status === 'open' ? state.connection : undefined
  const snapshot = useConnectionSnapshot(connection)
  const projection = useConnectionProjection(connection, snapshot.hasContent)
  const { role } = useServerRole(projectId, token)
  const follow = useMemo(createFollowStore, [projectId])
  const readOnly = role !== 'owner' && role !== 'editor'
  const [viewing, setViewing] = useState<{ readonly version: ServerVersion; readonly doc: Y.Doc; readonly projection: Projection }>()
  const [restored, setRestored] = useState<string>()
  const closeVersion = useCallback(() => setViewing(undefined), [])
  useEffect(() => () => {
    viewing?.projection.destroy()
    viewing?.doc.destroy()
  }, [viewing])
  const versionActions = useMemo<VersionActions>(() => ({
    onOpen: (version, state) => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, state)
      setRestored(undefined)
      setViewing({ version, doc, projection: createProjection(doc) })
    },
    onRestore: (version, state) => {
      if (!connection) return
      // The local user's origin: others receive it as an edit, and this user's Undo takes it back.
      restoreVersion(connection.doc, state, localOrigin(localUserId()))
      setViewing(undefined)
      setRestored(version.name)
    },
  }), [connection])

  const collab = useMemo<Collab | null>(
    () => (connection && token && role ? { projectId, token, role, user, awareness: connection.awareness, follow } : null),
    [connection, token, role, user, projectId, follow],
  )

  useEffect(() => {
    if (!projection) document.title = t('app.name')
  }, [projection, t])

  return (
    <div className="project-page collab-page" aria-busy={state.status === 'loading' || (connection !== undefined && !projection)} data-role={role ?? ''}>
      <CollabContext value={collab}>
        <ProjectBar
          saveError={saveError}
          status={connection ? <ConnectionStatus snapshot={snapshot} /> : undefined}
          tools={collab && connection ? (
            <div className="collab-tools">
              <PresenceList />
              <VersionsButton doc={connection.doc} actions={versionActions} />
              {role === 'owner' && <InviteButton />}
            </div>
          ) : undefined}
        />
        {state.status === 'signed-out' && <div className="container"><SignInHint /></div>}
        {state.status === 'error' && (
          <div className="container">
            <section className="panel error-panel" role="alert">
              <h2 className="error-panel__title">{t('projects.open.failed')}</h2>
              <p className="error-panel__summary">{state.error ? localized(state.error, locale) : t('projects.notice.unexpected')}</p>
              <a className="button" href={routeHref({ page: 'projects' })}>{t('projects.open.backToList')}</a>
            </section>
          </div>
        )}
        {snapshot.refusal && <RefusalPanel refusal={snapshot.refusal} projectId={projectId} />}
        {connection && !projection && !snapshot.refusal && (
          <div className="container">
            <section className="panel status-panel" role="status" aria-live="polite">
              <span className="spinner" aria-hidden="true" />
              <div>
                <h2 className="status-panel__title">{t('projects.open.loading')}</h2>
                <p className="muted">{snapshot.phase === 'offline' ? t('collab.open.offlineNoCopy') : t('collab.open.loadingDetail')}</p>
              </div>
            </section>
          </div>
        )}
        {restored && (
          <div className="collab-restored" role="status">
            <p>{t('collab.versions.restored', { name: restored })}</p>
            <button type="button" className="button button--small button--ghost" onClick={() => setRestored(undefined)}>{t('collab.invite.close')}</button>
          </div>
        )}
        {viewing && (
          // A saved version: its own doc, never connected, shown read-only in place of the live project.
          <ReadOnlyContext value>
            <div className="collab-readonly collab-version-banner" role="note" data-version={viewing.version.name}>
              <p>{t('collab.versions.viewing', { name: viewing.version.name, date: formatDateTime(locale, Date.parse(viewing.version.createdAt)) })}</p>
              <button type="button" className="button button--small" onClick={closeVersion}>{t('collab.versions.back')}</button>
            </div>
            {/* No presence on a past version: cursors and selections belong to the live project. */}
            <CollabContext value={null}>
              <ProjectWorkspace key={viewing.version.id} doc={viewing.doc} store={viewing.projection.store} />
            </CollabContext>
          </ReadOnlyContext>
        )}
        {connection && projection && !viewing && (
          <ReadOnlyContext value={readOnly}>
            {role === 'viewer' && <ReadOnlyBanner />}
            <ProjectWorkspace doc={connection.doc} store={projection.store} />
          </ReadOnlyContext>
        )}
      </CollabContext>
    </div>
  )
}
