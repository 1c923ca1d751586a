import type { StateStatus } from '../../model/metamodel/types.ts'
import type { AttributeValue, Element, State } from '../../model/project.ts'

/**
 * How the properties panel reads and writes one element as it is in one state. The model keeps
 * base attribute values plus per-state values (`states[id].attrs`); a state sees its own value
 * where it has one and the base value otherwise.
 */

/** The value of an attribute as `stateId` sees it. */
export function valueInState(e: Element, stateId: string | undefined, name: string): AttributeValue | undefined {
  const own = stateId === undefined ? undefined : e.states[stateId]?.attrs?.[name]
  return own ?? e.attrs[name]
}

/**
 * Where an edit of `name` made while looking at `state` is written: a state id for a value of
 * that state only, or undefined for the base value.
 * - In the as-is the base is edited (the later states keep whatever they recorded), unless the
 *   as-is itself records a value for the attribute: then that value is what the user sees.
 * - In any later state the edit is that state's own, so the as-is never changes; except when the
 *   element is in no other state, where a separate value would protect nothing.
 */
export function writeStateFor(e: Element, state: State, name: string): string | undefined {
  const own = e.states[state.id]?.attrs?.[name] !== undefined
  if (state.role === 'asis') return own ? state.id : undefined
  const elsewhere = Object.keys(e.states).some((id) => id !== state.id)
  return elsewhere || own ? state.id : undefined
}

/**
 * The value to store for an edit written to a state's own record: the same value as the base
 * needs no separate record, and emptying a text in that state must not fall back to the base.
 */
export function stateValueFor(e: Element, name: string, value: AttributeValue | undefined, isText: boolean): AttributeValue | undefined {
  const base = e.attrs[name]
  if (value === undefined) return isText && base !== undefined && base !== '' ? '' : undefined
  return value === base ? undefined : value
}

/** Status to show for the element in a state: recorded, or what membership implies. */
export function statusIn(e: Element, state: State, asis: State | undefined): StateStatus | undefined {
  const m = e.states[state.id]
  if (!m || state.role === 'asis') return undefined
  if (m.status) return m.status
  return asis && e.states[asis.id] ? 'tetap' : 'baru'
}

/** Whether the element records any value of its own for the state (shown as a note in the as-is). */
export function hasStateValues(e: Element, stateId: string | undefined): boolean {
  const attrs = stateId === undefined ? undefined : e.states[stateId]?.attrs
  return attrs !== undefined && Object.keys(attrs).length > 0
}

export function isEmptyValue(v: AttributeValue | undefined): boolean {
  return v === undefined || v === ''
}
