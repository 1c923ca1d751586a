import { useCallback, useRef, useState } from 'react'
import type { Message } from '../../model/message.ts'

/** A cell by position: row in the shown (filtered, sorted) rows; column 0 is the selection box. */
export interface CellPos {
  readonly row: number
  readonly col: number
}

/** The cell being edited, by identity (a re-sort must not move a draft to another element). */
export interface CellEdit {
  readonly rowId: string
  readonly colId: string
  readonly draft: string
  /** Started by typing a character: arrows then save and move, as in a spreadsheet. */
  readonly typed: boolean
  /** The command's refusal; the draft stays so nothing typed is lost. */
  readonly error?: Message
}

/** Where the cursor goes after a save; 'blur': the user left the cell, so the grid does not take the focus back. */
export type Move = 'down' | 'up' | 'right' | 'left' | 'stay' | 'blur'

export interface GridSize {
  readonly rows: number
  readonly cols: number
  /** Rows a PageUp / PageDown moves. */
  readonly page: number
}

const clamp = (n: number, max: number): number => Math.max(0, Math.min(n, max - 1))

/** Where a navigation key takes the cursor, or undefined when the key is not one. */
export function nextCell(pos: CellPos, key: string, ctrl: boolean, size: GridSize): CellPos | undefined {
  const { rows, cols, page } = size
  switch (key) {
    case 'ArrowDown': return { row: ctrl ? rows - 1 : clamp(pos.row + 1, rows), col: pos.col }
    case 'ArrowUp': return { row: ctrl ? 0 : clamp(pos.row - 1, rows), col: pos.col }
    case 'ArrowRight': return { row: pos.row, col: ctrl ? cols - 1 : clamp(pos.col + 1, cols) }
    case 'ArrowLeft': return { row: pos.row, col: ctrl ? 0 : clamp(pos.col - 1, cols) }
    case 'Home': return ctrl ? { row: 0, col: 0 } : { row: pos.row, col: 0 }
    case 'End': return ctrl ? { row: rows - 1, col: cols - 1 } : { row: pos.row, col: cols - 1 }
    case 'PageDown': return { row: clamp(pos.row + page, rows), col: pos.col }
    case 'PageUp': return { row: clamp(pos.row - page, rows), col: pos.col }
    default: return undefined
  }
}

export function moved(pos: CellPos, move: Move, size: GridSize): CellPos {
  switch (move) {
    case 'down': return { row: clamp(pos.row + 1, size.rows), col: pos.col }
    case 'up': return { row: clamp(pos.row - 1, size.rows), col: pos.col }
    case 'right': return { row: pos.row, col: clamp(pos.col + 1, size.cols) }
    case 'left': return { row: pos.row, col: clamp(pos.col - 1, size.cols) }
    case 'stay':
    case 'blur': return pos
  }
}

/**
 * The spreadsheet cursor and the edit in progress. The edit is mirrored in a ref so that a blur
 * arriving after Enter already saved (focus returning to the grid) does not save twice.
 */
export function useCellCursor() {
  const [cursor, setCursorState] = useState<CellPos>({ row: 0, col: 1 })
  const [edit, setEditState] = useState<CellEdit>()
  const editRef = useRef<CellEdit | undefined>(undefined)
  const setEdit = useCallback((next: CellEdit | undefined) => {
    editRef.current = next
    setEditState(next)
  }, [])
  const setCursor = useCallback((pos: CellPos) => {
    setCursorState((prev) => (prev.row === pos.row && prev.col === pos.col ? prev : pos))
  }, [])
  return { cursor, setCursor, edit, setEdit, editRef }
}
