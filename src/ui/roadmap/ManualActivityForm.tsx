import { useId, useState, type FormEvent } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { MUATAN } from '../../analysis/roadmap/muatan.ts'
import { addManualActivity } from '../../model/commands/roadmapCommands.ts'
import type { Muatan } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { parseRupiah } from './roadmapFormat.ts'
import type { RunCommand } from './useRoadmapEditing.ts'

/**
 * A kegiatan added by hand (policy work, a bimtek, an audit): what no gap produces. It is
 * scheduled like the others; a start year given here pins it.
 */
export function ManualActivityForm({ store, years, run, onAdded, onCancel }: {
  readonly store: StoreApi<ProjectionState>
  readonly years: readonly number[]
  readonly run: RunCommand
  readonly onAdded: (id: string) => void
  readonly onCancel: () => void
}) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const opd = useStore(store, (s) => s.opd)
  const [name, setName] = useState('')
  const [muatan, setMuatan] = useState<Muatan>('tata-kelola')
  const [lead, setLead] = useState('')
  const [start, setStart] = useState('')
  const [duration, setDuration] = useState(1)
  const [budget, setBudget] = useState('')
  const [error, setError] = useState<string>()

  const submit = (e: FormEvent): void => {
    e.preventDefault()
    const total = parseRupiah(budget)
    if (total === undefined) return setError(t('roadmap.panel.budgetInvalid'))
    const startYear = start === '' ? undefined : Number(start)
    // The total is spread over the years from the start (the first plan year when left to the scheduler).
    const from = startYear ?? years[0]!
    const share = Math.floor(total / duration)
    const perYear = Object.fromEntries(Array.from({ length: duration }, (_, i) => [String(from + i), i === duration - 1 ? total - share * (duration - 1) : share]))
    const r = run((ctx) => addManualActivity(ctx, {
      name, muatan, duration,
      ...(lead ? { opd: lead } : {}),
      ...(startYear !== undefined ? { startYear } : {}),
      ...(total > 0 ? { budget: perYear } : {}),
    }))
    if (!r.ok) return setError(localized(r.error, locale))
    onAdded(r.value)
  }

  return (
    <form className="panel roadmap-panel roadmap-manual" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`} className="roadmap-panel__title">{t('roadmap.manual.title')}</h2>
      <p className="muted">{t('roadmap.manual.help')}</p>
      <div className="prop-field">
        <label className="prop-field__label" htmlFor={`${id}-name`}>{t('roadmap.panel.name')}</label>
        <input id={`${id}-name`} className="prop-input" value={name} required onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="prop-field">
        <label className="prop-field__label" htmlFor={`${id}-muatan`}>{t('roadmap.column.muatan')}</label>
        <select id={`${id}-muatan`} className="prop-select" value={muatan} onChange={(e) => setMuatan(e.target.value as Muatan)}>
          {MUATAN.map((m) => <option key={m.id} value={m.id}>{m.code} {localized(m.label, locale)}</option>)}
        </select>
      </div>
      <div className="prop-field">
        <label className="prop-field__label" htmlFor={`${id}-opd`}>{t('roadmap.column.opd')}</label>
        <select id={`${id}-opd`} className="prop-select" value={lead} onChange={(e) => setLead(e.target.value)}>
          <option value="">{t('roadmap.panel.chooseOpd')}</option>
          {[...opd.values()].sort((x, y) => x.shortName.localeCompare(y.shortName)).map((o) => <option key={o.id} value={o.id}>{o.shortName}</option>)}
        </select>
      </div>
      <div className="roadmap-panel__pair">
        <div className="prop-field">
          <label className="prop-field__label" htmlFor={`${id}-start`}>{t('roadmap.panel.start')}</label>
          <select id={`${id}-start`} className="prop-select" value={start} onChange={(e) => setStart(e.target.value)}>
            <option value="">{t('roadmap.panel.startAuto')}</option>
            {years.filter((y) => y + duration - 1 <= years[years.length - 1]!).map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
        <div className="prop-field">
          <label className="prop-field__label" htmlFor={`${id}-duration`}>{t('roadmap.panel.duration')}</label>
          <select id={`${id}-duration`} className="prop-select" value={duration} onChange={(e) => setDuration(Number(e.target.value))}>
            {years.map((_, i) => <option key={i} value={i + 1}>{t('roadmap.gantt.years', { n: i + 1 })}</option>)}
          </select>
        </div>
      </div>
      <div className="prop-field">
        <label className="prop-field__label" htmlFor={`${id}-budget`}>{t('roadmap.manual.budget')}</label>
        <input id={`${id}-budget`} className="prop-input" inputMode="numeric" value={budget} onChange={(e) => setBudget(e.target.value)} placeholder="0" />
      </div>
      {error && <p className="prop-field__error" role="alert">{error}</p>}
      <div className="roadmap-merge__actions">
        <button type="submit" className="button button--small">{t('roadmap.manual.submit')}</button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>{t('roadmap.manual.cancel')}</button>
      </div>
    </form>
  )
}
