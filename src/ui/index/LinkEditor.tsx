import { useId, useMemo, useState } from 'react'
import { indicatorsOf, type EvaluationFramework } from '../../analysis/index/framework.ts'
import { formatIndex } from '../../analysis/index/predicate.ts'
import type { IndexImpact } from '../../analysis/index/projectIndexReport.ts'
import type { Roadmap, ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { muatanInfo } from '../../analysis/roadmap/muatan.ts'
import { setIndicatorLink } from '../../model/commands/indexCommands.ts'
import type { IndicatorLink } from '../../model/project.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import type { RunCommand } from '../roadmap/useRoadmapEditing.ts'
import { IndicatorPicker } from './IndicatorPicker.tsx'
import { indicatorName } from './ProjectionTable.tsx'
import { LevelSelect } from './LevelSelect.tsx'
import './linkEditor.css'

interface LinkEditorProps {
  readonly roadmap: Roadmap
  readonly links: readonly IndicatorLink[]
  readonly framework: EvaluationFramework
  readonly baselineLevels: ReadonlyMap<number, number>
  readonly impact: readonly IndexImpact[]
  readonly run: RunCommand
  readonly onResult: (error?: string) => void
}

type Sort = 'plan' | 'gain'

/**
 * The scheduled kegiatan of the Peta Rencana with the indicators each is expected to raise and to
 * which level: link, change the level, unlink. Each kegiatan shows what it alone adds to the
 * index, so the list can be read (and sorted) as "which work moves the index".
 */
export function LinkEditor({ roadmap, links, framework, baselineLevels, impact, run, onResult }: LinkEditorProps) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const [onlyLinked, setOnlyLinked] = useState(links.length > 0)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<Sort>('plan')
  const [adding, setAdding] = useState<string>()

  const byActivity = useMemo(() => {
    const m = new Map<string, IndicatorLink[]>()
    for (const l of [...links].sort((a, b) => a.indicator - b.indicator)) m.set(l.activity, [...(m.get(l.activity) ?? []), l])
    return m
  }, [links])
  const gains = useMemo(() => new Map(impact.map((i) => [i.activity, i.gain])), [impact])
  const rows = useMemo(() => {
    const q = query.trim().toLowerCase()
    const shown = roadmap.activities.filter((a) => (!onlyLinked || byActivity.has(a.id) || a.id === adding) && (!q || a.name.toLowerCase().includes(q)))
    return sort === 'gain' ? [...shown].sort((a, b) => (gains.get(b.id) ?? 0) - (gains.get(a.id) ?? 0)) : shown
  }, [roadmap, onlyLinked, byActivity, adding, query, sort, gains])

  const setLink = (activity: string, indicator: number, level: number | undefined): void => {
    const r = run((ctx) => setIndicatorLink(ctx, activity, indicator, level))
    onResult(r.ok ? undefined : localized(r.error, locale))
  }
  const linkedActivities = roadmap.activities.filter((a) => byActivity.has(a.id)).length

  return (
    <section className="panel index-links" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('indexProjection.links.title')}</h3>
      <p className="muted">{t('indexProjection.links.help')}</p>
      {links.length === 0 && <p className="index-empty" role="note">{t('indexProjection.links.empty')}</p>}
      <div className="index-links__tools">
        <label className="index-links__check">
          <input type="checkbox" checked={onlyLinked} onChange={(e) => setOnlyLinked(e.target.checked)} />
          {t('indexProjection.links.onlyLinked')}
        </label>
        <label className="index-links__search">
          <span className="visually-hidden">{t('indexProjection.links.search')}</span>
          <input type="search" className="prop-input" placeholder={t('indexProjection.links.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label className="index-links__sort">
          {t('indexProjection.links.sort')}{' '}
          <select className="prop-select" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="plan">{t('indexProjection.links.sortPlan')}</option>
            <option value="gain">{t('indexProjection.links.sortGain')}</option>
          </select>
        </label>
        <span className="muted index-links__count" aria-live="polite">
          {t('indexProjection.links.count', { links: links.length, linked: linkedActivities, shown: rows.length, total: roadmap.activities.length })}
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('indexProjection.links.noneShown')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table index-links__table">
            <thead>
              <tr>
                <th scope="col">{t('indexProjection.links.columnActivity')}</th>
                <th scope="col">{t('indexProjection.links.columnIndicators')}</th>
                <th scope="col" className="num">{t('indexProjection.links.columnGain')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                  <tr key={a.id} data-activity={a.id}>
                    <td className="index-links__activity">
                      <strong>{a.name}</strong>
                      <span className="muted index-links__meta">
                        {muatanInfo(a.muatan).code} {localized(muatanInfo(a.muatan).label, locale)} · {years(a)}
                      </span>
                    </td>
                    <td>
                      <ul className="index-links__list">
                        {(byActivity.get(a.id) ?? []).map((l) => (
                          <li key={l.indicator} data-indicator={l.indicator}>
                            <span className="index-links__indicator" title={indicatorName(framework, l.indicator, locale)}>
                              <strong>{l.indicator}</strong> {indicatorName(framework, l.indicator, locale)}
                            </span>
                            <span className="index-links__level">
                              <span className="muted">{t('indexProjection.links.now', { level: baselineLevels.has(l.indicator) ? String(baselineLevels.get(l.indicator)) : '–' })} →</span>
                              <LevelSelect
                                framework={framework}
                                value={l.level}
                                label={t('indexProjection.links.levelOf', { indicator: String(l.indicator), activity: a.name })}
                                onChange={(level) => setLink(a.id, l.indicator, level)}
                              />
                              <button type="button" className="button button--ghost button--small" aria-label={t('indexProjection.links.removeOf', { indicator: String(l.indicator), activity: a.name })} onClick={() => setLink(a.id, l.indicator, undefined)}>
                                {t('indexProjection.links.remove')}
                              </button>
                            </span>
                          </li>
                        ))}
                      </ul>
                      {adding !== a.id && (
                        <button type="button" className="button button--secondary button--small" onClick={() => setAdding(a.id)} aria-label={t('indexProjection.links.addTo', { activity: a.name })}>
                          {t('indexProjection.links.add')}
                        </button>
                      )}
                      {adding === a.id && (
                        <AddLink
                          framework={framework}
                          activityName={a.name}
                          linked={new Set((byActivity.get(a.id) ?? []).map((l) => l.indicator))}
                          baselineLevels={baselineLevels}
                          onAdd={(indicator, level) => { setLink(a.id, indicator, level); setAdding(undefined) }}
                          onCancel={() => setAdding(undefined)}
                        />
                      )}
                    </td>
                    <td className="num">{gains.has(a.id) ? <strong>+{formatIndex(gains.get(a.id)!)}</strong> : <span className="muted">–</span>}</td>
                  </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function years(a: ScheduledActivity): string {
  return a.startYear === a.endYear ? String(a.startYear) : `${a.startYear}–${a.endYear}`
}

interface AddLinkProps {
  readonly framework: EvaluationFramework
  readonly activityName: string
  readonly linked: ReadonlySet<number>
  readonly baselineLevels: ReadonlyMap<number, number>
  readonly onAdd: (indicator: number, level: number) => void
  readonly onCancel: () => void
}

/** Picks an indicator, then the level the kegiatan brings it to (one above today's, to start with). */
function AddLink({ framework, activityName, linked, baselineLevels, onAdd, onCancel }: AddLinkProps) {
  const t = useT()
  const [indicator, setIndicator] = useState<number>()
  const [level, setLevel] = useState<number>()
  const top = Math.max(...framework.levels.map((l) => l.level))
  const choose = (n: number): void => {
    setIndicator(n)
    setLevel(Math.min(top, (baselineLevels.get(n) ?? 0) + 1))
  }
  const known = indicator !== undefined && indicatorsOf(framework).some((i) => i.number === indicator)
  return (
    <div className="index-links__add" role="group" aria-label={t('indexProjection.links.addTo', { activity: activityName })} onKeyDown={(e) => { if (e.key === 'Escape') onCancel() }}>
      <IndicatorPicker framework={framework} value={indicator} onChange={choose} exclude={linked} autoFocus />
      <div className="index-links__add-level">
        <LevelSelect framework={framework} value={level} label={t('indexProjection.links.level')} visibleLabel disabled={!known} onChange={setLevel} />
        {known && <span className="muted">{t('indexProjection.links.now', { level: baselineLevels.has(indicator) ? String(baselineLevels.get(indicator)) : '–' })}</span>}
      </div>
      <div className="index-links__add-actions">
        <button type="button" className="button button--small" disabled={!known || level === undefined} onClick={() => onAdd(indicator!, level!)}>{t('indexProjection.links.confirm')}</button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>{t('indexProjection.links.cancel')}</button>
      </div>
    </div>
  )
}
