import { useT } from '../i18n/locale.ts'
import { LanguageSwitch } from './LanguageSwitch.tsx'

/** The top bar: product name (a link home to the project list), what it is for, and the language switch. */
export function AppHeader() {
  const t = useT()
  return (
    <header className="app-bar">
      <div className="container app-bar__inner">
        {/* Home is the project list; `./` also leaves a `?project=` view. */}
        <a className="brand" href="./#/" title={t('projects.back')}>
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </a>
        <LanguageSwitch />
      </div>
    </header>
  )
}
