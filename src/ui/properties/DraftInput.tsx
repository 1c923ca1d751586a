import { useEffect, useRef, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react'
import type { FieldA11y } from './FieldRow.tsx'

export interface DraftInputProps extends FieldA11y {
  readonly id: string
  /** The committed value, as text; shown whenever the user is not typing. */
  readonly value: string
  /**
   * Called on blur or Enter with the typed text when it differs from `value`; returns whether
   * the model took it. A refused text stays in the field so the user can correct it.
   */
  readonly onCommit: (text: string, badInput: boolean) => boolean
  /** The typed text was dropped (Escape) or is back to the committed value: clear any error. */
  readonly onDiscard?: () => void
  readonly multiline?: boolean
  readonly type?: 'text' | 'number' | 'date'
  readonly placeholder?: string
  readonly min?: number
  readonly step?: number | 'any'
  readonly inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode']
}

/**
 * A text, number or date input that keeps what the user types locally and writes it only on
 * blur or Enter, so typing costs no transaction per key and re-renders only this field. While
 * the user is not typing it shows the committed value, so a colleague's edit appears at once.
 */
export function DraftInput({ value, onCommit, onDiscard, multiline, type = 'text', ...rest }: DraftInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  // A number input reports text it cannot read as "": remember that it was not really empty.
  const badInput = useRef(false)

  const commit = (): void => {
    if (draft === null) return
    if (draft === value && !badInput.current) {
      setDraft(null)
      onDiscard?.()
    } else if (onCommit(draft, badInput.current)) {
      setDraft(null)
    }
  }
  // A field removed while typing (the selection moved, the element was deleted) still saves.
  const latestCommit = useRef(commit)
  useEffect(() => {
    latestCommit.current = commit
  })
  useEffect(() => () => latestCommit.current(), [])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (event.key === 'Escape' && draft !== null) {
      // Only swallow Escape when it undid something; otherwise it belongs to the editor.
      event.preventDefault()
      event.stopPropagation()
      setDraft(null)
      onDiscard?.()
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      commit()
    }
  }

  const common = {
    ...rest,
    value: draft ?? value,
    onChange: (event: { target: HTMLInputElement | HTMLTextAreaElement }) => {
      badInput.current = event.target instanceof HTMLInputElement && event.target.validity?.badInput === true
      setDraft(event.target.value)
    },
    onBlur: commit,
    onKeyDown,
    className: 'prop-input',
  }
  return multiline ? <textarea {...common} rows={2} /> : <input {...common} type={type} />
}
