import { allChanges, type ElementChange, type GapAnalysis } from '../../analysis/gap/gapAnalysis.ts'
import type { ScheduledActivity } from '../../analysis/roadmap/activity.ts'
import { DOMAINS } from '../../model/metamodel/metamodel.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import { compareStrings } from '../../model/order.ts'
import type { ProjectData } from '../../model/project.ts'
import { fieldLabel, valueTexts } from './valueText.ts'

/** One row of a domain's gap table: As-Is | To-Be | Kesenjangan | Kegiatan | Target tahun | OPD | RPJMD. */
export interface GapRow {
  readonly id: string
  readonly code: string
  /** The element as it is now ('' when it does not exist yet). */
  readonly asIs: string
  /** The element in the target ('' when it is retired). */
  readonly toBe: string
  /** Baru, Pengembangan, Berubah, Dihentikan or Tetap. */
  readonly gap: string
  /** What changes, attribute by attribute ('' when nothing does). */
  readonly detail: string
  readonly activities: readonly { readonly code: string; readonly name: string }[]
  /** The last year of the kegiatan that close this gap ('' when none). */
  readonly targetYear: string
  readonly opd: string
  readonly rpjmd: string
}

export interface DomainSection {
  readonly id: DomainId
  readonly code: string
  readonly label: string
  readonly referenceArchitecture: string
  readonly rows: readonly GapRow[]
}

const GAP_LABEL = { added: 'Baru', removed: 'Dihentikan', changed: 'Berubah', unchanged: 'Tetap' } as const

export function gapLabel(c: ElementChange): string {
  if (c.change === 'changed' && c.status === 'pengembangan') return 'Pengembangan'
  return GAP_LABEL[c.change]
}

/** Every element of either state, per domain, ordered by its code then its name. */
export function domainSections(data: ProjectData, gap: GapAnalysis, activitiesOf: ReadonlyMap<string, readonly ScheduledActivity[]>): DomainSection[] {
  const opd = new Map(data.opd.map((o) => [o.id, o.shortName]))
  const goals = new Map(data.plan.goals.map((g) => [g.id, g.code ?? g.text]))
  const elements = new Map(data.elements.map((e) => [e.id, e]))
  const text = valueTexts(data)
  const byDomain = new Map<DomainId, GapRow[]>(DOMAINS.map((d) => [d.id, []]))
  // Unchanged elements have rows too.
  for (const c of allChanges(data, gap)) {
    if (c.type !== 'element') continue
    const e = elements.get(c.id)
    const label = e?.code ? `${e.code} ${c.name}` : c.name
    const acts = [...(activitiesOf.get(c.id) ?? [])].sort((a, b) => compareStrings(a.code, b.code))
    const lastYear = acts.reduce((y, a) => Math.max(y, a.endYear), 0)
    const goalIds = new Set([...(e?.goals ?? []), ...acts.flatMap((a) => a.goals)])
    const owner = c.ownerOpd ?? acts.find((a) => a.opd)?.opd
    byDomain.get(c.domain)!.push({
      id: c.id,
      code: e?.code ?? '',
      asIs: c.change === 'added' ? '' : label,
      toBe: c.change === 'removed' ? '' : label,
      gap: gapLabel(c),
      detail: c.fields
        .filter((f) => f.field !== 'status')
        .map((f) => `${fieldLabel(c.kind, f.field)}: ${text(c.kind, f.field, f.before)} → ${text(c.kind, f.field, f.after)}`)
        .join('; '),
      activities: acts.map((a) => ({ code: a.code, name: a.name })),
      targetYear: lastYear ? String(lastYear) : '',
      opd: owner ? opd.get(owner) ?? owner : '',
      rpjmd: [...goalIds].map((g) => goals.get(g) ?? g).sort(compareStrings).join(', '),
    })
  }
  return DOMAINS.map((d) => ({
    id: d.id, code: d.code, label: d.label.id, referenceArchitecture: d.referenceArchitecture,
    rows: byDomain.get(d.id)!.sort((a, b) => compareStrings(a.code, b.code) || compareStrings(a.asIs || a.toBe, b.asIs || b.toBe)),
  }))
}
