import type { AttributeValue } from '../../../model/project.ts'

/**
 * What Ctrl+C puts on the clipboard: the copied elements as they are in the state they were
 * copied from, their places in the view, and the relations among them. Plain JSON text with a
 * marker, so it survives the system clipboard between tabs and projects, and anything else on
 * the clipboard is recognised as not ours.
 */
export const CLIPBOARD_MARKER = 'application/x-cetakbiru-elements+json'
export const CLIPBOARD_VERSION = 1

export interface CopiedElement {
  readonly id: string
  readonly kind: string
  readonly name: string
  readonly description?: string
  readonly ownerOpd?: string
  readonly userOpds?: readonly string[]
  readonly refCodes?: readonly string[]
  readonly goals?: readonly string[]
  /** Effective values in the copied state (base values overlaid with that state's). */
  readonly attrs: Readonly<Record<string, AttributeValue>>
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

export interface CopiedRelation {
  readonly kind: string
  readonly source: string
  readonly target: string
  readonly attrs: Readonly<Record<string, AttributeValue>>
}

export interface ClipboardPayload {
  readonly format: typeof CLIPBOARD_MARKER
  readonly version: typeof CLIPBOARD_VERSION
  /** Tells each copy apart, so repeated pastes of one copy step further away. */
  readonly copyId: string
  readonly projectId: string
  readonly elements: readonly CopiedElement[]
  readonly relations: readonly CopiedRelation[]
}

export function serializePayload(payload: ClipboardPayload): string {
  return JSON.stringify(payload)
}

/** The payload in a clipboard text, or undefined when the text is anything else. */
export function parsePayload(text: string | undefined | null): ClipboardPayload | undefined {
  if (!text || !text.includes(CLIPBOARD_MARKER)) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(value) || value['format'] !== CLIPBOARD_MARKER || value['version'] !== CLIPBOARD_VERSION) return undefined
  const { elements, relations, copyId, projectId } = value
  if (typeof copyId !== 'string' || typeof projectId !== 'string' || !Array.isArray(elements) || !Array.isArray(relations)) return undefined
  if (!elements.every(isCopiedElement) || !relations.every(isCopiedRelation)) return undefined
  return value as unknown as ClipboardPayload
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isAttrs(v: unknown): boolean {
  return isRecord(v) && Object.values(v).every((a) => ['string', 'number', 'boolean'].includes(typeof a))
}

const isStrings = (v: unknown): boolean => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'))
const isOptionalString = (v: unknown): boolean => v === undefined || typeof v === 'string'

function isCopiedElement(v: unknown): boolean {
  return isRecord(v) && typeof v['id'] === 'string' && typeof v['kind'] === 'string' && typeof v['name'] === 'string' &&
    isOptionalString(v['description']) && isOptionalString(v['ownerOpd']) && isStrings(v['userOpds']) && isStrings(v['refCodes']) &&
    isStrings(v['goals']) && isAttrs(v['attrs']) && ['x', 'y', 'w', 'h'].every((k) => Number.isFinite(v[k]))
}

function isCopiedRelation(v: unknown): boolean {
  return isRecord(v) && typeof v['kind'] === 'string' && typeof v['source'] === 'string' && typeof v['target'] === 'string' && isAttrs(v['attrs'])
}
