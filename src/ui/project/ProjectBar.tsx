import type { Message } from '../../model/message.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { routeHref } from '../shell/hashRoute.ts'

/** Above an opened project: the way back to the list, and whether changes are being kept. */
export function ProjectBar({ saveError }: { readonly saveError?: Message }) {
  const t = useT()
  const locale = useLocale()
  return (
    <nav className="project-nav" aria-label={t('projects.title')}>
      <div className="container project-nav__inner">
        <a className="back-link" href={routeHref({ page: 'projects' })}>
          <span aria-hidden="true">←</span> {t('projects.back')}
        </a>
        {saveError ? (
          <p className="save-state" data-state="error" role="alert">
            <strong>{t('projects.save.failed')}:</strong> {localized(saveError, locale)}
          </p>
        ) : (
          <p className="save-state" data-state="saved">
            <span aria-hidden="true">✓</span> {t('projects.savedLocally')}
          </p>
        )}
      </div>
    </nav>
  )
}
