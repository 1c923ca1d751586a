import { useEffect, useId, useRef } from 'react'
import { useT } from '../i18n/locale.ts'
import type { IoProgress } from './ioProtocol.ts'
import './io.css'

/**
 * A running export or import: what it is, the stage it is in, a bar, and Batal. Modal, so the
 * project is not edited under a running job; Escape cancels like the button.
 */
export function ProgressDialog({ title, progress, onCancel }: { readonly title: string; readonly progress?: IoProgress; readonly onCancel: () => void }) {
  const t = useT()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal?.()
    return () => d?.close?.()
  }, [])
  const percent = progress?.percent ?? 0
  return (
    <dialog
      ref={dialog}
      className="dialog io-progress"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-stage`}
      data-testid="io-progress"
      onCancel={(e) => {
        e.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">{title}</h2>
      <p id={`${id}-stage`} className="io-progress__stage" role="status" aria-live="polite">
        {progress ? t(`io.stage.${progress.stage}`) : t('io.stage.starting')}
      </p>
      <div className="io-progress__bar">
        <progress max={100} value={percent} aria-labelledby={`${id}-stage`} />
        <span className="io-progress__percent">{t('io.progress.percent', { percent })}</span>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>{t('io.progress.cancel')}</button>
      </div>
    </dialog>
  )
}
