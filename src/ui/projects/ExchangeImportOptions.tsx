import { useRef, useState } from 'react'
import { createProject, LocalProjectError } from '../../sync/localProjects.ts'
import { useT } from '../i18n/locale.ts'
import { translate } from '../i18n/translate.ts'
import { FailureDialog } from '../io/FailureDialog.tsx'
import type { IoIssue, IoJob, KeptOutside, PickedFile } from '../io/ioProtocol.ts'
import { IssueTable } from '../io/IssueTable.tsx'
import { ProgressDialog } from '../io/ProgressDialog.tsx'
import { useIoJob } from '../io/useIoJob.ts'
import { navigate } from '../shell/hashRoute.ts'
import '../io/io.css'

/** What an exchange import made: the new project, and what of the file it keeps beside the SPBE model. */
interface ExchangeResult {
  readonly id: string
  readonly name: string
  readonly file: string
  readonly elements: number
  readonly relations: number
  readonly views: number
  readonly keptOutside: KeptOutside
  readonly warnings: readonly IoIssue[]
}

/**
 * Two more ways to start a project: an ArchiMate exchange file or an Archi CSV set (1-3 files or
 * a ZIP of them). The importer runs in the io worker; the project it returns is stored like an
 * imported *.cetakbiru.json (createProject), with what the SPBE model has no place for in its
 * `interop` data. Afterwards it says how much that is, and that the exports give it back.
 */
export function ExchangeImportOptions({ busy }: { readonly busy: boolean }) {
  const t = useT()
  const job = useIoJob()
  const [result, setResult] = useState<ExchangeResult>()
  const xmlInput = useRef<HTMLInputElement>(null)
  const csvInput = useRef<HTMLInputElement>(null)
  const running = busy || job.state.status === 'running'

  const importFiles = async (files: readonly File[], kind: 'archimate' | 'archi-csv'): Promise<void> => {
    if (files.length === 0) return
    setResult(undefined)
    const label = files.map((f) => f.name).join(', ')
    const picked: PickedFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })))
    const job1: IoJob = kind === 'archimate' ? { type: 'import-archimate', file: picked[0]! } : { type: 'import-archi-csv', files: picked }
    const value = await job.run({ running: t('io.exchange.importing', { file: label }), failed: t('io.exchange.failed', { file: label }) }, job1, picked.map((p) => p.bytes.buffer as ArrayBuffer))
    if (value?.type !== 'project') return
    job.progress({ stage: 'storing', percent: 100 })
    try {
      const id = await createProject(value.data)
      job.reset()
      const { data } = value
      setResult({ id, name: data.project.name, file: label, elements: data.elements.length, relations: data.relations.length, views: data.views.length, keptOutside: value.keptOutside, warnings: value.warnings })
    } catch (e) {
      if (!(e instanceof LocalProjectError)) console.error(e)
      const message = e instanceof LocalProjectError ? e.detail : { id: translate('id', 'io.exchange.storeFailed'), en: translate('en', 'io.exchange.storeFailed') }
      job.fail(t('io.exchange.failed', { file: label }), [{ severity: 'error', message }])
    }
  }

  const fileInput = (ref: typeof xmlInput, kind: 'archimate' | 'archi-csv', accept: string, multiple: boolean) => (
    <input
      ref={ref}
      type="file"
      accept={accept}
      multiple={multiple}
      hidden
      data-testid={`import-${kind}`}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])]
        // Cleared, so choosing the same file again (after fixing it) fires a change again.
        e.target.value = ''
        void importFiles(files, kind)
      }}
    />
  )

  return (
    <>
      <div className="io-exchange-options">
        <section className="option-card" aria-labelledby="new-archimate-title">
          <h3 id="new-archimate-title" className="option-card__title">{t('io.exchange.archimate.title')}</h3>
          <p className="option-card__body">{t('io.exchange.archimate.body')}</p>
          <div className="option-card__action">
            {fileInput(xmlInput, 'archimate', '.xml,application/xml,text/xml', false)}
            <button type="button" className="button button--secondary" disabled={running} onClick={() => xmlInput.current?.click()}>{t('io.exchange.archimate.action')}</button>
          </div>
        </section>
        <section className="option-card" aria-labelledby="new-archi-csv-title">
          <h3 id="new-archi-csv-title" className="option-card__title">{t('io.exchange.csv.title')}</h3>
          <p className="option-card__body">{t('io.exchange.csv.body')}</p>
          <div className="option-card__action">
            {fileInput(csvInput, 'archi-csv', '.csv,.zip,text/csv,application/zip', true)}
            <button type="button" className="button button--secondary" disabled={running} onClick={() => csvInput.current?.click()}>{t('io.exchange.csv.action')}</button>
          </div>
        </section>
      </div>
      {result && (
        <section className="panel io-exchange-result" role="status" aria-labelledby="exchange-result-title" data-testid="exchange-result">
          <h3 id="exchange-result-title">{t('io.exchange.done.title', { name: result.name })}</h3>
          <p>{t('io.exchange.done.counts', { elements: result.elements, relations: result.relations, views: result.views, file: result.file })}</p>
          {result.keptOutside.relations + result.keptOutside.properties > 0
            ? (
              <div className="io-exchange-result__kept" data-testid="exchange-kept">
                <p><strong>{t('interop.import.kept', { relations: result.keptOutside.relations, properties: result.keptOutside.properties })}</strong></p>
                <p>{t('interop.import.keptDetail')}</p>
              </div>
            )
            : <p className="muted">{t('interop.import.nothingKept')}</p>}
          {result.warnings.length > 0 && (
            <>
              <p>{t('io.exchange.done.warnings', { count: result.warnings.length })}</p>
              <IssueTable issues={result.warnings} />
            </>
          )}
          <button type="button" className="button" onClick={() => navigate({ page: 'project', id: result.id })}>{t('io.exchange.open')}</button>
        </section>
      )}
      {job.state.status === 'running' && <ProgressDialog title={job.state.title} progress={job.state.progress} onCancel={job.cancel} />}
      {job.state.status === 'failed' && <FailureDialog title={job.state.title} issues={job.state.issues} note={t('io.exchange.nothingCreated')} onClose={job.reset} />}
    </>
  )
}
