import { useState, type CSSProperties } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { Roadmap, ScheduledActivity, UnscheduledActivity } from '../../analysis/roadmap/activity.ts'
import { muatanInfo } from '../../analysis/roadmap/muatan.ts'
import type { CommandResult } from '../../model/commands/commandContext.ts'
import {
  deleteManualActivity, pinActivity, renameActivity, resetActivity, setActivityBudget, setActivityDuration, setActivityOpd,
} from '../../model/commands/roadmapCommands.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber, localized, type Locale } from '../i18n/translate.ts'
import { ActivityLinks } from './ActivityLinks.tsx'
import { CommitText, SelectField } from './PanelFields.tsx'
import { PinIcon } from './PinIcon.tsx'
import { parseRupiah, rupiah, yearSpan } from './roadmapFormat.ts'
import { SplitForm } from './SplitForm.tsx'
import type { RunCommand } from './useRoadmapEditing.ts'
import './roadmapPanel.css'

export type AnyActivity = ScheduledActivity | UnscheduledActivity

export const isScheduled = (a: AnyActivity): a is ScheduledActivity => 'startYear' in a && typeof a.startYear === 'number'

export interface ActivityPanelProps {
  readonly activity: AnyActivity
  readonly roadmap: Roadmap
  readonly store: StoreApi<ProjectionState>
  readonly run: RunCommand
  readonly onSelect: (id: string | undefined) => void
}

/**
 * One kegiatan, editable: name, start year (pinned or left to the scheduler), duration, OPD
 * pelaksana and pagu per year; what it closes, what it waits for, its RPJMD goals; split, reset,
 * and for a kegiatan added by hand, delete. Each change is one command and one undo step, and
 * the Peta Rencana regenerates around it.
 */
