import type {
  ActivityOverride, Element, IndexData, IndicatorAssessment, Membership, ProjectData, ProjectFile, Relation, RoadmapInput, View,
} from '../project.ts'
import { CURRENT_SCHEMA_VERSION } from './schemaVersion.ts'
import { compareStrings } from '../order.ts'

/**
 * Canonical form of a project: records sorted by id, keys in a fixed order, empty optional
 * fields left out. Saving the same model twice gives the same bytes, so files diff well in git
 * and the round trip file -> Y.Doc -> file can be checked byte for byte.
 */
export function canonicalProject(data: ProjectData): ProjectFile {
  const stateOrder = data.states.map((s) => s.id)
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    project: compact({ ...data.project }),
    opd: byId(data.opd).map((o) => ({ id: o.id, code: o.code, name: o.name, shortName: o.shortName })),
    plan: {
      name: data.plan.name,
      document: data.plan.document,
      startYear: data.plan.startYear,
      years: data.plan.years,
      goals: byId(data.plan.goals).map((g) =>
        compact({ id: g.id, level: g.level, parent: g.parent, code: g.code, text: g.text, unit: g.unit, targets: g.targets && sortKeys(g.targets) }),
      ),
    },
    states: data.states.map((s) => compact({ id: s.id, name: s.name, role: s.role, year: s.year })),
    elements: byId(data.elements).map((e) => canonicalElement(e, stateOrder)),
    relations: byId(data.relations).map((r) => canonicalRelation(r, stateOrder)),
    views: byId(data.views).map(canonicalView),
    catalogueExtensions: [...data.catalogueExtensions]
      .sort((a, b) => compareStrings(a.code, b.code))
      .map((c) => ({ code: c.code, parent: c.parent, name: c.name })),
    settings: { policy: { applicationsInDataCentre: data.settings.policy.applicationsInDataCentre } },
    roadmap: canonicalRoadmap(data.roadmap),
    index: canonicalIndex(data.index),
    ...(data.interop && (data.interop.archimate || data.interop.archiCsv) ? { interop: compact({ archimate: data.interop.archimate, archiCsv: data.interop.archiCsv }) } : {}),
  }
}

/** Years ascending, indicators by number, links by kegiatan then indicator; frameworks by id, as given. */
function canonicalIndex(x: IndexData): IndexData {
  const byNumber = (a: string, b: string): number => Number(a) - Number(b)
  return compact({
    assessments: [...x.assessments].sort((a, b) => a.year - b.year).map((a) => {
      const indicators: Record<string, IndicatorAssessment> = {}
      for (const n of Object.keys(a.indicators).sort(byNumber)) {
        const i = a.indicators[n]!
        indicators[n] = compact({ level: i.level, justification: i.justification || undefined, evidence: nonEmpty(i.evidence?.map((e) => ({ kind: e.kind, value: e.value }))) })
      }
      return compact({ year: a.year, framework: a.framework, indicators, published: a.published })
    }),
    frameworks: [...x.frameworks].sort((a, b) => compareStrings(String(a.id), String(b.id))),
    links: [...x.links]
      .sort((a, b) => compareStrings(a.activity, b.activity) || a.indicator - b.indicator)
      .map((l) => ({ activity: l.activity, indicator: l.indicator, level: l.level })),
    target: x.target && { year: x.target.year, index: x.target.index },
  })
}

function canonicalRoadmap(r: RoadmapInput): RoadmapInput {
  const overrides: Record<string, ActivityOverride> = {}
  for (const id of Object.keys(r.overrides).sort(compareStrings)) {
    const o = r.overrides[id]!
    overrides[id] = compact({
      name: o.name, pinnedYear: o.pinnedYear, duration: o.duration, budget: o.budget && sortKeys(o.budget), opd: o.opd,
      goals: nonEmpty(o.goals), mergedInto: o.mergedInto, splitOff: nonEmpty(o.splitOff),
    })
  }
  return {
    budgetCeilings: sortKeys(r.budgetCeilings),
    opdCapacity: sortKeys(r.opdCapacity),
    overrides,
    manualActivities: byId(r.manualActivities).map((a) => compact({
      id: a.id, name: a.name, muatan: a.muatan, opd: a.opd, relatedOpd: nonEmpty(a.relatedOpd), startYear: a.startYear,
      duration: a.duration, budget: a.budget && sortKeys(a.budget), goals: nonEmpty(a.goals), dependsOn: nonEmpty(a.dependsOn),
    })),
    manualDependencies: [...r.manualDependencies]
      .sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to))
      .map((d) => ({ from: d.from, to: d.to })),
    ...(r.prioritiseIndex ? { prioritiseIndex: true } : {}),
  }
}

export function serializeProject(data: ProjectData): string {
  return JSON.stringify(canonicalProject(data), null, 2) + '\n'
}

function canonicalElement(e: Element, stateOrder: readonly string[]): Element {
  return compact({
    id: e.id,
    kind: e.kind,
    name: e.name,
    code: e.code,
    description: e.description,
    ownerOpd: e.ownerOpd,
    userOpds: nonEmpty(e.userOpds),
    refCodes: nonEmpty(e.refCodes),
    goals: nonEmpty(e.goals),
    attrs: sortKeys(e.attrs),
    states: canonicalStates(e.states, stateOrder),
  }) as Element
}

function canonicalRelation(r: Relation, stateOrder: readonly string[]): Relation {
  return {
    id: r.id,
    kind: r.kind,
    source: r.source,
    target: r.target,
    attrs: sortKeys(r.attrs),
    states: canonicalStates(r.states, stateOrder),
  }
}

function canonicalView(v: View): View {
  return compact({
    id: v.id,
    name: v.name,
    layout: v.layout,
    domain: v.domain,
    nodes: [...v.nodes]
      .sort((a, b) => compareStrings(a.element, b.element))
      .map((n) => ({ element: n.element, x: n.x, y: n.y, w: n.w, h: n.h })),
  }) as View
}

function canonicalStates(states: Readonly<Record<string, Membership>>, order: readonly string[]): Record<string, Membership> {
  const out: Record<string, Membership> = {}
  const known = order.filter((id) => id in states)
  const unknown = Object.keys(states).filter((id) => !order.includes(id)).sort(compareStrings)
  for (const id of [...known, ...unknown]) {
    const m = states[id]!
    out[id] = compact({ status: m.status, attrs: m.attrs && Object.keys(m.attrs).length > 0 ? sortKeys(m.attrs) : undefined })
  }
  return out
}


function byId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.id, b.id))
}

function sortKeys<V>(record: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {}
  for (const k of Object.keys(record).sort(compareStrings)) out[k] = record[k]!
  return out
}

function nonEmpty<T>(list: readonly T[] | undefined): readonly T[] | undefined {
  return list && list.length > 0 ? list : undefined
}

function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k]
  return o
}

