import { useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { countBySeverity, type Finding, type Severity } from '../../model/validation/finding.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber, localized } from '../i18n/translate.ts'
import { useFindings } from './useFindings.ts'

/** How many findings the overview lists; the rest are counted. */
export const FINDINGS_SHOWN = 50
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/** Errors first, then warnings, then information; the validator's order within each. */
function mostSevereFirst(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map((x) => x.f)
}

/** Validation findings: counts by severity and the first ones, each with where it applies. */
export function FindingsList({ store }: { readonly store: StoreApi<ProjectionState> }) {
  const t = useT()
  const locale = useLocale()
  const findings = useFindings(store)
  const elements = useStore(store, (s) => s.elements)
  const counts = useMemo(() => countBySeverity(findings), [findings])
  const shown = useMemo(() => mostSevereFirst(findings).slice(0, FINDINGS_SHOWN), [findings])

  return (
    <section className="panel findings-panel" aria-labelledby="findings-heading">
      <div className="section__head">
        <h2 id="findings-heading">{t('findings.heading')}</h2>
        <p className="muted">{t('findings.intro')}</p>
      </div>
      <dl className="severity-counts">
        {SEVERITIES.map((s) => (
          <div key={s} className="severity-count" data-severity={s} data-zero={counts[s] === 0 || undefined}>
            <dt>{t(`findings.count.${s}`)}</dt>
            <dd data-severity-count={s}>{formatNumber(locale, counts[s])}</dd>
          </div>
        ))}
      </dl>
      {findings.length === 0 ? (
        <p className="findings-none">{t('findings.none')}</p>
      ) : (
        <>
          <p className="muted findings-shown">
            {findings.length > shown.length ? t('findings.shown', { shown: shown.length, total: findings.length }) : t('findings.all', { total: findings.length })}
          </p>
          <div className="findings-scroll">
            <ol className="findings" tabIndex={0} aria-label={t('findings.heading')}>
              {shown.map((f, i) => {
                const subject = f.subject !== undefined ? elements.get(f.subject)?.name : undefined
                return (
                  <li key={i} className="finding" data-severity={f.severity}>
                    <span className="severity-badge" data-severity={f.severity}>{t(`severity.${f.severity}`)}</span>
                    <div className="finding__body">
                      <p className="finding__message">{localized(f.message, locale)}</p>
                      <p className="finding__where">
                        {subject && <span className="finding__subject">{subject}</span>}
                        <code>{f.path}</code>
                        <span className="finding__rule">{t('findings.rule', { rule: f.rule })}</span>
                      </p>
                    </div>
                  </li>
                )
              })}
            </ol>
          </div>
        </>
      )}
    </section>
  )
}
