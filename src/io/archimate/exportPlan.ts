import type { Membership, ProjectData } from '../../model/project.ts'
import type { Concept, ExportOptions } from './exportArchimate.ts'
import type { ExportContext } from './exportContext.ts'
import type { XProperty } from './archimateExtras.ts'
import { PLAN_TO_ARCHIMATE, SPBE_PROPERTIES } from './archimateMapping.ts'

export interface PlanConcepts {
  readonly elements: readonly Concept[]
  readonly relationships: readonly Concept[]
}

const safe = (s: string): string => s.replace(/[^A-Za-z0-9_.-]/g, '_')

/**
 * The states as Plateaus aggregating what they contain (status and per-state values as
 * properties of that aggregation), and the Peta Rencana's kegiatan as Work Packages associated
 * with the Gaps they close, each Gap associated with the element or relation it concerns.
 */
export function planConcepts(data: ProjectData, ctx: ExportContext, xid: (id: string) => string, options: ExportOptions): PlanConcepts {
  const elements: Concept[] = []
  const relationships: Concept[] = []
  const rel = (id: string, type: string, source: string, target: string, properties: XProperty[] = []): void => {
    relationships.push({ id, type, names: [], documentation: [], properties, source, target })
  }

  if (!statesAreOnlyImported(data, options)) {
    for (const s of data.states) {
      const plateau = `plateau-${safe(s.id)}`
      const props = [ctx.prop(SPBE_PROPERTIES.role, 'state'), ctx.prop(SPBE_PROPERTIES.state, s.id), ctx.prop(SPBE_PROPERTIES.status, s.role)]
      if (s.year !== undefined) props.push(ctx.prop(SPBE_PROPERTIES.year, String(s.year), 'number'))
      elements.push({ id: plateau, type: PLAN_TO_ARCHIMATE.state, names: [{ lang: 'id', text: s.name }], documentation: [], properties: props })
      const member = (id: string, kind: string, m: Membership | undefined): void => {
        if (!m) return
        const p = m.status ? [ctx.prop(SPBE_PROPERTIES.status, m.status)] : []
        rel(`${plateau}.${xid(id)}`, PLAN_TO_ARCHIMATE.stateMembership, plateau, xid(id), [...p, ...ctx.attrProps(kind, m.attrs)])
      }
      for (const e of data.elements) member(e.id, e.kind, e.states[s.id])
      for (const r of data.relations) member(r.id, r.kind, r.states[s.id])
    }
  }

  const roadmap = options.roadmap
  if (roadmap) {
    const names = new Map(data.elements.map((e) => [e.id, e.name]))
    const relations = new Map(data.relations.map((r) => [r.id, r]))
    const gaps = new Set<string>()
    const scheduled = new Map(roadmap.activities.map((a) => [a.id, a]))
    for (const a of [...roadmap.activities, ...roadmap.unscheduled]) {
      const wp = `wp-${safe(a.id)}`
      const props = [ctx.prop(SPBE_PROPERTIES.role, 'kegiatan'), ctx.prop(SPBE_PROPERTIES.muatan, a.muatan), ctx.prop(SPBE_PROPERTIES.budget, String(a.totalBudget), 'number')]
      if (a.code) props.push(ctx.prop(SPBE_PROPERTIES.code, a.code))
      if (a.opd) props.push(ctx.prop(SPBE_PROPERTIES.ownerOpd, a.opd))
      const when = scheduled.get(a.id)
      if (when) props.push(ctx.prop(SPBE_PROPERTIES.year, `${when.startYear}-${when.endYear}`))
      elements.push({ id: wp, type: PLAN_TO_ARCHIMATE.activity, names: [{ lang: 'id', text: a.name }], documentation: [], properties: props })
      for (const g of a.closes) {
        const gap = `gap-${safe(g)}`
        rel(`${wp}.${gap}`, PLAN_TO_ARCHIMATE.gapLink, wp, gap)
        if (gaps.has(gap)) continue
        gaps.add(gap)
        const concerns = g.split(':').pop() ?? ''
        const what = names.get(concerns) ?? relationName(relations.get(concerns), names) ?? concerns
        elements.push({ id: gap, type: PLAN_TO_ARCHIMATE.gap, names: [{ lang: 'id', text: gapName(g, what) }], documentation: [], properties: [ctx.prop(SPBE_PROPERTIES.role, 'gap'), ctx.prop(SPBE_PROPERTIES.code, g)] })
        if (names.has(concerns) || relations.has(concerns)) rel(`${gap}.${xid(concerns)}`, PLAN_TO_ARCHIMATE.gapLink, gap, xid(concerns))
      }
    }
  }
  return { elements, relationships }
}

/**
 * A foreign file imported into default states (everything everywhere, nothing changed) gets no
 * plateaus back: they would only add concepts the file never had.
 */
function statesAreOnlyImported(data: ProjectData, options: ExportOptions): boolean {
  if (!options.extras?.synthesizedStates) return false
  const untouched = (states: Readonly<Record<string, Membership>>): boolean =>
    data.states.every((s) => states[s.id] !== undefined && !states[s.id]!.attrs && (!states[s.id]!.status || states[s.id]!.status === 'tetap'))
  return data.elements.every((e) => untouched(e.states)) && data.relations.every((r) => untouched(r.states))
}

function relationName(r: { source: string; target: string } | undefined, names: ReadonlyMap<string, string>): string | undefined {
  return r ? `${names.get(r.source) ?? r.source} -> ${names.get(r.target) ?? r.target}` : undefined
}

function gapName(gap: string, what: string): string {
  const kind = gap.split(':')[0]
  switch (kind) {
    case 'add': return `Belum ada: ${what}`
    case 'dev': return `Perlu pengembangan: ${what}`
    case 'ret': return `Dihentikan: ${what}`
    case 'rel': return `Relasi baru: ${what}`
    default: return `Temuan ${gap.split(':')[1] ?? kind}: ${what}`
  }
}
