import { useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import { DomainCard } from './DomainCard.tsx'
import { summarizeDomains } from './overviewSummary.ts'

/** The six domains of the Arsitektur SPBE, one card each, in document order. */
export function DomainSummary({ store }: { readonly store: StoreApi<ProjectionState> }) {
  const t = useT()
  const elements = useStore(store, (s) => s.elements)
  const states = useStore(store, (s) => s.states)
  const domains = useMemo(() => summarizeDomains(elements.values(), states), [elements, states])
  return (
    <section className="section" aria-labelledby="domains-heading">
      <div className="section__head">
        <h2 id="domains-heading">{t('domains.heading')}</h2>
        <p className="muted">{t('domains.intro')}</p>
      </div>
      <div className="domain-grid">
        {domains.map((counts) => (
          <DomainCard key={counts.domain.id} counts={counts} />
        ))}
      </div>
    </section>
  )
}
