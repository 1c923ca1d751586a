import { memo, useState } from 'react'
import type { ArchitectureHint } from '../../analysis/index/architectureHints.ts'
import { textIn, type EvaluationFramework, type Indicator } from '../../analysis/index/framework.ts'
import { setIndicatorEvidence, setIndicatorJustification, setIndicatorLevel } from '../../model/commands/indexCommands.ts'
import type { Element, Evidence, IndicatorAssessment } from '../../model/project.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { DraftInput } from '../properties/DraftInput.tsx'
import { EvidenceEditor } from './EvidenceEditor.tsx'
import type { RunIndexCommand } from './useIndexPageEditing.ts'

export interface IndicatorRowProps {
  readonly year: number
  readonly indicator: Indicator
  readonly framework: EvaluationFramework
  readonly value: IndicatorAssessment | undefined
  readonly hints: readonly ArchitectureHint[]
  readonly elements: ReadonlyMap<string, Element>
  readonly run: RunIndexCommand
}

const NO_EVIDENCE: readonly Evidence[] = []

/**
 * One indicator: number, name, weight and level always visible (the level select is in the Tab
 * order); the justification, bukti dukung and architecture hints open below on demand.
 */
export const IndicatorRow = memo(function IndicatorRow({ year, indicator, framework, value, hints, elements, run }: IndicatorRowProps) {
  const t = useT()
  const locale = useLocale()
  const readOnly = useReadOnly()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<string>()
  const n = indicator.number
  const id = `index-${year}-${n}`
  const evidence = value?.evidence ?? NO_EVIDENCE
  const level = value?.level
  const name = textIn(indicator.name, locale)

  const result = (r: { ok: boolean; error?: { id: string; en: string } }): boolean => {
    setError(r.ok || !r.error ? undefined : localized(r.error, locale))
    return r.ok
  }
  const setEvidence = (next: readonly Evidence[]): boolean => result(run((ctx) => setIndicatorEvidence(ctx, year, n, next)))
  const adopt = (h: ArchitectureHint): void => {
    // Bukti dukung is read by the ministry's assessors, so the sentence goes in in Indonesian.
    if (setEvidence([...evidence, { kind: 'document', value: h.message.id }])) setOpen(true)
  }
  const detail = [
    value?.justification ? t('index.indicator.hasJustification') : '',
    evidence.length > 0 ? t('index.indicator.evidenceCount', { count: evidence.length }) : '',
    hints.length > 0 ? t('index.indicator.hintCount', { count: hints.length }) : '',
  ].filter(Boolean).join(' · ')

  return (
    <article className={`index-indicator${level === undefined ? ' index-indicator--open' : ''}`} data-indicator={n} aria-labelledby={`${id}-name`}>
      <div className="index-indicator__head">
        <span className="index-indicator__number">{n}</span>
        <div className="index-indicator__title">
          <span id={`${id}-name`} className="index-indicator__name">{name}</span>
          {value?.justification && !open && <span className="index-indicator__preview muted">{value.justification}</span>}
        </div>
        <span className="index-indicator__weight" title={t('index.indicator.weightTitle')}>{t('index.weight', { weight: indicator.weight })}</span>
        <label className="visually-hidden" htmlFor={`${id}-level`}>{t('index.indicator.levelLabel', { number: n })}</label>
        <select
          id={`${id}-level`}
          className="index-select index-indicator__level"
          value={level === undefined ? '' : String(level)}
          disabled={readOnly}
          onChange={(e) => result(run((ctx) => setIndicatorLevel(ctx, year, n, e.target.value === '' ? undefined : Number(e.target.value))))}
        >
          <option value="">{t('index.indicator.notAssessed')}</option>
          {framework.levels.map((l) => <option key={l.level} value={l.level}>{l.level} · {textIn(l.name, locale)}</option>)}
        </select>
        <button type="button" className="index-indicator__toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
          {open ? t('index.indicator.close') : t('index.indicator.open')}
          {detail && <span className="index-indicator__detail"> ({detail})</span>}
        </button>
      </div>
      {error && <p className="field__error" role="alert">{error}</p>}
      {open && (
        <div className="index-indicator__body" id={`${id}-body`}>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-why`}>{t('index.indicator.justification')}</label>
            <DraftInput
              id={`${id}-why`}
              multiline
              value={value?.justification ?? ''}
              placeholder={readOnly ? '' : t('index.indicator.justificationPlaceholder')}
              onCommit={(text) => result(run((ctx) => setIndicatorJustification(ctx, year, n, text)))}
            />
            <span className="field__hint">{t('index.indicator.justificationHint')}</span>
          </div>
          <EvidenceEditor id={`${id}-evidence`} evidence={evidence} elements={elements} onChange={setEvidence} />
          {hints.length > 0 && (
            <section className="index-hints" aria-label={t('index.hints.title')}>
              <h5>{t('index.hints.title')}</h5>
              <p className="muted index-hints__note">{t('index.hints.note')}</p>
              <ul>
                {hints.map((h) => {
                  const taken = evidence.some((e) => e.kind === 'document' && e.value === h.message.id)
                  return (
                    <li key={h.topic} data-topic={h.topic}>
                      <span>{localized(h.message, locale)}</span>
                      {h.total > 0 && <span className="index-hint__figure">{t('index.hints.figure', { count: h.count, total: h.total })}</span>}
                      <button type="button" className="button button--small button--ghost" disabled={readOnly || taken} onClick={() => adopt(h)}>
                        {taken ? t('index.hints.taken') : t('index.hints.adopt')}
                      </button>
                    </li>
                  )
                })}
              </ul>
            </section>
          )}
        </div>
      )}
    </article>
  )
})
