import { useT } from '../i18n/locale.ts'
import { LanguageSwitch } from './LanguageSwitch.tsx'

/** The top bar: product name, what it is for, and the language switch. */
export function AppHeader() {
  const t = useT()
  return (
    <header className="app-bar">
      <div className="container app-bar__inner">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </div>
        <LanguageSwitch />
      </div>
    </header>
  )
}
