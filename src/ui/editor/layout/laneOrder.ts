import type { DomainId } from '../../../model/metamodel/types.ts'

/**
 * Top-to-bottom order of the lanes of a layered (cross-domain) view: the business on top, what
 * serves it below, security at the bottom. Not the document order of DOMAINS (data comes after
 * services here, as in the SPBE reference diagrams).
 */
export const LANE_ORDER: readonly DomainId[] = ['proses-bisnis', 'layanan', 'data', 'aplikasi', 'infrastruktur', 'keamanan']

export function laneIndex(domain: DomainId): number {
  return LANE_ORDER.indexOf(domain)
}
