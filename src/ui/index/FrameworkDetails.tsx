import { indicatorsOf, textIn, type EvaluationFramework } from '../../analysis/index/framework.ts'
import { useLocale, useT } from '../i18n/locale.ts'

/** A framework read-only: its levels, predicate bands, and aspects with their indicators and weights. */
export function FrameworkDetails({ framework }: { readonly framework: EvaluationFramework }) {
  const t = useT()
  const locale = useLocale()
  const domains = new Map((framework.domains ?? []).map((d) => [d.code, d]))
  return (
    <div className="index-framework-details" data-framework={framework.id}>
      {framework.regulation && <p><strong>{t('index.framework.regulation')}</strong> {framework.regulation}</p>}
      <p className="muted index-framework-details__source"><strong>{t('index.framework.source')}</strong> {framework.source}</p>
      {framework.notes && framework.notes.length > 0 && (
        <ul className="muted index-framework-details__notes">{framework.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
      )}
      <div className="index-framework-details__grid">
        <table className="data-table">
          <caption>{t('index.framework.levels')}</caption>
          <thead><tr><th scope="col" className="num">{t('index.framework.col.level')}</th><th scope="col">{t('index.framework.col.name')}</th><th scope="col">{t('index.framework.col.description')}</th></tr></thead>
          <tbody>
            {framework.levels.map((l) => (
              <tr key={l.level}>
                <td className="num">{l.level}</td>
                <td>{textIn(l.name, locale)}</td>
                <td>{l.description ? textIn(l.description, locale) : <span className="muted">{t('index.framework.noDescription')}</span>}{l.note && <div className="muted">{l.note}</div>}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="data-table">
          <caption>{t('index.framework.predicates')}</caption>
          <thead><tr><th scope="col">{t('index.framework.col.predicate')}</th><th scope="col">{t('index.framework.col.range')}</th></tr></thead>
          <tbody>
            {[...framework.predicates].sort((a, b) => b.min - a.min).map((p) => (
              <tr key={p.name.id}>
                <td>{textIn(p.name, locale)}{p.alias && <span className="muted"> ({p.alias})</span>}</td>
                <td className="num">{t(p.maxInclusive ? 'index.framework.rangeInclusive' : 'index.framework.range', { min: p.min.toFixed(2), max: p.max.toFixed(2) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <table className="data-table index-framework-details__indicators">
        <caption>{t('index.framework.indicatorsCaption', { count: indicatorsOf(framework).length })}</caption>
        <thead><tr><th scope="col" className="num">{t('index.framework.col.number')}</th><th scope="col">{t('index.framework.col.indicator')}</th><th scope="col" className="num">{t('index.framework.col.weight')}</th></tr></thead>
        {framework.aspects.map((a) => (
          <tbody key={a.code}>
            <tr className="index-framework-details__aspect">
              <th scope="rowgroup" colSpan={2}>
                {a.domain && domains.get(a.domain) ? `${textIn(domains.get(a.domain)!.name, locale)} › ` : ''}{a.code} {textIn(a.name, locale)}
              </th>
              <td className="num">{t('index.weight', { weight: a.weight })}</td>
            </tr>
            {a.indicators.map((i) => (
              <tr key={i.number}>
                <td className="num">{i.number}</td>
                <td>{textIn(i.name, locale)}</td>
                <td className="num">{t('index.weight', { weight: i.weight })}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  )
}
