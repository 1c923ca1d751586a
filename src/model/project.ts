import type { StateStatus } from './metamodel/types.ts'

/**
 * The plain shape of a project: what a `*.cetakbiru.json` file holds (schemaVersion aside) and
 * what the projection hands to validation, analysis and export. The Y.Doc is the source of truth;
 * this is its readable form.
 */

export type AttributeValue = string | number | boolean
export type Attributes = Readonly<Record<string, AttributeValue>>

export interface ProjectInfo {
  readonly id: string
  readonly name: string
  /** Name of the Pemda or instansi, e.g. "Pemerintah Kabupaten Contoh". */
  readonly organization: string
  readonly organizationType: 'provinsi' | 'kabupaten' | 'kota' | 'instansi-pusat'
  readonly description?: string
}

/** Perangkat daerah (OPD) or unit kerja. */
export interface Opd {
  readonly id: string
  readonly code: string
  readonly name: string
  readonly shortName: string
}

export type GoalLevel = 'visi' | 'misi' | 'tujuan' | 'sasaran' | 'iku'

/** One node of the RPJMD goal tree; an IKU carries its indicator unit and yearly targets. */
export interface Goal {
  readonly id: string
  readonly level: GoalLevel
  readonly parent?: string
  readonly code?: string
  readonly text: string
  readonly unit?: string
  /** Target per plan year, keyed by the year as a string ("2026"). */
  readonly targets?: Readonly<Record<string, number | string>>
}

export interface Plan {
  /** e.g. "RPJMD 2025-2029" or "RPD 2024-2026". */
  readonly name: string
  readonly document: 'rpjmd' | 'rpd' | 'renstra'
  readonly startYear: number
  readonly years: number
  readonly goals: readonly Goal[]
}

export type StateRole = 'asis' | 'target' | 'intermediate'

export interface State {
  readonly id: string
  readonly name: string
  readonly role: StateRole
  /** The year an intermediate (or the target) state describes, when it is tied to one. */
  readonly year?: number
}

/** What one state records about an element or relation that belongs to it. */
export interface Membership {
  readonly status?: StateStatus
  /** Values that differ in this state from the element's base attributes. */
  readonly attrs?: Attributes
}

export interface Element {
  readonly id: string
  readonly kind: string
  readonly name: string
  /** The element's own code, unique in the project (e.g. "APL-012"). */
  readonly code?: string
  readonly description?: string
  readonly ownerOpd?: string
  readonly userOpds?: readonly string[]
  /** Codes from the reference catalogue (national or the project's local extension). */
  readonly refCodes?: readonly string[]
  /** RPJMD goals (usually sasaran or IKU) the element serves. */
  readonly goals?: readonly string[]
  readonly attrs: Attributes
  /** Membership per state id; a state not listed does not contain the element. */
  readonly states: Readonly<Record<string, Membership>>
}

export interface Relation {
  readonly id: string
  readonly kind: string
  readonly source: string
  readonly target: string
  readonly attrs: Attributes
  readonly states: Readonly<Record<string, Membership>>
}

