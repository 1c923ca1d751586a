import { memo } from 'react'
import type { Locale } from '../../model/message.ts'
import type { State } from '../../model/project.ts'
import type { Translate } from '../i18n/translate.ts'
import { localized } from '../i18n/translate.ts'
import type { CatalogueColumn } from './catalogueColumns.ts'
import type { CatalogueRow } from './catalogueRows.ts'
import type { CellEditor } from './cellEdit.ts'
import { CellEditorControl } from './CellEditorControl.tsx'
import type { CellEdit, Move } from './useCellCursor.ts'

/** What every cell needs from the table; one stable object, so memoised rows stay put. */
export interface CellHandlers {
  readonly gridId: string
  readonly t: Translate
  readonly locale: Locale
  readonly shown: State | undefined
  readonly editorFor: (row: CatalogueRow, column: CatalogueColumn) => CellEditor
  readonly onDraft: (text: string) => void
  readonly onCommit: (text: string, move: Move) => boolean
  readonly onCancel: () => void
}

/** Why a cell cannot be edited, or undefined when it can. */
export function readOnlyReason(row: CatalogueRow, column: CatalogueColumn, t: Translate, shown: State | undefined): string | undefined {
  if (!column.editable) return t('catalogue.cell.readOnly')
  if (column.field !== 'attr') return undefined
  if (row.cells[column.id]?.absent) return t('catalogue.cell.absent')
  return row.member ? undefined : t('catalogue.cell.notInState', { state: shown?.name ?? '' })
}

export const cellId = (gridId: string, row: number, col: number): string => `${gridId}-r${row}-c${col}`

export interface CatalogueCellProps {
  readonly row: CatalogueRow
  readonly column: CatalogueColumn
  readonly rowIndex: number
  readonly colIndex: number
  readonly active: boolean
  readonly edit: CellEdit | undefined
  readonly h: CellHandlers
}

/** One data cell: its text, or while edited the right control for its type and any refusal beside it. */
export const CatalogueCell = memo(function CatalogueCell({ row, column, rowIndex, colIndex, active, edit, h }: CatalogueCellProps) {
  const cell = row.cells[column.id]
  const text = cell?.text ?? ''
  const readOnly = readOnlyReason(row, column, h.t, h.shown)
  const id = cellId(h.gridId, rowIndex, colIndex)
  const errorId = `${id}-error`
  const mono = column.field === 'code' || column.field === 'refCodes'
  return (
    <td
      id={id}
      role="gridcell"
      className="catalogue-cell"
      data-column={column.id}
      data-active={active || undefined}
      data-editing={edit ? true : undefined}
      data-readonly={readOnly ? true : undefined}
      data-absent={cell?.absent}
      data-numeric={column.numeric || undefined}
      data-status={column.field === 'targetStatus' ? row.targetStatus : undefined}
      aria-colindex={colIndex + 1}
      aria-selected={active}
      aria-readonly={readOnly ? true : undefined}
      title={edit ? undefined : readOnly && column.editable ? readOnly : text || undefined}
    >
      {edit ? (
        <>
          <CellEditorControl
            editor={h.editorFor(row, column)}
            draft={edit.draft}
            typed={edit.typed}
            label={h.t('catalogue.cell.edit', { column: column.def ? localized(column.def.label, h.locale) : h.t(column.labelKey!), name: row.element.name })}
            invalid={edit.error !== undefined}
            describedBy={edit.error ? errorId : undefined}
            onDraft={h.onDraft}
            onCommit={h.onCommit}
            onCancel={h.onCancel}
          />
          {edit.error && <span id={errorId} className="catalogue-cell__error" role="alert">{localized(edit.error, h.locale)}</span>}
        </>
      ) : (
        <span className={mono ? 'catalogue-cell__text catalogue-cell__text--mono' : 'catalogue-cell__text'}>{text}</span>
      )}
    </td>
  )
})
