import type { ReactNode } from 'react'
import type { Message } from '../../model/message.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { routeHref } from '../shell/hashRoute.ts'

/**
 * Above an opened project: the way back to the list, and whether changes are being kept. A
 * server project brings its own `status` (the connection) and `tools` (presence, invites, versions).
 */
export function ProjectBar({ saveError, status, tools }: { readonly saveError?: Message | undefined; readonly status?: ReactNode; readonly tools?: ReactNode }) {
  const t = useT()
  const locale = useLocale()
  return (
    <nav className="project-nav" aria-label={t('projects.title')}>
      <div className="container project-nav__inner">
        <a className="back-link" href={routeHref({ page: 'projects' })}>
          <span aria-hidden="true">←</span> {t('projects.back')}
        </a>
        {tools}
        {saveError ? (
          <p className="save-state" data-state="error" role="alert">
            <strong>{t('projects.save.failed')}:</strong> {localized(saveError, locale)}
          </p>
        ) : (
          status ?? (
            <p className="save-state" data-state="saved">
              <span aria-hidden="true">✓</span> {t('projects.savedLocally')}
            </p>
          )
        )}
      </div>
    </nav>
  )
}
