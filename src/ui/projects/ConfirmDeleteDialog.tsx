import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useT } from '../i18n/locale.ts'

export interface ConfirmDeleteDialogProps {
  readonly title: string
  /** What is lost, or where it goes. */
  readonly children: ReactNode
  readonly confirmLabel: string
  readonly busy: boolean
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/**
 * Asks before deleting, naming what is lost. A modal <dialog>: focus stays in it, Escape
 * cancels, and "Batal" comes first so Enter never deletes by accident.
 */
export function ConfirmDeleteDialog({ title, children, confirmLabel, busy, onConfirm, onCancel }: ConfirmDeleteDialogProps) {
  const t = useT()
  const id = useId()
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
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">{title}</h2>
      <div id={`${id}-body`} className="dialog__body">{children}</div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('projects.delete.cancel')}</button>
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  )
}
