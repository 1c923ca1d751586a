import { isRelationAllowed } from '../../model/metamodel/metamodel.ts'
import { ARCHIMATE_ELEMENT_TYPES, KIND_TO_ARCHIMATE, RELATION_TO_ARCHIMATE } from '../archimate/archimateMapping.ts'
import type { ArchimateTypeMapping } from './archimateTypes.ts'

/** Archi's CSV writes one "Junction" type (with a Junction_Type property) for both exchange types. */
const CSV_ALIASES: Readonly<Record<string, string>> = { Junction: 'AndJunction' }

/** Archi's CSV spells access types in lower case ("read", "readwrite"); the exchange format capitalises. */
const ACCESS: Readonly<Record<string, string>> = { access: 'Access', read: 'Read', write: 'Write', readwrite: 'ReadWrite' }

/** The exchange-format mapping table (src/io/archimate/archimateMapping.ts) seen through the CSV importer's interface. */
export const ARCHI_CSV_MAPPING: ArchimateTypeMapping = {
  elementKind(type) {
    return ARCHIMATE_ELEMENT_TYPES[CSV_ALIASES[type] ?? type]
  },
  elementType(kind) {
    return KIND_TO_ARCHIMATE[kind] ?? 'BusinessObject'
  },
  relationKind(type, sourceKind, targetKind, accessType) {
    const access = accessType ? ACCESS[accessType.toLowerCase()] : undefined
    const candidates = Object.entries(RELATION_TO_ARCHIMATE).filter(([, m]) => m.type === type)
    // An explicit access type picks among uses-data / produces-data; without one any fitting kind will do.
    const ordered = access ? [...candidates.filter(([, m]) => m.accessType === access), ...candidates.filter(([, m]) => m.accessType !== access)] : candidates
    for (const [kind, m] of ordered) {
      const [s, t] = m.reversed ? [targetKind, sourceKind] : [sourceKind, targetKind]
      if (isRelationAllowed(kind, s, t)) return { kind, reversed: m.reversed }
    }
    return undefined
  },
  relationType(kind) {
    const m = RELATION_TO_ARCHIMATE[kind]
    return m ? { type: m.type, reversed: m.reversed, ...(m.accessType ? { accessType: m.accessType } : {}) } : { type: 'Association', reversed: false }
  },
}
