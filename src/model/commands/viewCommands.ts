import type { View, ViewNode } from '../project.ts'
import { nodeKey } from '../ydoc/docSchema.ts'
import { newRecordMap, writeView } from '../ydoc/records.ts'
import { fail, newId, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'
import { missing } from './elementCommands.ts'

export function createView(ctx: CommandContext, input: Omit<View, 'id' | 'nodes'>): CommandResult<string> {
  if (!input.name.trim()) return fail('Nama diagram wajib diisi', 'The view needs a name')
  return run(ctx, (r) => {
    const id = newId(ctx, 'v')
    const map = newRecordMap()
    r.views.set(id, map)
    writeView(map, { ...input, id, name: input.name.trim(), nodes: [] })
    return ok(id)
  })
}

/** Places elements in a view, or moves them there; the elements themselves are untouched. */
export function placeInView(ctx: CommandContext, viewId: string, nodes: readonly ViewNode[]): CommandResult {
  return run(ctx, (r) => {
    const view = r.views.get(viewId)
    if (!view) return fail('Diagram itu tidak ada lagi (mungkin baru dihapus orang lain)', 'That view no longer exists (someone may have just deleted it)')
    for (const n of nodes) if (!r.elements.has(n.element)) return missing(n.element)
    for (const n of nodes) view.set(nodeKey(n.element), { x: n.x, y: n.y, w: n.w, h: n.h })
    return ok(undefined)
  })
}

/** Removes elements from one view only; they stay in the model and in other views. */
export function removeFromView(ctx: CommandContext, viewId: string, elementIds: readonly string[]): CommandResult {
  return run(ctx, (r) => {
    const view = r.views.get(viewId)
    if (!view) return fail('Diagram itu tidak ada lagi (mungkin baru dihapus orang lain)', 'That view no longer exists (someone may have just deleted it)')
    for (const id of elementIds) view.delete(nodeKey(id))
    return ok(undefined)
  })
}

export function deleteView(ctx: CommandContext, viewId: string): CommandResult {
  return run(ctx, (r) => {
    r.views.delete(viewId)
    return ok(undefined)
  })
}
