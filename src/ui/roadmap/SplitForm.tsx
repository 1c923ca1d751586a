import { useId, useState } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { splitActivity } from '../../model/commands/roadmapCommands.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import type { AnyActivity } from './ActivityPanel.tsx'
import { gapLabel } from './gapLabels.ts'
import type { RunCommand } from './useRoadmapEditing.ts'

/**
 * Splits a kegiatan: the gaps ticked move into a new kegiatan with its own name (at least one
 * stays behind). The new kegiatan is selected once it exists.
 */
export function SplitForm({ activity: a, store, run, onSplit }: {
  readonly activity: AnyActivity
  readonly store: StoreApi<ProjectionState>
  readonly run: RunCommand
  readonly onSplit: (id: string) => void
}) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const elements = useStore(store, (s) => s.elements)
  const relations = useStore(store, (s) => s.relations)
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set())
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const leavesOne = moved.size > 0 && moved.size < a.closes.length
  const submit = (): void => {
    if (!leavesOne) return setError(t('roadmap.split.leaveOne'))
    const r = run((ctx) => splitActivity(ctx, a.id, name, [...moved]))
    if (!r.ok) return setError(localized(r.error, locale))
    setMoved(new Set())
    setName('')
    setError(undefined)
    onSplit(r.value)
  }
  return (
    <details className="roadmap-split">
      <summary>{t('roadmap.split.title')}</summary>
      <p className="muted">{t('roadmap.split.help')}</p>
      <fieldset className="roadmap-split__gaps">
        <legend className="visually-hidden">{t('roadmap.split.gaps')}</legend>
        {a.closes.map((g) => {
          const label = gapLabel(g, { elements, relations }, locale, t('roadmap.gap.removed'))
          return (
            <label key={g} className="roadmap-split__gap">
              <input type="checkbox" checked={moved.has(g)} onChange={() => setMoved((s) => {
                const next = new Set(s)
                if (!next.delete(g)) next.add(g)
                return next
              })} />
              <span><span className={`roadmap-gap roadmap-gap--${label.kind}`}>{t(label.kindKey)}</span> {label.text}</span>
            </label>
          )
        })}
      </fieldset>
      <div className="prop-field">
        <label className="prop-field__label" htmlFor={`${id}-name`}>{t('roadmap.split.name')}</label>
        <input id={`${id}-name`} className="prop-input" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {error && <p className="prop-field__error" role="alert">{error}</p>}
      <button type="button" className="button button--secondary button--small" onClick={submit}>{t('roadmap.split.submit')}</button>
    </details>
  )
}
