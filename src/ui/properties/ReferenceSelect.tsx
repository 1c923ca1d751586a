import { useMemo } from 'react'
import { useStore, type StoreApi } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { Element } from '../../model/project.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useT } from '../i18n/locale.ts'
import type { ChipOption } from './ChipMultiSelect.tsx'
import type { FieldA11y } from './FieldRow.tsx'
import { opdOptions } from './opdOptions.ts'

export interface ReferenceSelectProps extends FieldA11y {
  readonly id: string
  readonly store: StoreApi<ProjectionState>
  /** A perangkat daerah, or an element of one of these kinds. */
  readonly target: 'opd' | { readonly elementKinds: readonly string[] }
  readonly value: string
  /** The element being edited, which cannot refer to itself. */
  readonly selfId: string
  readonly onChange: (id: string) => void
}

/**
 * A select over what a reference attribute may point at. It subscribes to just the candidates
 * (shallow-compared; unchanged elements keep their identity), not to the whole element map.
 */
export function ReferenceSelect({ id, store, target, value, selfId, onChange, ...a11y }: ReferenceSelectProps) {
  const t = useT()
  const opd = useStore(store, (s) => s.opd)
  const kinds = target === 'opd' ? undefined : target.elementKinds
  const candidates = useStore(
    store,
    useShallow((s): readonly Element[] => {
      if (!kinds) return []
      const out: Element[] = []
      for (const e of s.elements.values()) if (e.id !== selfId && kinds.includes(e.kind)) out.push(e)
      return out
    }),
  )
  const options = useMemo<ChipOption[]>(
    () => (kinds ? candidates.map((e) => ({ value: e.id, label: e.code ? `${e.name} (${e.code})` : e.name })).sort((a, b) => a.label.localeCompare(b.label, 'id')) : opdOptions(opd)),
    [kinds, candidates, opd],
  )
  const known = value === '' || options.some((o) => o.value === value)

  return (
    <select id={id} className="prop-select" value={value} onChange={(event) => onChange(event.target.value)} {...a11y}>
      <option value="">{t('properties.select.none')}</option>
      {/* A reference to something deleted meanwhile stays visible until the user changes it. */}
      {!known && <option value={value}>{t('properties.unknownItem')}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value} title={o.title}>
          {o.label}
        </option>
      ))}
    </select>
  )
}
