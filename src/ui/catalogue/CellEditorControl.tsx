import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { CellEditor } from './cellEdit.ts'
import type { Move } from './useCellCursor.ts'

export interface CellEditorControlProps {
  readonly editor: CellEditor
  readonly draft: string
  /** Started by typing: arrows save and move instead of moving the caret. */
  readonly typed: boolean
  readonly label: string
  readonly invalid: boolean
  readonly describedBy?: string
  readonly onDraft: (text: string) => void
  /** Save the draft and move the cursor; returns whether it was saved. */
  readonly onCommit: (text: string, move: Move) => boolean
  readonly onCancel: () => void
}

const ARROWS: Readonly<Record<string, Move>> = { ArrowDown: 'down', ArrowUp: 'up', ArrowRight: 'right', ArrowLeft: 'left' }

/**
 * The input or select inside a cell being edited. Enter saves and moves down (Shift+Enter up),
 * Tab saves and moves right (Shift+Tab left), Escape drops the draft, leaving the cell saves.
 * A select saves as soon as a value is picked with the pointer; with the keyboard, arrows only
 * browse the options and Enter saves, so walking through them writes nothing.
 */
export function CellEditorControl({ editor, draft, typed, label, invalid, describedBy, onDraft, onCommit, onCancel }: CellEditorControlProps) {
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null)
  const byKeyboard = useRef(false)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    el.focus({ preventScroll: true })
    // Typing replaced the value: continue after the typed character, not before it.
    const input = el as unknown as HTMLInputElement
    if (input.tagName === 'INPUT' && input.type === 'text') input.setSelectionRange(input.value.length, input.value.length)
  }, [])

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>): void => {
    // The grid's own keys must not see what belongs to the editor.
    e.stopPropagation()
    byKeyboard.current = true
    const value = (e.target as HTMLInputElement | HTMLSelectElement).value
    if (e.key === 'Escape') {
      e.preventDefault()
      onCancel()
    } else if (e.key === 'Enter') {
      e.preventDefault()
      onCommit(value, e.shiftKey ? 'up' : 'down')
    } else if (e.key === 'Tab') {
      e.preventDefault()
      onCommit(value, e.shiftKey ? 'left' : 'right')
    } else if (typed && editor.type !== 'select' && ARROWS[e.key]) {
      e.preventDefault()
      onCommit(value, ARROWS[e.key]!)
    }
  }
  const common = {
    ref,
    className: 'catalogue-cell__editor',
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    onKeyDown,
    onBlur: () => onCommit(ref.current?.value ?? draft, 'blur'),
    // Ctrl+Z inside the editor is the input's own undo, not the model's.
    'data-cell-editor': true,
  }

  if (editor.type === 'select') {
    return (
      <select
        {...common}
        value={draft}
        onPointerDown={() => { byKeyboard.current = false }}
        onChange={(e) => {
          onDraft(e.target.value)
          if (!byKeyboard.current) onCommit(e.target.value, 'stay')
        }}
      >
        {/* A value outside the options (an old file, an import) stays visible until changed. */}
        {draft !== '' && !editor.options.some((o) => o.value === draft) && <option value={draft}>{draft}</option>}
        {editor.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    )
  }
  return (
    <input
      {...common}
      type={editor.type === 'date' ? 'date' : 'text'}
      inputMode={editor.type === 'number' ? 'decimal' : undefined}
      value={draft}
      onChange={(e) => onDraft(e.target.value)}
    />
  )
}
