/**
 * What the Archi CSV importer and exporter need from the ArchiMate <-> SPBE mapping table. The
 * table itself lives with the exchange-format code (src/io/archimate/); Archi CSV uses the same
 * ArchiMate type names, so it is passed in rather than copied here.
 */
export interface ArchimateTypeMapping {
  /**
   * The SPBE kind for an ArchiMate element type (exchange-format name, e.g. "ApplicationComponent");
   * `exact` is false when the type has no SPBE counterpart and the closest kind of its layer is used.
   * Undefined when the type is not an ArchiMate element type at all.
   */
  elementKind(archimateType: string): { readonly kind: string; readonly exact: boolean } | undefined
  /** The ArchiMate element type an SPBE kind is written as. */
  elementType(kind: string): string
  /**
   * The SPBE relation kind for an ArchiMate relationship (exchange name, e.g. "Serving") between
   * elements of two kinds, in the file's direction. `reversed`: the SPBE relation runs the other
   * way (a server serves an application; the application runs on the server).
   */
  relationKind(archimateType: string, sourceKind: string, targetKind: string, accessType?: string): { readonly kind: string; readonly reversed: boolean } | undefined
  /** The ArchiMate relationship an SPBE relation kind is written as. */
  relationType(kind: string): { readonly type: string; readonly reversed: boolean; readonly accessType?: string }
}

/** Archi's CSV names relationships "AssignmentRelationship"; the exchange format says "Assignment". */
export function csvRelationTypeToExchange(csvType: string): string | undefined {
  return csvType.endsWith('Relationship') && csvType.length > 'Relationship'.length ? csvType.slice(0, -'Relationship'.length) : undefined
}

export function exchangeRelationTypeToCsv(exchangeType: string): string {
  return `${exchangeType}Relationship`
}

/** The pseudo element type of the row that carries the model's own name and documentation. */
export const ARCHI_MODEL_TYPE = 'ArchimateModel'

/** Archi's CSV carries an Access relationship's access type as this property ("read", "write" ...). */
export const ACCESS_TYPE_KEY = 'Access_Type'
