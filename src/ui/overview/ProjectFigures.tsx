import { useStore, type StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber, type MessageKey } from '../i18n/translate.ts'

/** The project's size at a glance. */
export function ProjectFigures({ store }: { readonly store: StoreApi<ProjectionState> }) {
  const t = useT()
  const locale = useLocale()
  const elements = useStore(store, (s) => s.elements.size)
  const relations = useStore(store, (s) => s.relations.size)
  const opd = useStore(store, (s) => s.opd.size)
  const goals = useStore(store, (s) => s.plan.goals.length)
  const views = useStore(store, (s) => s.views.size)
  const figures: readonly [MessageKey, number, string][] = [
    ['summary.elements', elements, 'elements'],
    ['summary.relations', relations, 'relations'],
    ['summary.opd', opd, 'opd'],
    ['summary.goals', goals, 'goals'],
    ['summary.views', views, 'views'],
  ]
  return (
    <section aria-label={t('summary.heading')}>
      <dl className="figures">
        {figures.map(([label, value, id]) => (
          <div key={id} className="figure" data-figure={id}>
            <dt className="figure__label">{t(label)}</dt>
            <dd className="figure__value">{formatNumber(locale, value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
