import { useEffect, useId, useRef } from 'react'
import { useT } from '../i18n/locale.ts'
import type { IoIssue } from './ioProtocol.ts'
import { IssueTable } from './IssueTable.tsx'
import './io.css'

/** Why an export or import did not happen, with every problem the io code reported. */
export function FailureDialog({ title, issues, note, onClose }: { readonly title: string; readonly issues: readonly IoIssue[]; readonly note?: string; readonly onClose: () => void }) {
  const t = useT()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal?.()
    return () => d?.close?.()
  }, [])
  return (
    <dialog
      ref={dialog}
      className="dialog io-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">{title}</h2>
      <IssueTable issues={issues} showFile={issues.some((i) => i.file)} />
      {note && <p className="muted">{note}</p>}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>{t('io.close')}</button>
      </div>
    </dialog>
  )
}
