import { useEffect, useRef } from 'react'
import type { LocalProjectSummary } from '../../sync/localProjects.ts'
import { useT } from '../i18n/locale.ts'

/**
 * Asks before deleting, naming the project and what is lost. A modal <dialog>: focus stays in
 * it, Escape cancels, and "Batal" is focused first so Enter never deletes by accident.
 */
export function DeleteProjectDialog({ project, busy, onConfirm, onCancel }: {
  readonly project: LocalProjectSummary
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
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="delete-project-title"
      aria-describedby="delete-project-body"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id="delete-project-title" className="dialog__title">{t('projects.delete.title', { name: project.name })}</h2>
      <p id="delete-project-body">{t('projects.delete.body', { elements: project.elementCount })}</p>
      <p className="muted">{t('projects.delete.hint')}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('projects.delete.cancel')}</button>
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>{t('projects.delete.confirm')}</button>
      </div>
    </dialog>
  )
}
