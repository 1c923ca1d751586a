import { DOMAINS, elementKind } from '../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import { compareStrings } from '../../model/order.ts'
import type { ProjectData } from '../../model/project.ts'

/** One element of the lampiran: the full catalogue, every element of the project. */
export interface CatalogueRow {
  readonly id: string
  readonly code: string
  readonly name: string
  readonly kind: string
  readonly opd: string
  readonly refCodes: string
  /** "Ada" / "–" in the earlier state; the status in the later one. */
  readonly asIs: string
  readonly toBe: string
  readonly description: string
}

export interface CatalogueSection {
  readonly id: DomainId
  readonly label: string
  readonly rows: readonly CatalogueRow[]
}

const STATUS_LABEL = { tetap: 'Tetap', baru: 'Baru', pengembangan: 'Pengembangan', dihentikan: 'Dihentikan' } as const

export function catalogueSections(data: ProjectData, from: string, to: string): CatalogueSection[] {
  const opd = new Map(data.opd.map((o) => [o.id, o.shortName]))
  const byDomain = new Map<DomainId, CatalogueRow[]>(DOMAINS.map((d) => [d.id, []]))
  for (const e of data.elements) {
    const kind = elementKind(e.kind)
    if (!kind) continue
    const target = e.states[to]
    byDomain.get(kind.domain)!.push({
      id: e.id,
      code: e.code ?? '',
      name: e.name,
      kind: kind.label.id,
      opd: e.ownerOpd ? opd.get(e.ownerOpd) ?? e.ownerOpd : '',
      refCodes: (e.refCodes ?? []).join(', '),
      asIs: e.states[from] ? 'Ada' : '–',
      toBe: target ? (target.status ? STATUS_LABEL[target.status] : 'Ada') : '–',
      description: e.description ?? '',
    })
  }
  return DOMAINS.map((d) => ({
    id: d.id, label: d.label.id,
    rows: byDomain.get(d.id)!.sort((a, b) => compareStrings(a.code, b.code) || compareStrings(a.name, b.name)),
  }))
}
