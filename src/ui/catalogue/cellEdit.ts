import { fail, ok, type CommandContext, type CommandResult } from '../../model/commands/commandContext.ts'
import { setAttribute, updateElement } from '../../model/commands/elementCommands.ts'
import { msg, type Locale, type Message } from '../../model/message.ts'
import { attributeDef } from '../../model/metamodel/metamodel.ts'
import type { AttributeDef } from '../../model/metamodel/types.ts'
import type { AttributeValue, Element, State } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import type { Catalogue } from '../../model/reference/catalogue.ts'
import { localized, translate, type MessageKey, type MessageParams, type Translate } from '../i18n/translate.ts'
import { opdOptions } from '../properties/opdOptions.ts'
import { stateValueFor, valueInState, writeStateFor } from '../properties/elementInState.ts'
import type { CatalogueColumn } from './catalogueColumns.ts'

/** A refusal raised here rather than by a model command, in both languages like the model's. */
export function uiMessage(key: MessageKey, params?: MessageParams): Message {
  return msg(translate('id', key, params), translate('en', key, params))
}
const refuse = (key: MessageKey, params?: MessageParams): CommandResult<never> => ({ ok: false, error: uiMessage(key, params) })

export interface SelectOption {
  readonly value: string
  readonly label: string
}

/** The control a cell is edited with. */
export type CellEditor =
  | { readonly type: 'text' | 'number' | 'date' }
  | { readonly type: 'select'; readonly options: readonly SelectOption[] }

/** The attribute behind an attribute cell, for this element's kind (undefined: the kind has none). */
export function cellDef(column: CatalogueColumn, element: Element): AttributeDef | undefined {
  return column.field === 'attr' ? attributeDef(element.kind, column.attr!) : undefined
}

/** Options of a value select: the first, empty one clears. */
export function valueOptions(def: AttributeDef, s: ProjectionState, selfId: string | undefined, t: Translate, locale: Locale): readonly SelectOption[] {
  const none = { value: '', label: t('catalogue.none') }
  switch (def.type) {
    case 'enum':
      return [none, ...def.options.map((o) => ({ value: o.value, label: localized(o.label, locale) }))]
    case 'boolean':
      return [none, { value: 'true', label: t('catalogue.yes') }, { value: 'false', label: t('catalogue.no') }]
    case 'reference': {
      if (def.target === 'opd') return [none, ...opdOptions(s.opd)]
      const kinds = def.target.elementKinds
      const out: SelectOption[] = []
      for (const e of s.elements.values()) if (e.id !== selfId && kinds.includes(e.kind)) out.push({ value: e.id, label: e.code ? `${e.name} (${e.code})` : e.name })
      return [none, ...out.sort((a, b) => a.label.localeCompare(b.label, 'id'))]
    }
    default:
      return []
  }
}

export function cellEditor(column: CatalogueColumn, element: Element, s: ProjectionState, t: Translate, locale: Locale): CellEditor {
  if (column.field === 'owner') return { type: 'select', options: [{ value: '', label: t('catalogue.none') }, ...opdOptions(s.opd)] }
  const def = cellDef(column, element)
  if (!def || def.type === 'text') return { type: 'text' }
  if (def.type === 'number' || def.type === 'date') return { type: def.type }
  return { type: 'select', options: valueOptions(def, s, element.id, t, locale) }
}

/** The value an editor starts from: raw (an id, a plain number), not the shown text. */
export function cellInitial(column: CatalogueColumn, element: Element, state: State | undefined): string {
  switch (column.field) {
    case 'name': return element.name
    case 'code': return element.code ?? ''
    case 'owner': return element.ownerOpd ?? ''
    case 'refCodes': return (element.refCodes ?? []).join(', ')
    case 'attr': {
      const v = valueInState(element, state?.id, column.attr!)
      return v === undefined ? '' : String(v)
    }
    default: return ''
  }
}

/**
 * A number as people type it here: "1.500.000" (Indonesian grouping), "1,500,000", "2,5" or
 * "2.5". NaN when it is not a number.
 */
