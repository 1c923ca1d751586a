import { useId, useState, type FormEvent } from 'react'
import type { ProjectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import { textIn } from '../../analysis/index/framework.ts'
import { addAssessment } from '../../model/commands/indexCommands.ts'
import { DEFAULT_FRAMEWORK_ID } from '../../model/indexFrameworks.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useReadOnly } from '../project/readOnly.ts'
import type { RunIndexCommand } from './useIndexPageEditing.ts'

export interface AddYearFormProps {
  readonly report: ProjectIndexReport
  readonly run: RunIndexCommand
  readonly onAdded: (year: number) => void
  readonly onCancel?: () => void
}

/**
 * "+ Tahun penilaian": the year, its framework (an unverified one says so), and whether to start
 * from the levels of the year before (offered only when that year uses the same framework).
 */
export function AddYearForm({ report, run, onAdded, onCancel }: AddYearFormProps) {
  const t = useT()
  const locale = useLocale()
  const readOnly = useReadOnly()
  const id = useId()
  const years = report.years
  const last = years[years.length - 1]
  const [yearText, setYearText] = useState(String(last ? last.year + 1 : new Date().getFullYear()))
  const [framework, setFramework] = useState(last?.framework ?? DEFAULT_FRAMEWORK_ID)
  const [copy, setCopy] = useState(true)
  const [error, setError] = useState<string>()

  const year = Number(yearText)
  // The year before the new one that has levels: what "copy" starts from.
  const previous = [...years].reverse().find((y) => y.year < year && y.assessed > 0)
  const canCopy = previous !== undefined && previous.framework === framework

  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (!/^\d{4}$/.test(yearText.trim())) {
      setError(t('index.addYear.badYear'))
      return
    }
    const r = run((ctx) => addAssessment(ctx, year, framework, canCopy && copy ? previous.year : undefined))
    if (!r.ok) {
      setError(localized(r.error, locale))
      return
    }
    setError(undefined)
    onAdded(year)
  }

  return (
    <form className="index-add-year" onSubmit={submit} aria-label={t('index.addYear.title')}>
      <div className="index-add-year__fields">
        <label className="field">
          <span className="field__label">{t('index.addYear.year')}</span>
          <input id={`${id}-year`} className="field__input" inputMode="numeric" value={yearText} onChange={(e) => setYearText(e.target.value)} disabled={readOnly} />
        </label>
        <label className="field">
          <span className="field__label">{t('index.addYear.framework')}</span>
          <select className="field__input" value={framework} onChange={(e) => setFramework(e.target.value)} disabled={readOnly}>
            {report.frameworks.entries.map((f) => (
              <option key={f.id} value={f.id}>
                {textIn(f.framework.name, locale)}{f.framework.verified ? '' : ` (${t('index.framework.unverified')})`}
              </option>
            ))}
          </select>
        </label>
      </div>
      {canCopy && (
        <label className="index-check">
          <input type="checkbox" checked={copy} onChange={(e) => setCopy(e.target.checked)} disabled={readOnly} />
          {t('index.addYear.copy', { year: String(previous.year) })}
        </label>
      )}
      {error && <p className="field__error" role="alert">{error}</p>}
      <div className="index-actions">
        <button type="submit" className="button button--small" disabled={readOnly}>{t('index.addYear.submit')}</button>
        {onCancel && <button type="button" className="button button--small button--ghost" onClick={onCancel}>{t('index.cancel')}</button>}
      </div>
    </form>
  )
}
