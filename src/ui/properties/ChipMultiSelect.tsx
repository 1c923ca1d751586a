import type { ChangeEvent } from 'react'
import { useT } from '../i18n/locale.ts'
import type { FieldA11y } from './FieldRow.tsx'

export interface ChipOption {
  readonly value: string
  readonly label: string
  /** Shown in full on hover when the chip's label is cut short. */
  readonly title?: string
}

export interface ChipGroup {
  /** Omitted for a flat list. */
  readonly label?: string
  readonly options: readonly ChipOption[]
}

export interface ChipMultiSelectProps extends FieldA11y {
  readonly id: string
  readonly values: readonly string[]
  readonly groups: readonly ChipGroup[]
  /** The add-select's first line, e.g. "Tambah perangkat daerah…". */
  readonly addLabel: string
  readonly onChange: (values: string[]) => void
}

/**
 * Several choices from a list, compact enough for a side panel: the chosen ones as removable
 * chips, the rest in one select that adds on change. A native select keeps it keyboard- and
 * screen-reader-friendly without a custom listbox.
 */
export function ChipMultiSelect({ id, values, groups, addLabel, onChange, ...a11y }: ChipMultiSelectProps) {
  const t = useT()
  const labels = new Map<string, ChipOption>()
  for (const g of groups) for (const o of g.options) labels.set(o.value, o)
  const chosen = new Set(values)
  const remaining = groups.map((g) => ({ ...g, options: g.options.filter((o) => !chosen.has(o.value)) })).filter((g) => g.options.length > 0)

  const add = (event: ChangeEvent<HTMLSelectElement>): void => {
    const value = event.target.value
    if (value && !chosen.has(value)) onChange([...values, value])
  }

  return (
    <div className="prop-chips-field">
      {values.length > 0 && (
        <ul className="prop-chips">
          {values.map((v) => {
            const option = labels.get(v)
            const label = option?.label ?? t('properties.unknownItem')
            return (
              <li key={v} className="prop-chip" title={option?.title ?? label} data-unknown={option ? undefined : true}>
                <span className="prop-chip__label">{label}</span>
                <button type="button" className="prop-chip__remove" aria-label={t('properties.remove', { item: label })} onClick={() => onChange(values.filter((x) => x !== v))}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {/* Kept, disabled, when everything is chosen: the field's label still has its control. */}
      <select id={id} className="prop-select" value="" onChange={add} disabled={remaining.length === 0} {...a11y}>
        <option value="">{addLabel}</option>
        {remaining.map((g, i) =>
          g.label === undefined ? (
            g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ) : (
            <optgroup key={i} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </div>
  )
}
