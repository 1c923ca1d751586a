import { liveQuery } from 'dexie'
import * as Y from 'yjs'
import { renameProject as renameProjectCommand } from '../model/commands/projectCommands.ts'
import { randomId } from '../model/commands/commandContext.ts'
import { emptyProject, type EmptyProjectInput } from '../model/emptyProject.ts'
import type { LoadError } from '../model/file/loadError.ts'
import { parseProjectText, type LoadStage } from '../model/file/loadProject.ts'
import { saveProjectText } from '../model/file/projectDocument.ts'
import { serializeProject } from '../model/file/serialize.ts'
import { systemOrigin } from '../model/origin.ts'
import type { ProjectData } from '../model/project.ts'
import { roots } from '../model/ydoc/docSchema.ts'
import { createDocFromProject } from '../model/ydoc/writeProject.ts'
import { LocalProjectError, storageError } from './localProjectError.ts'
import { loadProjectDoc } from './loadProjectDoc.ts'
import { openLocalProject } from './openLocalProject.ts'
import { projectDatabase, type ProjectRow } from './projectDatabase.ts'
import { summarizeDoc } from './projectSummary.ts'
import { isServerCacheKey } from './serverDocCache.ts'

/**
 * The projects stored in this browser: create, list, rename, duplicate, delete, import and
 * export. A project is its Yjs updates (`updates`); the list reads a rebuildable index row per
 * project (`projects`). Editing an opened project is in openLocalProject.ts.
 */
export { openLocalProject, type LocalProject, type OpenLocalProjectOptions } from './openLocalProject.ts'
export { LocalProjectError } from './localProjectError.ts'

export type LocalProjectSummary = ProjectRow

export type ImportResult =
  | { readonly ok: true; readonly id: string; readonly migratedFrom?: number }
  | { readonly ok: false; readonly stage: LoadStage; readonly errors: readonly LoadError[] }

/** Newest change first. */
export async function listProjects(): Promise<LocalProjectSummary[]> {
  try {
    return await projectDatabase().projects.orderBy('updatedAt').reverse().toArray()
  } catch (e) {
    throw storageError(e)
  }
}

/**
 * Calls `onChange` with the list now and after every change, also changes made in other tabs.
 * Returns the function that stops watching.
 */
export function watchProjects(onChange: (projects: LocalProjectSummary[]) => void, onError: (error: LocalProjectError) => void): () => void {
  const db = projectDatabase()
  const subscription = liveQuery(() => db.projects.orderBy('updatedAt').reverse().toArray()).subscribe({
    next: onChange,
    error: (e: unknown) => onError(storageError(e)),
  })
  return () => subscription.unsubscribe()
}

/**
 * Stores a project (already validated, see loadProject.ts) as a new Y.Doc; returns its local id.
 * The id is the project's own id unless this browser already holds a project with it (the same
 * file imported twice): then the copy gets a new id, also written into its document.
 */
export async function createProject(data: ProjectData): Promise<string> {
  const doc = createDocFromProject(data)
  try {
    return await storeNewDoc(doc, data.project.id)
  } finally {
    doc.destroy()
  }
}

/** A new project with nothing in it yet (see model/emptyProject.ts); returns its local id. */
export async function createEmptyProject(input: Omit<EmptyProjectInput, 'id'>): Promise<string> {
  const data = emptyProject({ ...input, id: randomId('p') })
  // Checked like a file, so a form can never store a project that will not open or export.
  const checked = parseProjectText(serializeProject(data))
  if (!checked.ok) throw new LocalProjectError(checked.errors[0]!.message)
  return createProject(data)
}

/** Checks a `*.cetakbiru.json` text and stores it as a new project; bad input stores nothing. */
export async function importProjectText(text: string): Promise<ImportResult> {
  const parsed = parseProjectText(text)
  if (!parsed.ok) return parsed
  const id = await createProject(parsed.data)
  return parsed.migratedFrom === undefined ? { ok: true, id } : { ok: true, id, migratedFrom: parsed.migratedFrom }
}

