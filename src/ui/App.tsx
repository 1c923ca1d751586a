import { useEffect } from 'react'
import { useLocale, useT } from './i18n/locale.ts'
import { InvitePage } from './collab/InvitePage.tsx'
import { useSignInHash } from './collab/useSignInHash.ts'
import { ProjectPage } from './project/ProjectPage.tsx'
import { ServerProjectPage } from './project/ServerProjectPage.tsx'
import { UrlProjectPage } from './project/UrlProjectPage.tsx'
import { ProjectListPage } from './projects/ProjectListPage.tsx'
import { AppHeader } from './shell/AppHeader.tsx'
import { useRoute } from './shell/hashRoute.ts'

/**
 * The application shell. Pages follow the URL hash: `#/` the project list (start page), `#/p/<id>`
 * a project stored in this browser, `#/s/<id>` a project on the sync server; `#token=` signs in
 * and `#undangan=` accepts an invite. `projectUrl` (from `?project=`) shows a bundled file instead.
 */
export function App({ projectUrl }: { readonly projectUrl?: string }) {
  const t = useT()
  const locale = useLocale()
  const route = useRoute()
  const signIn = useSignInHash()

  // Screen readers, hyphenation and spell-check follow the page language.
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  return (
    <div className="app">
      <AppHeader />
      <main className="app__main">
        {projectUrl !== undefined ? (
          <UrlProjectPage url={projectUrl} />
        ) : signIn?.kind === 'invite' ? (
          <InvitePage code={signIn.code} />
        ) : signIn?.kind === 'token' ? null : route.page === 'server' ? (
          <ServerProjectPage key={route.id} projectId={route.id} />
        ) : route.page === 'project' ? (
          // Keyed: another project is another page, with its own document and projection.
          <ProjectPage key={route.id} projectId={route.id} />
        ) : (
          <ProjectListPage />
        )}
      </main>
      <footer className="app-footer">
        <div className="container">{t('app.footer')}</div>
      </footer>
    </div>
  )
}
