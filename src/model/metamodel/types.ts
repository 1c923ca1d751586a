import type { Message } from '../message.ts'

export type DomainId = 'proses-bisnis' | 'data' | 'layanan' | 'aplikasi' | 'infrastruktur' | 'keamanan'

export interface Domain {
  readonly id: DomainId
  /** Domain code in the SPBE architecture (DAB, DAD, ...). */
  readonly code: string
  /** Prefix of the national reference architecture for this domain (RAB, RAD, ...). */
  readonly referenceArchitecture: string
  readonly label: Message
  /** Colour and icon used by palettes and printed diagrams; distinct and readable in grey print. */
  readonly color: string
  readonly icon: string
}

export interface EnumOption {
  readonly value: string
  readonly label: Message
}

interface AttributeBase {
  readonly name: string
  readonly label: Message
  readonly required?: boolean
  readonly help?: Message
}

export interface TextAttribute extends AttributeBase {
  readonly type: 'text'
  readonly maxLength?: number
  readonly multiline?: boolean
}
export interface EnumAttribute extends AttributeBase {
  readonly type: 'enum'
  readonly options: readonly EnumOption[]
}
export interface NumberAttribute extends AttributeBase {
  readonly type: 'number'
  readonly min?: number
  readonly integer?: boolean
  readonly unit?: string
}
export interface DateAttribute extends AttributeBase {
  readonly type: 'date'
}
export interface BooleanAttribute extends AttributeBase {
  readonly type: 'boolean'
}
/** A link to another element (of the listed kinds) or to a perangkat daerah. */
export interface ReferenceAttribute extends AttributeBase {
  readonly type: 'reference'
  readonly target: { readonly elementKinds: readonly string[] } | 'opd'
}

export type AttributeDef =
  | TextAttribute
  | EnumAttribute
  | NumberAttribute
  | DateAttribute
  | BooleanAttribute
  | ReferenceAttribute

export interface ElementKind {
  readonly id: string
  readonly domain: DomainId
  readonly label: Message
  readonly description: Message
  readonly attributes: readonly AttributeDef[]
  /** Reference-catalogue codes under which elements of this kind normally sit (prefixes). */
  readonly referencePrefixes: readonly string[]
}

export interface RelationKind {
  readonly id: string
  readonly label: Message
  /** How the relation reads from source to target, e.g. "mendukung". */
  readonly verb: Message
  /** Every allowed (source kind, target kind) pair is the product of these two lists. */
  readonly rules: readonly { readonly sources: readonly string[]; readonly targets: readonly string[] }[]
  readonly attributes: readonly AttributeDef[]
}

/** Status of an element within one state (mainly the target): what happens to it. */
export type StateStatus = 'tetap' | 'baru' | 'pengembangan' | 'dihentikan'
