import type { LoadError } from '../../model/file/loadError.ts'
import type { LoadStage } from '../../model/file/loadProject.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { LOAD_STAGE_KEYS } from '../shell/loadStageKeys.ts'

export interface ImportFailure {
  readonly file: string
  readonly stage: LoadStage
  readonly errors: readonly LoadError[]
}

/** Why a file was not imported, each problem with the place in the file it concerns. */
export function ImportErrors({ failure, onDismiss }: { readonly failure: ImportFailure; readonly onDismiss: () => void }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section className="panel error-panel import-errors" role="alert" aria-labelledby="import-errors-title">
      <h2 id="import-errors-title" className="error-panel__title">{t('projects.import.title', { file: failure.file })}</h2>
      <p className="error-panel__summary">{t(LOAD_STAGE_KEYS[failure.stage])}</p>
      <div className="table-scroll import-errors__scroll">
        <table className="data-table error-table">
          <thead>
            <tr>
              <th scope="col">{t('error.column.path')}</th>
              <th scope="col">{t('error.column.message')}</th>
            </tr>
          </thead>
          <tbody>
            {failure.errors.map((e, i) => (
              <tr key={i}>
                <td><code>{e.path}</code></td>
                <td>{localized(e.message, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('projects.import.nothingCreated')}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>{t('projects.new.close')}</button>
    </section>
  )
}
