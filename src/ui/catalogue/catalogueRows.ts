// The browser build: the default one needs Node's Buffer.
import { stringify } from 'csv-stringify/browser/esm/sync'
import { csvSafe } from '../../io/csvSafe.ts'
import { elementKind } from '../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import type { Locale } from '../../model/message.ts'
import { compareStrings } from '../../model/order.ts'
import type { ProjectionState } from '../../model/projection/projection.ts'

/** One row of the catalogue table: an element as a planner scans it. */
export interface CatalogueRow {
  readonly id: string
  readonly code: string
  readonly name: string
  readonly kind: string
  readonly owner: string
  readonly ownerId?: string
  readonly refCodes: string
  readonly inAsis: boolean
  readonly targetStatus?: string
}

export type SortKey = 'code' | 'name' | 'kind' | 'owner'

/** Every element of one domain as a row, in no particular order. */
export function domainRows(s: ProjectionState, domain: DomainId, locale: Locale): CatalogueRow[] {
  const asis = s.states.find((x) => x.role === 'asis')?.id
  const target = s.states.find((x) => x.role === 'target')?.id
  const rows: CatalogueRow[] = []
  for (const e of s.elements.values()) {
    const kind = elementKind(e.kind)
    if (kind?.domain !== domain) continue
    rows.push({
      id: e.id, code: e.code ?? '', name: e.name, kind: kind.label[locale], owner: e.ownerOpd ? s.opd.get(e.ownerOpd)?.shortName ?? '' : '', ownerId: e.ownerOpd,
      refCodes: (e.refCodes ?? []).join(', '), inAsis: asis !== undefined && asis in e.states,
      targetStatus: target !== undefined && target in e.states ? e.states[target]!.status ?? 'tetap' : undefined,
    })
  }
  return rows
}

/** The rows whose shown text contains `filter`, sorted by one column. */
export function filterAndSort(rows: readonly CatalogueRow[], filter: string, sort: SortKey, descending: boolean): CatalogueRow[] {
  const needle = filter.trim().toLowerCase()
  const out = needle ? rows.filter((r) => [r.code, r.name, r.kind, r.owner, r.refCodes].some((v) => v.toLowerCase().includes(needle))) : [...rows]
  out.sort((a, b) => compareStrings(a[sort].toLowerCase(), b[sort].toLowerCase()) || compareStrings(a.id, b.id))
  if (descending) out.reverse()
  return out
}

/** The rows of one domain, filtered by text and sorted; pure, so tests and CSV export share it. */
export function catalogueRows(s: ProjectionState, domain: DomainId, locale: Locale, filter: string, sort: SortKey, descending: boolean): CatalogueRow[] {
  return filterAndSort(domainRows(s, domain, locale), filter, sort, descending)
}

/** The rows as CSV for a spreadsheet; text that would run as a formula is kept as text. */
export function catalogueCsv(rows: readonly CatalogueRow[]): string {
  return stringify(
    rows.map((r) => [r.code, r.name, r.kind, r.owner, r.refCodes, r.inAsis ? 'ya' : '', r.targetStatus ?? '']),
    { header: true, columns: ['kode', 'nama', 'jenis', 'opd_pemilik', 'kode_referensi', 'kondisi_saat_ini', 'status_target'], cast: { string: csvSafe } },
  )
}
