import 'fake-indexeddb/auto'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createElement } from '../model/commands/elementCommands.ts'
import { addOpd, updateOpd } from '../model/commands/opdCommands.ts'
import { parseProjectText } from '../model/file/loadProject.ts'
import { saveProjectText } from '../model/file/projectDocument.ts'
import { serializeProject } from '../model/file/serialize.ts'
import { localOrigin } from '../model/origin.ts'
import { emptyProject } from '../model/emptyProject.ts'
import { smallProject } from '../../tests/fixtures/smallProject.ts'
import {
  createEmptyProject, createProject, deleteProject, duplicateProject, exportProjectText, importProjectText, listProjects,
  LocalProjectError, openLocalProject, renameProject, repairProjectIndex,
} from './localProjects.ts'
import { seedExampleOnFirstStart } from './firstStart.ts'
import { COMPACT_ABOVE } from './loadProjectDoc.ts'
import { deleteProjectDatabase, projectDatabase } from './projectDatabase.ts'

const user = localOrigin('tester')
const rowsOf = (id: string) => projectDatabase().updates.where('projectId').equals(id).toArray()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

function addApplication(doc: Y.Doc, name: string): string {
  const result = createElement({ doc, origin: user }, { kind: 'aplikasi-khusus', name })
  if (!result.ok) throw new Error(result.error.en)
  return result.value
}

beforeEach(async () => {
  await deleteProjectDatabase()
})

afterEach(async () => {
  await deleteProjectDatabase()
})

describe('empty project', () => {
  it('is a valid project file with two states and a five-year RPJMD', () => {
    const data = emptyProject({ id: 'p-baru', name: ' Arsitektur SPBE Kota Uji ', organization: 'Pemerintah Kota Uji', organizationType: 'kota', planStartYear: 2026 })
    const parsed = parseProjectText(serializeProject(data))
    expect(parsed.ok).toBe(true)
    expect(data.project.name).toBe('Arsitektur SPBE Kota Uji')
    expect(data.plan).toMatchObject({ name: 'RPJMD 2026-2030', document: 'rpjmd', startYear: 2026, years: 5 })
    expect(data.states.map((s) => [s.id, s.role, s.year])).toEqual([['asis', 'asis', undefined], ['target', 'target', 2030]])
    expect(data.elements).toEqual([])
  })
})

