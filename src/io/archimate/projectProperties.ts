import { compareStrings } from '../../model/order.ts'
import {
  DEFAULT_SETTINGS, EMPTY_INDEX_DATA, EMPTY_ROADMAP_INPUT,
  type CatalogueExtension, type Goal, type IndexData, type Opd, type Plan, type ProjectData, type RoadmapInput, type Settings,
} from '../../model/project.ts'
import type { XProperty } from './archimateExtras.ts'
import type { ExportContext } from './exportContext.ts'
import type { ImportContext } from './importContext.ts'

/**
 * The project-wide parts of a Cetakbiru project that ArchiMate has no concept for, carried as
 * properties of the exchange file's <model> so that exporting a project and importing the file
 * gives the same project back. Structured values are JSON in one property value each: readable
 * in any tool that shows properties, and parsed strictly (then checked by the project loader).
 */
export const PROJECT_PROPERTIES = {
  kind: 'spbe:kind',
  organization: 'spbe:organization',
  organizationType: 'spbe:organizationType',
  /** `document|startYear|years|name`. */
  plan: 'spbe:plan',
  /** One per OPD: JSON `{"id","code","shortName","name"}` (older files: `id|code|shortName|name`). */
  opd: 'spbe:opd',
  /** One per node of the RPJMD goal tree, in tree order: JSON of the goal. */
  goal: 'spbe:goal',
  /** One per local reference-catalogue entry: JSON `{"code","parent","name"}`. */
  catalogueExtension: 'spbe:catalogueExtension',
  /** JSON of the project settings (policy), only when they differ from the defaults. */
  settings: 'spbe:settings',
  /** JSON of the Peta Rencana inputs (ceilings, capacities, overrides, manual kegiatan), when any. */
  roadmapInput: 'spbe:roadmapInput',
  /** JSON of the SPBE index data (assessments, frameworks, kegiatan-indicator links, target), when any. */
  index: 'spbe:index',
} as const

/** The <model> properties of a project of its own (not one imported from a foreign file). */
export function projectProperties(data: ProjectData, ctx: ExportContext): XProperty[] {
  const p = data.project
  const plan = data.plan
  return [
    ctx.prop(PROJECT_PROPERTIES.kind, 'project'),
    ctx.prop(PROJECT_PROPERTIES.organization, p.organization),
    ctx.prop(PROJECT_PROPERTIES.organizationType, p.organizationType),
    ctx.prop(PROJECT_PROPERTIES.plan, [plan.document, plan.startYear, plan.years, plan.name].join('|')),
    ...[...data.opd].sort((a, b) => compareStrings(a.id, b.id)).map((o) => ctx.prop(PROJECT_PROPERTIES.opd, JSON.stringify({ id: o.id, code: o.code, shortName: o.shortName, name: o.name }))),
    ...projectExtensionProperties(data, ctx),
  ]
}

/**
 * Goal tree, catalogue extensions, settings and Peta Rencana inputs: written for every project
 * that has them, also one imported from a foreign file (which starts with none, so its file
 * gets nothing it did not have).
 */
export function projectExtensionProperties(data: ProjectData, ctx: ExportContext): XProperty[] {
  const out: XProperty[] = []
  for (const g of data.plan.goals) out.push(ctx.prop(PROJECT_PROPERTIES.goal, JSON.stringify(g)))
  for (const c of data.catalogueExtensions) out.push(ctx.prop(PROJECT_PROPERTIES.catalogueExtension, JSON.stringify({ code: c.code, parent: c.parent, name: c.name })))
  if (JSON.stringify(data.settings) !== JSON.stringify(DEFAULT_SETTINGS)) out.push(ctx.prop(PROJECT_PROPERTIES.settings, JSON.stringify(data.settings)))
  if (!isEmptyRoadmapInput(data.roadmap)) out.push(ctx.prop(PROJECT_PROPERTIES.roadmapInput, JSON.stringify(data.roadmap)))
  if (!isEmptyIndex(data.index)) out.push(ctx.prop(PROJECT_PROPERTIES.index, JSON.stringify(data.index)))
  return out
}