export function parseNumber(text: string): number {
  const s = text.replace(/[\s\u00a0]/g, '').replace(/^rp/i, '')
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'))
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^-?\d*,\d+$/.test(s)) return Number(s.replace(',', '.'))
  return s === '' ? NaN : Number(s)
}

/** Typed text as an attribute value; undefined clears; a Message when it cannot be read. */
export function parseAttributeText(def: AttributeDef, text: string): AttributeValue | undefined | Message {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  switch (def.type) {
    case 'number': {
      const n = parseNumber(trimmed)
      return Number.isNaN(n) ? uiMessage('catalogue.error.notANumber') : n
    }
    case 'boolean':
      return trimmed === 'true'
    default:
      return trimmed
  }
}

const isMessage = (v: unknown): v is Message => typeof v === 'object' && v !== null && 'en' in v

/** Splits "RAA.02.01, RAA.01" (commas, semicolons or spaces) into codes, each once. */
export function parseCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean))]
}

/** Codes the project's catalogue does not know; the properties panel's picker cannot choose them either. */
export function unknownCodes(codes: readonly string[], catalogue: Catalogue): string[] {
  return codes.filter((c) => !catalogue.has(c))
}

export interface CellCommit {
  readonly ctx: CommandContext
  readonly state: ProjectionState
  readonly element: Element
  readonly column: CatalogueColumn
  /** The state the table shows. */
  readonly shown: State | undefined
  readonly catalogue: Catalogue
}

/**
 * Writes one cell through the model commands. Which state an attribute edit goes to follows the
 * properties panel (writeStateFor): in the as-is the base value is edited, so the target sees it
 * unless it keeps its own; in the target or an intermediate state the value becomes that state's
 * own, so the as-is never changes, except when the element is in that state only, where the base
 * is edited. An element outside the shown state cannot be edited there (its cells are read only).
 * Returns ok without writing when nothing changes, so no empty undo step is made.
 */
export function commitCell({ ctx, state: s, element, column, shown, catalogue }: CellCommit, text: string): CommandResult {
  if (text === cellInitial(column, element, shown)) return ok(undefined)
  switch (column.field) {
    case 'name':
      return updateElement(ctx, element.id, { name: text })
    case 'code': {
      const code = text.trim()
      const other = code === '' ? undefined : [...s.elements.values()].find((e) => e.code === code && e.id !== element.id)
      if (other) return refuse('catalogue.error.codeTaken', { code, name: other.name })
      return updateElement(ctx, element.id, { code })
    }
    case 'owner':
      return updateElement(ctx, element.id, { ownerOpd: text })
    case 'refCodes': {
      const codes = parseCodes(text)
      const unknown = unknownCodes(codes, catalogue)
      if (unknown.length > 0) return refuse('catalogue.error.unknownCodes', { codes: unknown.join(', ') })
      return updateElement(ctx, element.id, { refCodes: codes })
    }
    case 'attr': {
      const def = cellDef(column, element)
      if (!def) return refuse('catalogue.error.noAttribute')
      if (!shown || element.states[shown.id] === undefined) return refuse('catalogue.error.notInState', { name: element.name, state: shown?.name ?? '' })
      const value = parseAttributeText(def, text)
      if (isMessage(value)) return fail(value.id, value.en)
      if (value === valueInState(element, shown.id, def.name)) return ok(undefined)
      return writeAttribute(ctx, element, def, shown, value)
    }
    default:
      return refuse('catalogue.error.readOnly')
  }
}

/** One attribute of one element as seen in `shown`, by the rule documented on commitCell. */
export function writeAttribute(ctx: CommandContext, element: Element, def: AttributeDef, shown: State, value: AttributeValue | undefined): CommandResult {
  const writeState = writeStateFor(element, shown, def.name)
  const stored = writeState === undefined ? value : stateValueFor(element, def.name, value, def.type === 'text')
  return setAttribute(ctx, element.id, def.name, stored, writeState)
}
