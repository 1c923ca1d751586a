import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useT } from '../../i18n/locale.ts'
import { createCustomView } from '../actions/createViews.ts'
import { useEditorEnv } from '../EditorContext.tsx'

/** "+ New view": asks for a name, then creates an empty custom view and shows it. */
export function NewViewButton() {
  const t = useT()
  const env = useEditorEnv()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const inputId = useId()

  useEffect(() => {
    if (open) input.current?.focus()
  }, [open])

  const close = (): void => {
    setOpen(false)
    setName('')
    button.current?.focus()
  }
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (!name.trim()) return
    if (createCustomView(env, name.trim())) close()
  }

  return (
    <div className="new-view">
      <button ref={button} type="button" className="view-tab view-tab--new" disabled={env.readOnly === true} aria-expanded={open} onClick={() => (open ? close() : setOpen(true))} title={t('editor.views.newTitle')}>
        <span aria-hidden="true">+</span> {t('editor.views.new')}
      </button>
      {open && (
        <form className="new-view__form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
          <label htmlFor={inputId}>{t('editor.views.nameLabel')}</label>
          <input ref={input} id={inputId} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('editor.views.namePlaceholder')} maxLength={120} />
          <div className="new-view__actions">
            <button type="button" className="editor-button" onClick={close}>
              {t('editor.views.cancel')}
            </button>
            <button type="submit" className="editor-button editor-button--primary" disabled={!name.trim()}>
              {t('editor.views.create')}
            </button>
          </div>
        </form>
      )}
    </div>
  )
}
