import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import * as Y from 'yjs'
import type { Message } from '../../model/message.ts'
import type { ProjectData } from '../../model/project.ts'
import { readProjectData } from '../../model/projection/projection.ts'
import { fetchVersionState, listVersions, saveVersion, type ServerVersion } from '../../sync/serverApi.ts'
import { ServerError } from '../../sync/serverSession.ts'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useCollab } from './collabContext.ts'
import { usePeers } from './usePresence.ts'
import { NOW, VersionCompare, type CompareRequest } from './VersionCompare.tsx'

export interface VersionActions {
  /** Opens the version read-only in place of the live project. */
  readonly onOpen: (version: ServerVersion, state: Uint8Array) => void
  /** Restores it as a new change (editors and owners). */
  readonly onRestore: (version: ServerVersion, state: Uint8Array) => void
}

const problem = (e: unknown): Message => {
  if (e instanceof ServerError) return e.detail
  console.error(e)
  return { id: 'Terjadi kesalahan tak terduga.', en: 'An unexpected error occurred.' }
}

/** "Versi" in the project bar: opens the version history. */
export function VersionsButton({ doc, actions }: { readonly doc: Y.Doc; readonly actions: VersionActions }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button--small button--secondary" aria-haspopup="dialog" onClick={() => setOpen(true)}>{t('collab.versions.open')}</button>
      {open && <VersionsDialog doc={doc} actions={actions} onClose={() => setOpen(false)} />}
    </>
  )
}

/**
 * Named versions saved on the server as full states ("Draf setelah lokakarya 1"): save the current
 * state, and per version open it read-only, compare it with now or another version (gap
 * analysis, in any state), or restore it.
 */
export function VersionsDialog({ doc, actions, onClose }: { readonly doc: Y.Doc; readonly actions: VersionActions; readonly onClose: () => void }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const collab = useCollab()
  const peers = usePeers(collab?.awareness)
  const dialog = useRef<HTMLDialogElement>(null)
  const [versions, setVersions] = useState<readonly ServerVersion[]>()
  const [name, setName] = useState('')
  const [error, setError] = useState<Message>()
  const [busy, setBusy] = useState(false)
  const [compareRequest, setCompareRequest] = useState<CompareRequest>()
  const [nowStates] = useState(() => readProjectData(doc).states)
  // Versions never change once saved: each is fetched and read once per dialog.
  const loaded = useRef(new Map<string, Promise<ProjectData>>())
  const [confirming, setConfirming] = useState<ServerVersion>()
  const canWrite = collab?.role === 'owner' || collab?.role === 'editor'

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])
  const reload = useCallback(async () => {
    if (collab) setVersions(await listVersions(collab.token, collab.projectId))
  }, [collab])
  useEffect(() => {
    reload().catch((e: unknown) => setError(problem(e)))
  }, [reload])
  if (!collab) return null

  const run = (action: () => Promise<void>): void => {
    setBusy(true)
    setError(undefined)
    action().catch((e: unknown) => setError(problem(e))).finally(() => setBusy(false))
  }
  const save = (event: FormEvent): void => {
    event.preventDefault()
    if (!name.trim()) return
    run(async () => {
      await saveVersion(collab.token, collab.projectId, name.trim())
      setName('')
      await reload()
    })
  }
  const state = (v: ServerVersion): Promise<Uint8Array> => fetchVersionState(collab.token, collab.projectId, v.id)
  const loadVersion = (v: ServerVersion): Promise<ProjectData> => {
    let data = loaded.current.get(v.id)
    if (!data) {
      data = state(v).then((update) => {
        const past = new Y.Doc()
        try {
          Y.applyUpdate(past, update)
          return readProjectData(past)
        } finally {
          past.destroy()
        }
      })
      // A failed fetch is not kept: the next click tries again.
      data.catch(() => loaded.current.delete(v.id))
      loaded.current.set(v.id, data)
    }
    return data
  }
  const compare = (v: ServerVersion): void => setCompareRequest((r) => ({ from: v.id, to: NOW, nonce: (r?.nonce ?? 0) + 1 }))
  const author = (v: ServerVersion): string => {
    if (v.authorId === collab.user.id) return t('collab.versions.byYou')
    return peers.find((p) => p.user.id === v.authorId)?.user.name ?? t('collab.versions.byOther')
  }

  return (
    <dialog ref={dialog} className="dialog collab-versions" aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onClose() }}>
      <h2 id={`${id}-title`} className="dialog__title">{t('collab.versions.title')}</h2>
      <p className="muted">{t('collab.versions.body')}</p>
      {canWrite && (
        <form className="collab-versions__save" onSubmit={save}>
          <label className="field__label" htmlFor={`${id}-name`}>{t('collab.versions.name')}</label>
          <div className="collab-invite-link__row">
            <input id={`${id}-name`} className="field__input" value={name} maxLength={200} placeholder={t('collab.versions.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button" disabled={busy || !name.trim()}>{t('collab.versions.save')}</button>
          </div>
        </form>
      )}
      {error && <p className="collab-error" role="alert">{localized(error, locale)}</p>}
      {versions === undefined ? (
        <p className="muted">{t('collab.versions.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="muted">{t('collab.versions.none')}</p>
      ) : (
        <table className="data-table collab-versions__table">
          <thead>
            <tr>
              <th scope="col">{t('collab.versions.name')}</th>
              <th scope="col">{t('collab.versions.saved')}</th>
              <th scope="col"><span className="visually-hidden">{t('projects.column.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} data-version={v.name}>
                <td>{v.name}</td>
                <td>{formatDateTime(locale, Date.parse(v.createdAt))} · {author(v)}</td>
                <td className="collab-versions__actions">
                  <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => run(async () => { actions.onOpen(v, await state(v)); onClose() })}>{t('collab.versions.view')}</button>
                  <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => compare(v)}>{t('collab.versions.compare')}</button>
                  {canWrite && <button type="button" className="button button--small button--ghost" disabled={busy} onClick={() => setConfirming(v)}>{t('collab.versions.restore')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div className="notice" data-tone="error" role="alertdialog" aria-label={t('collab.versions.restore')}>
          <p className="notice__text">{t('collab.versions.restoreConfirm', { name: confirming.name })}</p>
          <button type="button" className="button button--small" disabled={busy} onClick={() => run(async () => { actions.onRestore(confirming, await state(confirming)); setConfirming(undefined); onClose() })}>{t('collab.versions.restore')}</button>
          <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(undefined)}>{t('collab.invite.close')}</button>
        </div>
      )}
      {versions && versions.length > 0 && (
        <VersionCompare versions={versions} nowStates={nowStates} request={compareRequest} readNow={() => readProjectData(doc)} loadVersion={loadVersion} run={run} />
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>{t('collab.invite.close')}</button>
      </div>
    </dialog>
  )
}
