import { useT } from '../i18n/locale.ts'

/** Not signed in to the server: where the sign-in link comes from. */
export function SignInHint({ compact = false }: { readonly compact?: boolean }) {
  const t = useT()
  return (
    <section className={compact ? 'collab-signin collab-signin--compact' : 'panel collab-signin'} aria-labelledby="collab-signin-title">
      <h2 id="collab-signin-title" className="collab-signin__title">{t('collab.signIn.title')}</h2>
      <p>{t('collab.signIn.body')}</p>
      <p className="muted">
        {t('collab.signIn.again')} <code>npx cetakbiru token --session</code>
      </p>
    </section>
  )
}
