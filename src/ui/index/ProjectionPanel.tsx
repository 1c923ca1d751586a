import { useId, useMemo, useState } from 'react'
import { indicatorsOf } from '../../analysis/index/framework.ts'
import { formatIndex } from '../../analysis/index/predicate.ts'
import { setIndicatorLink, setPrioritiseIndex } from '../../model/commands/indexCommands.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useReadOnly } from '../project/readOnly.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { IndexChart } from './IndexChart.tsx'
import { LinkEditor } from './LinkEditor.tsx'
import { ProjectionTable } from './ProjectionTable.tsx'
import { TargetPanel } from './TargetPanel.tsx'
import { useIndexEditing } from './useIndexEditing.ts'
import { useIndexProjection } from './useIndexProjection.ts'
import './projection.css'

/**
 * Where the index is heading: from the latest assessment with levels, the index in every year of
 * the Peta Rencana as its kegiatan end (table and chart beside the history), the target and what
 * it would take, the links "kegiatan K brings indicator N to level L" that drive all of it, and
 * the switch that lets the scheduler put index-raising kegiatan first.
 */
export function ProjectionPanel({ doc, store, userId }: SectionProps) {
  const t = useT()
  const locale = useLocale()
  const readOnly = useReadOnly()
  const id = useId()
  const { data, roadmap, report } = useIndexProjection(store)
  const { run, onKeyDown } = useIndexEditing(doc, userId)
  const [error, setError] = useState<string>()
  const baseline = report.baseline

  const baselineLevels = useMemo(() => {
    const a = baseline && data.index.assessments.find((x) => x.year === baseline.year)
    return new Map(a ? Object.entries(a.indicators).flatMap(([n, i]) => (i.level === undefined ? [] : [[Number(n), i.level] as const])) : [])
  }, [data, baseline])
  const names = useMemo(() => new Map((roadmap?.activities ?? []).map((a) => [a.id, a.name])), [roadmap])

  // Links that count for nothing: their kegiatan is not scheduled, or their indicator is not in the framework.
  const stale = useMemo(() => {
    if (!baseline || !roadmap) return []
    const known = new Set(indicatorsOf(baseline.framework).map((i) => i.number))
    const unscheduled = new Map(roadmap.unscheduled.map((a) => [a.id, a.name]))
    return data.index.links
      .filter((l) => !names.has(l.activity) || !known.has(l.indicator))
      .map((l) => ({ ...l, name: names.get(l.activity) ?? unscheduled.get(l.activity), why: !known.has(l.indicator) ? 'outside' as const : unscheduled.has(l.activity) ? 'unscheduled' as const : 'gone' as const }))
  }, [baseline, roadmap, data, names])

  const prioritise = data.roadmap.prioritiseIndex === true
  const togglePriority = (): void => {
    const r = run((ctx) => setPrioritiseIndex(ctx, !prioritise))
    setError(r.ok ? undefined : localized(r.error, locale))
  }
  const removeLink = (activity: string, indicator: number): void => {
    const r = run((ctx) => setIndicatorLink(ctx, activity, indicator, undefined))
    setError(r.ok ? undefined : localized(r.error, locale))
  }

  return (
    <div className="index-projection" onKeyDown={onKeyDown}>
      <header className="index-projection__header">
        <h2>{t('indexProjection.title')}</h2>
        <p className="muted">{t('indexProjection.intro')}</p>
      </header>
      {readOnly && <p className="index-notice" role="note">{t('indexProjection.readOnly')}</p>}
      {error && <p className="index-notice index-notice--error" role="alert">{error}</p>}
      {!baseline ? (
        <section className="panel index-empty-panel">
          <h3>{t('indexProjection.noBaseline.title')}</h3>
          <p>{t('indexProjection.noBaseline.help')}</p>
          {report.history.length > 0 && <IndexChart history={report.history} height={220} />}
        </section>
      ) : !roadmap ? (
        <section className="panel index-empty-panel">
          <h3>{t('indexProjection.noRoadmap.title')}</h3>
          <p>{t('indexProjection.noRoadmap.help', { year: String(baseline.year), index: formatIndex(baseline.index) })}</p>
          <IndexChart history={report.history} framework={baseline.framework} height={220} />
        </section>
      ) : (
        <fieldset className="index-projection__body" disabled={readOnly}>
          <legend className="visually-hidden">{t('indexProjection.title')}</legend>
          <div className="index-projection__grid">
            <section className="panel index-projection__chart" aria-labelledby={`${id}-years`}>
              <h3 id={`${id}-years`}>{t('indexProjection.years.title', { period: roadmap.period.name })}</h3>
              <p className="index-projection__baseline" data-baseline-year={baseline.year}>
                {t('indexProjection.baseline', { year: String(baseline.year), index: formatIndex(baseline.index) })}
                {baseline.partial && <> <span className="index-badge">{t('indexProjection.partial')}</span></>}
              </p>
              <IndexChart history={report.history} projection={report.projection} target={data.index.target} framework={baseline.framework} height={300} />
              <p className="muted index-projection__rule">{t('indexProjection.rule')}</p>
            </section>
            <TargetPanel target={data.index.target} plan={report.target} roadmap={roadmap} framework={baseline.framework} run={run} onResult={setError} />
            <section className="panel index-projection__years" aria-labelledby={`${id}-table`}>
              <h3 id={`${id}-table`}>{t('indexProjection.table.title')}</h3>
              {report.projection ? (
                <ProjectionTable baseline={baseline} projection={report.projection} names={names} />
              ) : (
                <ul className="index-notice index-notice--error">
                  {report.projectionErrors.map((e, i) => <li key={i}>{localized(e.message, locale)}</li>)}
                </ul>
              )}
            </section>
          </div>
          {stale.length > 0 && (
            <section className="panel index-stale" aria-labelledby={`${id}-stale`}>
              <h3 id={`${id}-stale`}>{t('indexProjection.stale.title')}</h3>
              <ul>
                {stale.map((l) => (
                  <li key={`${l.activity}#${l.indicator}`} data-activity={l.activity} data-indicator={l.indicator}>
                    {t(`indexProjection.stale.${l.why}`, { activity: l.name ?? t('indexProjection.links.goneName'), indicator: String(l.indicator), framework: baseline.framework.id })}{' '}
                    <button type="button" className="button button--ghost button--small" onClick={() => removeLink(l.activity, l.indicator)}>{t('indexProjection.stale.remove')}</button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <LinkEditor roadmap={roadmap} links={data.index.links} framework={baseline.framework} baselineLevels={baselineLevels} impact={report.impact} run={run} onResult={setError} />
          <section className="panel index-priority">
            <button type="button" role="switch" aria-checked={prioritise} className="index-switch" onClick={togglePriority} aria-describedby={`${id}-priority`}>
              <span className="index-switch__track" aria-hidden="true"><span className="index-switch__thumb" /></span>
              {t('indexProjection.priority.label')}
            </button>
            <p id={`${id}-priority`} className="muted">{t(prioritise ? 'indexProjection.priority.on' : 'indexProjection.priority.off')}</p>
          </section>
        </fieldset>
      )}
    </div>
  )
}
