/**
 * The one table between the SPBE metamodel and ArchiMate 3.1: export reads it left to right,
 * import right to left, and docs/archimate-mapping.md is generated from it (a test keeps the two
 * equal). Change a mapping here, then run `npx tsx src/io/archimate/mappingDoc.ts --write`.
 */

export type ArchimateLayer = 'strategy' | 'business' | 'application' | 'technology' | 'physical' | 'motivation' | 'implementation' | 'other'

/** SPBE element kind -> the ArchiMate element type it is exported as. */
export const KIND_TO_ARCHIMATE: Readonly<Record<string, string>> = {
  'proses-bisnis': 'BusinessProcess',
  'data-informasi': 'DataObject',
  'layanan-publik': 'BusinessService',
  'layanan-administrasi': 'BusinessService',
  'aplikasi-umum': 'ApplicationComponent',
  'aplikasi-khusus': 'ApplicationComponent',
  'komputasi-awan': 'Node',
  server: 'Device',
  periferal: 'Device',
  'media-penyimpanan': 'Device',
  'perangkat-jaringan': 'Device',
  'perangkat-keamanan': 'Device',
  'sistem-operasi': 'SystemSoftware',
  dbms: 'SystemSoftware',
  'perangkat-lunak-utilitas': 'SystemSoftware',
  'jaringan-intra': 'CommunicationNetwork',
  'sistem-penghubung-layanan': 'TechnologyService',
  'fasilitas-komputasi': 'Facility',
  'standar-prosedur': 'Constraint',
  'edukasi-kesadaran': 'Requirement',
  'identifikasi-kerentanan': 'Requirement',
  'peningkatan-keamanan': 'Requirement',
  'penanganan-insiden': 'Requirement',
  'audit-keamanan': 'Requirement',
  'kelaikan-keamanan': 'Requirement',
}

/**
 * Every ArchiMate 3.1 element type -> its layer and the SPBE kind an import gives it.
 * `exact` marks a mapping that means the same thing; the others are the closest kind the model
 * has (it has no generic kind per layer), and the element keeps its ArchiMate type in the
 * import's extras so it is exported again as what it was.
 */
export const ARCHIMATE_ELEMENT_TYPES: Readonly<Record<string, { readonly layer: ArchimateLayer; readonly kind: string; readonly exact: boolean }>> = {
  Resource: { layer: 'strategy', kind: 'proses-bisnis', exact: false },
  Capability: { layer: 'strategy', kind: 'proses-bisnis', exact: false },
  ValueStream: { layer: 'strategy', kind: 'proses-bisnis', exact: false },
  CourseOfAction: { layer: 'strategy', kind: 'proses-bisnis', exact: false },
  BusinessActor: { layer: 'business', kind: 'proses-bisnis', exact: false },
  BusinessRole: { layer: 'business', kind: 'proses-bisnis', exact: false },
  BusinessCollaboration: { layer: 'business', kind: 'proses-bisnis', exact: false },
  BusinessInterface: { layer: 'business', kind: 'layanan-publik', exact: false },
  BusinessProcess: { layer: 'business', kind: 'proses-bisnis', exact: true },
  BusinessFunction: { layer: 'business', kind: 'proses-bisnis', exact: true },
  BusinessInteraction: { layer: 'business', kind: 'proses-bisnis', exact: false },
  BusinessEvent: { layer: 'business', kind: 'proses-bisnis', exact: false },
  BusinessService: { layer: 'business', kind: 'layanan-publik', exact: true },
  BusinessObject: { layer: 'business', kind: 'data-informasi', exact: true },
  Contract: { layer: 'business', kind: 'data-informasi', exact: false },
  Representation: { layer: 'business', kind: 'data-informasi', exact: false },
  Product: { layer: 'business', kind: 'layanan-publik', exact: false },
  ApplicationComponent: { layer: 'application', kind: 'aplikasi-khusus', exact: true },
  ApplicationCollaboration: { layer: 'application', kind: 'aplikasi-khusus', exact: false },
  ApplicationInterface: { layer: 'application', kind: 'aplikasi-khusus', exact: false },
  ApplicationFunction: { layer: 'application', kind: 'aplikasi-khusus', exact: false },
  ApplicationInteraction: { layer: 'application', kind: 'aplikasi-khusus', exact: false },
  ApplicationProcess: { layer: 'application', kind: 'aplikasi-khusus', exact: false },
  ApplicationEvent: { layer: 'application', kind: 'aplikasi-khusus', exact: false },
  ApplicationService: { layer: 'application', kind: 'layanan-administrasi', exact: false },
  DataObject: { layer: 'application', kind: 'data-informasi', exact: true },
  Node: { layer: 'technology', kind: 'komputasi-awan', exact: true },
  Device: { layer: 'technology', kind: 'server', exact: true },
  SystemSoftware: { layer: 'technology', kind: 'sistem-operasi', exact: true },
  TechnologyCollaboration: { layer: 'technology', kind: 'server', exact: false },
  TechnologyInterface: { layer: 'technology', kind: 'sistem-penghubung-layanan', exact: false },
  Path: { layer: 'technology', kind: 'jaringan-intra', exact: false },
  CommunicationNetwork: { layer: 'technology', kind: 'jaringan-intra', exact: true },
  TechnologyFunction: { layer: 'technology', kind: 'server', exact: false },
  TechnologyProcess: { layer: 'technology', kind: 'server', exact: false },
  TechnologyInteraction: { layer: 'technology', kind: 'server', exact: false },
  TechnologyEvent: { layer: 'technology', kind: 'server', exact: false },
  TechnologyService: { layer: 'technology', kind: 'sistem-penghubung-layanan', exact: true },
  Artifact: { layer: 'technology', kind: 'perangkat-lunak-utilitas', exact: false },
  Equipment: { layer: 'physical', kind: 'periferal', exact: false },
  Facility: { layer: 'physical', kind: 'fasilitas-komputasi', exact: true },
  DistributionNetwork: { layer: 'physical', kind: 'jaringan-intra', exact: false },
  Material: { layer: 'physical', kind: 'periferal', exact: false },
  Stakeholder: { layer: 'motivation', kind: 'standar-prosedur', exact: false },
  Driver: { layer: 'motivation', kind: 'standar-prosedur', exact: false },
  Assessment: { layer: 'motivation', kind: 'identifikasi-kerentanan', exact: false },
  Goal: { layer: 'motivation', kind: 'standar-prosedur', exact: false },
  Outcome: { layer: 'motivation', kind: 'standar-prosedur', exact: false },
  Principle: { layer: 'motivation', kind: 'standar-prosedur', exact: false },
  Requirement: { layer: 'motivation', kind: 'peningkatan-keamanan', exact: false },
  Constraint: { layer: 'motivation', kind: 'standar-prosedur', exact: true },
  Meaning: { layer: 'motivation', kind: 'standar-prosedur', exact: false },
  Value: { layer: 'motivation', kind: 'standar-prosedur', exact: false },
  WorkPackage: { layer: 'implementation', kind: 'proses-bisnis', exact: false },
  Deliverable: { layer: 'implementation', kind: 'data-informasi', exact: false },
  ImplementationEvent: { layer: 'implementation', kind: 'proses-bisnis', exact: false },
  Plateau: { layer: 'implementation', kind: 'proses-bisnis', exact: false },
  Gap: { layer: 'implementation', kind: 'proses-bisnis', exact: false },
  Grouping: { layer: 'other', kind: 'proses-bisnis', exact: false },
  Location: { layer: 'other', kind: 'fasilitas-komputasi', exact: false },
  AndJunction: { layer: 'other', kind: 'proses-bisnis', exact: false },
  OrJunction: { layer: 'other', kind: 'proses-bisnis', exact: false },
}

