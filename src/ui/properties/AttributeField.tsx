import { useId, type ReactNode } from 'react'
import type { StoreApi } from 'zustand'
import type { CommandContext } from '../../model/commands/commandContext.ts'
import { setAttribute } from '../../model/commands/elementCommands.ts'
import { msg } from '../../model/message.ts'
import type { AttributeDef } from '../../model/metamodel/types.ts'
import type { AttributeValue, Element, State } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized, translate } from '../i18n/translate.ts'
import { attributeText } from './attributeText.ts'
import { DraftInput } from './DraftInput.tsx'
import { isEmptyValue, stateValueFor, valueInState, writeStateFor } from './elementInState.ts'
import { FieldRow, type FieldA11y } from './FieldRow.tsx'
import { ReferenceSelect } from './ReferenceSelect.tsx'
import { useCommandError } from './useCommandError.ts'

export interface AttributeFieldProps {
  readonly ctx: CommandContext
  readonly store: StoreApi<ProjectionState>
  readonly element: Element
  readonly def: AttributeDef
  /** The state the panel shows; the as-is and target, when the project has them. */
  readonly state: State
  readonly asis: State | undefined
  readonly target: State | undefined
}

/** Numbers from this size on also get a grouped reading ("Rp 1.500.000.000") under the input. */
const READABLE_FROM = 10_000

const NOT_A_NUMBER = msg(translate('id', 'properties.notANumber'), translate('en', 'properties.notANumber'))

/**
 * One attribute of the element's kind, as it is in the shown state, with the control its type
 * calls for. Beside a value the target changed it shows the as-is one ("Saat ini: luring"); in
 * the as-is it shows the target's own value, which base edits leave alone.
 */
export function AttributeField({ ctx, store, element, def, state, asis, target }: AttributeFieldProps) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const { error, run, setError } = useCommandError()

  const value = valueInState(element, state.id, def.name)
  const writeState = writeStateFor(element, state, def.name)
  const commit = (next: AttributeValue | undefined): boolean =>
    run(() => {
      const stored = writeState === undefined ? next : stateValueFor(element, def.name, next, def.type === 'text')
      return setAttribute(ctx, element.id, def.name, stored, writeState)
    })

  const nameOf = (ref: string): string | undefined => {
    const s = store.getState()
    return s.opd.get(ref)?.shortName ?? s.elements.get(ref)?.name
  }
  const text = (v: AttributeValue | undefined): string => attributeText(def, v, locale, t, nameOf)

  const notes: ReactNode[] = []
  if (state.role !== 'asis' && asis && element.states[asis.id]) {
    const before = valueInState(element, asis.id, def.name)
    if (before !== value) {
      notes.push(
        <p key="asis" className="prop-note" data-note="asis">
          <span>{t('properties.asIs', { value: text(before) })}</span>
          <button type="button" className="prop-link" onClick={() => commit(before)}>
            {t('properties.useAsIs')}
          </button>
        </p>,
      )
    }
  }
  if (state.role === 'asis' && target) {
    const own = element.states[target.id]?.attrs?.[def.name]
    if (own !== undefined && own !== value) {
      notes.push(
        <p key="target" className="prop-note" data-note="target">
          {t('properties.inTarget', { state: target.name, value: text(own) })}
        </p>,
      )
    }
  }
  if (def.type === 'number' && typeof value === 'number' && Math.abs(value) >= READABLE_FROM) {
    notes.push(
      <p key="readable" className="prop-note">
        {text(value)}
      </p>,
    )
  }

  const control = (a11y: FieldA11y) => {
    switch (def.type) {
      case 'text':
        return (
          <DraftInput
            id={id}
            {...a11y}
            value={typeof value === 'string' ? value : value === undefined ? '' : String(value)}
            multiline={def.multiline}
            onCommit={(typed) => commit(typed.trim() === '' ? undefined : typed.trim())}
            onDiscard={() => setError(undefined)}
          />
        )
      case 'number':
        return (
          <span className="prop-number">
            <DraftInput
              id={id}
              {...a11y}
              type="number"
              inputMode={def.integer ? 'numeric' : 'decimal'}
              min={def.min}
              step={def.integer ? 1 : 'any'}
              value={value === undefined ? '' : String(value)}
              onCommit={(typed, bad) => {
                if (bad) {
                  setError(NOT_A_NUMBER)
                  return false
                }
                return commit(typed.trim() === '' ? undefined : Number(typed))
              }}
              onDiscard={() => setError(undefined)}
            />
            {def.unit && <span className="prop-number__unit">{def.unit}</span>}
          </span>
        )
      case 'date':
        return (
          <DraftInput
            id={id}
            {...a11y}
            type="date"
            value={typeof value === 'string' ? value : ''}
            onCommit={(typed) => commit(typed === '' ? undefined : typed)}
            onDiscard={() => setError(undefined)}
          />
        )
      case 'enum': {
        const current = value === undefined ? '' : String(value)
        const known = current === '' || def.options.some((o) => o.value === current)
        return (
          <select id={id} className="prop-select" {...a11y} value={current} onChange={(event) => commit(event.target.value === '' ? undefined : event.target.value)}>
            <option value="">{t('properties.select.none')}</option>
            {/* A value outside the options (an old file, an import) stays visible until changed. */}
            {!known && <option value={current}>{current}</option>}
            {def.options.map((o) => (
              <option key={o.value} value={o.value}>
                {localized(o.label, locale)}
              </option>
            ))}
          </select>
        )
      }
      case 'boolean':
        return <input id={id} type="checkbox" className="prop-checkbox" {...a11y} checked={value === true} onChange={(event) => commit(event.target.checked)} />
      case 'reference':
        return (
          <ReferenceSelect
            id={id}
            {...a11y}
            store={store}
            target={def.target}
            selfId={element.id}
            value={value === undefined ? '' : String(value)}
            onChange={(ref) => commit(ref === '' ? undefined : ref)}
          />
        )
    }
  }

  return (
    <FieldRow
      id={id}
      label={localized(def.label, locale)}
      required={def.required}
      missing={def.required && isEmptyValue(value)}
      help={def.help && localized(def.help, locale)}
      error={error}
      inline={def.type === 'boolean'}
      notes={notes.length > 0 ? notes : undefined}
    >
      {control}
    </FieldRow>
  )
}
