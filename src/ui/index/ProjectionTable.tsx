import { textIn, type EvaluationFramework } from '../../analysis/index/framework.ts'
import type { ProjectedYear } from '../../analysis/index/indexProjection.ts'
import { formatIndex, predicateFor } from '../../analysis/index/predicate.ts'
import type { ProjectIndexReport } from '../../analysis/index/projectIndexReport.ts'
import { useLocale, useT } from '../i18n/locale.ts'

interface ProjectionTableProps {
  readonly baseline: NonNullable<ProjectIndexReport['baseline']>
  readonly projection: readonly ProjectedYear[]
  /** Kegiatan names by id (scheduled ones). */
  readonly names: ReadonlyMap<string, string>
}

/**
 * The index year by year: the assessed baseline first, then each plan year with what changes in
 * it (the indicators raised, from which level to which) and the kegiatan that raise them.
 */
export function ProjectionTable({ baseline, projection, names }: ProjectionTableProps) {
  const t = useT()
  const locale = useLocale()
  const framework = baseline.framework
  const predicate = (p: ProjectedYear['predicate']): string => (p ? textIn(p, locale) : '–')
  return (
    <div className="table-scroll">
      <table className="data-table index-projection-table">
        <caption className="visually-hidden">{t('indexProjection.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indexProjection.column.year')}</th>
            <th scope="col" className="num">{t('indexProjection.column.index')}</th>
            <th scope="col">{t('indexProjection.column.predicate')}</th>
            <th scope="col">{t('indexProjection.column.raised')}</th>
            <th scope="col">{t('indexProjection.column.by')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="index-projection-table__baseline" data-year={baseline.year}>
            <th scope="row">{baseline.year}</th>
            <td className="num"><strong>{formatIndex(baseline.index)}</strong></td>
            <td>{predicate(predicateFor(framework, baseline.index)?.name ?? null)}</td>
            <td colSpan={2} className="muted">{t(baseline.partial ? 'indexProjection.table.baselinePartial' : 'indexProjection.table.baseline')}</td>
          </tr>
          {projection.map((p, i) => {
            const before = i === 0 ? baseline.index : projection[i - 1]!.index
            const delta = Math.round((p.index - before) * 100) / 100
            return (
              <tr key={p.year} data-year={p.year}>
                <th scope="row">{p.year}</th>
                <td className="num">
                  <strong className="index-projection-table__value">{formatIndex(p.index)}</strong>
                  {delta > 0 && <span className="index-projection-table__delta"> +{formatIndex(delta)}</span>}
                </td>
                <td>{predicate(p.predicate)}</td>
                <td>
                  {p.raised.length === 0 ? <span className="muted">{t('indexProjection.table.noChange')}</span> : (
                    <ul className="index-raised">
                      {p.raised.map((r) => (
                        <li key={r.indicator} title={indicatorName(framework, r.indicator, locale)}>
                          {t('indexProjection.table.raisedItem', { indicator: String(r.indicator), from: String(r.from), to: String(r.to) })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <ul className="index-raised">
                    {byActivity(p).map(([id, indicators]) => (
                      <li key={id}>
                        {names.get(id) ?? t('indexProjection.links.goneName')}{' '}
                        <span className="muted">({t('indexProjection.table.forIndicators', { indicators: indicators.join(', ') })})</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** Which indicators each kegiatan raises in a year, kegiatan in the order they first appear. */
function byActivity(p: ProjectedYear): [string, number[]][] {
  const out = new Map<string, number[]>()
  for (const r of p.raised) {
    for (const a of r.activities) {
      const list = out.get(a)
      if (list) list.push(r.indicator)
      else out.set(a, [r.indicator])
    }
  }
  return [...out]
}

export function indicatorName(framework: EvaluationFramework, number: number, locale: 'id' | 'en'): string {
  const found = framework.aspects.flatMap((a) => a.indicators).find((i) => i.number === number)
  return found ? textIn(found.name, locale) : ''
}