export const ARCHIMATE_RELATIONSHIP_TYPES: readonly string[] = [
  'Composition', 'Aggregation', 'Assignment', 'Realization', 'Serving', 'Access', 'Influence', 'Triggering', 'Flow', 'Specialization', 'Association',
]

export type AccessType = 'Access' | 'Read' | 'Write' | 'ReadWrite'

/**
 * SPBE relation kind -> ArchiMate relationship. `reversed`: the ArchiMate relationship runs the
 * other way (a server serves the application that runs on it). Import picks the kind whose
 * type, access type and direction match and whose (source kind, target kind) the metamodel allows.
 */
export interface RelationMapping {
  readonly type: string
  readonly accessType?: AccessType
  readonly reversed: boolean
}

export const RELATION_TO_ARCHIMATE: Readonly<Record<string, RelationMapping>> = {
  'composed-of': { type: 'Composition', reversed: false },
  supports: { type: 'Serving', reversed: false },
  realizes: { type: 'Realization', reversed: false },
  'uses-data': { type: 'Access', accessType: 'Read', reversed: false },
  'produces-data': { type: 'Access', accessType: 'Write', reversed: false },
  'runs-on': { type: 'Serving', reversed: true },
  'located-in': { type: 'Aggregation', reversed: true },
  'connected-to': { type: 'Association', reversed: false },
  'integrates-with': { type: 'Flow', reversed: false },
  'connects-through': { type: 'Serving', reversed: true },
  protects: { type: 'Association', reversed: false },
  governs: { type: 'Influence', reversed: false },
}

/** What the Peta Rencana and the states become in ArchiMate's implementation and migration layer. */
export const PLAN_TO_ARCHIMATE = {
  state: 'Plateau',
  /** Plateau -> element or relation it contains; aggregation, as one element sits in several plateaus. */
  stateMembership: 'Aggregation',
  activity: 'WorkPackage',
  gap: 'Gap',
  /** Gap -> the element it concerns, and WorkPackage -> the Gap it closes. */
  gapLink: 'Association',
  /** WorkPackage -> element it delivers. */
  delivery: 'Realization',
} as const

/** Names of the property definitions Cetakbiru writes; import reads them back. */
export const SPBE_PROPERTY_PREFIX = 'spbe:'
export const SPBE_PROPERTIES = {
  kind: 'spbe:kind',
  code: 'spbe:code',
  refCodes: 'spbe:refCodes',
  ownerOpd: 'spbe:ownerOpd',
  userOpds: 'spbe:userOpds',
  goals: 'spbe:goals',
  /** On Plateau elements: the state id; on its relationships: the status in that state. */
  state: 'spbe:state',
  status: 'spbe:status',
  role: 'spbe:role',
  year: 'spbe:year',
  muatan: 'spbe:muatan',
  budget: 'spbe:budget',
  /** `spbe:attr:<name>`: an SPBE attribute of the element or relation (or per state, on a plateau relationship). */
  attrPrefix: 'spbe:attr:',
} as const