describe('local projects', () => {
  it('create, list, open, edit, close and reopen keeps everything', async () => {
    const id = await createProject(smallProject())
    expect(id).toBe('p-kecil')
    const [row] = await listProjects()
    expect(row).toMatchObject({ id, name: 'Proyek Kecil', organization: 'Pemerintah Kabupaten Uji', elementCount: 7 })

    const first = await openLocalProject(id)
    expect(saveProjectText(first.doc)).toBe(serializeProject(smallProject()))
    addApplication(first.doc, 'Aplikasi Perizinan')
    const opd = addOpd({ doc: first.doc, origin: user }, { code: '2.09.01', name: 'Dinas Kesehatan', shortName: 'Dinkes' })
    if (!opd.ok) throw new Error(opd.error.en)
    updateOpd({ doc: first.doc, origin: user }, opd.value, { shortName: 'Dinas Kes.' })
    const before = saveProjectText(first.doc)
    await first.close()

    const again = await openLocalProject(id)
    expect(saveProjectText(again.doc)).toBe(before)
    await again.close()
    expect(await exportProjectText(id)).toBe(before)
  })

  it('close writes the updates still waiting for their batch', async () => {
    const id = await createProject(smallProject())
    const project = await openLocalProject(id, { batchMs: 10_000, indexDelayMs: 10_000 })
    addApplication(project.doc, 'Aplikasi A')
    expect(await rowsOf(id)).toHaveLength(1)
    const expected = saveProjectText(project.doc)
    await project.close()
    expect(await rowsOf(id)).toHaveLength(2)
    expect(await exportProjectText(id)).toBe(expected)
    expect((await listProjects())[0]!.elementCount).toBe(8)
  })

  it('writes an update within the batch window, without close, and batches a burst into one row', async () => {
    const id = await createProject(smallProject())
    const project = await openLocalProject(id, { batchMs: 5 })
    for (let i = 0; i < 20; i++) addApplication(project.doc, `Aplikasi ${i}`)
    await waitUntil(async () => (await rowsOf(id)).length === 2)
    await sleep(30)
    expect(await rowsOf(id)).toHaveLength(2)
    // A second Y.Doc read from storage now (as another tab would) has all twenty.
    expect(await exportProjectText(id)).toBe(saveProjectText(project.doc))
    await project.close()
  })

  it('compacts many updates into one row on open, keeping the state byte for byte', async () => {
    const id = await createProject(smallProject())
    const project = await openLocalProject(id)
    for (let i = 0; i < COMPACT_ABOVE; i++) {
      addApplication(project.doc, `Aplikasi ${i}`)
      await project.flush()
    }
    const expected = saveProjectText(project.doc)
    await project.close()
    expect(await rowsOf(id)).toHaveLength(COMPACT_ABOVE + 1)

    const reopened = await openLocalProject(id)
    expect(await rowsOf(id)).toHaveLength(1)
    expect(saveProjectText(reopened.doc)).toBe(expected)
    await reopened.close()
    expect(await exportProjectText(id)).toBe(expected)
  }, 60_000)

  it('does not compact at or below the threshold', async () => {
    const id = await createProject(smallProject())
    const project = await openLocalProject(id, { compactAbove: 3 })
    for (let i = 0; i < 3; i++) {
      addApplication(project.doc, `Aplikasi ${i}`)
      await project.flush()
    }
    await project.close()
    await (await openLocalProject(id, { compactAbove: 4 })).close()
    expect(await rowsOf(id)).toHaveLength(4)
    await (await openLocalProject(id, { compactAbove: 3 })).close()
    expect(await rowsOf(id)).toHaveLength(1)
  })

  it('refuses bad JSON with its line and column and stores nothing', async () => {
    const result = await importProjectText('{\n  "schemaVersion": 3,\n  "project": {,\n}')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.stage).toBe('json')
    expect(result.errors[0]!.path).toBe('3:15')
    expect(result.errors[0]!.message.id).toMatch(/JSON/)
    expect(await listProjects()).toEqual([])
    expect(await projectDatabase().updates.count()).toBe(0)
  })

  it('refuses a file of the wrong schema with the paths and stores nothing', async () => {
    const broken = JSON.parse(serializeProject(smallProject())) as { project: Record<string, unknown>; elements: { attrs: Record<string, unknown> }[] }
    delete broken.project.name
    broken.elements[0]!.attrs.level = 42
    const result = await importProjectText(JSON.stringify(broken))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.stage).toBe('schema')
    const paths = result.errors.map((e) => e.path)
    expect(paths).toContain('project')
    expect(paths.some((p) => p.startsWith('elements[0]'))).toBe(true)
    expect(result.errors.every((e) => e.message.id && e.message.en)).toBe(true)
    expect(await listProjects()).toEqual([])
    expect(await projectDatabase().updates.count()).toBe(0)
  })

  it('imports a valid file, and the same file twice as two projects with their own ids', async () => {
    const text = serializeProject(smallProject())
    const first = await importProjectText(text)
    const second = await importProjectText(text)
    expect(first).toEqual({ ok: true, id: 'p-kecil' })
    if (!second.ok) throw new Error('refused')
    expect(second.id).not.toBe('p-kecil')
    expect(await listProjects()).toHaveLength(2)
    // The copy's document carries its new id, so its export does not claim to be the first.
    expect(JSON.parse(await exportProjectText(second.id)).project.id).toBe(second.id)
    expect(await exportProjectText('p-kecil')).toBe(text)
  })

  it('creates an empty project that opens and exports as a valid file', async () => {
    const id = await createEmptyProject({ name: 'SPBE Kota Uji', organization: 'Pemerintah Kota Uji', organizationType: 'kota', planStartYear: 2025 })
    const [row] = await listProjects()
    expect(row).toMatchObject({ id, name: 'SPBE Kota Uji', organization: 'Pemerintah Kota Uji', elementCount: 0 })
    const text = await exportProjectText(id)
    expect(parseProjectText(text).ok).toBe(true)
    expect(JSON.parse(text).plan.name).toBe('RPJMD 2025-2029')
  })

  it('refuses an empty project without a name, with a message in both languages', async () => {
    const attempt = createEmptyProject({ name: '  ', organization: 'Pemerintah Kota Uji', organizationType: 'kota', planStartYear: 2025 })
    await expect(attempt).rejects.toBeInstanceOf(LocalProjectError)
    await expect(attempt).rejects.toMatchObject({ detail: { id: expect.any(String), en: expect.any(String) } })
    expect(await listProjects()).toEqual([])
  })

  it('renames through the document, and the list follows', async () => {
    const id = await createProject(smallProject())
    await renameProject(id, '  Arsitektur SPBE 2025  ')
    expect((await listProjects())[0]!.name).toBe('Arsitektur SPBE 2025')
    expect(JSON.parse(await exportProjectText(id)).project.name).toBe('Arsitektur SPBE 2025')
    await expect(renameProject(id, '')).rejects.toMatchObject({ detail: { en: 'The project needs a name' } })
    expect((await listProjects())[0]!.name).toBe('Arsitektur SPBE 2025')
  })

  it('duplicates a project under a new id and name, leaving the source as it was', async () => {
    const id = await createProject(smallProject())
    const copy = await duplicateProject(id, { name: 'Proyek Kecil (salinan)' })
    expect(copy).not.toBe(id)
    const list = await listProjects()
    expect(list.map((p) => p.name).sort()).toEqual(['Proyek Kecil', 'Proyek Kecil (salinan)'])
    expect(list.find((p) => p.id === copy)!.elementCount).toBe(7)
    const copied = JSON.parse(await exportProjectText(copy))
    const source = JSON.parse(await exportProjectText(id))
    expect(copied.project).toEqual({ ...source.project, id: copy, name: 'Proyek Kecil (salinan)' })
    expect(copied.elements).toEqual(source.elements)

    // Edits to the copy stay in the copy.
    const opened = await openLocalProject(copy)
    addApplication(opened.doc, 'Hanya di salinan')
    await opened.close()
    expect(await exportProjectText(id)).toBe(serializeProject(smallProject()))
  })

  it('deletes the project and its row together', async () => {
    const keep = await createProject(smallProject())
    const gone = await createEmptyProject({ name: 'Dihapus', organization: 'Pemerintah Kota Uji', organizationType: 'kota', planStartYear: 2025 })
    await deleteProject(gone)
    expect((await listProjects()).map((p) => p.id)).toEqual([keep])
    expect(await rowsOf(gone)).toEqual([])
    await expect(openLocalProject(gone)).rejects.toMatchObject({ detail: { en: expect.stringMatching(/not in this browser/) } })
  })

  it('stops writing a project deleted while it is open, and says so', async () => {
    const id = await createProject(smallProject())
    const errors: LocalProjectError[] = []
    const project = await openLocalProject(id, { onError: (e) => errors.push(e) })
    await deleteProject(id)
    addApplication(project.doc, 'Terlambat')
    await expect(project.flush()).rejects.toMatchObject({ detail: { en: expect.stringMatching(/deleted in another tab/) } })
    await project.close()
    expect(await projectDatabase().updates.count()).toBe(0)
    expect(await listProjects()).toEqual([])
  })

  it('keeps the index row in step with edits', async () => {
    const id = await createProject(smallProject())
    const before = (await listProjects())[0]!
    await sleep(5)
    const project = await openLocalProject(id, { indexDelayMs: 20 })
    addApplication(project.doc, 'Aplikasi Baru')
    project.doc.transact(() => project.doc.getMap('project').set('organization', 'Pemerintah Kabupaten Uji Coba'), user)
    await waitUntil(async () => (await listProjects())[0]!.elementCount === 8)
    const after = (await listProjects())[0]!
    expect(after).toMatchObject({ organization: 'Pemerintah Kabupaten Uji Coba', createdAt: before.createdAt })
    expect(after.updatedAt).toBeGreaterThan(before.updatedAt)
    await project.close()
  })

  it('lists the most recently changed project first', async () => {
    const a = await createProject(smallProject())
    await sleep(5)
    const b = await createEmptyProject({ name: 'Kedua', organization: 'Pemerintah Kota Uji', organizationType: 'kota', planStartYear: 2025 })
    expect((await listProjects()).map((p) => p.id)).toEqual([b, a])
    await sleep(5)
    const project = await openLocalProject(a)
    addApplication(project.doc, 'Perubahan')
    await project.close()
    expect((await listProjects()).map((p) => p.id)).toEqual([a, b])
  })

  it('rebuilds lost or stale index rows from the documents', async () => {
    const id = await createProject(smallProject())
    const db = projectDatabase()
    await db.projects.clear()
    await db.projects.add({ id: 'hantu', name: 'Tanpa dokumen', organization: '', elementCount: 0, createdAt: 0, updatedAt: 0 })
    await repairProjectIndex()
    expect(await listProjects()).toEqual([expect.objectContaining({ id, name: 'Proyek Kecil', elementCount: 7 })])
  })
})

describe('first start', () => {
  const example = async () => serializeProject(smallProject())

  it('imports the example once, and never again after the projects are deleted', async () => {
    const [a, b] = await Promise.all([seedExampleOnFirstStart(example), seedExampleOnFirstStart(example)])
    expect(a).toEqual({ ok: true, id: 'p-kecil' })
    expect(b).toBe(a)
    expect(await listProjects()).toHaveLength(1)
    await deleteProject('p-kecil')
    expect(await seedExampleOnFirstStart(example)).toBeUndefined()
    expect(await listProjects()).toEqual([])
  })

  it('does not import the example into a store that already has projects', async () => {
    await createEmptyProject({ name: 'Milik sendiri', organization: 'Pemerintah Kota Uji', organizationType: 'kota', planStartYear: 2025 })
    expect(await seedExampleOnFirstStart(example)).toBeUndefined()
    expect(await listProjects()).toHaveLength(1)
  })

  it('tries again on the next start when the example could not be fetched', async () => {
    await expect(seedExampleOnFirstStart(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline')
    expect(await seedExampleOnFirstStart(example)).toMatchObject({ ok: true })
  })
})

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out')
    await sleep(5)
  }
}
