import { localeStore, useLocale, useT } from '../i18n/locale.ts'
import { LOCALES } from '../i18n/translate.ts'

/** ID / EN toggle; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const t = useT()
  const current = useLocale()
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={locale === current}
          title={t(locale === 'id' ? 'language.id' : 'language.en')}
          onClick={() => localeStore.getState().setLocale(locale)}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
