import { useId, useState } from 'react'
import { mergeActivities } from '../../model/commands/roadmapCommands.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import type { AnyActivity } from './ActivityPanel.tsx'
import type { RunCommand } from './useRoadmapEditing.ts'

/**
 * Several kegiatan selected: merge them into the one chosen to remain (it keeps its name and
 * takes over the gaps, pagu and OPD of the others). Kegiatan added by hand cannot be merged.
 */
export function MergePanel({ activities, run, onMerged, onClear }: {
  readonly activities: readonly AnyActivity[]
  readonly run: RunCommand
  readonly onMerged: (into: string) => void
  readonly onClear: () => void
}) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const mergeable = activities.filter((a) => a.origin !== 'manual')
  const [chosen, setChosen] = useState<string>()
  const into = mergeable.some((a) => a.id === chosen) ? chosen! : mergeable[0]?.id
  const [error, setError] = useState<string>()
  const manual = activities.length - mergeable.length
  const merge = (): void => {
    if (!into) return
    const others = mergeable.filter((a) => a.id !== into).map((a) => a.id)
    const r = run((ctx) => mergeActivities(ctx, others, into))
    if (!r.ok) return setError(localized(r.error, locale))
    onMerged(into)
  }
  return (
    <section className="panel roadmap-panel roadmap-merge" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="roadmap-panel__title">{t('roadmap.merge.title', { n: activities.length })}</h2>
      <p className="muted">{t('roadmap.merge.help')}</p>
      <fieldset className="roadmap-merge__list">
        <legend className="prop-field__label">{t('roadmap.merge.keep')}</legend>
        {mergeable.map((a) => (
          <label key={a.id} className="roadmap-merge__item">
            <input type="radio" name={`${id}-into`} value={a.id} checked={a.id === into} onChange={() => setChosen(a.id)} />
            <span><span className="roadmap-panel__code">{a.code}</span> {a.name}</span>
          </label>
        ))}
      </fieldset>
      {manual > 0 && <p className="roadmap-panel__note">{t('roadmap.merge.manual', { n: manual })}</p>}
      {error && <p className="prop-field__error" role="alert">{error}</p>}
      <div className="roadmap-merge__actions">
        <button type="button" className="button button--small" disabled={mergeable.length < 2} onClick={merge}>
          {t('roadmap.merge.submit', { n: mergeable.length })}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onClear}>{t('roadmap.merge.clear')}</button>
      </div>
    </section>
  )
}
