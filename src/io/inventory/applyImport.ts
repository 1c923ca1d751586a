import * as Y from 'yjs'
import { fail, ok, type CommandContext, type CommandResult } from '../../model/commands/commandContext.ts'
import { createElement, setAttribute, updateElement } from '../../model/commands/elementCommands.ts'
import { addOpd } from '../../model/commands/opdCommands.ts'
import { parseProjectJson } from '../../model/file/loadProject.ts'
import { LIMITS } from '../../model/file/projectSchema.ts'
import { CURRENT_SCHEMA_VERSION } from '../../model/file/schemaVersion.ts'
import { bilingual, msg, type Message } from '../../model/message.ts'
import { systemOrigin } from '../../model/origin.ts'
import type { ProjectData } from '../../model/project.ts'
import { readProjectData } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import type { ImportPreview, OwnerRef } from './previewImport.ts'

export interface AppliedImport {
  readonly created: readonly string[]
  readonly updated: readonly string[]
  readonly opdCreated: readonly string[]
}

/**
 * Runs a previewed import as model commands inside one transaction: one undo step for the user
 * who imported, merged with other people's concurrent edits like any edit (a whole new
 * ProjectData would have to replace the document and lose them). Yjs cannot roll a transaction
 * back, so the commands first run on a copy of the document; only when every one succeeds do
 * they run on the real one. Rows the preview skipped are not touched.
 */
export function applyImport(ctx: CommandContext, preview: ImportPreview): CommandResult<AppliedImport> {
  const probe = new Y.Doc()
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(ctx.doc))
  const trial = runAll({ ...ctx, doc: probe }, preview)
  probe.destroy()
  if (!trial.ok) return trial
  let result: CommandResult<AppliedImport> | undefined
  ctx.doc.transact(() => {
    result = runAll(ctx, preview)
  }, ctx.origin)
  return result!
}

function runAll(ctx: CommandContext, preview: ImportPreview): CommandResult<AppliedImport> {
  const opdIds = new Map<string, string>()
  for (const name of preview.newOpd) {
    const trimmed = name.trim().slice(0, LIMITS.nameLength)
    const r = addOpd(ctx, { code: trimmed.slice(0, LIMITS.codeLength), name: trimmed, shortName: trimmed })
    if (!r.ok) return r
    opdIds.set(name, r.value)
  }
  const owner = (ref: OwnerRef | undefined): string | undefined => (ref === undefined ? undefined : typeof ref === 'string' ? ref : opdIds.get(ref.newOpd))
  const at = (line: number, m: Message): CommandResult<never> => fail(`${preview.file}, baris ${line}: ${m.id}`, `${preview.file}, line ${line}: ${m.en}`)

  const created: string[] = []
  for (const c of preview.creates) {
    const ownerOpd = owner(c.owner)
    const r = createElement(ctx, {
      kind: c.kind, name: c.name, attrs: c.attrs,
      ...(c.code ? { code: c.code } : {}), ...(c.description ? { description: c.description } : {}), ...(ownerOpd ? { ownerOpd } : {}),
      ...(c.refCodes ? { refCodes: c.refCodes } : {}), ...(preview.states ? { states: preview.states } : {}),
    })
    if (!r.ok) return at(c.line, r.error)
    created.push(r.value)
  }
  const updated: string[] = []
  for (const u of preview.updates) {
    const ownerOpd = owner(u.owner)
    const r = updateElement(ctx, u.id, { ...u.fields, ...(ownerOpd ? { ownerOpd } : {}) })
    if (!r.ok) return at(u.line, r.error)
    for (const [name, value] of Object.entries(u.attrs)) {
      const a = setAttribute(ctx, u.id, name, value)
      if (!a.ok) return at(u.line, a.error)
    }
    updated.push(u.id)
  }
  return ok({ created, updated, opdCreated: [...opdIds.keys()] })
}

export type ProjectImportResult = { readonly ok: true; readonly data: ProjectData; readonly applied: AppliedImport } | { readonly ok: false; readonly error: Message }

/** The command line's way: the same commands on a document made from the project file, read back and checked. */
export function applyImportToProject(data: ProjectData, preview: ImportPreview, newId?: (prefix: string) => string): ProjectImportResult {
  const doc = createDocFromProject(data)
  const result = applyImport({ doc, origin: systemOrigin('import'), ...(newId ? { newId } : {}) }, preview)
  if (!result.ok) return { ok: false, error: result.error }
  const next = readProjectData(doc)
  const checked = parseProjectJson({ schemaVersion: CURRENT_SCHEMA_VERSION, ...next })
  if (!checked.ok) {
    const first = checked.errors[0]!
    return { ok: false, error: msg(`Hasil impor tidak sah: ${first.path}: ${first.message.id}`, `The import result is not valid: ${first.path}: ${bilingual(first.message)}`) }
  }
  return { ok: true, data: checked.data, applied: result.value }
}
