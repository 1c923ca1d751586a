import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import { useStore } from 'zustand'
import type { CommandContext } from '../../model/commands/commandContext.ts'
import { DOMAINS } from '../../model/metamodel/domains.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import { localOrigin } from '../../model/origin.ts'
import type { Element } from '../../model/project.ts'
import { catalogueWithExtensions, nationalCatalogue } from '../../model/reference/catalogue.ts'
import { useUndoAvailability } from '../editor/useUserUndo.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { applyBulkChange, type BulkChange } from './bulkEdit.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { BulkEditBar } from './BulkEditBar.tsx'
import { catalogueColumns, type CatalogueColumn } from './catalogueColumns.ts'
import { catalogueCsv } from './catalogueCsv.ts'
import { domainRows, filterAndSort, rowContext, type CatalogueRow, type RowOrder } from './catalogueRows.ts'
import { CatalogueTable } from './CatalogueTable.tsx'
import { cellEditor, commitCell } from './cellEdit.ts'
import { useCatalogueUndo } from './useCatalogueUndo.ts'
import './catalogue.css'

/**
 * The catalogue: one domain at a time as a spreadsheet (filter, sort, inline edit, bulk edit of
 * the selected rows, undo) in one chosen state, and the rows shown as CSV.
 */
export function CataloguePage({ doc, store, userId }: SectionProps) {
  const t = useT()
  const readOnly = useReadOnly()
  const locale = useLocale()
  const [domain, setDomain] = useState<DomainId>('aplikasi')
  const [filter, setFilter] = useState('')
  const [order, setOrder] = useState<RowOrder>({ column: 'code', descending: false })
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const anchor = useRef<string | undefined>(undefined)
  const [notice, setNotice] = useState<string>()
  const states = useStore(store, (s) => s.states)
  const [stateId, setStateId] = useState<string | undefined>(undefined)
  // The as-is by default: editing there corrects the register, and the target sees it too.
  const shown = states.find((s) => s.id === stateId) ?? states.find((s) => s.role === 'asis') ?? states[0]
  const revision = useStore(store, (s) => s.revision)
  const opd = useStore(store, (s) => s.opd)
  const extensions = useStore(store, (s) => s.catalogueExtensions)
  const refCatalogue = useMemo(() => catalogueWithExtensions(nationalCatalogue(), extensions).catalogue, [extensions])
  const ctx = useMemo<CommandContext>(() => ({ doc, origin: localOrigin(userId) }), [doc, userId])
  const undo = useCatalogueUndo(doc, userId)
  const { canUndo, canRedo } = useUndoAvailability(undo)

  const columns = useMemo(() => catalogueColumns(domain), [domain])
  // Rows of unchanged elements are kept (by element identity) while nothing else they show changes;
  // a column naming other elements would go stale when those are renamed, so it turns the cache off.
  const cacheable = !columns.some((c) => c.def?.type === 'reference' && c.def.target !== 'opd')
  const rowCache = useMemo(() => (cacheable ? new WeakMap<Element, CatalogueRow>() : undefined), [cacheable, columns, shown, states, locale, opd, t])
  const everyRow = useMemo(() => {
    const s = store.getState()
    // `revision` changes with every edit of the project; the store object stays the same.
    void revision
    return domainRows(s, domain, rowContext(s, columns, shown?.id, locale, t), rowCache)
  }, [store, revision, domain, columns, shown?.id, locale, t, rowCache])
  // Typing in the filter stays responsive while 10,000 rows are filtered behind it.
  const deferredFilter = useDeferredValue(filter)
  const rows = useMemo(() => filterAndSort(everyRow, deferredFilter, order), [everyRow, deferredFilter, order])
  const selectedRows = useMemo(() => rows.filter((r) => selected.has(r.id)), [rows, selected])

  /** Every catalogue write is its own undo step, whatever the capture timeout. */
  const closeStep = useCallback(() => undo?.stopCapturing(), [undo])

  const toggleRow = useCallback((id: string, range: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev)
      const from = range && anchor.current ? rows.findIndex((r) => r.id === anchor.current) : -1
      const to = rows.findIndex((r) => r.id === id)
      if (from >= 0 && to >= 0) {
        for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(rows[i]!.id)
      } else if (next.has(id)) {
        next.delete(id)
      } else {
        next.add(id)
      }
      anchor.current = id
      return next
    })
  }, [rows])
  const toggleAll = useCallback((all: boolean) => setSelected(all ? new Set(rows.map((r) => r.id)) : new Set()), [rows])

  const editorFor = useCallback((row: CatalogueRow, column: CatalogueColumn) => cellEditor(column, row.element, store.getState(), t, locale), [store, t, locale])
  const commit = useCallback((row: CatalogueRow, column: CatalogueColumn, text: string) => {
    const s = store.getState()
    const element = s.elements.get(row.id) ?? row.element
    const result = commitCell({ ctx, state: s, element, column, shown, catalogue: refCatalogue }, text)
    closeStep()
    if (result.ok) setNotice(undefined)
    return result
  }, [store, ctx, shown, refCatalogue, closeStep])

  const applyBulk = (change: BulkChange, field: string) => {
    const s = store.getState()
    const elements = selectedRows.map((r) => s.elements.get(r.id)).filter((e): e is Element => e !== undefined)
    const result = applyBulkChange(ctx, elements, change, shown, refCatalogue)
    closeStep()
    if (!result.ok) return result.error
    const { changed, unchanged, skipped } = result.value
    const parts = [changed > 0 ? t('catalogue.bulk.done', { field, count: changed }) : t('catalogue.bulk.nothing', { field })]
    if (unchanged > 0) parts.push(t('catalogue.bulk.same', { count: unchanged }))
    if (skipped > 0) parts.push(t('catalogue.bulk.skipped', { count: skipped, state: shown?.name ?? '' }))
    if (changed > 0) parts.push(t('catalogue.bulk.undoHint'))
    setNotice(parts.join(' '))
    return undefined
  }

  const download = (): void => {
    const blob = new Blob([catalogueCsv(rows, columns, t, locale)], { type: 'text/csv;charset=utf-8' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `katalog-${domain}.csv`
    a.click()
    URL.revokeObjectURL(a.href)
  }
  const onSort = useCallback((column: string) => setOrder((o) => ({ column, descending: o.column === column ? !o.descending : false })), [])
  const domainLabel = localized(DOMAINS.find((d) => d.id === domain)!.label, locale)

  return (
    <div className="container catalogue catalogue-page">
      <h2>{t('catalogue.title')}</h2>
      <nav className="catalogue__domains" aria-label={t('catalogue.domains')}>
        {DOMAINS.map((d) => (
          <button key={d.id} type="button" className="workspace__tab" aria-pressed={d.id === domain} style={{ borderTopColor: d.color }}
            onClick={() => { setDomain(d.id); setSelected(new Set()); setNotice(undefined); setOrder({ column: 'code', descending: false }) }}>
            {localized(d.label, locale)}
          </button>
        ))}
      </nav>
      <div className="catalogue__tools">
        <label className="catalogue__filter">
          <span>{t('catalogue.filter')}</span>
          <input type="search" value={filter} placeholder={t('catalogue.filterPlaceholder')} onChange={(e) => setFilter(e.target.value)} />
        </label>
        {states.length > 0 && (
          <label className="catalogue__state" title={t('catalogue.stateHint')}>
            <span>{t('catalogue.state')}</span>
            <select value={shown?.id ?? ''} onChange={(e) => setStateId(e.target.value)}>
              {states.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
        )}
        <span className="muted catalogue__count">{t('catalogue.count', { shown: rows.length, total: everyRow.length })}</span>
        <span className="catalogue__actions">
          <button type="button" className="button button--small button--ghost" disabled={!canUndo} onClick={() => undo?.undo()} title="Ctrl+Z">{t('catalogue.undo')}</button>
          <button type="button" className="button button--small button--ghost" disabled={!canRedo} onClick={() => undo?.redo()} title="Ctrl+Shift+Z">{t('catalogue.redo')}</button>
          <button type="button" className="button button--small button--secondary" onClick={download} disabled={rows.length === 0}>{t('catalogue.export')}</button>
        </span>
      </div>
      {selectedRows.length > 0 && !readOnly && (
        <BulkEditBar rows={selectedRows} state={store.getState()} domain={domain} shown={shown} catalogue={refCatalogue} onApply={applyBulk} onClear={() => setSelected(new Set())} />
      )}
      {notice && <p className="catalogue__notice" role="status">{notice}</p>}
      {everyRow.length === 0 ? (
        <p className="panel">{t('catalogue.empty')}</p>
      ) : rows.length === 0 ? (
        <p className="panel">{t('catalogue.noMatch')}</p>
      ) : (
        <>
          <CatalogueTable
            key={domain}
            rows={rows}
            columns={columns}
            label={t('catalogue.grid', { domain: domainLabel })}
            order={order}
            onSort={onSort}
            selected={selected}
            onToggleRow={toggleRow}
            onToggleAll={toggleAll}
            shown={shown}
            editorFor={editorFor}
            commit={commit}
          />
          <p className="muted catalogue__keys">{t('catalogue.keys')}</p>
        </>
      )}
    </div>
  )
}
