import type { ReactNode } from 'react'
import type { Message } from '../../model/message.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'

/** What a field's control needs to be announced with its label's companions. */
export interface FieldA11y {
  readonly 'aria-describedby'?: string
  readonly 'aria-invalid'?: true
  readonly 'aria-required'?: true
}

export interface FieldRowProps {
  /** Id of the control the label points at; the row's messages derive their ids from it. */
  readonly id: string
  readonly label: string
  readonly required?: boolean
  /** Required and empty: shows the "required" hint. */
  readonly missing?: boolean
  readonly help?: string
  readonly error?: Message
  /** Further hints under the control (the as-is value, the target's own value ...). */
  readonly notes?: ReactNode
  /** Control before its label on one line (a checkbox). */
  readonly inline?: boolean
  readonly children: (a11y: FieldA11y) => ReactNode
}

/**
 * One labelled field: label above (with * when required), the control, then help, the
 * "required" hint, a refused command's error and any notes, all tied to the control by
 * aria-describedby so a screen reader reads them with it.
 */
export function FieldRow({ id, label, required, missing, help, error, notes, inline, children }: FieldRowProps) {
  const t = useT()
  const locale = useLocale()
  const showMissing = Boolean(missing) && !error
  const described = [help && `${id}-help`, error && `${id}-error`, showMissing && `${id}-missing`, notes && `${id}-notes`].filter(Boolean).join(' ')
  const a11y: FieldA11y = {
    ...(described ? { 'aria-describedby': described } : {}),
    ...(error ? { 'aria-invalid': true } : {}),
    ...(required ? { 'aria-required': true } : {}),
  }
  const labelEl = (
    <label className="prop-field__label" htmlFor={id}>
      {label}
      {required && (
        <span className="prop-field__required" aria-hidden="true">
          *
        </span>
      )}
    </label>
  )
  return (
    <div className="prop-field" data-missing={showMissing || undefined} data-invalid={error ? true : undefined}>
      {inline ? (
        <div className="prop-field__inline">
          {children(a11y)}
          {labelEl}
        </div>
      ) : (
        <>
          {labelEl}
          {children(a11y)}
        </>
      )}
      {help && (
        <p className="prop-field__help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p className="prop-field__error" id={`${id}-error`} role="alert">
          {localized(error, locale)}
        </p>
      )}
      {showMissing && (
        <p className="prop-field__missing" id={`${id}-missing`}>
          {t('properties.required')}
        </p>
      )}
      {notes && (
        <div className="prop-field__notes" id={`${id}-notes`}>
          {notes}
        </div>
      )}
    </div>
  )
}