/** The project as canonical `*.cetakbiru.json` text, as it is stored now. */
export async function exportProjectText(id: string): Promise<string> {
  const doc = await loadProjectDoc(projectDatabase(), id)
  try {
    return saveProjectText(doc)
  } finally {
    doc.destroy()
  }
}

/** Renames through the document (the list row follows from it), as a system write. */
export async function renameProject(id: string, name: string): Promise<void> {
  const project = await openLocalProject(id)
  try {
    const result = renameProjectCommand({ doc: project.doc, origin: systemOrigin('rename') }, name)
    if (!result.ok) throw new LocalProjectError(result.error)
  } finally {
    await project.close()
  }
}

/**
 * A copy of the whole document under a new id (so the two never merge if synced later), named
 * `name` when given; returns the copy's local id.
 */
export async function duplicateProject(id: string, options: { readonly name?: string } = {}): Promise<string> {
  const source = await loadProjectDoc(projectDatabase(), id)
  const copy = new Y.Doc()
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(source))
    const copyId = await storeNewDoc(copy, randomId('p'), options.name?.trim() || undefined)
    return copyId
  } finally {
    source.destroy()
    copy.destroy()
  }
}

/** Removes the project and its list row together. */
export async function deleteProject(id: string): Promise<void> {
  const db = projectDatabase()
  try {
    await db.transaction('rw', db.projects, db.updates, async () => {
      await db.updates.where('projectId').equals(id).delete()
      await db.projects.delete(id)
    })
  } catch (e) {
    throw storageError(e)
  }
}

/**
 * Makes the list match the stored documents: a row for every project that has updates (read
 * from its doc) and none for a project that has none. The list is only an index; this is how
 * it is rebuilt when it was lost or written by an older version.
 */
export async function repairProjectIndex(): Promise<void> {
  const db = projectDatabase()
  try {
    const [stored, indexed] = await Promise.all([db.updates.orderBy('projectId').uniqueKeys(), db.projects.toCollection().primaryKeys()])
    // Copies of server projects share the update log but are not local projects.
    const storedIds = new Set(stored.map(String).filter((id) => !isServerCacheKey(id)))
    const orphans = indexed.filter((id) => !storedIds.has(id))
    if (orphans.length > 0) await db.projects.bulkDelete(orphans)
    const indexedIds = new Set(indexed)
    for (const id of storedIds) {
      if (indexedIds.has(id)) continue
      const doc = await loadProjectDoc(db, id)
      const now = Date.now()
      try {
        // `add`, not `put`: a row written meanwhile (the project was opened) is newer than this one.
        await db.projects.add({ id, ...summarizeDoc(doc), createdAt: now, updatedAt: now }).catch(() => {})
      } finally {
        doc.destroy()
      }
    }
  } catch (e) {
    throw storageError(e)
  }
}

/**
 * Writes a new project's full state as its first update, together with its list row, in one
 * IndexedDB transaction. Picks `preferredId`, or a new id when it is taken, and writes the id
 * (and `name`, when given) into the doc before encoding it.
 */
async function storeNewDoc(doc: Y.Doc, preferredId: string, name?: string): Promise<string> {
  const db = projectDatabase()
  const project = roots(doc).project
  try {
    return await db.transaction('rw', db.projects, db.updates, async () => {
      let id = preferredId
      while ((await db.projects.get(id)) || (await db.updates.where('projectId').equals(id).limit(1).primaryKeys()).length > 0) id = randomId('p')
      doc.transact(() => {
        if (project.get('id') !== id) project.set('id', id)
        if (name !== undefined) project.set('name', name)
      }, systemOrigin('store'))
      const now = Date.now()
      await db.updates.add({ projectId: id, data: Y.encodeStateAsUpdate(doc) })
      await db.projects.add({ id, ...summarizeDoc(doc), createdAt: now, updatedAt: now })
      return id
    })
  } catch (e) {
    throw storageError(e)
  }
}
