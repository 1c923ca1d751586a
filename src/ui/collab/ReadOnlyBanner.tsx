import { useT } from '../i18n/locale.ts'

/** Shown to viewers above the workspace: why nothing can be changed, and how to get more. */
export function ReadOnlyBanner() {
  const t = useT()
  return (
    <div className="collab-readonly" role="note" data-testid="read-only-banner">
      <span className="collab-readonly__icon" aria-hidden="true">👁</span>
      <p><strong>{t('collab.readOnly.title')}</strong> {t('collab.readOnly.body')}</p>
    </div>
  )
}
