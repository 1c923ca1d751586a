import { useEffect } from 'react'
import { useLocale, useT } from './i18n/locale.ts'
import { ProjectOverview } from './overview/ProjectOverview.tsx'
import { useOpenedProject } from './project/useOpenedProject.ts'
import { AppHeader } from './shell/AppHeader.tsx'
import { LoadErrorPanel } from './shell/LoadErrorPanel.tsx'
import { LoadingState } from './shell/LoadingState.tsx'

/** The application shell: opens one project and shows its overview, or why it cannot. */
export function App({ projectUrl }: { readonly projectUrl: string }) {
  const t = useT()
  const locale = useLocale()
  const { state, retry } = useOpenedProject(projectUrl)

  // Screen readers, hyphenation and spell-check follow the page language.
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  useEffect(() => {
    if (state.status !== 'ready') document.title = t('app.name')
  }, [state.status, t])

  return (
    <div className="app">
      <AppHeader />
      <main className="app__main" aria-busy={state.status === 'loading'}>
        {state.status === 'loading' && (
          <div className="container">
            <LoadingState file={state.url} />
          </div>
        )}
        {state.status === 'error' && (
          <div className="container">
            <LoadErrorPanel failure={state.failure} onRetry={retry} />
          </div>
        )}
        {state.status === 'ready' && <ProjectOverview store={state.projection.store} />}
      </main>
      <footer className="app-footer">
        <div className="container">{t('app.footer')}</div>
      </footer>
    </div>
  )
}
