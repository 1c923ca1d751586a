/**
 * What an imported Archi CSV set holds that the project model cannot: the ArchiMate type of
 * elements whose SPBE kind is only the closest one, relations no SPBE relation kind expresses,
 * relation names and documentation, specializations and foreign properties. Import puts it in
 * the project's `interop.archiCsv` (see archiCsvInterop.ts) and export merges it back, so a set
 * survives import and export with every concept, id and property. (Earlier versions kept it in
 * a companion file `<project>.archicsv.json`, still read for a project without it.)
 */
export interface ArchiCsvExtras {
  readonly format: typeof EXTRAS_FORMAT
  /** Element id -> the ArchiMate type it had, when its kind exports as another type. */
  readonly elementTypes: Readonly<Record<string, string>>
  /** Element or relation id -> Archi specialization. */
  readonly specializations: Readonly<Record<string, string>>
  /** Relations kept only here, as Archi wrote them (types in Archi's CSV spelling). */
  readonly relations: readonly ExtraRelation[]
  /** Names and documentation of relations the model keeps (it has no place for them). */
  readonly relationTexts: Readonly<Record<string, { readonly name: string; readonly documentation: string }>>
  /** Properties with no SPBE counterpart, in file order; repeated keys stay repeated. */
  readonly properties: readonly ExtraProperty[]
}

export interface ExtraRelation {
  readonly id: string
  readonly type: string
  readonly name: string
  readonly documentation: string
  readonly source: string
  readonly target: string
}

export interface ExtraProperty {
  readonly id: string
  readonly key: string
  readonly value: string
}

export const EXTRAS_FORMAT = 'cetakbiru-archi-csv-extras/1'

export function emptyExtras(): ArchiCsvExtras {
  return { format: EXTRAS_FORMAT, elementTypes: {}, specializations: {}, relations: [], relationTexts: {}, properties: [] }
}

export function isArchiCsvExtras(value: unknown): value is ArchiCsvExtras {
  const v = value as Partial<ArchiCsvExtras> | null
  return typeof v === 'object' && v !== null && v.format === EXTRAS_FORMAT && Array.isArray(v.relations) && Array.isArray(v.properties)
    && typeof v.elementTypes === 'object' && typeof v.specializations === 'object' && typeof v.relationTexts === 'object'
}

export function hasExtras(x: ArchiCsvExtras): boolean {
  return x.relations.length > 0 || x.properties.length > 0 || Object.keys(x.elementTypes).length > 0 || Object.keys(x.specializations).length > 0 || Object.keys(x.relationTexts).length > 0
}

/**
 * A later import over an earlier one: what the new set says about an id replaces what the old
 * one said (Archi's re-import updates by id); everything else is kept, as an import never deletes.
 */
export function mergeExtras(old: ArchiCsvExtras, next: ArchiCsvExtras, touchedIds: ReadonlySet<string>, propertyIds: ReadonlySet<string>): ArchiCsvExtras {
  const keep = <T>(record: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([id]) => !touchedIds.has(id)))
  const newRelationIds = new Set(next.relations.map((r) => r.id))
  return {
    format: EXTRAS_FORMAT,
    elementTypes: { ...keep(old.elementTypes), ...next.elementTypes },
    specializations: { ...keep(old.specializations), ...next.specializations },
    relations: [...old.relations.filter((r) => !newRelationIds.has(r.id) && !touchedIds.has(r.id)), ...next.relations],
    relationTexts: { ...keep(old.relationTexts), ...next.relationTexts },
    properties: [...old.properties.filter((p) => !propertyIds.has(p.id)), ...next.properties],
  }
}
