import { ok, type CommandContext, type CommandResult } from '../../model/commands/commandContext.ts'
import { bulkUpdateElements, checkAttribute, updateElement } from '../../model/commands/elementCommands.ts'
import type { AttributeDef } from '../../model/metamodel/types.ts'
import type { AttributeValue, Element, State } from '../../model/project.ts'
import type { Catalogue } from '../../model/reference/catalogue.ts'
import { valueInState } from '../properties/elementInState.ts'
import { uiMessage, writeAttribute } from './cellEdit.ts'

/** What a bulk edit sets on every selected element. */
export type BulkChange =
  | { readonly field: 'owner'; readonly value: string }
  /** Adds one reference code to each element's own list. */
  | { readonly field: 'addRefCode'; readonly value: string }
  | { readonly field: 'attr'; readonly def: AttributeDef; readonly value: AttributeValue | undefined }

export interface BulkOutcome {
  readonly changed: number
  /** Already had the value. */
  readonly unchanged: number
  /** Not in the shown state, so its attributes are not edited there. */
  readonly skipped: number
}

/**
 * Applies one change to many elements in ONE transaction with the user's origin, so a single
 * undo takes all of it back. Everything is checked before the first write (Yjs cannot roll a
 * transaction back), so a refusal writes nothing. Attribute values go to the shown state by the
 * same rule as a cell edit (see commitCell).
 */
export function applyBulkChange(
  ctx: CommandContext, elements: readonly Element[], change: BulkChange, shown: State | undefined, catalogue: Catalogue,
): CommandResult<BulkOutcome> {
  if (change.field === 'owner') {
    const todo = elements.filter((e) => (e.ownerOpd ?? '') !== change.value)
    if (todo.length === 0) return ok({ changed: 0, unchanged: elements.length, skipped: 0 })
    const r = bulkUpdateElements(ctx, todo.map((e) => e.id), { ownerOpd: change.value })
    return r.ok ? ok({ changed: todo.length, unchanged: elements.length - todo.length, skipped: 0 }) : r
  }
  if (change.field === 'addRefCode') {
    const code = change.value.trim()
    if (!catalogue.has(code)) return { ok: false, error: uiMessage('catalogue.error.unknownCodes', { codes: code }) }
    const todo = elements.filter((e) => !(e.refCodes ?? []).includes(code))
    return inOneTransaction(ctx, todo, (e) => updateElement(ctx, e.id, { refCodes: [...(e.refCodes ?? []), code] }), {
      changed: todo.length, unchanged: elements.length - todo.length, skipped: 0,
    })
  }
  const { def, value } = change
  if (value !== undefined) {
    for (const e of elements) {
      const problem = checkAttribute(e.kind, def.name, value)
      if (problem) return problem
    }
  }
  const members = shown ? elements.filter((e) => e.states[shown.id] !== undefined) : []
  const todo = members.filter((e) => valueInState(e, shown!.id, def.name) !== value)
  return inOneTransaction(ctx, todo, (e) => writeAttribute(ctx, e, def, shown!, value), {
    changed: todo.length, unchanged: members.length - todo.length, skipped: elements.length - members.length,
  })
}

function inOneTransaction(
  ctx: CommandContext, todo: readonly Element[], write: (e: Element) => CommandResult, outcome: BulkOutcome,
): CommandResult<BulkOutcome> {
  if (todo.length === 0) return ok(outcome)
  let refused: CommandResult<never> | undefined
  // Commands nested in an outer transaction join it: one update, one undo step.
  ctx.doc.transact(() => {
    for (const e of todo) {
      const r = write(e)
      if (!r.ok) {
        refused = r
        return
      }
    }
  }, ctx.origin)
  return refused ?? ok(outcome)
}
