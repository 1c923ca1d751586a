import { memo, useId, useMemo, useState, type ReactNode } from 'react'
import { DOMAINS } from '../../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../../model/metamodel/types.ts'
import { useLocale, useT } from '../../i18n/locale.ts'
import { localized } from '../../i18n/translate.ts'
import { focusElements } from '../actions/focusElements.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { setGap } from '../editorStore.ts'
import { stateLabel } from '../toolbar/stateLabel.ts'
import { gapGroups, NO_FILTER, type GapEntry, type GapFilter, type GapGroup, type GapTypeFilter } from './gapReport.ts'
import { useGapReport } from './useGapReport.ts'
import './gapPanel.css'

/** Entries shown per group before "show more": a long list stays quick to render and to scan. */
const PAGE = 40
const TYPES: readonly GapTypeFilter[] = ['all', 'added', 'changed', 'removed', 'findings']

/**
 * The gap panel: what changes between the overlay's two states (grouped by type, then domain)
 * and what the architecture rules find in the later one (grouped by rule), filterable by text,
 * domain and type. Clicking an entry shows its elements on the canvas, selected and framed.
 */
export const GapPanel = memo(function GapPanel() {
  const t = useT()
  const locale = useLocale()
  const env = useEditorEnv()
  const gap = useUi((s) => s.gap)
  const states = useProjection((s) => s.states)
  const elements = useProjection((s) => s.elements)
  const report = useGapReport(env.store, gap.from, gap.to, true)
  const [filter, setFilter] = useState<GapFilter>(NO_FILTER)
  const groups = useMemo(() => (report ? gapGroups(report, elements, filter, locale, t) : []), [report, elements, filter, locale, t])
  const ids = { from: useId(), to: useId(), text: useId(), domain: useId(), type: useId() }
  const filtered = filter !== NO_FILTER && (filter.text.trim() !== '' || filter.domain !== 'all' || filter.type !== 'all')
  const stateOptions = states.map((s) => (
    <option key={s.id} value={s.id}>
      {stateLabel(s, t)}
    </option>
  ))
  const changes = groups.filter((g) => g.section === 'changes')
  const findings = groups.filter((g) => g.section === 'findings')
  const fromLabel = report ? stateLabel(report.from, t) : ''
  const toLabel = report ? stateLabel(report.to, t) : ''

  return (
    <section className="gap-panel" aria-label={t('gapPanel.title')}>
      <fieldset className="gap-panel__compare">
        <legend className="gap-panel__legend">{t('gapPanel.compare')}</legend>
        <label htmlFor={ids.from}>{t('gapPanel.from')}</label>
        <select id={ids.from} value={gap.from} onChange={(e) => setGap(env.ui, { from: e.target.value })} data-gap-panel-from>
          {stateOptions}
        </select>
        <label htmlFor={ids.to}>{t('gapPanel.to')}</label>
        <select id={ids.to} value={gap.to} onChange={(e) => setGap(env.ui, { to: e.target.value })} data-gap-panel-to>
          {stateOptions}
        </select>
      </fieldset>
      <fieldset className="gap-panel__filters">
        <legend className="gap-panel__legend">{t('gapPanel.filters')}</legend>
        <label htmlFor={ids.text} className="visually-hidden">
          {t('gapPanel.search')}
        </label>
        <input
          id={ids.text} type="search" value={filter.text} placeholder={t('gapPanel.searchPlaceholder')}
          onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))}
        />
        <div className="gap-panel__selects">
          <label htmlFor={ids.domain} className="visually-hidden">
            {t('gapPanel.domain')}
          </label>
          <select id={ids.domain} value={filter.domain} onChange={(e) => setFilter((f) => ({ ...f, domain: e.target.value as DomainId | 'all' }))}>
            <option value="all">{t('gapPanel.allDomains')}</option>
            {DOMAINS.map((d) => (
              <option key={d.id} value={d.id}>
                {localized(d.label, locale)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.type} className="visually-hidden">
            {t('gapPanel.type')}
          </label>
          <select id={ids.type} value={filter.type} onChange={(e) => setFilter((f) => ({ ...f, type: e.target.value as GapTypeFilter }))}>
            {TYPES.map((type) => (
              <option key={type} value={type}>
                {type === 'all' ? t('gapPanel.allTypes') : t(`gapPanel.type.${type}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <div className="gap-panel__body">
        {!report ? (
          <p className="gap-panel__empty" role="status">
            {t('gapPanel.sameState')}
          </p>
        ) : (
          <>
            {filtered && groups.length === 0 && (
              <p className="gap-panel__empty" role="status">
                {t('gapPanel.noMatch')}{' '}
                <button type="button" className="gap-panel__link" onClick={() => setFilter(NO_FILTER)}>
                  {t('gapPanel.clearFilters')}
                </button>
              </p>
            )}
            {(filter.type !== 'findings' || !filtered) && (
              <Section title={t('gapPanel.changes', { from: fromLabel, to: toLabel })} groups={changes}>
                {!filtered && changes.length === 0 && <p className="gap-panel__empty">{t('gapPanel.noChanges', { from: fromLabel, to: toLabel })}</p>}
              </Section>
            )}
            {(filter.type === 'all' || filter.type === 'findings') && (
              <Section title={t('gapPanel.findings', { state: toLabel })} groups={findings}>
                {!filtered && findings.length === 0 && <p className="gap-panel__empty">{t('gapPanel.noFindings', { state: toLabel })}</p>}
              </Section>
            )}
          </>
        )}
      </div>
    </section>
  )
})

function Section({ title, groups, children }: { readonly title: string; readonly groups: readonly GapGroup[]; readonly children?: ReactNode }) {
  const t = useT()
  const total = groups.reduce((n, g) => n + g.count, 0)
  return (
    <section className="gap-panel__section">
      <h3 className="gap-panel__section-title">
        <span>{title}</span>
        <span className="gap-panel__count" aria-label={t('gapPanel.count', { count: total })}>
          {total}
        </span>
      </h3>
      {children}
      {groups.map((g) => (
        <Group key={g.key} group={g} />
      ))}
    </section>
  )
}

function Group({ group }: { readonly group: GapGroup }) {
  const t = useT()
  const env = useEditorEnv()
  const [open, setOpen] = useState(true)
  const [shown, setShown] = useState(PAGE)
  const listId = useId()
  let left = shown
  const focus = (entry: GapEntry): void => {
    focusElements(env, entry.elementIds, { stateId: entry.stateId })
  }
  return (
    <div className={`gap-group${group.mark ? ` is-${group.mark}` : ''}${group.severity ? ` is-${group.severity}` : ''}`} data-gap-group={group.key}>
      <h4 className="gap-group__heading">
        <button type="button" className="gap-group__toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span className="gap-group__chevron" aria-hidden="true" />
          {group.mark && <span className="gap-group__swatch" aria-hidden="true" />}
          {group.severity && <span className="severity-badge gap-group__severity" data-severity={group.severity}>{t(`severity.${group.severity}`)}</span>}
          <span className="gap-group__title">{group.title}</span>
          <span className="gap-panel__count" aria-label={t('gapPanel.count', { count: group.count })}>
            {group.count}
          </span>
        </button>
      </h4>
      {open && (
        <div id={listId}>
          {group.subgroups.map((sub) => {
            if (left <= 0) return null
            const entries = sub.entries.slice(0, left)
            left -= entries.length
            return (
              <div key={sub.key} className="gap-subgroup">
                {sub.title && (
                  <h5 className="gap-subgroup__title">
                    {sub.title} <span className="gap-subgroup__count">{sub.entries.length}</span>
                  </h5>
                )}
                <ul className="gap-group__list">
                  {entries.map((entry) => (
                    <li key={entry.key}>
                      <button type="button" className="gap-entry" onClick={() => focus(entry)} title={t('gapPanel.entryTitle')} data-gap-entry={entry.key} data-elements={entry.elementIds.join(' ')}>
                        <span className="gap-entry__label">{entry.label}</span>
                        {entry.detail && <span className="gap-entry__detail">{entry.detail}</span>}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
          {group.count > shown && (
            <button type="button" className="gap-panel__link gap-group__more" onClick={() => setShown(shown + PAGE)}>
              {t('gapPanel.more', { count: Math.min(PAGE, group.count - shown) })}
            </button>
          )}
        </div>
      )}
    </div>
  )
}
