import * as Y from 'yjs'
import { randomId } from '../../src/model/commands/commandContext.ts'
import type { ProjectData } from '../../src/model/project.ts'
import { createDocFromProject } from '../../src/model/ydoc/writeProject.ts'
import { isProjectId } from '../projectId.ts'
import { StorageConflictError, type ProjectRecord, type SyncStorage } from '../storage/syncStorage.ts'

/**
 * Stores an already validated project (see src/model/file/loadProject.ts) as a new server project
 * owned by `ownerId`: its own id when that is a valid server id and still free, a new one
 * otherwise (written into the document too, so the two always agree).
 */
export async function storeProject(storage: SyncStorage, data: ProjectData, ownerId: string, now = Date.now()): Promise<ProjectRecord> {
  const candidates = isProjectId(data.project.id) ? [data.project.id] : []
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = candidates[attempt] ?? randomId('p')
    if (await storage.getProject(id)) continue
    const doc = createDocFromProject({ ...data, project: { ...data.project, id } })
    try {
      return await storage.createProject({ id, name: data.project.name, ownerId, createdAt: now }, Y.encodeStateAsUpdate(doc))
    } catch (e) {
      if (!(e instanceof StorageConflictError)) throw e
    } finally {
      doc.destroy()
    }
  }
  throw new Error('no free project id')
}