export function ActivityPanel({ activity: a, roadmap, store, run, onSelect }: ActivityPanelProps) {
  const t = useT()
  const locale = useLocale()
  const opd = useStore(store, (s) => s.opd)
  const hasOverride = useStore(store, (s) => s.roadmap.overrides[a.id] !== undefined)
  const [error, setError] = useState<string>()
  const refusal = (r: CommandResult<unknown>): string | undefined => (r.ok ? undefined : localized(r.error, locale))
  const apply = (r: CommandResult<unknown>): void => setError(refusal(r))
  const { period } = roadmap
  const manual = a.origin === 'manual'
  const m = muatanInfo(a.muatan)
  const startOptions = period.years.filter((y) => y + a.duration - 1 <= period.endYear)

  return (
    <section className="panel roadmap-panel" aria-labelledby="roadmap-panel-title" data-activity={a.id} style={{ '--muatan-color': `var(--muatan-${a.muatan})` } as CSSProperties}>
      <header className="roadmap-panel__head">
        <span className="roadmap-panel__muatan">{m.code} {localized(m.label, locale)}</span>
        <h2 id="roadmap-panel-title" className="roadmap-panel__title">
          <span className="roadmap-panel__code">{a.code}</span> {a.name}
        </h2>
        <p className="roadmap-panel__when">
          {isScheduled(a) ? yearSpan(a.startYear, a.endYear) : t('roadmap.panel.notScheduled')}
          {a.pinnedYear !== undefined && <> · <PinIcon className="roadmap-panel__pin" /> {t('roadmap.panel.pinned', { year: String(a.pinnedYear) })}</>}
        </p>
        <p className="roadmap-panel__reason">{t('roadmap.gantt.reason', { reason: localized(a.reason, locale) })}</p>
        <button type="button" className="button button--ghost button--small roadmap-panel__close" onClick={() => onSelect(undefined)} aria-label={t('roadmap.panel.close')}>×</button>
      </header>

      {error && <p className="prop-field__error" role="alert">{error}</p>}

      {manual ? (
        <div className="roadmap-panel__fields">
          <p className="roadmap-panel__note">{t('roadmap.panel.manualNote')}</p>
          <dl className="roadmap-panel__facts">
            <dt>{t('roadmap.column.opd')}</dt><dd>{a.opd ? opd.get(a.opd)?.shortName ?? '–' : '–'}</dd>
            <dt>{t('roadmap.panel.duration')}</dt><dd>{t('roadmap.gantt.years', { n: a.duration })}</dd>
            <dt>{t('roadmap.column.budget')}</dt><dd>{a.totalBudget > 0 ? rupiah(locale, a.totalBudget) : '–'}</dd>
          </dl>
          <button type="button" className="button button--secondary button--small button--danger-text" onClick={() => {
            const r = run((ctx) => deleteManualActivity(ctx, a.id))
            if (r.ok) onSelect(undefined)
            else apply(r)
          }}>{t('roadmap.panel.deleteManual')}</button>
        </div>
      ) : (
        <div className="roadmap-panel__fields">
          <CommitText multiline label={t('roadmap.panel.name')} value={a.name} onCommit={(v) => refusal(run((ctx) => renameActivity(ctx, a.id, v)))} />
          <div className="roadmap-panel__pair">
            <SelectField label={t('roadmap.panel.start')} value={a.pinnedYear === undefined ? '' : String(a.pinnedYear)} onChange={(v) => apply(run((ctx) => pinActivity(ctx, a.id, v === '' ? undefined : Number(v))))}>
              <option value="">{t('roadmap.panel.startAuto')}</option>
              {startOptions.map((y) => <option key={y} value={y}>{t('roadmap.panel.startPinned', { year: String(y) })}</option>)}
              {a.pinnedYear !== undefined && !startOptions.includes(a.pinnedYear) && <option value={a.pinnedYear}>{t('roadmap.panel.startPinned', { year: String(a.pinnedYear) })}</option>}
            </SelectField>
            <SelectField label={t('roadmap.panel.duration')} value={String(a.duration)} onChange={(v) => apply(run((ctx) => setActivityDuration(ctx, a.id, Number(v))))}>
              {Array.from({ length: Math.max(a.duration, period.years.length) }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{t('roadmap.gantt.years', { n })}</option>)}
            </SelectField>
          </div>
          <SelectField label={t('roadmap.column.opd')} value={a.opd ?? ''} onChange={(v) => apply(run((ctx) => setActivityOpd(ctx, a.id, v)))}>
            {!a.opd && <option value="" disabled>{t('roadmap.panel.chooseOpd')}</option>}
            {[...opd.values()].sort((x, y) => x.shortName.localeCompare(y.shortName)).map((o) => <option key={o.id} value={o.id}>{o.shortName}</option>)}
          </SelectField>
          <BudgetFields activity={a} startYear={isScheduled(a) ? a.startYear : a.pinnedYear ?? period.startYear} locale={locale} run={run} />
          {hasOverride && (
            <button type="button" className="button button--secondary button--small" onClick={() => apply(run((ctx) => resetActivity(ctx, a.id)))}>
              {t('roadmap.panel.reset')}
            </button>
          )}
        </div>
      )}

      <ActivityLinks activity={a} roadmap={roadmap} store={store} run={run} onSelect={onSelect} />
      {!manual && a.closes.length > 1 && <SplitForm key={a.id} activity={a} store={store} run={run} onSplit={onSelect} />}
    </section>
  )
}

/** Pagu indikatif per year of the kegiatan; leaving a field saves all years as one change. */
function BudgetFields({ activity: a, startYear, locale, run }: { readonly activity: AnyActivity; readonly startYear: number; readonly locale: Locale; readonly run: RunCommand }) {
  const t = useT()
  const years = Array.from({ length: a.duration }, (_, i) => startYear + i)
  const current = (y: number): number => (isScheduled(a) ? a.budget[String(y)] ?? 0 : a.budgetOverride?.[String(y)] ?? 0)
  const values = new Map(years.map((y) => [y, current(y)]))
  const save = (year: number, text: string): string | undefined => {
    const amount = parseRupiah(text)
    if (amount === undefined) return t('roadmap.panel.budgetInvalid')
    const record = Object.fromEntries(years.map((y) => [String(y), y === year ? amount : values.get(y)!]))
    const r = run((ctx) => setActivityBudget(ctx, a.id, record))
    return r.ok ? undefined : localized(r.error, locale)
  }
  return (
    <fieldset className="roadmap-panel__budget">
      <legend className="prop-field__label">{t('roadmap.panel.budget')}</legend>
      {years.map((y) => (
        <CommitText
          key={y}
          label={t('roadmap.panel.budgetYear', { year: String(y) })}
          value={formatNumber(locale, values.get(y)!)}
          inputMode="numeric"
          onCommit={(v) => save(y, v)}
        />
      ))}
      {a.budgetOverride && (
        <button type="button" className="button button--ghost button--small" onClick={() => run((ctx) => setActivityBudget(ctx, a.id, {}))}>
          {t('roadmap.panel.budgetEstimate')}
        </button>
      )}
    </fieldset>
  )
}
