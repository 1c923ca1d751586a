import '../collab/collab.css'
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react'
import { deleteServerDocCache } from '../../sync/serverDocCache.ts'
import { createServerProject, deleteServerProject, listServerProjects, renameServerProject, type ServerProject } from '../../sync/serverApi.ts'
import { forgetTokens, invitedProjects, tokenFor } from '../../sync/serverSession.ts'
import { SignInHint } from '../collab/SignInHint.tsx'
import { useSession, useTokensVersion } from '../collab/useTokens.ts'
import { formatDateTime, formatDateTimeLong } from '../i18n/formatDateTime.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { navigate, routeHref } from '../shell/hashRoute.ts'
import { errorNotice, successNotice, type Notice } from './notice.ts'
import { RenameForm } from './RenameForm.tsx'
import { ServerDeleteDialog } from './ServerDeleteDialog.tsx'

type ListState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly projects: readonly ServerProject[] } | { readonly status: 'error'; readonly notice: Notice }

/**
 * "Di server": the projects on the sync server this browser may see (through the session or
 * invites), to open, create, rename and delete (owner; into the trash for 30 days). Without a
 * token it says how to sign in.
 */
export function ServerProjects({ onNotice }: { readonly onNotice: (notice: Notice | undefined) => void }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const session = useSession()
  const version = useTokensVersion()
  const [list, setList] = useState<ListState>({ status: 'loading' })
  const [reloads, setReloads] = useState(0)
  const [busy, setBusy] = useState(false)
  const [renaming, setRenaming] = useState<string>()
  const [deleting, setDeleting] = useState<ServerProject>()
  const [creating, setCreating] = useState(false)
  const invited = invitedProjects()
  const signedIn = session !== undefined || invited.length > 0

  useEffect(() => {
    void version
    if (!signedIn) return
    const abort = new AbortController()
    const tokens = [...new Set([session?.token, ...invitedProjects().map((p) => tokenFor(p.projectId))].filter((x): x is string => !!x))]
    Promise.all(tokens.map((tk) => listServerProjects(tk))).then(
      (lists) => {
        if (abort.signal.aborted) return
        const byId = new Map<string, ServerProject>()
        for (const p of lists.flat()) if (!byId.has(p.id)) byId.set(p.id, p)
        setList({ status: 'ready', projects: [...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) })
      },
      (e: unknown) => !abort.signal.aborted && setList({ status: 'error', notice: errorNotice(e) }),
    )
    return () => abort.abort()
  }, [session?.token, signedIn, version, reloads])

  const act = useCallback(async (action: () => Promise<Notice | undefined>) => {
    setBusy(true)
    onNotice(undefined)
    try {
      onNotice(await action())
    } catch (e) {
      onNotice(errorNotice(e))
    } finally {
      setBusy(false)
      setReloads((n) => n + 1)
    }
  }, [onNotice])

  if (!signedIn) return <SignInHint compact />

  const rename = (p: ServerProject, name: string): void => void act(async () => {
    await renameServerProject(tokenFor(p.id)!, p.id, name)
    setRenaming(undefined)
    return successNotice((tr) => tr('projects.notice.renamed', { name }))
  })
  const confirmDelete = (): void => {
    const p = deleting
    setDeleting(undefined)
    if (!p) return
    void act(async () => {
      const { purgeAfter } = await deleteServerProject(tokenFor(p.id)!, p.id)
      await deleteServerDocCache(p.id).catch(() => {})
      return successNotice((tr, loc) => tr('projects.server.deleted', { name: p.name, date: formatDateTime(loc, Date.parse(purgeAfter)) }))
    })
  }

  const projects = list.status === 'ready' ? list.projects : []
  return (
    <section className="panel project-list server-projects" aria-labelledby={`${id}-heading`}>
      <div className="project-list__head">
        <h2 id={`${id}-heading`}>{t('projects.server.heading')}</h2>
        <span className="muted">{session ? t('projects.server.signedInAs', { name: session.info.name ?? t('collab.presence.anonymous') }) : t('projects.server.invitedOnly')}</span>
        <span className="server-projects__tools">
          {session && (
            <button type="button" className="button button--small" aria-expanded={creating} onClick={() => setCreating((c) => !c)}>
              <span aria-hidden="true">+</span> {t('projects.server.new')}
            </button>
          )}
          <button type="button" className="button button--small button--ghost" onClick={() => forgetTokens()}>{t('projects.server.signOut')}</button>
        </span>
      </div>
      {creating && session && (
        <ServerCreateForm busy={busy} onCreate={(name, organization) => void act(async () => {
          const project = await createServerProject(session.token, { name, organization })
          setCreating(false)
          navigate({ page: 'server', id: project.id })
          return undefined
        })} />
      )}
      {list.status === 'loading' && <p className="muted server-projects__state" role="status">{t('projects.server.loading')}</p>}
      {list.status === 'error' && <p className="collab-error server-projects__state" role="alert">{list.notice.text(t, locale)}</p>}
      {list.status === 'ready' && projects.length === 0 && <p className="muted server-projects__state">{t('projects.server.empty')}</p>}
      {projects.length > 0 && (
        <div className="table-scroll">
          <table className="data-table project-table">
            <thead>
              <tr>
                <th scope="col">{t('projects.column.name')}</th>
                <th scope="col">{t('projects.server.role')}</th>
                <th scope="col">{t('projects.column.updated')}</th>
                <th scope="col" className="project-actions__head"><span className="visually-hidden">{t('projects.column.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => {
                const href = routeHref({ page: 'server', id: p.id })
                const label = (action: string): string => t('projects.action.for', { action, name: p.name })
                const updated = Date.parse(p.updatedAt)
                return (
                  <tr key={p.id} data-server-project={p.id}>
                    <td className="project-cell">
                      {renaming === p.id ? (
                        <RenameForm name={p.name} busy={busy} onSave={(name) => rename(p, name)} onCancel={() => setRenaming(undefined)} />
                      ) : (
                        <a className="project-cell__name" href={href}>{p.name}</a>
                      )}
                    </td>
                    <td data-role={p.role}>{t(`collab.role.${p.role}`)}</td>
                    <td className="project-updated">
                      <time dateTime={p.updatedAt} title={formatDateTimeLong(locale, updated)}>{formatDateTime(locale, updated)}</time>
                    </td>
                    <td className="project-actions">
                      <a className="button button--small" href={href} aria-label={label(t('projects.action.open'))}>{t('projects.action.open')}</a>
                      {p.role !== 'viewer' && (
                        <button type="button" className="button button--small button--ghost" disabled={busy} aria-label={label(t('projects.action.rename'))} onClick={() => setRenaming(p.id)}>
                          {t('projects.action.rename')}
                        </button>
                      )}
                      {p.role === 'owner' && (
                        <button type="button" className="button button--small button--ghost button--danger-text" disabled={busy} aria-label={label(t('projects.action.delete'))} onClick={() => setDeleting(p)}>
                          {t('projects.action.delete')}
                        </button>
                      )}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {deleting && <ServerDeleteDialog project={deleting} busy={busy} onConfirm={confirmDelete} onCancel={() => setDeleting(undefined)} />}
    </section>
  )
}

function ServerCreateForm({ busy, onCreate }: { readonly busy: boolean; readonly onCreate: (name: string, organization: string) => void }) {
  const t = useT()
  const id = useId()
  const [name, setName] = useState('')
  const [organization, setOrganization] = useState('')
  const [tried, setTried] = useState(false)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    setTried(true)
    if (name.trim() && organization.trim()) onCreate(name.trim(), organization.trim())
  }
  return (
    <form className="server-create" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>{t('projects.form.name')}</label>
        <input id={`${id}-name`} className="field__input" value={name} maxLength={300} placeholder={t('projects.form.namePlaceholder')} aria-invalid={tried && !name.trim()} onChange={(e) => setName(e.target.value)} />
        {tried && !name.trim() && <p className="field__error">{t('projects.form.required')}</p>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-org`}>{t('projects.form.organization')}</label>
        <input id={`${id}-org`} className="field__input" value={organization} maxLength={300} placeholder={t('projects.form.organizationPlaceholder')} aria-invalid={tried && !organization.trim()} onChange={(e) => setOrganization(e.target.value)} />
        {tried && !organization.trim() && <p className="field__error">{t('projects.form.required')}</p>}
      </div>
      <button type="submit" className="button" disabled={busy}>{t('projects.server.create')}</button>
    </form>
  )
}
