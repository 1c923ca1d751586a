import { produce } from 'immer'
import { useMemo, useState } from 'react'
import { loadFramework } from '../../analysis/index/loadFramework.ts'
import { putFramework } from '../../model/commands/indexCommands.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { parseDraftNumber, syncGroupWeights, totalWeight, type DraftFramework, type DraftNumber } from './frameworkDraft.ts'
import type { RunIndexCommand } from './useIndexPageEditing.ts'

export interface FrameworkEditorProps {
  readonly initial: DraftFramework
  /** A copy not yet in the project: its id must not be taken. */
  readonly takenIds: readonly string[]
  readonly run: RunIndexCommand
  readonly onSaved: (id: string) => void
  readonly onCancel: () => void
}

/**
 * Edits the names and weights of a framework's indicators and the bounds of its predicate bands,
 * checked live with loadFramework (every error with its JSON path); Save stays off while invalid.
 */
export function FrameworkEditor({ initial, takenIds, run, onSaved, onCancel }: FrameworkEditorProps) {
  const t = useT()
  const locale = useLocale()
  const [draft, setDraft] = useState(initial)
  // What the user typed in number fields, by JSON path, so "1," stays on screen while typing.
  const [texts, setTexts] = useState<Readonly<Record<string, string>>>({})
  const [error, setError] = useState<string>()

  const check = useMemo(() => loadFramework(draft), [draft])
  const errors = check.ok ? [] : check.errors
  const taken = takenIds.includes(draft.id)
  const invalidPaths = new Set(errors.map((e) => e.path))
  const total = totalWeight(draft)

  const edit = (fn: (d: DraftFramework) => void): void => setDraft((d) => produce(d, (x) => { fn(x); syncGroupWeights(x) }))
  const numberField = (path: string, value: DraftNumber, label: string, set: (d: DraftFramework, v: DraftNumber) => void) => (
    <input
      className="index-input index-input--number"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalidPaths.has(path) ? true : undefined}
      data-path={path}
      value={texts[path] ?? String(value)}
      onChange={(e) => {
        const text = e.target.value
        setTexts((m) => ({ ...m, [path]: text }))
        edit((d) => set(d, parseDraftNumber(text)))
      }}
    />
  )

  const save = (): void => {
    if (!check.ok || taken) return
    const r = run((ctx) => putFramework(ctx, draft))
    if (!r.ok) setError(localized(r.error, locale))
    else onSaved(draft.id)
  }

  return (
    <section className="panel index-framework-editor" aria-label={t('index.editor.title', { id: draft.id })}>
      <h3>{t('index.editor.title', { id: draft.id })}</h3>
      <p className="muted">{t('index.editor.help')}</p>
      <label className="field">
        <span className="field__label">{t('index.editor.name')}</span>
        <input className="field__input" value={draft.name.id} aria-invalid={invalidPaths.has('name.id') ? true : undefined} onChange={(e) => { const v = e.target.value; edit((d) => { d.name.id = v }) }} />
      </label>

      {/* Sum, verdict and Save stay in sight while the long indicator table scrolls. */}
      <div className="index-editor__bar">
        <div className={`index-editor__sum${total === 100 ? '' : ' index-editor__sum--bad'}`} role="status" data-testid="framework-weight-sum">
          {t('index.editor.sum', { sum: total })}
        </div>
        <div className="index-actions">
          <button type="button" className="button button--small" disabled={!check.ok || taken} onClick={save}>{t('index.editor.save')}</button>
          <button type="button" className="button button--small button--ghost" onClick={onCancel}>{t('index.cancel')}</button>
        </div>
      </div>
      {(errors.length > 0 || taken) && (
        <div className="index-errors" role="alert" aria-live="polite">
          <p><strong>{t('index.editor.invalid', { count: errors.length + (taken ? 1 : 0) })}</strong></p>
          <ul>
            {taken && <li>{t('index.copy.taken', { id: draft.id })}</li>}
            {errors.map((e, i) => <li key={i}><code>{e.path}</code> {localized(e.message, locale)}</li>)}
          </ul>
        </div>
      )}
      {error && <p className="field__error" role="alert">{error}</p>}

      <table className="data-table index-editor__bands">
        <caption>{t('index.framework.predicates')}</caption>
        <thead><tr><th scope="col">{t('index.framework.col.predicate')}</th><th scope="col" className="num">{t('index.editor.min')}</th><th scope="col" className="num">{t('index.editor.max')}</th></tr></thead>
        <tbody>
          {draft.predicates.map((b, bi) => (
            <tr key={bi}>
              <td>{b.name.id}</td>
              <td className="num">{numberField(`predicates[${bi}].min`, b.min, t('index.editor.bandMin', { name: b.name.id }), (d, v) => { d.predicates[bi]!.min = v })}</td>
              <td className="num">
                {numberField(`predicates[${bi}].max`, b.max, t('index.editor.bandMax', { name: b.name.id }), (d, v) => { d.predicates[bi]!.max = v })}
                {b.maxInclusive && <span className="muted"> {t('index.editor.inclusive')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="table-scroll">
        <table className="data-table index-editor__table">
          <caption>{t('index.editor.indicators')}</caption>
          <thead><tr><th scope="col" className="num">{t('index.framework.col.number')}</th><th scope="col">{t('index.framework.col.indicator')}</th><th scope="col" className="num">{t('index.framework.col.weight')}</th></tr></thead>
          {draft.aspects.map((a, ai) => (
            <tbody key={a.code}>
              <tr className="index-framework-details__aspect">
                <th scope="rowgroup" colSpan={2}>{a.code} {a.name.id}</th>
                <td className="num">{typeof a.weight === 'number' ? t('index.weight', { weight: a.weight }) : '—'}</td>
              </tr>
              {a.indicators.map((ind, ii) => (
                <tr key={ind.number} data-indicator={ind.number}>
                  <td className="num">{ind.number}</td>
                  <td>
                    <input
                      className="index-input"
                      aria-label={t('index.editor.indicatorName', { number: ind.number })}
                      value={ind.name.id}
                      onChange={(e) => { const v = e.target.value; edit((d) => { d.aspects[ai]!.indicators[ii]!.name.id = v }) }}
                    />
                  </td>
                  <td className="num">
                    {numberField(`aspects[${ai}].indicators[${ii}].weight`, ind.weight, t('index.editor.indicatorWeight', { number: ind.number }), (d, v) => { d.aspects[ai]!.indicators[ii]!.weight = v })}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>

    </section>
  )
}
