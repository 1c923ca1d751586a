import { useId, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { DependencyType, Roadmap } from '../../analysis/roadmap/activity.ts'
import { addDependency, removeDependency, unmergeActivity } from '../../model/commands/roadmapCommands.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized, type MessageKey } from '../i18n/translate.ts'
import type { AnyActivity } from './ActivityPanel.tsx'
import { gapLabel } from './gapLabels.ts'
import { useMergedNames } from './useMergedNames.ts'
import type { RunCommand } from './useRoadmapEditing.ts'

/** How many closed gaps show before "show all": a rule kegiatan may close sixty. */
const GAPS_SHOWN = 6

const TYPE_KEY: Readonly<Record<DependencyType, MessageKey>> = {
  'finish-start': 'roadmap.dep.finishStart',
  'end-same-year': 'roadmap.dep.endSameYear',
  'start-start': 'roadmap.dep.startStart',
}

export interface ActivityLinksProps {
  readonly activity: AnyActivity
  readonly roadmap: Roadmap
  readonly store: StoreApi<ProjectionState>
  readonly run: RunCommand
  readonly onSelect: (id: string) => void
}

/**
 * What ties a kegiatan to the rest of the plan: the gaps it closes (by name), the kegiatan it
 * waits for and those waiting for it (the user's own dependencies can be removed, new ones
 * added), the kegiatan merged into it (each can be taken out again), and its RPJMD goals.
 */
export function ActivityLinks({ activity: a, roadmap, store, run, onSelect }: ActivityLinksProps) {
  const t = useT()
  const locale = useLocale()
  const elements = useStore(store, (s) => s.elements)
  const relations = useStore(store, (s) => s.relations)
  const goals = useStore(store, (s) => s.plan.goals)
  const input = useStore(store, (s) => s.roadmap)
  const addId = useId()
  const [showAll, setShowAll] = useState(false)
  const [newDep, setNewDep] = useState('')
  const [error, setError] = useState<string>()

  const all = useMemo(() => new Map([...roadmap.activities, ...roadmap.unscheduled].map((x) => [x.id, x])), [roadmap])
  const nameOf = (id: string): string => all.get(id)?.name ?? t('roadmap.panel.unknownActivity')
  const gaps = a.closes.map((g) => gapLabel(g, { elements, relations }, locale, t('roadmap.gap.removed')))
  const shown = showAll ? gaps : gaps.slice(0, GAPS_SHOWN)
  const manualDeps = new Set(input.manualDependencies.filter((d) => d.from === a.id).map((d) => d.to))
  const dependents = [...all.values()].filter((x) => x.dependencies.some((d) => d.on === a.id))
  const candidates = [...all.values()].filter((x) => x.id !== a.id && !a.dependencies.some((d) => d.on === x.id)).sort((x, y) => x.code.localeCompare(y.code))
  const merged = Object.entries(input.overrides).filter(([, o]) => o.mergedInto === a.id).map(([id]) => id)
  const mergedNames = useMergedNames(store, merged)
  const goalById = new Map(goals.map((g) => [g.id, g]))

  const add = (): void => {
    if (!newDep) return
    const r = run((ctx) => addDependency(ctx, a.id, newDep))
    setError(r.ok ? undefined : localized(r.error, locale))
    if (r.ok) setNewDep('')
  }

  return (
    <div className="roadmap-links">
      <section aria-labelledby={`${addId}-closes`}>
        <h3 id={`${addId}-closes`} className="roadmap-links__title">{t('roadmap.panel.closes', { n: gaps.length })}</h3>
        {gaps.length === 0 ? <p className="muted">{t('roadmap.panel.closesNone')}</p> : (
          <ul className="roadmap-links__list">
            {shown.map((g) => <li key={g.id}><span className={`roadmap-gap roadmap-gap--${g.kind}`}>{t(g.kindKey)}</span> {g.text}</li>)}
          </ul>
        )}
        {gaps.length > GAPS_SHOWN && (
          <button type="button" className="button button--ghost button--small" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
            {showAll ? t('roadmap.panel.showFewer') : t('roadmap.panel.showAll', { n: gaps.length })}
          </button>
        )}
      </section>

      <section aria-labelledby={`${addId}-deps`}>
        <h3 id={`${addId}-deps`} className="roadmap-links__title">{t('roadmap.panel.dependsOn')}</h3>
        {a.dependencies.length === 0 ? <p className="muted">{t('roadmap.panel.dependsOnNone')}</p> : (
          <ul className="roadmap-links__list">
            {a.dependencies.map((d) => (
              <li key={d.on} className="roadmap-links__dep">
                <button type="button" className="roadmap-links__activity" onClick={() => onSelect(d.on)}>{nameOf(d.on)}</button>
                {manualDeps.has(d.on) && (
                  <button type="button" className="button button--ghost button--small button--danger-text" aria-label={t('roadmap.panel.removeDependencyOf', { activity: nameOf(d.on) })}
                    onClick={() => run((ctx) => removeDependency(ctx, a.id, d.on))}>
                    {t('roadmap.panel.removeDependency')}
                  </button>
                )}
                <span className="roadmap-links__why">{t(TYPE_KEY[d.type])}: {localized(d.why, locale)}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="roadmap-links__add">
          <label className="visually-hidden" htmlFor={`${addId}-new`}>{t('roadmap.panel.addDependencyLabel')}</label>
          <select id={`${addId}-new`} className="prop-select" value={newDep} onChange={(e) => setNewDep(e.target.value)}>
            <option value="">{t('roadmap.panel.addDependencyPlaceholder')}</option>
            {candidates.map((x) => <option key={x.id} value={x.id}>{x.code} {x.name}</option>)}
          </select>
          <button type="button" className="button button--secondary button--small" disabled={!newDep} onClick={add}>{t('roadmap.panel.addDependency')}</button>
        </div>
        {error && <p className="prop-field__error" role="alert">{error}</p>}
        {dependents.length > 0 && (
          <>
            <h4 className="roadmap-links__subtitle">{t('roadmap.panel.dependents')}</h4>
            <ul className="roadmap-links__list">
              {dependents.map((x) => <li key={x.id}><button type="button" className="roadmap-links__activity" onClick={() => onSelect(x.id)}>{x.name}</button></li>)}
            </ul>
          </>
        )}
      </section>

      {merged.length > 0 && (
        <section aria-labelledby={`${addId}-merged`}>
          <h3 id={`${addId}-merged`} className="roadmap-links__title">{t('roadmap.panel.merged')}</h3>
          <ul className="roadmap-links__list">
            {merged.map((id) => (
              <li key={id} className="roadmap-links__dep">
                <span>{mergedNames.get(id) ?? t('roadmap.panel.unknownActivity')}</span>
                <button type="button" className="button button--ghost button--small" onClick={() => run((ctx) => unmergeActivity(ctx, id))}>
                  {t('roadmap.panel.unmerge')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby={`${addId}-goals`}>
        <h3 id={`${addId}-goals`} className="roadmap-links__title">{t('roadmap.panel.goals')}</h3>
        {a.goals.length === 0 ? <p className="muted">{t('roadmap.panel.goalsNone')}</p> : (
          <ul className="roadmap-links__list">
            {a.goals.map((id) => {
              const g = goalById.get(id)
              return <li key={id}>{g ? <>{g.code && <span className="roadmap-links__code">{g.code}</span>} {g.text}</> : t('roadmap.panel.goalRemoved')}</li>
            })}
          </ul>
        )}
      </section>
    </div>
  )
}
