import { useId, useMemo, useState } from 'react'
import type { Message } from '../../model/message.ts'
import { domainById } from '../../model/metamodel/domains.ts'
import { elementKind } from '../../model/metamodel/metamodel.ts'
import type { AttributeDef, DomainId, ElementKind } from '../../model/metamodel/types.ts'
import type { State } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import type { Catalogue } from '../../model/reference/catalogue.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { localized } from '../i18n/translate.ts'
import { opdOptions } from '../properties/opdOptions.ts'
import type { BulkChange } from './bulkEdit.ts'
import { commonAttributes } from './catalogueColumns.ts'
import type { CatalogueRow } from './catalogueRows.ts'
import { parseAttributeText, valueOptions, type SelectOption } from './cellEdit.ts'

export interface BulkEditBarProps {
  readonly rows: readonly CatalogueRow[]
  readonly state: ProjectionState
  readonly domain: DomainId
  readonly shown: State | undefined
  readonly catalogue: Catalogue
  /** Applies the change in one transaction; returns the refusal, if any. */
  readonly onApply: (change: BulkChange, fieldLabel: string) => Message | undefined
  readonly onClear: () => void
}

/** The value select's placeholder; never a real value (ids and enum values have no NUL). */
const CHOOSE = '\u0000choose'

/** Attributes a bulk edit can set: references to other elements need a picker per element, so they are left to the panel. */
const bulkEditable = (def: AttributeDef): boolean => def.type !== 'reference' || def.target === 'opd'

/**
 * "Ubah N elemen terpilih": one column (owner OPD, a reference code to add, or any attribute all
 * the selected kinds share) and one value, applied to every selected row in one undo step.
 */
export function BulkEditBar({ rows, state, domain, shown, catalogue, onApply, onClear }: BulkEditBarProps) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const [chosenField, setField] = useState('')
  // Undefined until the user picks or types one: Apply never clears a column by default.
  const [value, setValue] = useState<string>()
  const [error, setError] = useState<Message>()

  const kindIds = [...new Set(rows.map((r) => r.element.kind))].sort().join(' ')
  const attributes = useMemo(() => {
    const kinds = kindIds.split(' ').map(elementKind).filter((k): k is ElementKind => k !== undefined)
    return commonAttributes(kinds).filter(bulkEditable)
  }, [kindIds])
  const chosenDef = chosenField.startsWith('attr:') ? attributes.find((a) => `attr:${a.name}` === chosenField) : undefined
  // An attribute the newly selected kinds do not share falls back to "choose a column".
  const field = chosenField.startsWith('attr:') && !chosenDef ? '' : chosenField
  const def = chosenDef
  const codes = useMemo(() => {
    const ra = domainById(domain).referenceArchitecture
    return catalogue.entries().filter((e) => e.referenceArchitecture === ra)
  }, [catalogue, domain])

  const fieldLabel = field === 'owner' ? t('catalogue.bulk.fieldOwner') : field === 'addRefCode' ? t('catalogue.bulk.fieldAddRefCode') : def ? localized(def.label, locale) : ''
  let options: readonly SelectOption[] | undefined
  if (field === 'owner') options = [{ value: '', label: t('catalogue.none') }, ...opdOptions(state.opd)]
  else if (def && def.type !== 'text' && def.type !== 'number' && def.type !== 'date') options = valueOptions(def, state, undefined, t, locale)

  const ready = field !== '' && value !== undefined && (options !== undefined || value.trim() !== '')
  const apply = (): void => {
    if (!ready) return
    let change: BulkChange | undefined
    if (field === 'owner') change = { field: 'owner', value: value! }
    else if (field === 'addRefCode') change = { field: 'addRefCode', value: value! }
    else if (def) {
      const parsed = parseAttributeText(def, value!)
      if (typeof parsed === 'object' && parsed !== null && 'en' in parsed) return setError(parsed)
      change = { field: 'attr', def, value: parsed }
    }
    if (!change) return
    setError(onApply(change, fieldLabel))
  }

  const title = t('catalogue.bulk.title', { count: rows.length })
  return (
    <section className="catalogue__bulk catalogue-bulk" aria-label={title}>
      <strong className="catalogue-bulk__title">{title}</strong>
      <label className="catalogue-bulk__field">
        <span>{t('catalogue.bulk.field')}</span>
        <select value={field} onChange={(e) => { setField(e.target.value); setValue(undefined); setError(undefined) }} data-bulk="field">
          <option value="">{t('catalogue.bulk.chooseField')}</option>
          <option value="owner">{t('catalogue.bulk.fieldOwner')}</option>
          <option value="addRefCode">{t('catalogue.bulk.fieldAddRefCode')}</option>
          {attributes.map((a) => <option key={a.name} value={`attr:${a.name}`}>{localized(a.label, locale)}</option>)}
        </select>
      </label>
      {field !== '' && (
        <label className="catalogue-bulk__field">
          <span>{t('catalogue.bulk.value')}</span>
          {options ? (
            <select value={value ?? CHOOSE} onChange={(e) => setValue(e.target.value)} data-bulk="value" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
              <option value={CHOOSE} disabled>{t('catalogue.bulk.chooseValue')}</option>
              {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          ) : (
            <input
              type={def?.type === 'date' ? 'date' : 'text'}
              inputMode={def?.type === 'number' ? 'decimal' : undefined}
              list={field === 'addRefCode' ? `${id}-codes` : undefined}
              placeholder={field === 'addRefCode' ? t('catalogue.bulk.codePlaceholder') : undefined}
              value={value ?? ''}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') apply() }}
              data-bulk="value"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
            />
          )}
        </label>
      )}
      {field === 'addRefCode' && (
        <datalist id={`${id}-codes`}>
          {codes.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </datalist>
      )}
      <button type="button" className="button button--small" disabled={!ready} onClick={apply}>
        {t('catalogue.bulk.apply')}
      </button>
      <button type="button" className="button button--small button--ghost" onClick={onClear}>{t('catalogue.bulk.clear')}</button>
      {def && shown && <span className="muted catalogue-bulk__note">{t('catalogue.bulk.inState', { state: shown.name })}</span>}
      {error && <p id={`${id}-error`} className="catalogue-bulk__error" role="alert">{localized(error, locale)}</p>}
    </section>
  )
}
