/**
 * What an imported exchange file holds that the project model cannot: the ArchiMate type of
 * elements mapped to a closest SPBE kind, relationships no SPBE relation kind expresses, foreign
 * properties, the organization folder tree, and the diagram parts beyond element placements
 * (node ids, labels, containers, connections, styles). Import puts it in the project's
 * `interop.archimate` (see archimateInterop.ts) and export merges it back, so a file survives
 * import, saving, editing and export with every concept and id. (Earlier versions kept it in a
 * sidecar file `<project>.archimate.json`, still read by the CLI for a project without it.)
 */

export interface LangString {
  readonly text: string
  readonly lang?: string
}

export interface XProperty {
  /** Property definition identifier. */
  readonly ref: string
  readonly values: readonly LangString[]
}

export interface XPropertyDefinition {
  readonly id: string
  readonly names: readonly LangString[]
  readonly type: string
}

/** An element as the file had it; its name and documentation in the project win on export. */
export interface XElement {
  readonly type: string
  readonly names: readonly LangString[]
  readonly documentation: readonly LangString[]
  readonly properties: readonly XProperty[]
}

export interface XRelationship {
  readonly id: string
  readonly type: string
  readonly source: string
  readonly target: string
  readonly names: readonly LangString[]
  readonly documentation: readonly LangString[]
  readonly properties: readonly XProperty[]
  /** accessType, modifier, isDirected ... as the file had them. */
  readonly attributes: Readonly<Record<string, string>>
  /** The SPBE relation this became in the project, when one fits. */
  readonly relation?: string
}

export interface XOrganization {
  readonly id?: string
  readonly labels: readonly LangString[]
  readonly documentation: readonly LangString[]
  readonly ref?: string
  readonly items: readonly XOrganization[]
}

export interface XViewNode {
  readonly id: string
  /** Element, Label or Container. */
  readonly type: string
  readonly elementRef?: string
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
  readonly labels: readonly LangString[]
  readonly documentation: readonly LangString[]
  readonly style?: unknown
  readonly attributes: Readonly<Record<string, string>>
  readonly children: readonly XViewNode[]
}

export interface XConnection {
  readonly id: string
  readonly type: string
  readonly relationshipRef?: string
  readonly source: string
  readonly target: string
  readonly labels: readonly LangString[]
  readonly documentation: readonly LangString[]
  readonly style?: unknown
  readonly sourceAttachment?: { readonly x: number; readonly y: number }
  readonly bendpoints: readonly { readonly x: number; readonly y: number }[]
  readonly targetAttachment?: { readonly x: number; readonly y: number }
}

export interface XView {
  readonly names: readonly LangString[]
  readonly documentation: readonly LangString[]
  readonly properties: readonly XProperty[]
  readonly attributes: Readonly<Record<string, string>>
  readonly nodes: readonly XViewNode[]
  readonly connections: readonly XConnection[]
}

export interface ArchimateExtras {
  readonly format: 'cetakbiru-archimate-extras'
  readonly version: 1
  readonly model: {
    readonly id: string
    readonly names: readonly LangString[]
    readonly documentation: readonly LangString[]
    readonly properties: readonly XProperty[]
  }
  readonly propertyDefinitions: readonly XPropertyDefinition[]
  /** By project element id. */
  readonly elements: Readonly<Record<string, XElement>>
  /** Every relationship of the file, in file order. */
  readonly relationships: readonly XRelationship[]
  readonly organizations: readonly XOrganization[]
  /** By project view id. */
  readonly views: Readonly<Record<string, XView>>
  /** Project id -> the file's identifier, where the file's did not fit the project's id rules. */
  readonly ids: Readonly<Record<string, string>>
  /** The file had no Cetakbiru plateaus: the import put everything in every state. */
  readonly synthesizedStates: boolean
  /**
   * The file was a Cetakbiru export (its model says `spbe:kind` project): export writes the
   * project's SPBE properties again, as it would for a project of its own. Absent in old sidecars.
   */
  readonly cetakbiru?: boolean
}

export function isArchimateExtras(value: unknown): value is ArchimateExtras {
  const v = value as Partial<ArchimateExtras> | null
  return typeof v === 'object' && v !== null && v.format === 'cetakbiru-archimate-extras' && v.version === 1
    && typeof v.elements === 'object' && Array.isArray(v.relationships) && Array.isArray(v.organizations) && typeof v.views === 'object'
}
