import { useId, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react'

/**
 * Fields of the kegiatan panel, styled like the properties panel. A text field edits a draft and
 * commits on Enter or on leaving it (Escape brings the value back); the model's refusal shows
 * under it. When the value changes elsewhere (undo, a colleague) the draft follows it.
 */
export function CommitText({ label, value, onCommit, inputMode, multiline }: {
  readonly label: string
  readonly value: string
  /** Returns the refusal to show, or undefined when the change was taken. */
  readonly onCommit: (value: string) => string | undefined
  readonly inputMode?: 'numeric' | 'text'
  /** Long names wrap over two lines; Enter still commits (a name has no line breaks). */
  readonly multiline?: boolean
}) {
  const id = useId()
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  const [error, setError] = useState<string>()
  // The value changed elsewhere (undo, a colleague, regeneration): the draft follows it.
  if (value !== shown) {
    setShown(value)
    setDraft(value)
  }
  const commit = (): void => {
    if (draft === value) return setError(undefined)
    setError(onCommit(draft))
  }
  const props = {
    id,
    className: 'prop-input',
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter') {
        e.preventDefault()
        commit()
      } else if (e.key === 'Escape') {
        setDraft(value)
        setError(undefined)
      }
    },
  }
  return (
    <div className="prop-field" data-invalid={error ? '' : undefined}>
      <label className="prop-field__label" htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...props} /> : <input inputMode={inputMode} {...props} />}
      {error && <span id={`${id}-error`} className="prop-field__error" role="alert">{error}</span>}
    </div>
  )
}

export function SelectField({ label, value, onChange, children, error, disabled }: {
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly children: ReactNode
  readonly error?: string
  readonly disabled?: boolean
}) {
  const id = useId()
  return (
    <div className="prop-field" data-invalid={error ? '' : undefined}>
      <label className="prop-field__label" htmlFor={id}>{label}</label>
      <select id={id} className="prop-select" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
      {error && <span className="prop-field__error" role="alert">{error}</span>}
    </div>
  )
}
