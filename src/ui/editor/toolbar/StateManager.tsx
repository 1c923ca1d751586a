import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { State } from '../../../model/project.ts'
import { useT } from '../../i18n/locale.ts'
import { translate } from '../../i18n/translate.ts'
import { addYearState, deleteYearState, intermediateYears, renameYearState, suggestedYear, yearProblem } from '../actions/intermediateStates.ts'
import { useEditorEnv, useProjection } from '../EditorContext.tsx'
import './stateManager.css'

/**
 * "Intermediate states": a small popover beside the state switcher to add a state for the end of
 * a plan year, and to rename or delete the ones there are (deleting asks once more).
 */
export function StateManager() {
  const t = useT()
  const readOnly = useEditorEnv().readOnly === true
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = (): void => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <div className="state-manager">
      <button ref={button} type="button" className="editor-button state-manager__button" disabled={readOnly} aria-expanded={open} onClick={() => (open ? close() : setOpen(true))} title={t('editor.states.manageTitle')} data-action="manage-states">
        <span aria-hidden="true">+</span> {t('editor.states.manage')}
      </button>
      {open && <StatePopover onClose={close} />}
    </div>
  )
}

function StatePopover({ onClose }: { readonly onClose: () => void }) {
  const t = useT()
  const env = useEditorEnv()
  const states = useProjection((s) => s.states)
  const plan = useProjection((s) => s.plan)
  const range = intermediateYears(plan, states)
  const [year, setYear] = useState(() => String(suggestedYear(range, states) ?? range.from))
  const [name, setName] = useState<string | undefined>(undefined)
  const yearInput = useRef<HTMLInputElement>(null)
  const ids = { year: useId(), name: useId(), problem: useId() }
  const intermediates = states.filter((s) => s.role === 'intermediate')
  const yearNumber = Number(year)
  const problem = year.trim() === '' ? 'range' : yearProblem(yearNumber, range, states)
  const full = suggestedYear(range, states) === undefined
  // The name follows the year until the user types their own.
  const shownName = name ?? t('editor.states.defaultName', { year })

  useEffect(() => yearInput.current?.focus(), [])

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (problem || !shownName.trim()) return
    // The default name is stored in Indonesian, as the regulation's documents are, and shown in each reader's language.
    const stored = name === undefined ? translate('id', 'editor.states.defaultName', { year: String(yearNumber) }) : shownName
    if (addYearState(env, stored, yearNumber)) onClose()
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    onClose()
  }

  return (
    <div className="state-manager__popover" role="dialog" aria-label={t('editor.states.manage')} onKeyDown={onKeyDown}>
      <p className="state-manager__intro">{t('editor.states.intro')}</p>
      <h3 className="state-manager__heading">{t('editor.states.existing')}</h3>
      {intermediates.length === 0 ? (
        <p className="muted state-manager__none">{t('editor.states.none')}</p>
      ) : (
        <ul className="state-manager__list">
          {intermediates.map((s) => (
            <RenameRow key={s.id} state={s} />
          ))}
        </ul>
      )}
      <form className="state-manager__add" onSubmit={submit}>
        <h3 className="state-manager__heading">{t('editor.states.addHeading')}</h3>
        {full ? (
          <p className="muted">{t('editor.states.noRoom')}</p>
        ) : (
          <>
            <div className="state-manager__fields">
              <label htmlFor={ids.year}>{t('editor.states.year')}</label>
              <input
                ref={yearInput} id={ids.year} type="number" inputMode="numeric" min={range.from} max={range.to} step={1} value={year}
                onChange={(e) => setYear(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={ids.problem} data-state-year
              />
              <label htmlFor={ids.name}>{t('editor.states.name')}</label>
              <input id={ids.name} value={shownName} onChange={(e) => setName(e.target.value)} maxLength={80} data-state-name />
            </div>
            <p id={ids.problem} className={problem ? 'state-manager__problem' : 'state-manager__hint'} role={problem ? 'alert' : undefined}>
              {problem === 'taken'
                ? t('editor.states.yearTaken', { year })
                : t('editor.states.yearRange', { from: String(range.from), to: String(range.to) })}
            </p>
          </>
        )}
        <div className="new-view__actions">
          <button type="button" className="editor-button" onClick={onClose}>
            {t('editor.states.close')}
          </button>
          {!full && (
            <button type="submit" className="editor-button editor-button--primary" disabled={!!problem || !shownName.trim()} data-action="add-state">
              {t('editor.states.add')}
            </button>
          )}
        </div>
      </form>
    </div>
  )
}

/** A state's name, renamed when the field is left or Enter is pressed (one undo step); delete after a second click. */
function RenameRow({ state }: { readonly state: State }) {
  const t = useT()
  const env = useEditorEnv()
  const [draft, setDraft] = useState(state.name)
  const [confirming, setConfirming] = useState(false)
  const id = useId()
  useEffect(() => setDraft(state.name), [state.name])
  const commit = (): void => {
    if (draft.trim() && draft.trim() !== state.name) renameYearState(env, state.id, draft)
    else setDraft(state.name)
  }
  return (
    <li className="state-manager__row">
      <label htmlFor={id}>{state.year ?? ''}</label>
      <input
        id={id} value={draft} maxLength={80} aria-label={t('editor.states.renameLabel', { year: String(state.year ?? '') })}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), commit())}
        data-state-rename={state.id}
      />
      {confirming ? (
        <span className="state-manager__confirm" role="group" aria-label={t('editor.states.deleteConfirm', { name: state.name })}>
          <span>{t('editor.states.deleteConfirm', { name: state.name })}</span>
          <button type="button" className="editor-button editor-button--danger" onClick={() => (deleteYearState(env, state.id), setConfirming(false))} data-action="confirm-delete-state">
            {t('editor.states.deleteYes')}
          </button>
          <button type="button" className="editor-button" onClick={() => setConfirming(false)} autoFocus>
            {t('editor.states.deleteNo')}
          </button>
        </span>
      ) : (
        <button type="button" className="editor-button state-manager__delete" title={t('editor.states.deleteTitle', { name: state.name })} onClick={() => setConfirming(true)} data-delete-state={state.id}>
          {t('editor.states.delete')}
        </button>
      )}
    </li>
  )
}
