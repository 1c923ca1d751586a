import type { LoadError } from '../../model/file/loadError.ts'
import type { LoadStage } from '../../model/file/loadProject.ts'
import { useT } from '../i18n/locale.ts'
import { LoadErrorTable } from '../shell/LoadErrorTable.tsx'
import { LOAD_STAGE_KEYS } from '../shell/loadStageKeys.ts'

export interface ImportFailure {
  readonly file: string
  readonly stage: LoadStage
  readonly errors: readonly LoadError[]
}

/** Why a file was not imported, each problem with the place in the file it concerns. */
export function ImportErrors({ failure, onDismiss }: { readonly failure: ImportFailure; readonly onDismiss: () => void }) {
  const t = useT()
  return (
    <section className="panel error-panel import-errors" role="alert" aria-labelledby="import-errors-title">
      <h2 id="import-errors-title" className="error-panel__title">{t('projects.import.title', { file: failure.file })}</h2>
      <p className="error-panel__summary">{t(LOAD_STAGE_KEYS[failure.stage])}</p>
      <LoadErrorTable errors={failure.errors} className="import-errors__scroll" />
      <p className="muted">{t('projects.import.nothingCreated')}</p>
      <button type="button" className="button button--secondary" onClick={onDismiss}>{t('projects.new.close')}</button>
    </section>
  )
}
