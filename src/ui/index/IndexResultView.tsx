import type { GroupScore, IndexResult } from '../../analysis/index/computeIndex.ts'
import { indicatorsOf, textIn, type EvaluationFramework } from '../../analysis/index/framework.ts'
import { formatIndex } from '../../analysis/index/predicate.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import './indexResult.css'

export interface IndexResultViewProps {
  readonly result: IndexResult
  readonly framework: EvaluationFramework
}

/** A year's computed index: the total with its predicate, per domain and per aspect, and how it was computed. */
export function IndexResultView({ result, framework }: IndexResultViewProps) {
  const t = useT()
  const locale = useLocale()
  const names = new Map(indicatorsOf(framework).map((i) => [i.number, textIn(i.name, locale)]))
  return (
    <section className="panel index-result" aria-label={t('index.result.title')}>
      <div className="index-result__total">
        <span className="index-result__label">{t(result.partial ? 'index.result.totalPartial' : 'index.result.total')}</span>
        <span className="index-result__value" data-testid="index-total">{formatIndex(result.index)}</span>
        {result.predicate && <span className="index-predicate" data-testid="index-predicate">{textIn(result.predicate, locale)}</span>}
      </div>
      {result.partial && (
        <div className="index-warning" role="note">
          <p>{t('index.result.partial', { weight: result.assessedWeight, count: result.missing.length })}</p>
          <details>
            <summary>{t('index.result.missing')}</summary>
            <ul className="index-missing">
              {result.missing.map((n) => <li key={n}><span className="index-group__code">{n}</span> {names.get(n)}</li>)}
            </ul>
          </details>
        </div>
      )}
      <div className="index-result__tables">
        {result.domains.length > 0 && <GroupTable caption={t('index.result.domains')} rows={result.domains} />}
        <GroupTable caption={t('index.result.aspects')} rows={result.aspects} />
      </div>
      <div className="index-formula">
        <p><strong>{t('index.result.formula')}</strong> {localized(result.formula, locale)}</p>
        <details>
          <summary>{t('index.result.expression')}</summary>
          <code className="index-formula__expression">{result.expression}</code>
        </details>
      </div>
    </section>
  )
}

function GroupTable({ caption, rows }: { readonly caption: string; readonly rows: readonly GroupScore[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="table-scroll">
      <table className="data-table index-result__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('index.result.col.name')}</th>
            <th scope="col" className="num">{t('index.result.col.index')}</th>
            <th scope="col">{t('index.result.col.predicate')}</th>
            <th scope="col" className="num">{t('index.result.col.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr key={g.code}>
              <td><span className="index-group__code">{g.code}</span> {textIn(g.name, locale)}</td>
              <td className="num">{g.index === null ? '—' : formatIndex(g.index)}</td>
              <td>{g.predicate ? textIn(g.predicate, locale) : '—'}</td>
              <td className="num">{g.assessedWeight === g.weight ? t('index.weight', { weight: g.weight }) : t('index.result.assessedWeight', { assessed: g.assessedWeight, weight: g.weight })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
