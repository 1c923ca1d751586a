import { useCallback, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import type { Roadmap } from '../../analysis/roadmap/activity.ts'
import { pinActivity } from '../../model/commands/roadmapCommands.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized, type Locale, type Translate } from '../i18n/translate.ts'
import { ActivityPanel } from './ActivityPanel.tsx'
import { BudgetByYear } from './BudgetByYear.tsx'
import { ManualActivityForm } from './ManualActivityForm.tsx'
import { MergePanel } from './MergePanel.tsx'
import { RoadmapGantt } from './RoadmapGantt.tsx'
import { RoadmapTable } from './RoadmapTable.tsx'
import { useRoadmap } from './useRoadmap.ts'
import { useRoadmapEditing } from './useRoadmapEditing.ts'
import { useReadOnly } from '../project/readOnly.ts'
import './roadmap.css'

type View = 'gantt' | 'table'

/**
 * The Peta Rencana of the opened project: problems first, the budget per year, then the plan as
 * a timeline (with the kegiatan panel beside it) or as the table Pemda documents use, and what
 * did not fit. Every edit is a command on the Y.Doc; the plan regenerates around it.
 */
export function RoadmapPage({ doc, store, userId }: SectionProps) {
  const t = useT()
  const readOnly = useReadOnly()
  const locale = useLocale()
  const [view, setView] = useState<View>('gantt')
  const [selection, setSelection] = useState<readonly string[]>([])
  const [adding, setAdding] = useState(false)
  const [refusal, setRefusal] = useState<string>()
  const run = useRoadmapEditing(doc, userId)
  const analysis = useRoadmap(store)
  const opd = useStore(store, (s) => s.opd)
  const opdName = useCallback((id: string): string => opd.get(id)?.shortName ?? '–', [opd])

  const onPin = useCallback((activityId: string, year: number | undefined) => {
    const r = run((ctx) => pinActivity(ctx, activityId, year))
    setRefusal(r.ok ? undefined : localized(r.error, locale))
  }, [run, locale])
  const onSelect = useCallback((id: string, additive: boolean) => {
    setAdding(false)
    setSelection((s) => (additive ? (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]) : [id]))
  }, [])
  const selectOne = useCallback((id: string | undefined) => {
    setAdding(false)
    setSelection(id ? [id] : [])
  }, [])

  const roadmap = analysis?.roadmap
  const all = useMemo(() => new Map(roadmap ? [...roadmap.activities, ...roadmap.unscheduled].map((a) => [a.id, a]) : []), [roadmap])
  const conflicts = useMemo(() => (roadmap ? conflictsByActivity(roadmap, locale, t) : new Map<string, string[]>()), [roadmap, locale, t])

  if (!roadmap || roadmap.activities.length + roadmap.unscheduled.length === 0) {
    return (
      <div className="container roadmap-page">
        <section className="panel"><p>{t('roadmap.empty')}</p></section>
      </div>
    )
  }
  // A kegiatan merged away or deleted leaves the selection by itself.
  const live = selection.filter((id) => all.has(id))
  const problems = [...roadmap.errors, ...roadmap.warnings]
  return (
    <div className="container roadmap-page" data-view={view}>
      <header className="roadmap-page__header">
        <div className="roadmap-page__heading">
          <h2>{t('roadmap.title')}</h2>
          <div className="segmented" role="radiogroup" aria-label={t('roadmap.view.label')}>
            {(['gantt', 'table'] as const).map((v) => (
              <button key={v} type="button" role="radio" aria-checked={view === v} className="segmented__option" onClick={() => setView(v)}>
                {t(v === 'gantt' ? 'roadmap.view.gantt' : 'roadmap.view.table')}
              </button>
            ))}
          </div>
        </div>
        <p>{t('roadmap.summary', { period: roadmap.period.name, scheduled: roadmap.activities.length, unscheduled: roadmap.unscheduled.length })}</p>
        <p className="muted">{t('roadmap.generatedNote')}</p>
      </header>
      {problems.length > 0 && (
        <section className="panel roadmap-problems" role="status">
          <h3>{t('roadmap.problems.title')}</h3>
          <ul>{problems.map((p, i) => <li key={i} data-problem={p.code}>{localized(p.message, locale)}</li>)}</ul>
        </section>
      )}
      <BudgetByYear roadmap={roadmap} />
      {refusal && <p className="roadmap-refusal" role="alert">{refusal}</p>}
      {view === 'table' ? (
        <>
          <p className="muted">{t('roadmap.pinHint')}</p>
          <RoadmapTable roadmap={roadmap} opdName={opdName} onPin={onPin} />
        </>
      ) : (
        <div className="roadmap-workbench">
          <RoadmapGantt roadmap={roadmap} selection={live} onSelect={onSelect} onMove={onPin} opdName={opdName} conflicts={conflicts} />
          <aside className="roadmap-workbench__side" aria-label={t('roadmap.panel.label')}>
            {/* A viewer reads the panel; its controls are off (and the commands refuse anyway). */}
            <fieldset className="roadmap-workbench__fieldset" disabled={readOnly}>
            {adding ? (
              <ManualActivityForm store={store} years={roadmap.period.years} run={run} onAdded={selectOne} onCancel={() => setAdding(false)} />
            ) : live.length === 1 ? (
              <ActivityPanel key={live[0]} activity={all.get(live[0]!)!} roadmap={roadmap} store={store} run={run} onSelect={selectOne} />
            ) : live.length > 1 ? (
              <MergePanel key={live.join(' ')} activities={live.map((id) => all.get(id)!)} run={run} onMerged={selectOne} onClear={() => setSelection([])} />
            ) : (
              <section className="panel roadmap-panel roadmap-panel--empty">
                <h2 className="roadmap-panel__title">{t('roadmap.panel.emptyTitle')}</h2>
                <p className="muted">{t('roadmap.panel.emptyHelp')}</p>
                <button type="button" className="button button--secondary button--small" onClick={() => setAdding(true)}>{t('roadmap.manual.open')}</button>
              </section>
            )}
            </fieldset>
          </aside>
        </div>
      )}
      <section className="panel roadmap-unscheduled">
        <h3>{t('roadmap.unscheduled.title')}</h3>
        {roadmap.unscheduled.length === 0 ? (
          <p className="muted">{t('roadmap.unscheduled.none')}</p>
        ) : (
          <ul>
            {roadmap.unscheduled.map((a) => (
              <li key={a.id} data-activity={a.id}>
                {view === 'gantt'
                  ? <button type="button" className="roadmap-unscheduled__name" onClick={() => selectOne(a.id)}>{a.name}</button>
                  : <strong>{a.name}</strong>}
                {' '}({a.opd ? opdName(a.opd) : '–'}): {localized(a.reason, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

/** What is wrong with each kegiatan's place, in words: the problems naming it, and years over their ceiling. */
function conflictsByActivity(roadmap: Roadmap, locale: Locale, t: Translate): Map<string, string[]> {
  const out = new Map<string, string[]>()
  const add = (id: string, text: string): void => {
    const list = out.get(id)
    if (list) list.push(text)
    else out.set(id, [text])
  }
  for (const p of [...roadmap.errors, ...roadmap.warnings]) {
    if (p.code === 'orphaned-override') continue // about a kegiatan that is gone, not a row
    for (const id of p.activities) add(id, localized(p.message, locale))
  }
  const over = new Set(roadmap.period.years.filter((y) => {
    const total = roadmap.yearTotals[String(y)]
    return total?.ceiling !== undefined && total.budget > total.ceiling
  }))
  if (over.size > 0) {
    for (const a of roadmap.activities) {
      for (const y of over) if ((a.budget[String(y)] ?? 0) > 0) add(a.id, t('roadmap.gantt.overCeiling', { year: String(y) }))
    }
  }
  return out
}
