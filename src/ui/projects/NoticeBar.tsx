import { useLocale, useT } from '../i18n/locale.ts'
import type { Notice } from './notice.ts'

/** The outcome of the last action: announced politely, errors assertively; dismissable. */
export function NoticeBar({ notice, onDismiss }: { readonly notice: Notice; readonly onDismiss: () => void }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span className="notice__icon" aria-hidden="true">{notice.tone === 'error' ? '!' : '✓'}</span>
      <p className="notice__text">{notice.text(t, locale)}</p>
      <button type="button" className="notice__dismiss" onClick={onDismiss} aria-label={t('projects.notice.dismiss')} title={t('projects.notice.dismiss')}>
        ×
      </button>
    </div>
  )
}
