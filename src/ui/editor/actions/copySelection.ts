import { randomId } from '../../../model/commands/commandContext.ts'
import type { Element } from '../../../model/project.ts'
import type { EditorEnv } from '../editorEnv.ts'
import { CLIPBOARD_MARKER, CLIPBOARD_VERSION, type ClipboardPayload, type CopiedElement, type CopiedRelation } from './clipboardPayload.ts'

/** Ctrl+C: the selection as a payload (see buildCopy), also kept in this tab's memory. */
export function copySelection(env: EditorEnv): ClipboardPayload | undefined {
  const payload = buildCopy(env)
  if (payload) rememberCopy(payload)
  return payload
}

/**
 * The selected nodes of the current view as a clipboard payload: each element as it is in the
 * shown state, where it sits in the view, and the relations of that state among the selected
 * elements only (a relation to an element left behind is not copied). Undefined when no node of
 * the view is selected.
 */
export function buildCopy(env: EditorEnv): ClipboardPayload | undefined {
  const { viewId, stateId, selection } = env.ui.getState()
  const s = env.store.getState()
  const view = viewId ? s.views.get(viewId) : undefined
  if (!view || selection.nodes.size === 0) return undefined
  const elements: CopiedElement[] = []
  for (const node of view.nodes) {
    const e = s.elements.get(node.element)
    if (!e || !selection.nodes.has(e.id)) continue
    elements.push({ ...describe(e, stateId), x: node.x, y: node.y, w: node.w, h: node.h })
  }
  if (elements.length === 0) return undefined
  const ids = new Set(elements.map((e) => e.id))
  const relations: CopiedRelation[] = []
  for (const r of s.relations.values()) {
    if (!ids.has(r.source) || !ids.has(r.target)) continue
    // Only what the user sees: a relation of another state stays behind.
    if (!r.states[stateId]) continue
    relations.push({ kind: r.kind, source: r.source, target: r.target, attrs: { ...r.attrs, ...r.states[stateId]?.attrs } })
  }
  return { format: CLIPBOARD_MARKER, version: CLIPBOARD_VERSION, copyId: randomId('c'), projectId: s.project.id, elements, relations }
}

function describe(e: Element, stateId: string): Omit<CopiedElement, 'x' | 'y' | 'w' | 'h'> {
  const stateAttrs = e.states[stateId]?.attrs
  return {
    id: e.id, kind: e.kind, name: e.name, attrs: stateAttrs ? { ...e.attrs, ...stateAttrs } : e.attrs,
    ...(e.description ? { description: e.description } : {}),
    ...(e.ownerOpd ? { ownerOpd: e.ownerOpd } : {}),
    ...(e.userOpds?.length ? { userOpds: e.userOpds } : {}),
    ...(e.refCodes?.length ? { refCodes: e.refCodes } : {}),
    ...(e.goals?.length ? { goals: e.goals } : {}),
  }
}

/**
 * The last copy made in this tab: what Ctrl+V pastes when the system clipboard cannot be read
 * (a workshop server reached over plain http has no clipboard API) or holds nothing.
 */
let memory: ClipboardPayload | undefined

export function rememberCopy(payload: ClipboardPayload): void {
  memory = payload
}

export function rememberedCopy(): ClipboardPayload | undefined {
  return memory
}

export function forgetCopy(): void {
  memory = undefined
}
