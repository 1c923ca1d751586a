import type { Roadmap } from '../../analysis/roadmap/activity.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber } from '../i18n/translate.ts'

const rupiah = (locale: 'id' | 'en', n: number): string => `Rp${formatNumber(locale, Math.round(n))}`

/** The indicative budget of each plan year against its ceiling, as bars a planner reads at a glance. */
export function BudgetByYear({ roadmap }: { readonly roadmap: Roadmap }) {
  const t = useT()
  const locale = useLocale()
  const totals = roadmap.period.years.map((y) => ({ year: y, ...roadmap.yearTotals[String(y)]! }))
  const scale = Math.max(1, ...totals.map((x) => Math.max(x.budget, x.ceiling ?? 0)))
  return (
    <section className="panel roadmap-budget" aria-labelledby="roadmap-budget-title">
      <h2 id="roadmap-budget-title" className="panel__title">{t('roadmap.budget.title')}</h2>
      <ul className="roadmap-budget__years">
        {totals.map((x) => (
          <li key={x.year} className="roadmap-budget__year">
            <span className="roadmap-budget__label">{x.year}</span>
            <span className="roadmap-budget__track" aria-hidden="true">
              {x.ceiling !== undefined && <span className="roadmap-budget__ceiling" style={{ left: `${(x.ceiling / scale) * 100}%` }} />}
              <span className="roadmap-budget__bar" style={{ width: `${(x.budget / scale) * 100}%` }} />
            </span>
            <span className="roadmap-budget__amount">
              {rupiah(locale, x.budget)}
              <span className="muted"> · {x.ceiling === undefined ? t('roadmap.budget.noCeiling') : t('roadmap.budget.ceiling', { amount: rupiah(locale, x.ceiling) })}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
