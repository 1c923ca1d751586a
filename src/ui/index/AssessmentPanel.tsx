import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { architectureHints, type ArchitectureHint } from '../../analysis/index/architectureHints.ts'
import { indicatorsOf, textIn, type Aspect, type EvaluationFramework } from '../../analysis/index/framework.ts'
import { formatIndex } from '../../analysis/index/predicate.ts'
import type { ProjectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import type { Roadmap } from '../../analysis/roadmap/activity.ts'
import { setAssessmentFramework, setIndicatorLevels, setPublishedIndex } from '../../model/commands/indexCommands.ts'
import { projectionToData } from '../../model/projection/projection.ts'
import type { IndexAssessment } from '../../model/project.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { DraftInput } from '../properties/DraftInput.tsx'
import { AddYearForm } from './AddYearForm.tsx'
import { IndexResultView } from './IndexResultView.tsx'
import { IndicatorRow } from './IndicatorRow.tsx'
import type { RunIndexCommand } from './useIndexPageEditing.ts'
import './indicators.css'

export interface AssessmentPanelProps extends SectionProps {
  readonly report: ProjectIndexReport
  readonly roadmap: Roadmap | undefined
  readonly year: number | undefined
  readonly run: RunIndexCommand
  readonly onYearAdded: (year: number) => void
}

const NO_HINTS: readonly ArchitectureHint[] = []

/**
 * One year's self-assessment: its framework and published total, the computed result, then the
 * indicators grouped by domain and aspect, each with a level, a justification, bukti dukung and
 * what the architecture shows about it.
 */
export function AssessmentPanel({ store, report, roadmap, year, run, onYearAdded }: AssessmentPanelProps) {
  const t = useT()
  const locale = useLocale()
  const readOnly = useReadOnly()
  const assessments = useStore(store, (s) => s.index.assessments)
  const elements = useStore(store, (s) => s.elements)
  const revision = useStore(store, (s) => s.revision)
  const [onlyOpen, setOnlyOpen] = useState(false)
  const [fillLevel, setFillLevel] = useState('')
  const [error, setError] = useState<string>()

  const assessment = assessments.find((a) => a.year === year)
  const score = report.years.find((y) => y.year === year)
  const framework = score ? report.frameworks.get(score.framework) : undefined

  // What the as-is architecture says, per indicator of this year's framework.
  const hints = useMemo(() => {
    const byIndicator = new Map<number, ArchitectureHint[]>()
    const data = projectionToData(store.getState())
    const asis = data.states.find((s) => s.role === 'asis')
    if (!framework || !asis) return { byIndicator, unmapped: NO_HINTS }
    const all = architectureHints(data, asis.id, { framework: framework.id, ...(roadmap ? { roadmap } : {}) })
    for (const h of all) for (const n of h.indicators) byIndicator.set(n, [...(byIndicator.get(n) ?? []), h])
    return { byIndicator, unmapped: all.every((h) => h.indicators.length === 0) ? all : NO_HINTS }
    // `revision` stands for the projected data read through the store.
  }, [store, revision, framework, roadmap])

  if (year === undefined || !assessment || !score) {
    return (
      <section className="panel empty-state index-start">
        <h3>{t('index.empty.title')}</h3>
        <p>{t('index.empty.help')}</p>
        <AddYearForm report={report} run={run} onAdded={onYearAdded} />
      </section>
    )
  }

  const report1 = (r: { ok: boolean; error?: { id: string; en: string } }): void => setError(r.ok || !r.error ? undefined : localized(r.error, locale))
  const empty = framework ? indicatorsOf(framework).filter((i) => assessment.indicators[String(i.number)]?.level === undefined) : []
  const point = report.history.find((p) => p.year === year)

  const fillEmpty = (): void => {
    const level = Number(fillLevel)
    if (!fillLevel || empty.length === 0) return
    report1(run((ctx) => setIndicatorLevels(ctx, year, Object.fromEntries(empty.map((i) => [String(i.number), level])))))
  }

  return (
    <div className="index-assessment" data-year={year}>
      <section className="panel index-assessment__head">
        <div className="index-assessment__title">
          <h3>{t('index.assessment.title', { year: String(year) })}</h3>
          <label className="field index-assessment__framework">
            <span className="field__label">{t('index.assessment.framework')}</span>
            <select
              className="field__input"
              value={score.framework}
              disabled={readOnly}
              onChange={(e) => report1(run((ctx) => setAssessmentFramework(ctx, year, e.target.value)))}
            >
              {!framework && <option value={score.framework}>{score.framework}</option>}
              {report.frameworks.entries.map((f) => (
                <option key={f.id} value={f.id}>{textIn(f.framework.name, locale)}{f.framework.verified ? '' : ` (${t('index.framework.unverified')})`}</option>
              ))}
            </select>
            {score.assessed > 0 && <span className="field__hint">{t('index.assessment.frameworkChangeHint')}</span>}
          </label>
          <div className="field index-assessment__published">
            <label className="field__label" htmlFor={`index-published-${year}`}>{t('index.assessment.published')}</label>
            <DraftInput
              id={`index-published-${year}`}
              value={score.published === undefined ? '' : formatIndex(score.published)}
              inputMode="decimal"
              onCommit={(text) => {
                const trimmed = text.trim().replace(',', '.')
                const value = trimmed === '' ? undefined : Number(trimmed)
                if (value !== undefined && !Number.isFinite(value)) {
                  setError(t('index.assessment.publishedBad'))
                  return false
                }
                const r = run((ctx) => setPublishedIndex(ctx, year, value))
                report1(r)
                return r.ok
              }}
            />
            <span className="field__hint">{t('index.assessment.publishedHint')}</span>
          </div>
        </div>
        {framework && !framework.verified && (
          <p className="index-warning" role="note">
            <strong>{t('index.framework.unverified')}:</strong> {framework.verificationNote ? textIn(framework.verificationNote, locale) : t('index.framework.unverifiedNote')}
          </p>
        )}
        {point?.differsFromPublished !== undefined && (
          <p className="index-warning" role="status">
            {t('index.assessment.differs', { published: formatIndex(point.differsFromPublished), computed: formatIndex(point.index) })}
          </p>
        )}
        {score.errors.map((e, i) => <p key={i} className="field__error" role="alert">{localized(e.message, locale)}</p>)}
        {error && <p className="field__error" role="alert">{error}</p>}
      </section>

      {!framework ? null : (
        <>
          {score.result ? (
            <IndexResultView result={score.result} framework={framework} />
          ) : (
            <p className="panel index-note">{t('index.assessment.nothingYet')}</p>
          )}
          <section className="panel index-indicators" aria-label={t('index.indicators.title')}>
            <div className="index-toolbar">
              <h3>{t('index.indicators.title')}</h3>
              <span className="muted">{t('index.indicators.count', { assessed: score.assessed, total: score.total })}</span>
              <label className="index-check">
                <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
                {t('index.indicators.onlyOpen')}
              </label>
              <span className="index-toolbar__bulk">
                <label htmlFor={`index-fill-${year}`}>{t('index.indicators.fillLabel')}</label>
                <select id={`index-fill-${year}`} className="index-select" value={fillLevel} disabled={readOnly || empty.length === 0} onChange={(e) => setFillLevel(e.target.value)}>
                  <option value="">—</option>
                  {framework.levels.map((l) => <option key={l.level} value={l.level}>{l.level} · {textIn(l.name, locale)}</option>)}
                </select>
                <button type="button" className="button button--small button--secondary" disabled={readOnly || !fillLevel || empty.length === 0} onClick={fillEmpty}>
                  {t('index.indicators.fill', { count: empty.length })}
                </button>
              </span>
            </div>
            {onlyOpen && empty.length === 0 && <p className="muted">{t('index.indicators.allAssessed')}</p>}
            {groups(framework).map((g) => {
              const aspects = g.aspects.filter((a) => !onlyOpen || a.indicators.some((i) => assessment.indicators[String(i.number)]?.level === undefined))
              if (aspects.length === 0) return null
              const domainScore = g.code ? score.result?.domains.find((d) => d.code === g.code) : undefined
              const body = aspects.map((a) => (
                <AspectGroup key={a.code} aspect={a} framework={framework} assessment={assessment} onlyOpen={onlyOpen} score={score.result?.aspects.find((s) => s.code === a.code)}>
                  {(i) => (
                    <IndicatorRow
                      key={i.number}
                      year={year}
                      indicator={i}
                      framework={framework}
                      value={assessment.indicators[String(i.number)]}
                      hints={hints.byIndicator.get(i.number) ?? NO_HINTS}
                      elements={elements}
                      run={run}
                    />
                  )}
                </AspectGroup>
              ))
              return g.code ? (
                <details key={g.code} className="index-group index-group--domain" open>
                  <summary>
                    <span className="index-group__code">{g.code}</span> {g.name ? textIn(g.name, locale) : ''}
                    {domainScore?.index != null && <span className="index-group__score">{formatIndex(domainScore.index)}{domainScore.predicate ? ` ${textIn(domainScore.predicate, locale)}` : ''}</span>}
                  </summary>
                  {body}
                </details>
              ) : <div key="all">{body}</div>
            })}
            {hints.unmapped.length > 0 && (
              <details className="index-group">
                <summary>{t('index.hints.unmapped')}</summary>
                <ul className="index-hints">{hints.unmapped.map((h) => <li key={h.topic}>{localized(h.message, locale)}</li>)}</ul>
              </details>
            )}
          </section>
        </>
      )}
    </div>
  )
}

interface Group {
  readonly code?: string
  readonly name?: EvaluationFramework['name']
  readonly aspects: readonly Aspect[]
}

/** Domains with their aspects, or one group of all aspects for a framework without domains. */
function groups(f: EvaluationFramework): Group[] {
  if (!f.domains || f.domains.length === 0) return [{ aspects: f.aspects }]
  return f.domains.map((d) => ({ code: d.code, name: d.name, aspects: f.aspects.filter((a) => a.domain === d.code) }))
}

interface AspectGroupProps {
  readonly aspect: Aspect
  readonly framework: EvaluationFramework
  readonly assessment: IndexAssessment
  readonly onlyOpen: boolean
  readonly score: { readonly index: number | null; readonly predicate: EvaluationFramework['name'] | null } | undefined
  readonly children: (i: Aspect['indicators'][number]) => React.ReactNode
}

function AspectGroup({ aspect, assessment, onlyOpen, score, children }: AspectGroupProps) {
  const locale = useLocale()
  const t = useT()
  const shown = aspect.indicators.filter((i) => !onlyOpen || assessment.indicators[String(i.number)]?.level === undefined)
  return (
    <details className="index-group index-group--aspect" open data-aspect={aspect.code}>
      <summary>
        <span className="index-group__code">{aspect.code}</span> {textIn(aspect.name, locale)}
        <span className="index-group__weight muted">{t('index.weight', { weight: aspect.weight })}</span>
        {score?.index != null && <span className="index-group__score">{formatIndex(score.index)}{score.predicate ? ` ${textIn(score.predicate, locale)}` : ''}</span>}
      </summary>
      <div className="index-group__rows">{shown.map((i) => children(i))}</div>
    </details>
  )
}
