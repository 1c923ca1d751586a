import { useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { bulkUpdateElements } from '../../model/commands/elementCommands.ts'
import { DOMAINS } from '../../model/metamodel/domains.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import { localOrigin } from '../../model/origin.ts'
import type { SectionProps } from '../project/sectionProps.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { catalogueCsv, domainRows, filterAndSort, type SortKey } from './catalogueRows.ts'

/** Beyond this many rows the table asks for a narrower filter (a virtualised table comes later). */
const ROW_LIMIT = 500

/**
 * The catalogue table: one domain at a time, filter, sort, select many rows and change their
 * owner OPD in one step, and download what is shown as CSV.
 */
export function CataloguePage({ doc, store, userId }: SectionProps) {
  const t = useT()
  const locale = useLocale()
  const [domain, setDomain] = useState<DomainId>('aplikasi')
  const [filter, setFilter] = useState('')
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'code', descending: false })
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [bulkOwner, setBulkOwner] = useState('')
  const [notice, setNotice] = useState<string>()
  const revision = useStore(store, (s) => s.revision)
  const opd = useStore(store, (s) => s.opd)
  // `revision` changes with every edit of the project; the store object stays the same.
  const everyRow = useMemo(() => domainRows(store.getState(), domain, locale), [store, revision, domain, locale])
  const all = useMemo(() => filterAndSort(everyRow, filter, sort.key, sort.descending), [everyRow, filter, sort])
  const total = everyRow.length
  const rows = all.slice(0, ROW_LIMIT)
  const shownSelected = rows.filter((r) => selected.has(r.id))

  const toggleSort = (key: SortKey): void => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))
  const applyOwner = (): void => {
    const ids = shownSelected.map((r) => r.id)
    const r = bulkUpdateElements({ doc, origin: localOrigin(userId) }, ids, { ownerOpd: bulkOwner })
    setNotice(r.ok ? t('catalogue.bulk.done', { count: ids.length }) : localized(r.error, locale))
    if (r.ok) setSelected(new Set())
  }
  const download = (): void => {
    const blob = new Blob([catalogueCsv(all)], { type: 'text/csv;charset=utf-8' })
    const a = document.createElement('a')
    a.href = URL.createObjectURL(blob)
    a.download = `katalog-${domain}.csv`
    a.click()
    URL.revokeObjectURL(a.href)
  }
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="catalogue__sort" onClick={() => toggleSort(key)} title={t('catalogue.sortBy', { column: label })}>
        {label}{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  )

  return (
    <div className="container catalogue">
      <h2>{t('catalogue.title')}</h2>
      <nav className="catalogue__domains" aria-label={t('catalogue.domains')}>
        {DOMAINS.map((d) => (
          <button key={d.id} type="button" className="workspace__tab" aria-pressed={d.id === domain} style={{ borderTopColor: d.color }} onClick={() => { setDomain(d.id); setSelected(new Set()) }}>
            {localized(d.label, locale)}
          </button>
        ))}
      </nav>
      <div className="catalogue__tools">
        <label className="catalogue__filter">
          <span>{t('catalogue.filter')}</span>
          <input type="search" value={filter} placeholder={t('catalogue.filterPlaceholder')} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <span className="muted">{t('catalogue.count', { shown: all.length, total })}</span>
        <button type="button" className="button button--secondary" onClick={download} disabled={all.length === 0}>{t('catalogue.export')}</button>
      </div>
      {shownSelected.length > 0 && (
        <div className="catalogue__bulk" role="region" aria-label={t('catalogue.bulk.selected', { count: shownSelected.length })}>
          <strong>{t('catalogue.bulk.selected', { count: shownSelected.length })}</strong>
          <label>
            {t('catalogue.bulk.owner')}{' '}
            <select value={bulkOwner} onChange={(e) => setBulkOwner(e.target.value)}>
              <option value="" />
              {[...opd.values()].map((o) => <option key={o.id} value={o.id}>{o.shortName} — {o.name}</option>)}
            </select>
          </label>
          <button type="button" className="button" disabled={!bulkOwner} onClick={applyOwner}>{t('catalogue.bulk.apply')}</button>
        </div>
      )}
      {notice && <p className="catalogue__notice" role="status">{notice}</p>}
      {total === 0 ? (
        <p className="panel">{t('catalogue.empty')}</p>
      ) : all.length === 0 ? (
        <p className="panel">{t('catalogue.noMatch')}</p>
      ) : (
        <div className="table-scroll catalogue__scroll">
          <table className="data-table catalogue__table">
            <thead>
              <tr>
                <th scope="col">
                  <input type="checkbox" aria-label={t('catalogue.selectAll')} checked={rows.length > 0 && shownSelected.length === rows.length}
                    onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())} />
                </th>
                {header('code', t('catalogue.column.code'))}
                {header('name', t('catalogue.column.name'))}
                {header('kind', t('catalogue.column.kind'))}
                {header('owner', t('catalogue.column.owner'))}
                <th scope="col">{t('catalogue.column.refCodes')}</th>
                <th scope="col">{t('catalogue.column.states')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-element={r.id}>
                  <td>
                    <input type="checkbox" aria-label={t('catalogue.selectRow', { name: r.name })} checked={selected.has(r.id)}
                      onChange={(e) => setSelected((s) => { const n = new Set(s); if (e.target.checked) n.add(r.id); else n.delete(r.id); return n })} />
                  </td>
                  <td><code>{r.code}</code></td>
                  <td>{r.name}</td>
                  <td>{r.kind}</td>
                  <td>{r.owner}</td>
                  <td><code>{r.refCodes}</code></td>
                  <td>{[r.inAsis ? t('catalogue.state.asis') : '', r.targetStatus ? `${t('catalogue.state.target')} (${r.targetStatus})` : ''].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {all.length > ROW_LIMIT && <p className="muted">{t('catalogue.limited', { limit: ROW_LIMIT })}</p>}
        </div>
      )}
    </div>
  )
}