function isEmptyRoadmapInput(r: RoadmapInput): boolean {
  return Object.keys(r.budgetCeilings).length === 0 && Object.keys(r.opdCapacity).length === 0 && Object.keys(r.overrides).length === 0
    && r.manualActivities.length === 0 && r.manualDependencies.length === 0 && !r.prioritiseIndex
}

function isEmptyIndex(x: IndexData): boolean {
  return x.assessments.length === 0 && x.frameworks.length === 0 && x.links.length === 0 && !x.target
}

export interface ProjectExtensions {
  readonly goals: readonly Goal[]
  readonly catalogueExtensions: readonly CatalogueExtension[]
  readonly settings: Settings
  readonly roadmap: RoadmapInput
  readonly index: IndexData
}

const PATH = '/model/properties/property'

/** A JSON object from a property value, or an error at the property's place. */
function jsonObject(value: string, name: string, ctx: ImportContext): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(value)
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>
  } catch {
    // reported below
  }
  ctx.error(`${PATH}[${name}]`, `Nilai properti ${name} bukan objek JSON yang sah: ${value.slice(0, 80)}`, `The value of property ${name} is not a valid JSON object: ${value.slice(0, 80)}`)
  return undefined
}

/**
 * The parts written by `projectExtensionProperties`, read back. Their shapes are checked by the
 * project loader the import ends with, so here only the JSON itself is checked.
 */
export function readProjectExtensions(all: ReadonlyMap<string, readonly string[]>, ctx: ImportContext): ProjectExtensions {
  const objects = (name: string): Record<string, unknown>[] =>
    (all.get(name) ?? []).map((v) => jsonObject(v, name, ctx)).filter((o): o is Record<string, unknown> => o !== undefined)
  const single = (name: string): Record<string, unknown> | undefined => objects(name)[0]
  return {
    goals: objects(PROJECT_PROPERTIES.goal) as unknown as Goal[],
    catalogueExtensions: objects(PROJECT_PROPERTIES.catalogueExtension) as unknown as CatalogueExtension[],
    settings: (single(PROJECT_PROPERTIES.settings) as unknown as Settings | undefined) ?? DEFAULT_SETTINGS,
    roadmap: (single(PROJECT_PROPERTIES.roadmapInput) as unknown as RoadmapInput | undefined) ?? EMPTY_ROADMAP_INPUT,
    index: (single(PROJECT_PROPERTIES.index) as unknown as IndexData | undefined) ?? EMPTY_INDEX_DATA,
  }
}

/** One OPD from its property value: JSON, or the `id|code|shortName|name` of earlier exports. */
export function readOpd(value: string): Opd | undefined {
  if (value.startsWith('{')) {
    try {
      const o = JSON.parse(value) as Partial<Opd>
      if (typeof o.id === 'string' && typeof o.code === 'string' && typeof o.shortName === 'string' && typeof o.name === 'string') {
        return { id: o.id, code: o.code, shortName: o.shortName, name: o.name }
      }
    } catch {
      return undefined
    }
    return undefined
  }
  const [id, code, shortName, ...name] = value.split('|')
  return id !== undefined && code !== undefined && shortName !== undefined && name.length ? { id, code, shortName, name: name.join('|') } : undefined
}

/** The plan from `document|startYear|years|name` and the goal tree. */
export function readPlan(raw: string | undefined, goals: readonly Goal[]): Plan {
  const [document, start, years, ...name] = (raw ?? '').split('|')
  const startYear = Number(start)
  const n = Number(years)
  return {
    name: name.join('|') || 'RPJMD',
    document: document === 'rpd' || document === 'renstra' ? document : 'rpjmd',
    startYear: Number.isInteger(startYear) && startYear >= 2000 && startYear <= 2100 ? startYear : 2025,
    years: Number.isInteger(n) && n >= 1 && n <= 10 ? n : 5,
    goals,
  }
}
