import { allowedRelationKinds, elementKind, ELEMENT_KINDS, RELATION_KINDS } from '../../../model/metamodel/metamodel.ts'
import type { RelationKind } from '../../../model/metamodel/types.ts'
import { msg, type Message } from '../../../model/message.ts'

export interface ConnectOptions {
  /** Kinds allowed from the element the user dragged from to the one dropped on. */
  readonly forward: readonly RelationKind[]
  /** Kinds allowed the other way round, offered too: people often drag against the arrow. */
  readonly backward: readonly RelationKind[]
}

export function connectOptions(sourceKind: string, targetKind: string): ConnectOptions {
  return { forward: allowedRelationKinds(sourceKind, targetKind), backward: allowedRelationKinds(targetKind, sourceKind) }
}

/**
 * Why two elements cannot be connected, in both languages: no relation of the metamodel joins
 * their kinds, and which kinds the first one can be connected to instead.
 */
export function refusalMessage(sourceKind: string, targetKind: string): Message {
  const s = elementKind(sourceKind)?.label ?? msg(sourceKind, sourceKind)
  const t = elementKind(targetKind)?.label ?? msg(targetKind, targetKind)
  const reach = reachableKinds(sourceKind)
  const head = msg(
    `Tidak ada relasi yang diizinkan antara ${s.id} dan ${t.id} dalam metamodel SPBE.`,
    `No relation between ${s.en} and ${t.en} is allowed by the SPBE metamodel.`,
  )
  if (reach.length === 0) return head
  return msg(
    `${head.id} ${s.id} dapat dihubungkan dengan: ${reach.map((k) => k.id).join(', ')}.`,
    `${head.en} ${s.en} can be connected with: ${reach.map((k) => k.en).join(', ')}.`,
  )
}

/** Labels of the kinds an element of `kindId` can be related to, in either direction, in metamodel order. */
function reachableKinds(kindId: string): Message[] {
  const ids = new Set<string>()
  for (const rk of RELATION_KINDS) {
    for (const rule of rk.rules) {
      if (rule.sources.includes(kindId)) for (const t of rule.targets) ids.add(t)
      if (rule.targets.includes(kindId)) for (const s of rule.sources) ids.add(s)
    }
  }
  return ELEMENT_KINDS.filter((k) => ids.has(k.id)).map((k) => k.label)
}