export interface ViewNode {
  readonly element: string
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

export interface View {
  readonly id: string
  readonly name: string
  readonly layout: 'domain' | 'layered' | 'custom'
  readonly domain?: string
  readonly nodes: readonly ViewNode[]
}

/** A local reference-catalogue entry (levels 4 to 7) under a national code. */
export interface CatalogueExtension {
  readonly code: string
  readonly parent: string
  readonly name: string
}

/** Rules the Pemda sets for its architecture, read by the analysis. */
export interface Policy {
  /** Applications must run in a pusat data / fasilitas komputasi or the national cloud (rule 3). */
  readonly applicationsInDataCentre: boolean
}

export interface Settings {
  readonly policy: Policy
}

/** The seven muatan of a Peta Rencana SPBE. */
export type Muatan = 'tata-kelola' | 'manajemen' | 'layanan' | 'aplikasi' | 'infrastruktur' | 'keamanan' | 'audit-tik'

/** Amounts in Rupiah keyed by year ("2026"). */
export type YearlyAmounts = Readonly<Record<string, number>>

/**
 * A user's change to a generated kegiatan. It is keyed by the kegiatan's id, which is derived
 * from what the kegiatan closes, so it survives regenerating the Peta Rencana.
 */
export interface ActivityOverride {
  readonly name?: string
  /** Start year fixed by the user; the scheduler keeps it. */
  readonly pinnedYear?: number
  readonly duration?: number
  readonly budget?: YearlyAmounts
  readonly opd?: string
  readonly goals?: readonly string[]
  /** Merged into another kegiatan: its gaps are closed there. */
  readonly mergedInto?: string
  /** Gaps moved out of this kegiatan into new ones the user named. */
  readonly splitOff?: readonly { readonly id: string; readonly name: string; readonly closes: readonly string[] }[]
}

/** A kegiatan the user added by hand (policy work, training, an audit ...). */
export interface ManualActivity {
  readonly id: string
  readonly name: string
  readonly muatan: Muatan
  readonly opd?: string
  readonly relatedOpd?: readonly string[]
  readonly startYear?: number
  readonly duration?: number
  readonly budget?: YearlyAmounts
  readonly goals?: readonly string[]
  readonly dependsOn?: readonly string[]
}

export interface RoadmapInput {
  /** Budget ceiling per year for all kegiatan together. */
  readonly budgetCeilings: YearlyAmounts
  /** How many kegiatan an OPD can lead per year: `default`, and per OPD id. */
  readonly opdCapacity: Readonly<Record<string, number>>
  readonly overrides: Readonly<Record<string, ActivityOverride>>
  readonly manualActivities: readonly ManualActivity[]
  /** Dependencies the user added: `from` starts after `to` ends. */
  readonly manualDependencies: readonly { readonly from: string; readonly to: string }[]
  /** Schedule first the kegiatan that lift the SPBE index most (their indicator links). */
  readonly prioritiseIndex?: boolean
}

/** Bukti dukung of an indicator's level: a URL, a document's name, or an element of the model. */
export interface Evidence {
  readonly kind: 'url' | 'document' | 'element'
  /** The URL, the document's name, or the element's id. */
  readonly value: string
}

/** One indicator in a year's self-assessment. */
export interface IndicatorAssessment {
  /** Capability level (1..5); absent while the indicator is not assessed yet. */
  readonly level?: number
  readonly justification?: string
  readonly evidence?: readonly Evidence[]
}

/** A year of the SPBE / Pemerintah Digital index: the levels assessed, or only the published total. */
export interface IndexAssessment {
  readonly year: number
  /** A shipped framework id ("spbe-2020", "pemdi-2026") or the id of one in `IndexData.frameworks`. */
  readonly framework: string
  /** Indicator number ("1", "2" ...) -> its assessment. */
  readonly indicators: Readonly<Record<string, IndicatorAssessment>>
  /** The total as published by the ministry, for years whose levels are not at hand. */
  readonly published?: number
}

/** A kegiatan of the Peta Rencana expected to bring an indicator to a level when it ends. */
export interface IndicatorLink {
  readonly activity: string
  readonly indicator: number
  readonly level: number
}

export interface IndexData {
  readonly assessments: readonly IndexAssessment[]
  /**
   * Evaluation frameworks the project loaded (the ministry changes them), as their files had
   * them; src/analysis/index/loadFramework checks them when they are used.
   */
  readonly frameworks: readonly Readonly<Record<string, unknown>>[]
  readonly links: readonly IndicatorLink[]
  /** "Index 3.8 in 2027". */
  readonly target?: { readonly year: number; readonly index: number }
}

export const EMPTY_INDEX_DATA: IndexData = { assessments: [], frameworks: [], links: [] }

/**
 * What an import from another tool held that the SPBE model has no place for (ArchiMate
 * relationships without an SPBE kind, foreign properties, organization folders, diagram details),
 * kept with the project so that exporting gives it back. Opaque to the model: src/io reads it.
 */
export interface InteropData {
  /** From an ArchiMate exchange file (src/io/archimate/archimateExtras.ts). */
  readonly archimate?: Readonly<Record<string, unknown>>
  /** From an Archi CSV set (src/io/archiCsv/archiCsvExtras.ts). */
  readonly archiCsv?: Readonly<Record<string, unknown>>
}

export const DEFAULT_SETTINGS: Settings = { policy: { applicationsInDataCentre: true } }
export const EMPTY_ROADMAP_INPUT: RoadmapInput = { budgetCeilings: {}, opdCapacity: {}, overrides: {}, manualActivities: [], manualDependencies: [] }

export interface ProjectData {
  readonly project: ProjectInfo
  readonly opd: readonly Opd[]
  readonly plan: Plan
  /** Ordered: as-is first, target last, intermediate states between. */
  readonly states: readonly State[]
  readonly elements: readonly Element[]
  readonly relations: readonly Relation[]
  readonly views: readonly View[]
  readonly catalogueExtensions: readonly CatalogueExtension[]
  readonly settings: Settings
  readonly roadmap: RoadmapInput
  /** Self-assessments of the SPBE index, the project's own frameworks, kegiatan-indicator links. */
  readonly index: IndexData
  readonly interop?: InteropData
}

export interface ProjectFile extends ProjectData {
  readonly schemaVersion: number
}

/** The states every project starts with. */
export const AS_IS_STATE: State = { id: 'asis', name: 'Kondisi Saat Ini', role: 'asis' }
export const TARGET_STATE: State = { id: 'target', name: 'Kondisi Target', role: 'target' }
