import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { Message } from '../../model/message.ts'
import { createInvite, listInvites, revokeInvite, type ServerInvite } from '../../sync/serverApi.ts'
import { ServerError, type Role } from '../../sync/serverSession.ts'
import { formatDateTime } from '../i18n/formatDateTime.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useCollab } from './collabContext.ts'

const EXPIRY_HOURS = [2, 24, 168, 720] as const
type ExpiryHours = (typeof EXPIRY_HOURS)[number]
const INVITE_ROLES: readonly Role[] = ['editor', 'viewer', 'owner']

/** "Undang peserta" in the project bar (owners only): opens the invite dialog. */
export function InviteButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('collab.invite.open')}
      </button>
      {open && <InviteDialog onClose={() => setOpen(false)} />}
    </>
  )
}

const problem = (e: unknown): Message => {
  if (e instanceof ServerError) return e.detail
  console.error(e)
  return { id: 'Terjadi kesalahan tak terduga.', en: 'An unexpected error occurred.' }
}

/**
 * Creates invite links (role, expiry, optional number of uses), shows the new link once with a
 * copy button, and lists the project's invites with their use counts and a revoke button.
 */
export function InviteDialog({ onClose }: { readonly onClose: () => void }) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const collab = useCollab()
  const dialog = useRef<HTMLDialogElement>(null)
  const [role, setRole] = useState<Role>('editor')
  const [hours, setHours] = useState<ExpiryHours>(24)
  const [maxUses, setMaxUses] = useState('')
  const [invites, setInvites] = useState<readonly ServerInvite[]>()
  const [link, setLink] = useState<string>()
  const [copied, setCopied] = useState(false)
  const [error, setError] = useState<Message>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])

  const reload = useCallback(async () => {
    if (!collab) return
    setInvites(await listInvites(collab.token, collab.projectId))
  }, [collab])
  useEffect(() => {
    reload().catch((e: unknown) => setError(problem(e)))
  }, [reload])

  if (!collab) return null
  const uses = maxUses.trim() === '' ? undefined : Number(maxUses)
  const usesInvalid = uses !== undefined && (!Number.isInteger(uses) || uses < 1 || uses > 100_000)

  const create = (event: FormEvent): void => {
    event.preventDefault()
    if (usesInvalid) return
    setBusy(true)
    setError(undefined)
    setCopied(false)
    createInvite(collab.token, collab.projectId, { role, expiresInHours: hours, ...(uses !== undefined ? { maxUses: uses } : {}) })
      .then(async (created) => {
        setLink(`${location.origin}${created.path}`)
        await reload()
      })
      .catch((e: unknown) => setError(problem(e)))
      .finally(() => setBusy(false))
  }
  const revoke = (invite: ServerInvite): void => {
    setBusy(true)
    setError(undefined)
    revokeInvite(collab.token, collab.projectId, invite.id)
      .then(reload)
      .catch((e: unknown) => setError(problem(e)))
      .finally(() => setBusy(false))
  }
  const copy = (): void => {
    if (!link) return
    navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setError({ id: 'Tautan tidak dapat disalin; pilih dan salin sendiri.', en: 'The link could not be copied; select and copy it yourself.' }),
    )
  }
  const active = (invites ?? []).filter((i) => i.revokedAt === null)

  return (
    <dialog ref={dialog} className="dialog collab-invite-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onClose() }}>
      <h2 id={`${id}-title`} className="dialog__title">{t('collab.invite.dialogTitle')}</h2>
      <p className="muted">{t('collab.invite.dialogBody')}</p>
      <form className="collab-invite-form" onSubmit={create}>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-role`}>{t('collab.invite.role')}</label>
          <select id={`${id}-role`} className="field__input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {INVITE_ROLES.map((r) => <option key={r} value={r}>{t(`collab.role.${r}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-expiry`}>{t('collab.invite.expiry')}</label>
          <select id={`${id}-expiry`} className="field__input" value={hours} onChange={(e) => setHours(Number(e.target.value) as ExpiryHours)}>
            {EXPIRY_HOURS.map((h) => <option key={h} value={h}>{t(`collab.invite.expiry.${h}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-uses`}>{t('collab.invite.maxUses')}</label>
          <input id={`${id}-uses`} className="field__input" inputMode="numeric" value={maxUses} placeholder={t('collab.invite.unlimited')} aria-invalid={usesInvalid} onChange={(e) => setMaxUses(e.target.value)} />
          {usesInvalid && <p className="field__error">{t('collab.invite.maxUsesInvalid')}</p>}
        </div>
        <button type="submit" className="button" disabled={busy || usesInvalid}>{t('collab.invite.create')}</button>
      </form>
      {link && (
        <div className="collab-invite-link">
          <label className="field__label" htmlFor={`${id}-link`}>{t('collab.invite.link')}</label>
          <div className="collab-invite-link__row">
            <input id={`${id}-link`} className="field__input" readOnly value={link} onFocus={(e) => e.target.select()} />
            <button type="button" className="button button--secondary" onClick={copy}>{copied ? t('collab.invite.copied') : t('collab.invite.copy')}</button>
          </div>
          <p className="field__hint">{t('collab.invite.linkOnce')}</p>
        </div>
      )}
      {error && <p className="collab-error" role="alert">{localized(error, locale)}</p>}
      <h3 className="collab-invite-dialog__subtitle">{t('collab.invite.listTitle')}</h3>
      {invites === undefined ? (
        <p className="muted">{t('collab.invite.loading')}</p>
      ) : active.length === 0 ? (
        <p className="muted">{t('collab.invite.none')}</p>
      ) : (
        <table className="data-table collab-invite-table">
          <thead>
            <tr>
              <th scope="col">{t('collab.invite.role')}</th>
              <th scope="col">{t('collab.invite.expires')}</th>
              <th scope="col">{t('collab.invite.used')}</th>
              <th scope="col"><span className="visually-hidden">{t('projects.column.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {active.map((i) => (
              <tr key={i.id} data-invite={i.id}>
                <td>{t(`collab.role.${i.role}`)}</td>
                <td>{i.expiresAt ? formatDateTime(locale, Date.parse(i.expiresAt)) : '—'}</td>
                <td>{i.maxUses === null ? String(i.uses) : t('collab.invite.usesOf', { uses: i.uses, max: i.maxUses })}</td>
                <td>
                  <button type="button" className="button button--small button--ghost button--danger-text" disabled={busy} onClick={() => revoke(i)}>
                    {t('collab.invite.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>{t('collab.invite.close')}</button>
      </div>
    </dialog>
  )
}
