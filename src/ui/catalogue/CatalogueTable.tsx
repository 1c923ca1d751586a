import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react'
import type { CommandResult } from '../../model/commands/commandContext.ts'
import type { State } from '../../model/project.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { columnLabel, columnTrack, type CatalogueColumn } from './catalogueColumns.ts'
import type { CatalogueRow, RowOrder } from './catalogueRows.ts'
import { useReadOnly } from '../project/readOnly.ts'
import { CatalogueCell, cellId, readOnlyReason, type CellHandlers } from './CatalogueCell.tsx'
import { cellInitial, type CellEditor } from './cellEdit.ts'
import { moved, nextCell, useCellCursor, type CellEdit, type CellPos, type GridSize, type Move } from './useCellCursor.ts'

/** Fixed heights: the virtualiser places rows by arithmetic, so nothing is measured while scrolling. */
export const ROW_HEIGHT = 36
export const HEADER_HEIGHT = 40
const SELECT_WIDTH = 40

export interface CatalogueTableProps {
  /** The filtered, sorted rows: all of them; only a window is in the DOM. */
  readonly rows: readonly CatalogueRow[]
  readonly columns: readonly CatalogueColumn[]
  readonly label: string
  readonly order: RowOrder
  readonly onSort: (columnId: string) => void
  readonly selected: ReadonlySet<string>
  /** `range`: shift-click, select every row from the last one clicked. */
  readonly onToggleRow: (id: string, range: boolean) => void
  readonly onToggleAll: (select: boolean) => void
  /** The state whose attribute values the table shows and edits. */
  readonly shown: State | undefined
  readonly editorFor: (row: CatalogueRow, column: CatalogueColumn) => CellEditor
  /** Writes one cell through the model commands. */
  readonly commit: (row: CatalogueRow, column: CatalogueColumn, text: string) => CommandResult
}

/**
 * The catalogue as a spreadsheet: a virtualised grid (10,000 rows scroll as lightly as 50) with a
 * sticky header, a cell cursor moved by the arrow keys, editing started by Enter, F2, a double
 * click or typing, and the selection column. The grid is one tab stop (ARIA grid pattern); the
 * cursor is announced through aria-activedescendant.
 */
