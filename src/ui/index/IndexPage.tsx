import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { formatIndex } from '../../analysis/index/predicate.ts'
import { textIn } from '../../analysis/index/framework.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { AssessmentPanel } from './AssessmentPanel.tsx'
import { FrameworkPanel } from './FrameworkPanel.tsx'
import { IndexChart } from './IndexChart.tsx'
import { ProjectionPanel } from './ProjectionPanel.tsx'
import { useRoadmap } from '../roadmap/useRoadmap.ts'
import { YearList } from './YearList.tsx'
import { IndexRunContext, useIndexPageEditing } from './useIndexPageEditing.ts'
import { useIndexReport } from './useIndexReport.ts'
import './index.css'

type Tab = 'assessment' | 'projection' | 'frameworks'
const TABS: readonly Tab[] = ['assessment', 'projection', 'frameworks']
const TAB_KEY = { assessment: 'index.tab.assessment', projection: 'index.tab.projection', frameworks: 'index.tab.frameworks' } as const

/**
 * The SPBE index of the opened project: the history chart with the latest value on top, the
 * assessed years on the left, and three views: a year's self-assessment, the projection over the
 * Peta Rencana, and the evaluation frameworks. Every edit is a command on the Y.Doc.
 */
export function IndexPage(props: SectionProps) {
  const { doc, store, userId } = props
  const t = useT()
  const locale = useLocale()
  const readOnly = useReadOnly()
  const run = useIndexPageEditing(doc, userId)
  const roadmap = useRoadmap(store)?.roadmap
  const report = useIndexReport(store, roadmap)
  const target = useStore(store, (s) => s.index.target)
  const [tab, setTab] = useState<Tab>('assessment')
  const [chosen, setChosen] = useState<number>()

  const years = report.years
  // The chosen year while it exists, else the latest one with levels, else the latest.
  const year = useMemo(() => {
    if (chosen !== undefined && years.some((y) => y.year === chosen)) return chosen
    return [...years].reverse().find((y) => y.assessed > 0)?.year ?? years[years.length - 1]?.year
  }, [chosen, years])
  const latest = report.history[report.history.length - 1]
  const latestFramework = latest ? report.frameworks.get(latest.framework) : undefined

  const onTabKey = (e: React.KeyboardEvent, i: number): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    e.preventDefault()
    const next = TABS[(i + step + TABS.length) % TABS.length]!
    setTab(next)
    document.getElementById(`index-tab-${next}`)?.focus()
  }

  return (
    <div className="container index-page">
      <header className="index-page__header">
        <div className="index-page__heading">
          <h2>{t('index.title')}</h2>
          <p className="muted">{t('index.intro')}</p>
          {readOnly && <p className="index-readonly" role="note">{t('index.readOnly')}</p>}
        </div>
        {latest ? (
          <div className="index-latest" aria-label={t('index.latest.label', { year: String(latest.year) })}>
            <span className="index-latest__label">{t('index.latest.label', { year: String(latest.year) })}</span>
            <span className="index-latest__value">{formatIndex(latest.index)}</span>
            {latest.predicate && <span className="index-predicate">{textIn(latest.predicate, locale)}</span>}
            <span className="index-latest__source muted">
              {t(latest.source === 'computed' ? 'index.source.computed' : 'index.source.published')}
              {latestFramework ? ` · ${textIn(latestFramework.name, locale)}` : ''}
            </span>
          </div>
        ) : null}
      </header>

      {/* The Proyeksi tab draws the same chart beside its target plan. */}
      {report.history.length > 0 && tab !== 'projection' && (
        <section className="panel index-chart-panel" aria-label={t('index.chart.label')}>
          <IndexChart
            history={report.history}
            {...(report.projection ? { projection: report.projection } : {})}
            {...(target ? { target } : {})}
            {...(report.baseline ? { framework: report.baseline.framework } : latestFramework ? { framework: latestFramework } : {})}
            height={220}
          />
        </section>
      )}

      <div className="index-layout">
        <YearList report={report} selected={year} onSelect={(y) => { setChosen(y); setTab('assessment') }} run={run} />
        <section className="index-main">
          <div className="index-tabs" role="tablist" aria-label={t('index.tabs.label')}>
            {TABS.map((id, i) => (
              <button
                key={id}
                id={`index-tab-${id}`}
                type="button"
                role="tab"
                className="index-tabs__tab"
                aria-selected={tab === id}
                aria-controls={`index-tabpanel-${id}`}
                tabIndex={tab === id ? 0 : -1}
                onClick={() => setTab(id)}
                onKeyDown={(e) => onTabKey(e, i)}
              >
                {t(TAB_KEY[id])}
              </button>
            ))}
          </div>
          <div id={`index-tabpanel-${tab}`} role="tabpanel" aria-labelledby={`index-tab-${tab}`} className="index-tabpanel">
            {tab === 'assessment' && <AssessmentPanel {...props} report={report} roadmap={roadmap} year={year} run={run} onYearAdded={setChosen} />}
            {tab === 'projection' && <IndexRunContext.Provider value={run}><ProjectionPanel {...props} /></IndexRunContext.Provider>}
            {tab === 'frameworks' && <FrameworkPanel report={report} run={run} />}
          </div>
        </section>
      </div>
    </div>
  )
}
