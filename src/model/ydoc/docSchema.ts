import * as Y from 'yjs'

/**
 * Layout of a project's Y.Doc. Each element, relation, view, OPD, goal and state is one nested
 * Y.Map keyed by id in a root map, and each of its fields is one key, so concurrent edits of two
 * fields of one record both survive. Per-state data is flattened into the record's own map
 * (`in:<state>`, `ss:<state>`, `sa:<state>:<attr>`) rather than nested maps: one Y.Map per record
 * keeps a 100k-element document small and fast to build, and every value is still its own key.
 */
export const ROOT = {
  project: 'project',
  opd: 'opd',
  plan: 'plan',
  goals: 'goals',
  states: 'states',
  elements: 'elements',
  relations: 'relations',
  views: 'views',
  catalogue: 'catalogue',
  settings: 'settings',
  roadmap: 'roadmap',
  activityOverrides: 'activityOverrides',
  manualActivities: 'manualActivities',
  dependencies: 'dependencies',
  assessments: 'assessments',
  indicatorLinks: 'indicatorLinks',
  frameworks: 'frameworks',
  indexSettings: 'indexSettings',
  interop: 'interop',
} as const

/** Base attribute value: `a:<name>`. */
export const ATTR_PREFIX = 'a:'
/** Membership in a state: `in:<stateId>` = true. */
export const MEMBER_PREFIX = 'in:'
/** Status in a state: `ss:<stateId>` = 'baru' | ... */
export const STATUS_PREFIX = 'ss:'
/** Value that differs in one state: `sa:<stateId>:<name>`. */
export const STATE_ATTR_PREFIX = 'sa:'
/** Placement of an element in a view: `n:<elementId>` = {x, y, w, h}. */
export const NODE_PREFIX = 'n:'

export const attrKey = (name: string): string => ATTR_PREFIX + name
export const memberKey = (stateId: string): string => MEMBER_PREFIX + stateId
export const statusKey = (stateId: string): string => STATUS_PREFIX + stateId
export const stateAttrKey = (stateId: string, name: string): string => `${STATE_ATTR_PREFIX}${stateId}:${name}`
export const nodeKey = (elementId: string): string => NODE_PREFIX + elementId

export type RecordMap = Y.Map<unknown>

export interface DocRoots {
  readonly project: Y.Map<unknown>
  readonly opd: Y.Map<RecordMap>
  readonly plan: Y.Map<unknown>
  readonly goals: Y.Map<RecordMap>
  readonly states: Y.Map<RecordMap>
  readonly elements: Y.Map<RecordMap>
  readonly relations: Y.Map<RecordMap>
  readonly views: Y.Map<RecordMap>
  readonly catalogue: Y.Map<RecordMap>
  /** Flat: `policy.<name>` = value. */
  readonly settings: Y.Map<unknown>
  /** Flat: `ceiling:<year>` = Rupiah, `capacity:<opd id or default>` = kegiatan per year. */
  readonly roadmap: Y.Map<unknown>
  readonly activityOverrides: Y.Map<RecordMap>
  readonly manualActivities: Y.Map<RecordMap>
  /** `<from>><to>` = { from, to } */
  readonly dependencies: Y.Map<unknown>
  /**
   * One record per assessed year, keyed by the year: `framework`, `published`, and per indicator
   * `lv:<n>` (level), `lj:<n>` (justification), `le:<n>` (evidence list), each its own key so
   * two people assessing different indicators both keep their work.
   */
  readonly assessments: Y.Map<RecordMap>
  /** `<activity>#<indicator>` = level. */
  readonly indicatorLinks: Y.Map<unknown>
  /** Framework id = the framework as its file had it (a plain object; replaced whole when edited). */
  readonly frameworks: Y.Map<unknown>
  /** Flat: `targetYear`, `targetIndex`. */
  readonly indexSettings: Y.Map<unknown>
  /** `archimate`, `archiCsv` = what an import set aside (plain objects). */
  readonly interop: Y.Map<unknown>
}

export const CEILING_PREFIX = 'ceiling:'
export const CAPACITY_PREFIX = 'capacity:'
export const POLICY_PREFIX = 'policy.'

export function roots(doc: Y.Doc): DocRoots {
  return {
    project: doc.getMap(ROOT.project),
    opd: doc.getMap(ROOT.opd),
    plan: doc.getMap(ROOT.plan),
    goals: doc.getMap(ROOT.goals),
    states: doc.getMap(ROOT.states),
    elements: doc.getMap(ROOT.elements),
    relations: doc.getMap(ROOT.relations),
    views: doc.getMap(ROOT.views),
    catalogue: doc.getMap(ROOT.catalogue),
    settings: doc.getMap(ROOT.settings),
    roadmap: doc.getMap(ROOT.roadmap),
    activityOverrides: doc.getMap(ROOT.activityOverrides),
    manualActivities: doc.getMap(ROOT.manualActivities),
    dependencies: doc.getMap(ROOT.dependencies),
    assessments: doc.getMap(ROOT.assessments),
    indicatorLinks: doc.getMap(ROOT.indicatorLinks),
    frameworks: doc.getMap(ROOT.frameworks),
    indexSettings: doc.getMap(ROOT.indexSettings),
    interop: doc.getMap(ROOT.interop),
  }
}

/** Writes the defined fields of a plain object into a Y.Map, one key each. */
export function setFields(map: RecordMap, fields: Readonly<Record<string, unknown>>): void {
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) map.set(k, v)
}
