import type { Opd } from '../../model/project.ts'
import type { ChipOption } from './ChipMultiSelect.tsx'

/** OPD as select options: short name first (what people say), full name after; by short name. */
export function opdOptions(opd: ReadonlyMap<string, Opd>): ChipOption[] {
  return [...opd.values()]
    .map((o) => ({ value: o.id, label: o.shortName && o.shortName !== o.name ? `${o.shortName} — ${o.name}` : o.name, title: `${o.code} ${o.name}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'))
}
