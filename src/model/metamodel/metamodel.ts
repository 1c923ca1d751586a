import { DOMAINS } from './domains.ts'
import { ELEMENT_KINDS } from './elementKinds.ts'
import { RELATION_KINDS } from './relationKinds.ts'
import type { AttributeDef, DomainId, ElementKind, RelationKind, StateStatus } from './types.ts'

/** Lookups over the metamodel tables, built once. */
const kindsById = new Map(ELEMENT_KINDS.map((k) => [k.id, k]))
const relationKindsById = new Map(RELATION_KINDS.map((k) => [k.id, k]))
const attributesByKind = new Map(
  [...ELEMENT_KINDS, ...RELATION_KINDS].map((k) => [k.id, new Map(k.attributes.map((a) => [a.name, a]))]),
)
/** relation kind -> source kind -> allowed target kinds; nested maps, as validation asks per relation. */
const allowed = new Map<string, Map<string, Set<string>>>()
for (const rk of RELATION_KINDS) {
  const bySource = new Map<string, Set<string>>()
  allowed.set(rk.id, bySource)
  for (const rule of rk.rules) {
    for (const s of rule.sources) {
      let targets = bySource.get(s)
      if (!targets) bySource.set(s, (targets = new Set()))
      for (const t of rule.targets) targets.add(t)
    }
  }
}

export const STATE_STATUSES: readonly StateStatus[] = ['tetap', 'baru', 'pengembangan', 'dihentikan']

export function elementKind(id: string): ElementKind | undefined {
  return kindsById.get(id)
}

export function relationKind(id: string): RelationKind | undefined {
  return relationKindsById.get(id)
}

export function attributeDef(kindId: string, name: string): AttributeDef | undefined {
  return attributesByKind.get(kindId)?.get(name)
}

export function kindsOfDomain(domain: DomainId): readonly ElementKind[] {
  return ELEMENT_KINDS.filter((k) => k.domain === domain)
}

export function isRelationAllowed(relationKindId: string, sourceKind: string, targetKind: string): boolean {
  return allowed.get(relationKindId)?.get(sourceKind)?.has(targetKind) ?? false
}

/** The relation kinds a user may draw from one kind of element to another (offered by the editor). */
export function allowedRelationKinds(sourceKind: string, targetKind: string): readonly RelationKind[] {
  return RELATION_KINDS.filter((rk) => isRelationAllowed(rk.id, sourceKind, targetKind))
}

export { DOMAINS, ELEMENT_KINDS, RELATION_KINDS }
