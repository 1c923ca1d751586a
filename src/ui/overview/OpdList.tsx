import { useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { formatNumber } from '../i18n/translate.ts'
import { summarizeOwners } from './overviewSummary.ts'

/** The perangkat daerah and how many elements each owns, with a bar to compare them. */
export function OpdList({ store }: { readonly store: StoreApi<ProjectionState> }) {
  const t = useT()
  const locale = useLocale()
  const elements = useStore(store, (s) => s.elements)
  const opd = useStore(store, (s) => s.opd)
  const { rows, unowned } = useMemo(() => summarizeOwners(elements.values(), opd), [elements, opd])
  const max = Math.max(1, unowned, ...rows.map((r) => r.elements))
  const bar = (value: number) => <span className="bar" aria-hidden="true"><span className="bar__fill" style={{ width: `${(value / max) * 100}%` }} /></span>

  return (
    <section className="panel" aria-labelledby="opd-heading">
      <div className="section__head">
        <h2 id="opd-heading">{t('opd.heading')}</h2>
        <p className="muted">{t('opd.intro')}</p>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('opd.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table opd-table">
            <thead>
              <tr>
                <th scope="col">{t('opd.column.name')}</th>
                <th scope="col" className="num">{t('opd.column.elements')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ opd: o, elements: count }) => (
                <tr key={o.id} data-opd={o.id}>
                  <td>
                    <span className="opd-name">{o.name}</span>
                    <span className="opd-detail">
                      {o.shortName && o.shortName !== o.name && <span>{o.shortName}</span>}
                      <span className="opd-code" title={t('opd.column.code')}>{o.code}</span>
                    </span>
                  </td>
                  <td className="num">
                    <span className="num-with-bar">
                      {bar(count)}
                      <span data-count="elements">{formatNumber(locale, count)}</span>
                    </span>
                  </td>
                </tr>
              ))}
              {unowned > 0 && (
                <tr className="unowned" data-opd="">
                  <td>{t('opd.unowned')}</td>
                  <td className="num">
                    <span className="num-with-bar">
                      {bar(unowned)}
                      <span data-count="elements">{formatNumber(locale, unowned)}</span>
                    </span>
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
