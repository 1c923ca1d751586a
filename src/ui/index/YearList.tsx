import { useState } from 'react'
import type { ProjectIndexReport, YearScore } from '../../analysis/index/projectIndexReport.ts'
import { textIn } from '../../analysis/index/framework.ts'
import { formatIndex } from '../../analysis/index/predicate.ts'
import { removeAssessment } from '../../model/commands/indexCommands.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { AddYearForm } from './AddYearForm.tsx'
import { frameworkShortName } from './frameworkLabel.ts'
import type { RunIndexCommand } from './useIndexPageEditing.ts'

export interface YearListProps {
  readonly report: ProjectIndexReport
  readonly selected: number | undefined
  readonly onSelect: (year: number) => void
  readonly run: RunIndexCommand
}

/** The assessed years, newest first: each with its framework, index and predicate, and where the value comes from. */
export function YearList({ report, selected, onSelect, run }: YearListProps) {
  const t = useT()
  const readOnly = useReadOnly()
  const locale = useLocale()
  const [adding, setAdding] = useState(false)
  const [confirming, setConfirming] = useState<number>()
  const [error, setError] = useState<string>()

  const remove = (year: number): void => {
    const r = run((ctx) => removeAssessment(ctx, year))
    setError(r.ok ? undefined : localized(r.error, locale))
    setConfirming(undefined)
  }

  return (
    <aside className="panel index-years" aria-label={t('index.years.title')}>
      <h3 className="index-years__title">{t('index.years.title')}</h3>
      {report.years.length === 0 ? (
        <p className="muted">{t('index.years.none')}</p>
      ) : (
        <ul className="index-years__list">
          {[...report.years].reverse().map((y) => (
            <li key={y.year} className="index-year" data-year={y.year}>
              <button type="button" className="index-year__main" aria-current={selected === y.year ? 'true' : undefined} onClick={() => onSelect(y.year)}>
                <YearSummary score={y} report={report} />
              </button>
              {confirming === y.year ? (
                <div className="index-year__confirm" role="group" aria-label={t('index.years.removeConfirm', { year: String(y.year) })}>
                  <span>{t('index.years.removeConfirm', { year: String(y.year) })}</span>
                  <button type="button" className="button button--small button--danger" onClick={() => remove(y.year)}>{t('index.remove')}</button>
                  <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(undefined)}>{t('index.cancel')}</button>
                </div>
              ) : (
                <button
                  type="button"
                  className="index-year__remove"
                  aria-label={t('index.years.remove', { year: String(y.year) })}
                  title={t('index.years.remove', { year: String(y.year) })}
                  disabled={readOnly}
                  onClick={() => setConfirming(y.year)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field__error" role="alert">{error}</p>}
      {adding ? (
        <AddYearForm report={report} run={run} onAdded={(y) => { setAdding(false); onSelect(y) }} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="button button--small button--secondary index-years__add" disabled={readOnly} onClick={() => setAdding(true)}>
          {t('index.addYear.open')}
        </button>
      )}
    </aside>
  )
}

function YearSummary({ score, report }: { readonly score: YearScore; readonly report: ProjectIndexReport }) {
  const t = useT()
  const locale = useLocale()
  const framework = report.frameworks.get(score.framework)
  const point = report.history.find((p) => p.year === score.year)
  const partial = score.result !== undefined && score.assessed < score.total
  return (
    <>
      <span className="index-year__head">
        <span className="index-year__year">{score.year}</span>
        {point ? (
          <span className="index-year__value">
            {formatIndex(point.index)}
            {point.predicate && <span className="index-year__predicate"> {textIn(point.predicate, locale)}</span>}
          </span>
        ) : (
          <span className="index-year__value index-year__value--none">{t('index.years.notAssessed')}</span>
        )}
      </span>
      <span className="index-year__meta muted">
        {frameworkShortName(framework, score.framework)}
        {point && ` · ${t(point.source === 'computed' ? 'index.source.computed' : 'index.source.published')}`}
        {partial && ` · ${t('index.years.partial', { assessed: score.assessed, total: score.total })}`}
        {framework && !framework.verified && <span className="index-tag index-tag--warn"> {t('index.framework.unverified')}</span>}
      </span>
    </>
  )
}
