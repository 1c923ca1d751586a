import { useT } from '../i18n/locale.ts'
import type { Translate } from '../i18n/translate.ts'
import { LoadErrorTable } from './LoadErrorTable.tsx'
import type { OpenFailure } from '../project/openProject.ts'
import { LOAD_STAGE_KEYS } from './loadStageKeys.ts'

function summary(failure: OpenFailure, t: Translate): string {
  switch (failure.kind) {
    case 'network':
      return t('error.network', { file: failure.url, detail: failure.detail })
    case 'http':
      return t('error.http', { file: failure.url, status: `${failure.status} ${failure.statusText}`.trim() })
    case 'file':
      return t(LOAD_STAGE_KEYS[failure.stage])
    case 'unexpected':
      return t('error.unexpected', { file: failure.url, detail: failure.detail })
  }
}

/** Why the project did not open, every reason with the place in the file it concerns. */
export function LoadErrorPanel({ failure, onRetry }: { readonly failure: OpenFailure; readonly onRetry: () => void }) {
  const t = useT()
  return (
    <section className="panel error-panel" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title" className="error-panel__title">{t('error.title')}</h2>
      <p className="error-panel__summary">{summary(failure, t)}</p>
      {failure.kind === 'file' && (
        <>
          <p className="muted">{t('error.file', { file: failure.url })}</p>
          <LoadErrorTable errors={failure.errors} />
        </>
      )}
      <p className="muted">{t('error.nothingChanged')}</p>
      <button type="button" className="button" onClick={onRetry}>{t('error.retry')}</button>
    </section>
  )
}
