import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useT } from '../i18n/locale.ts'

/** The project name as an input in its row: Enter saves, Escape cancels. */
export function RenameForm({ name, busy, onSave, onCancel }: {
  readonly name: string
  readonly busy: boolean
  readonly onSave: (name: string) => void
  readonly onCancel: () => void
}) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  const [value, setValue] = useState(name)
  const [empty, setEmpty] = useState(false)

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    const trimmed = value.trim()
    if (!trimmed) {
      setEmpty(true)
      input.current?.focus()
      return
    }
    if (trimmed === name) onCancel()
    else onSave(trimmed)
  }

  return (
    <form className="rename-form" onSubmit={submit} noValidate>
      <input
        ref={input}
        className="field__input rename-form__input"
        value={value}
        maxLength={300}
        aria-label={t('projects.rename.label', { name })}
        aria-invalid={empty || undefined}
        onChange={(e) => {
          setValue(e.target.value)
          setEmpty(false)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault()
            onCancel()
          }
        }}
      />
      <button type="submit" className="button button--small" disabled={busy}>{t('projects.rename.save')}</button>
      <button type="button" className="button button--small button--ghost" onClick={onCancel}>{t('projects.rename.cancel')}</button>
      {empty && <p className="field__error rename-form__error">{t('projects.form.required')}</p>}
    </form>
  )
}
