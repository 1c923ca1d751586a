import { useT } from '../i18n/locale.ts'
import { ExchangeImportOptions } from './ExchangeImportOptions.tsx'
import { EmptyProjectForm, type EmptyProjectValues } from './EmptyProjectForm.tsx'
import { ImportFileButton } from './ImportFileButton.tsx'

export interface NewProjectActions {
  readonly onCreateEmpty: (values: EmptyProjectValues) => void
  readonly onCreateFromExample: () => void
  readonly onImportFile: (file: File) => void
}

/**
 * The ways to start a project: empty, from the example, from a file; below them, from another
 * EA tool's ArchiMate exchange file or Archi CSV.
 */
export function NewProjectPanel({ busy, onClose, actions }: { readonly busy: boolean; readonly onClose?: () => void; readonly actions: NewProjectActions }) {
  const t = useT()
  return (
    <section className="panel new-project" aria-labelledby="new-project-heading">
      <div className="new-project__head">
        <h2 id="new-project-heading">{t('projects.new.heading')}</h2>
        {onClose && (
          <button type="button" className="button button--ghost" onClick={onClose}>{t('projects.new.close')}</button>
        )}
      </div>
      <div className="new-project__options">
        <section className="option-card option-card--form" aria-labelledby="new-empty-title">
          <h3 id="new-empty-title" className="option-card__title">{t('projects.new.empty.title')}</h3>
          <p className="option-card__body">{t('projects.new.empty.body')}</p>
          <EmptyProjectForm busy={busy} onSubmit={actions.onCreateEmpty} />
        </section>
        <section className="option-card" aria-labelledby="new-example-title">
          <h3 id="new-example-title" className="option-card__title">{t('projects.new.example.title')}</h3>
          <p className="option-card__body">{t('projects.new.example.body')}</p>
          <div className="option-card__action">
            <button type="button" className="button button--secondary" disabled={busy} onClick={actions.onCreateFromExample}>
              {t('projects.new.example.action')}
            </button>
          </div>
        </section>
        <section className="option-card" aria-labelledby="new-file-title">
          <h3 id="new-file-title" className="option-card__title">{t('projects.new.file.title')}</h3>
          <p className="option-card__body">{t('projects.new.file.body')}</p>
          <div className="option-card__action">
            <ImportFileButton busy={busy} onFile={actions.onImportFile} />
          </div>
        </section>
      </div>
      <ExchangeImportOptions busy={busy} />
    </section>
  )
}
