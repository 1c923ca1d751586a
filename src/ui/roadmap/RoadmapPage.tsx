import { useCallback, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { useStore } from 'zustand'
import { pinActivity } from '../../model/commands/roadmapCommands.ts'
import { localOrigin } from '../../model/origin.ts'
import { createUserUndo } from '../../sync/userUndo.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { BudgetByYear } from './BudgetByYear.tsx'
import { RoadmapTable } from './RoadmapTable.tsx'
import { useRoadmap } from './useRoadmap.ts'

/** The Peta Rencana of the opened project: problems first, the budget per year, the table, what did not fit. */
export function RoadmapPage({ doc, store, userId }: SectionProps) {
  const t = useT()
  const locale = useLocale()
  const [refusal, setRefusal] = useState<string>()
  useUndoKeys(doc, userId)
  const onPin = useCallback((activityId: string, year: number | undefined) => {
    const r = pinActivity({ doc, origin: localOrigin(userId) }, activityId, year)
    setRefusal(r.ok ? undefined : localized(r.error, locale))
  }, [doc, userId, locale])
  const analysis = useRoadmap(store)
  const opd = useStore(store, (s) => s.opd)
  const opdName = (id: string): string => opd.get(id)?.shortName ?? id
  if (!analysis || analysis.roadmap.activities.length + analysis.roadmap.unscheduled.length === 0) {
    return (
      <div className="container roadmap-page">
        <section className="panel"><p>{t('roadmap.empty')}</p></section>
      </div>
    )
  }
  const { roadmap } = analysis
  const problems = [...roadmap.errors, ...roadmap.warnings]
  return (
    <div className="container roadmap-page">
      <header className="roadmap-page__header">
        <h2>{t('roadmap.title')}</h2>
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
      <p className="muted">{t('roadmap.pinHint')}</p>
      <RoadmapTable roadmap={roadmap} opdName={opdName} onPin={onPin} />
      <section className="panel roadmap-unscheduled">
        <h3>{t('roadmap.unscheduled.title')}</h3>
        {roadmap.unscheduled.length === 0 ? (
          <p className="muted">{t('roadmap.unscheduled.none')}</p>
        ) : (
          <ul>{roadmap.unscheduled.map((a) => <li key={a.id}><strong>{a.name}</strong> ({a.opd ? opdName(a.opd) : '–'}): {localized(a.reason, locale)}</li>)}</ul>
        )}
      </section>
    </div>
  )
}

/** Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo this user's pins while the page is open. */
function useUndoKeys(doc: Y.Doc, userId: string): void {
  useEffect(() => {
    const undo = createUserUndo(doc, userId)
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey)) return
      const key = e.key.toLowerCase()
      if (key === 'z') {
        e.preventDefault()
        if (e.shiftKey) undo.redo()
        else undo.undo()
      } else if (key === 'y') {
        e.preventDefault()
        undo.redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      undo.destroy()
    }
  }, [doc, userId])
}
