import { useT } from '../i18n/locale.ts'

export function LoadingState({ file }: { readonly file: string }) {
  const t = useT()
  return (
    <section className="panel status-panel" role="status" aria-live="polite" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <div>
        <h2 className="status-panel__title">{t('loading.title')}</h2>
        <p className="muted">{t('loading.detail', { file })}</p>
      </div>
    </section>
  )
}
