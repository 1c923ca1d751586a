import { ok } from '../../../model/commands/commandContext.ts'
import { checkAttribute, createElement, updateElement } from '../../../model/commands/elementCommands.ts'
import { createRelation } from '../../../model/commands/relationCommands.ts'
import { placeInView } from '../../../model/commands/viewCommands.ts'
import { attributeDef, elementKind } from '../../../model/metamodel/metamodel.ts'
import type { AttributeValue, ViewNode } from '../../../model/project.ts'
import type { ProjectionState } from '../../../model/projection/projection.ts'
import { perform, uiMessage, type EditorEnv } from '../editorEnv.ts'
import { notify, selectOnly } from '../editorStore.ts'
import type { ClipboardPayload } from './clipboardPayload.ts'
import { newElementStates } from './newElementStates.ts'

/** How far a paste lands from where the copy was: visibly apart, on the 8 px grid. */
export const PASTE_OFFSET = 24

export interface PasteOptions {
  /** Duplicate (Ctrl+D): always new elements, named "<name> (2)", "<name> (3)" ... */
  readonly duplicate?: boolean
}

export interface PasteOutcome {
  /** Elements created by the paste, in the copy's order. */
  readonly created: readonly string[]
  /** Existing elements of this project placed into the view rather than copied. */
  readonly placed: readonly string[]
  readonly relations: number
  /** Copied elements whose kind this project does not know. */
  readonly skipped: number
}

/** Pastes of one copy so far: each paste of the same copy lands one offset further. */
let lastPaste: { copyId: string; count: number } | undefined

/**
 * Pastes a copy into the current view and state: one transaction with the user's origin, so one
 * undo step takes all of it back. Names are kept (a duplicate gets " (2)").
 *
 * Like Archi, pasting into a view of the same project where a copied element is not yet shown
 * places that same element (a reference: one element, two diagrams) instead of making a twin the
 * user would have to reconcile later; where the view already shows it, or in another project, a
 * new element with a new id is made. Relations among the pasted elements come along; between two
 * placed elements the relation already exists and is simply drawn.
 */
export function pasteElements(env: EditorEnv, payload: ClipboardPayload, options: PasteOptions = {}): PasteOutcome | undefined {
  const { viewId, stateId } = env.ui.getState()
  const s = env.store.getState()
  const view = viewId ? s.views.get(viewId) : undefined
  if (!view) return undefined
  const step = options.duplicate ? 1 : nextPasteCount(payload.copyId)
  const offset = PASTE_OFFSET * step
  const inView = new Set(view.nodes.map((n) => n.element))
  const sameProject = payload.projectId === s.project.id
  const states = newElementStates(s.states, stateId)
  const takenNames = new Set([...s.elements.values()].map((e) => e.name))

  const result = perform(env, () => {
    const idMap = new Map<string, string>()
    const created: string[] = []
    const placed: string[] = []
    const nodes: ViewNode[] = []
    let skipped = 0
    for (const e of payload.elements) {
      const at = { x: e.x + offset, y: e.y + offset, w: e.w, h: e.h }
      if (!options.duplicate && sameProject && s.elements.has(e.id) && !inView.has(e.id)) {
        idMap.set(e.id, e.id)
        placed.push(e.id)
        nodes.push({ element: e.id, ...at })
        continue
      }
      if (!elementKind(e.kind)) {
        skipped++
        continue
      }
      const name = options.duplicate ? copyName(e.name, takenNames) : e.name
      takenNames.add(name)
      const ownerOpd = e.ownerOpd && s.opd.has(e.ownerOpd) ? e.ownerOpd : undefined
      const made = createElement(env.ctx, {
        kind: e.kind, name, attrs: cleanAttrs(s, e.kind, e.attrs, idMap),
        ...(e.description ? { description: e.description } : {}),
        ...(ownerOpd ? { ownerOpd } : {}),
        ...(e.refCodes?.length ? { refCodes: e.refCodes } : {}),
        ...(states ? { states } : {}),
      })
      if (!made.ok) return made
      const userOpds = (e.userOpds ?? []).filter((o) => s.opd.has(o))
      const goals = sameProject ? (e.goals ?? []) : []
      if (userOpds.length > 0 || goals.length > 0) {
        const updated = updateElement(env.ctx, made.value, { ...(userOpds.length ? { userOpds } : {}), ...(goals.length ? { goals } : {}) })
        if (!updated.ok) return updated
      }
      idMap.set(e.id, made.value)
      created.push(made.value)
      nodes.push({ element: made.value, ...at })
    }
    if (nodes.length === 0) return ok({ created, placed, relations: 0, skipped })
    const put = placeInView(env.ctx, view.id, nodes)
    if (!put.ok) return put
    const fresh = new Set(created)
    let relations = 0
    for (const r of payload.relations) {
      const source = idMap.get(r.source)
      const target = idMap.get(r.target)
      // Between two placed elements the relation is already in the model.
      if (!source || !target || (!fresh.has(source) && !fresh.has(target))) continue
      // A refused relation (the kinds differ in this project's metamodel) is left out, not fatal.
      if (createRelation(env.ctx, { kind: r.kind, source, target, attrs: cleanAttrs(s, r.kind, r.attrs, idMap) }).ok) relations++
    }
    return ok({ created, placed, relations, skipped })
  })
  if (!result.ok) return undefined
  const outcome = result.value
  const shown = [...outcome.created, ...outcome.placed]
  if (shown.length > 0) selectOnly(env.ui, shown)
  if (shown.length === 0) notify(env.ui, 'error', uiMessage('editor.clipboard.nothingPasted'))
  else if (outcome.skipped > 0) notify(env.ui, 'info', uiMessage('editor.clipboard.pastedSkipped', { count: shown.length, skipped: outcome.skipped }))
  else if (outcome.placed.length > 0) notify(env.ui, 'info', uiMessage('editor.clipboard.pastedPlaced', { created: outcome.created.length, placed: outcome.placed.length }))
  return outcome
}

function nextPasteCount(copyId: string): number {
  lastPaste = lastPaste?.copyId === copyId ? { copyId, count: lastPaste.count + 1 } : { copyId, count: 1 }
  return lastPaste.count
}

/**
 * Attribute values this project accepts: unknown or invalid ones are dropped, references to a
 * perangkat daerah this project lacks are dropped, and references to copied elements follow the copy.
 */
function cleanAttrs(s: ProjectionState, kind: string, attrs: Readonly<Record<string, AttributeValue>>, idMap: ReadonlyMap<string, string>): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {}
  for (const [name, raw] of Object.entries(attrs)) {
    const def = attributeDef(kind, name)
    if (!def) continue
    let value = raw
    if (def.type === 'reference' && typeof raw === 'string') {
      if (def.target === 'opd') {
        if (!s.opd.has(raw)) continue
      } else {
        const mapped = idMap.get(raw) ?? (s.elements.has(raw) ? raw : undefined)
        if (!mapped) continue
        value = mapped
      }
    }
    if (!checkAttribute(kind, name, value)) out[name] = value
  }
  return out
}

/** "Name (2)", or the next free number; a name already ending in "(n)" counts on from its base. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/\s\(\d+\)$/, '')
  let n = 2
  while (taken.has(`${base} (${n})`)) n++
  return `${base} (${n})`
}
