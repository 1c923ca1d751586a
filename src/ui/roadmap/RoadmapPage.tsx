import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { BudgetByYear } from './BudgetByYear.tsx'
import { RoadmapTable } from './RoadmapTable.tsx'
import { useRoadmap } from './useRoadmap.ts'

/** The Peta Rencana of the opened project: problems first, the budget per year, the table, what did not fit. */
export function RoadmapPage({ store }: { readonly store: StoreApi<ProjectionState> }) {
  const t = useT()
  const locale = useLocale()
  const analysis = useRoadmap(store)
  const opd = useStore(store, (s) => s.opd)
  const opdName = (id: string): string => opd.get(id)?.shortName ?? id
  if (!analysis || analysis.roadmap.activities.length + analysis.roadmap.unscheduled.length === 0) {
    return (
      <div className="container roadmap-page">
        <section className="panel"><p>{t('roadmap.empty')}</p></section>
      </div>
    )
  }
  const { roadmap } = analysis
  const problems = [...roadmap.errors, ...roadmap.warnings]
  return (
    <div className="container roadmap-page">
      <header className="roadmap-page__header">
        <h2>{t('roadmap.title')}</h2>
        <p>{t('roadmap.summary', { period: roadmap.period.name, scheduled: roadmap.activities.length, unscheduled: roadmap.unscheduled.length })}</p>
        <p className="muted">{t('roadmap.generatedNote')}</p>
      </header>
      {problems.length > 0 && (
        <section className="panel roadmap-problems" role="status">
          <h3>{t('roadmap.problems.title')}</h3>
          <ul>{problems.map((p, i) => <li key={i} data-problem={p.code}>{localized(p.message, locale)}</li>)}</ul>
        </section>
      )}
      <BudgetByYear roadmap={roadmap} />
      <RoadmapTable roadmap={roadmap} opdName={opdName} />
      <section className="panel roadmap-unscheduled">
        <h3>{t('roadmap.unscheduled.title')}</h3>
        {roadmap.unscheduled.length === 0 ? (
          <p className="muted">{t('roadmap.unscheduled.none')}</p>
        ) : (
          <ul>{roadmap.unscheduled.map((a) => <li key={a.id}><strong>{a.name}</strong> ({a.opd ? opdName(a.opd) : '–'}): {localized(a.reason, locale)}</li>)}</ul>
        )}
      </section>
    </div>
  )
}
