import { useEffect, useRef } from 'react'
import type { ServerProject } from '../../sync/serverApi.ts'
import { useT } from '../i18n/locale.ts'

/** Asks before moving a server project to the trash (kept 30 days; everyone connected is disconnected). */
export function ServerDeleteDialog({ project, busy, onConfirm, onCancel }: {
  readonly project: ServerProject
  readonly busy: boolean
  readonly onConfirm: () => void
  readonly onCancel: () => void
}) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="server-delete-title" aria-describedby="server-delete-body" onCancel={(e) => { e.preventDefault(); onCancel() }}>
      <h2 id="server-delete-title" className="dialog__title">{t('projects.delete.title', { name: project.name })}</h2>
      <p id="server-delete-body">{t('projects.server.deleteBody')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('projects.delete.cancel')}</button>
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>{t('projects.server.deleteConfirm')}</button>
      </div>
    </dialog>
  )
}
