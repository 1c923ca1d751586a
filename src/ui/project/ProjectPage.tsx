import { useEffect } from 'react'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { routeHref } from '../shell/hashRoute.ts'
import { ProjectBar } from './ProjectBar.tsx'
import { ProjectWorkspace } from './ProjectWorkspace.tsx'
import { useLocalProject } from './useLocalProject.ts'

/** A project stored in this browser (`#/p/<id>`): opened from IndexedDB, every change kept. */
export function ProjectPage({ projectId }: { readonly projectId: string }) {
  const t = useT()
  const locale = useLocale()
  const { state, saveError } = useLocalProject(projectId)

  useEffect(() => {
    if (state.status !== 'ready') document.title = t('app.name')
  }, [state.status, t])

  return (
    <div className="project-page" aria-busy={state.status === 'loading'}>
      <ProjectBar saveError={saveError} />
      {state.status === 'loading' && (
        <div className="container">
          <section className="panel status-panel" role="status" aria-live="polite">
            <span className="spinner" aria-hidden="true" />
            <div>
              <h2 className="status-panel__title">{t('projects.open.loading')}</h2>
              <p className="muted">{t('projects.open.loadingDetail')}</p>
            </div>
          </section>
        </div>
      )}
      {state.status === 'error' && (
        <div className="container">
          <section className="panel error-panel" role="alert" aria-labelledby="open-error-title">
            <h2 id="open-error-title" className="error-panel__title">{t('projects.open.failed')}</h2>
            <p className="error-panel__summary">{state.error ? localized(state.error, locale) : t('projects.notice.unexpected')}</p>
            <a className="button" href={routeHref({ page: 'projects' })}>{t('projects.open.backToList')}</a>
          </section>
        </div>
      )}
      {state.status === 'ready' && <ProjectWorkspace doc={state.project.doc} store={state.projection.store} />}
    </div>
  )
}
