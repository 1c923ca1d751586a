import { useEffect } from 'react'
import { useT } from '../i18n/locale.ts'
import { ProjectOverview } from '../overview/ProjectOverview.tsx'
import { LoadErrorPanel } from '../shell/LoadErrorPanel.tsx'
import { LoadingState } from '../shell/LoadingState.tsx'
import { useOpenedProject } from './useOpenedProject.ts'

/**
 * A bundled example file shown read-only, without storing it (`?project=/examples/<name>`):
 * for looking at an example and for showing the file error states.
 */
export function UrlProjectPage({ url }: { readonly url: string }) {
  const t = useT()
  const { state, retry } = useOpenedProject(url)

  useEffect(() => {
    if (state.status !== 'ready') document.title = t('app.name')
  }, [state.status, t])

  return (
    <div aria-busy={state.status === 'loading'}>
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
    </div>
  )
}