export function CatalogueTable({ rows, columns, label, order, onSort, selected, onToggleRow, onToggleAll, shown, editorFor, commit }: CatalogueTableProps) {
  const t = useT()
  const locale = useLocale()
  const gridId = useId().replace(/:/g, '')
  const scrollRef = useRef<HTMLDivElement>(null)
  const gridRef = useRef<HTMLTableElement>(null)
  const [notice, setNotice] = useState('')
  const { cursor, setCursor, edit, setEdit, editRef } = useCellCursor()
  // A viewer of a server project moves the cursor and reads, but edits nothing.
  const viewer = useReadOnly()
  const size: GridSize = { rows: rows.length, cols: columns.length + 1, page: Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEADER_HEIGHT) / ROW_HEIGHT) - 1) }
  const pos: CellPos = { row: Math.min(cursor.row, Math.max(rows.length - 1, 0)), col: Math.min(cursor.col, columns.length) }
  // Read by callbacks that must stay stable (memoised rows) and by the range extractor.
  const latest = useRef({ rows, columns, pos, size, commit, shown })
  latest.current = { rows, columns, pos, size, commit, shown }

  // The edited row stays mounted even when scrolled away, so its editor keeps focus and draft.
  // A new function when the cursor row changes: the virtualiser caches the range per extractor.
  const keep = pos.row
  const rangeExtractor = useCallback((range: Range) => {
    const out = defaultRangeExtractor(range)
    if (keep < range.count && !out.includes(keep)) {
      out.push(keep)
      out.sort((a, b) => a - b)
    }
    return out
  }, [keep])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
    getItemKey: (i) => rows[i]?.id ?? i,
  })

  const focusGrid = (): void => gridRef.current?.focus({ preventScroll: true })

  // Keep the cursor cell in view: rows through the virtualiser, columns by hand.
  useEffect(() => {
    if (rows.length === 0) return
    virtualizer.scrollToIndex(pos.row, { align: 'auto' })
    const scroller = scrollRef.current
    const cell = scroller?.ownerDocument.getElementById(cellId(gridId, pos.row, pos.col))
    if (!scroller || !cell) return
    const left = cell.offsetLeft
    const right = left + cell.offsetWidth
    if (left < scroller.scrollLeft) scroller.scrollLeft = left
    else if (right > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = right - scroller.clientWidth
    // Only when the cursor moves, not on every edit elsewhere.
  }, [pos.row, pos.col])

  const startEdit = useCallback((at: CellPos, typed?: string): void => {
    const { rows: rs, columns: cs, shown: st } = latest.current
    const row = rs[at.row]
    const column = cs[at.col - 1]
    if (!row || !column) return
    const reason = viewer ? t('catalogue.cell.viewer') : readOnlyReason(row, column, t, st)
    if (reason) {
      setNotice(reason)
      return
    }
    setNotice('')
    let draft = cellInitial(column, row.element, st)
    if (typed !== undefined) {
      const editor = editorFor(row, column)
      if (editor.type === 'select') {
        // Typing in a select cell jumps to the first option starting with that letter.
        const hit = editor.options.find((o) => o.value !== '' && o.label.toLowerCase().startsWith(typed.toLowerCase()))
        if (hit) draft = hit.value
      } else if (editor.type !== 'date') {
        draft = typed
      }
    }
    setEdit({ rowId: row.id, colId: column.id, draft, typed: typed !== undefined })
  }, [editorFor, setEdit, t, viewer])

  /** Saves the edit in progress; on refusal keeps the draft with the error and stays. */
  const commitEdit = useCallback((text: string, move: Move): boolean => {
    const e = editRef.current
    if (!e) return true
    const { rows: rs, columns: cs, pos: at, size: sz, commit: write } = latest.current
    const row = rs.find((r) => r.id === e.rowId)
    const column = cs.find((c) => c.id === e.colId)
    if (!row || !column) {
      setEdit(undefined)
      return true
    }
    const result = write(row, column, text)
    if (!result.ok) {
      setEdit({ ...e, draft: text, error: result.error })
      return false
    }
    setEdit(undefined)
    setCursor(moved(at, move, sz))
    if (move !== 'blur') focusGrid()
    return true
  }, [editRef, setCursor, setEdit])

  const handlers = useMemo<CellHandlers>(() => ({
    gridId, t, locale, shown, editorFor,
    onDraft: (draft) => { if (editRef.current) setEdit({ ...editRef.current, draft }) },
    onCommit: commitEdit,
    onCancel: () => {
      setEdit(undefined)
      focusGrid()
    },
  }), [gridId, t, locale, shown, editorFor, commitEdit, editRef, setEdit])

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>): void => {
    if (e.target !== gridRef.current || rows.length === 0) return
    const ctrl = e.ctrlKey || e.metaKey
    const next = nextCell(pos, e.key, ctrl, size)
    if (next) {
      e.preventDefault()
      setCursor(next)
      return
    }
    const row = rows[pos.row]!
    if (e.key === 'Tab') {
      // Tab walks the cells, and leaves the grid at either end.
      const to = e.shiftKey ? pos.col - 1 : pos.col + 1
      if (to < 0 || to >= size.cols) return
      e.preventDefault()
      setCursor({ row: pos.row, col: to })
    } else if (e.key === ' ' && (pos.col === 0 || e.shiftKey)) {
      e.preventDefault()
      onToggleRow(row.id, false)
    } else if (e.key === 'Enter' && pos.col === 0) {
      e.preventDefault()
      onToggleRow(row.id, false)
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault()
      startEdit(pos)
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && pos.col > 0) {
      e.preventDefault()
      const column = columns[pos.col - 1]!
      const reason = viewer ? t('catalogue.cell.viewer') : readOnlyReason(row, column, t, shown)
      if (reason) return setNotice(reason)
      const result = commit(row, column, '')
      if (!result.ok) setEdit({ rowId: row.id, colId: column.id, draft: '', typed: true, error: result.error })
    } else if (e.key.length === 1 && !ctrl && !e.altKey && pos.col > 0) {
      e.preventDefault()
      startEdit(pos, e.key)
    }
  }

  const onCellMouseDown = (e: MouseEvent<HTMLTableSectionElement>): void => {
    const td = (e.target as HTMLElement).closest('td')
    const tr = td?.closest('tr')
    if (!td || !tr || (e.target as HTMLElement).closest('[data-cell-editor]')) return
    // A refused draft elsewhere keeps the cursor until it is fixed or dropped (Esc).
    if (editRef.current && !commitEdit((gridRef.current?.querySelector<HTMLInputElement>('[data-cell-editor]')?.value) ?? editRef.current.draft, 'blur')) {
      e.preventDefault()
      return
    }
    const row = Number(tr.dataset.index)
    const col = Number(td.getAttribute('aria-colindex')) - 1
    if (Number.isInteger(row) && Number.isInteger(col)) setCursor({ row, col })
    // The grid keeps the focus (a checkbox still toggles on click): the keys keep working.
    e.preventDefault()
    focusGrid()
  }

  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id))
  const template = [`${SELECT_WIDTH}px`, ...columns.map(columnTrack)].join(' ')
  const minWidth = columns.reduce((sum, c) => sum + c.min, SELECT_WIDTH)
  const items = virtualizer.getVirtualItems()
  const active = rows.length > 0 ? cellId(gridId, pos.row, pos.col) : undefined

  return (
    <div className="catalogue-grid">
      <div ref={scrollRef} className="catalogue-grid__scroll">
        <table
          ref={gridRef}
          id={gridId}
          role="grid"
          className="catalogue-grid__table catalogue__table"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length + 1}
          aria-activedescendant={edit ? undefined : active}
          tabIndex={0}
          style={{ '--catalogue-columns': template, minWidth } as CSSProperties}
          onKeyDown={onKeyDown}
          onBlur={(e) => {
            // Leaving the grid with a refused draft keeps it; nothing else to do.
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setNotice('')
          }}
        >
          <thead className="catalogue-grid__head">
            <tr role="row" aria-rowindex={1} className="catalogue-grid__row">
              <th scope="col" role="columnheader" className="catalogue-cell catalogue-cell--select" aria-colindex={1}>
                <input type="checkbox" tabIndex={-1} aria-label={t('catalogue.selectAll')} checked={allSelected} onChange={(e) => onToggleAll(e.target.checked)} />
              </th>
              {columns.map((c, i) => {
                const name = columnLabel(c, t, locale)
                const sorted = order.column === c.id
                return (
                  <th key={c.id} scope="col" role="columnheader" className="catalogue-cell" data-numeric={c.numeric || undefined} aria-colindex={i + 2} aria-sort={sorted ? (order.descending ? 'descending' : 'ascending') : 'none'}>
                    <button type="button" tabIndex={-1} className="catalogue__sort" onClick={() => onSort(c.id)} title={t('catalogue.sortBy', { column: name })}>
                      <span className="catalogue__sort-label">{name}</span>
                      <span aria-hidden="true" className="catalogue__sort-mark">{sorted ? (order.descending ? '▼' : '▲') : ''}</span>
                    </button>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody className="catalogue-grid__body" style={{ height: virtualizer.getTotalSize() }} onMouseDown={onCellMouseDown}
            onDoubleClick={(e) => { if (!(e.target as HTMLElement).closest('input, select')) startEdit(pos) }}>
            {items.map((item) => {
              const row = rows[item.index]!
              const isCursorRow = item.index === pos.row
              return (
                <CatalogueRowView
                  key={row.id}
                  row={row}
                  index={item.index}
                  top={item.start - HEADER_HEIGHT}
                  columns={columns}
                  cursorCol={isCursorRow ? pos.col : -1}
                  edit={edit?.rowId === row.id ? edit : undefined}
                  checked={selected.has(row.id)}
                  onToggle={onToggleRow}
                  h={handlers}
                />
              )
            })}
          </tbody>
        </table>
      </div>
      <p className="catalogue-grid__notice" role="status">{notice}</p>
    </div>
  )
}

interface RowViewProps {
  readonly row: CatalogueRow
  readonly index: number
  readonly top: number
  readonly columns: readonly CatalogueColumn[]
  /** The cursor's column when it is in this row, else -1. */
  readonly cursorCol: number
  readonly edit: CellEdit | undefined
  readonly checked: boolean
  readonly onToggle: (id: string, range: boolean) => void
  readonly h: CellHandlers
}

/** One row; memoised, so moving the cursor or typing re-renders only the rows involved. */
const CatalogueRowView = memo(function CatalogueRowView({ row, index, top, columns, cursorCol, edit, checked, onToggle, h }: RowViewProps) {
  return (
    <tr role="row" className="catalogue-grid__row" data-element={row.id} data-index={index} data-selected={checked || undefined} data-member={row.member} data-editing={edit ? true : undefined}
      aria-rowindex={index + 2} aria-selected={checked} style={{ transform: `translateY(${top}px)` }}>
      <td id={cellId(h.gridId, index, 0)} role="gridcell" className="catalogue-cell catalogue-cell--select" aria-colindex={1} data-active={cursorCol === 0 || undefined}>
        <input type="checkbox" tabIndex={-1} aria-label={h.t('catalogue.selectRow', { name: row.element.name })} checked={checked}
          onChange={() => {}} onClick={(e) => onToggle(row.id, e.shiftKey)} />
      </td>
      {columns.map((c, i) => (
        <CatalogueCell key={c.id} row={row} column={c} rowIndex={index} colIndex={i + 1} active={cursorCol === i + 1}
          edit={edit?.colId === c.id ? edit : undefined} h={h} />
      ))}
    </tr>
  )
})
