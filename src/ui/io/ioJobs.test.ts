import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { suggestMapping } from '../../io/inventory/inventoryMapping.ts'
import { compareRoundTrip, inventory } from '../../io/archimate/roundTripCheck.ts'
import { parseProjectText } from '../../model/file/loadProject.ts'
import type { ProjectData } from '../../model/project.ts'
import { readProjectData } from '../../model/projection/projection.ts'
import { createDocFromProject } from '../../model/ydoc/writeProject.ts'
import { createProject, exportProjectText } from '../../sync/localProjects.ts'
import { deleteProjectDatabase } from '../../sync/projectDatabase.ts'
import { runIoJob, STAGES } from './ioJobs.ts'
import type { IoJob, IoOutcome, IoProgress, IoValue } from './ioProtocol.ts'

/** The worker's job function, run directly: the same code the Web Worker runs, without a Worker. */
async function run(job: IoJob): Promise<{ outcome: IoOutcome; progress: IoProgress[] }> {
  const progress: IoProgress[] = []
  const outcome = await runIoJob(job, (p) => progress.push(p))
  return { outcome, progress }
}

function value(outcome: IoOutcome): IoValue {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
  return outcome.value
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('the io worker protocol', () => {
  it('writes the report as DOCX, reporting each stage as it starts and 100% at the end', async () => {
    const { outcome, progress } = await run({ type: 'export', format: 'report-docx', data: smallProject(), date: new Date(2025, 5, 1) })
    const file = value(outcome)
    expect(file.type).toBe('file')
    if (file.type !== 'file') return
    expect(file.extension).toBe('docx')
    const zip = await JSZip.loadAsync(file.bytes)
    expect(await zip.file('word/document.xml')!.async('string')).toContain(smallProject().project.name)
    expect(progress).toEqual([{ stage: 'building', percent: 0 }, { stage: 'writing', percent: 50 }, { stage: 'writing', percent: 100 }])
    expect(STAGES['report-docx']).toEqual(['building', 'writing'])
  })

  it('writes the Archi CSV set as one ZIP of the three files, the zip reporting its own progress', async () => {
    const { outcome, progress } = await run({ type: 'export', format: 'archi-csv', data: smallProject() })
    const file = value(outcome)
    if (file.type !== 'file') throw new Error('not a file')
    const zip = await JSZip.loadAsync(file.bytes)
    expect(Object.keys(zip.files).sort()).toEqual(['elements.csv', 'properties.csv', 'relations.csv'])
    const percents = progress.map((p) => p.percent)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(percents.at(-1)).toBe(100)
  })

  it('imports its own ArchiMate export back as a project with the same elements', async () => {
    const data = smallProject()
    const exported = value((await run({ type: 'export', format: 'archimate', data })).outcome)
    if (exported.type !== 'file') throw new Error('not a file')
    const { outcome, progress } = await run({ type: 'import-archimate', file: { name: 'small.xml', bytes: exported.bytes } })
    const imported = value(outcome)
    if (imported.type !== 'project') throw new Error('not a project')
    expect(imported.data.elements.map((e) => e.id).sort()).toEqual(data.elements.map((e) => e.id).sort())
    // Its own export, read back: the SPBE model holds all of it, so nothing is kept outside.
    expect(imported.keptOutside).toEqual({ relations: 0, properties: 0 })
    // Exported again, it still has its Peta Rencana: the work packages are derived afresh.
    const again = value((await run({ type: 'export', format: 'archimate', data: imported.data })).outcome)
    if (again.type !== 'file') throw new Error('not a file')
    const first = new TextDecoder().decode(exported.bytes)
    const report = compareRoundTrip(inventory(first), inventory(new TextDecoder().decode(again.bytes)))
    expect(report.problems).toEqual([])
    expect(first).toContain('xsi:type="WorkPackage"')
    expect(progress.map((p) => p.stage)).toEqual(['reading', 'parsing', 'parsing'])
  })

  it('refuses a broken exchange file with the XML path, line and both languages, and no project', async () => {
    const exported = value((await run({ type: 'export', format: 'archimate', data: smallProject() })).outcome)
    if (exported.type !== 'file') throw new Error('not a file')
    const broken = new TextDecoder().decode(exported.bytes).replace(/xsi:type="ApplicationComponent"/, 'xsi:type="NoSuchType"')
    const { outcome } = await run({ type: 'import-archimate', file: { name: 'rusak.xml', bytes: bytes(broken) } })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.issues[0]).toMatchObject({ file: 'rusak.xml', severity: 'error' })
    expect(outcome.issues[0]!.path).toMatch(/^\/model\/elements\/element\[\d+\]/)
    expect(outcome.issues[0]!.line).toBeGreaterThan(1)
    expect(outcome.issues[0]!.message.en).toContain('NoSuchType')
  })

  it('reads an Archi CSV set from its ZIP, and refuses a file whose name says no role', async () => {
    const exported = value((await run({ type: 'export', format: 'archi-csv', data: smallProject() })).outcome)
    if (exported.type !== 'file') throw new Error('not a file')
    const imported = value((await run({ type: 'import-archi-csv', files: [{ name: 'set.zip', bytes: exported.bytes }] })).outcome)
    if (imported.type !== 'project') throw new Error('not a project')
    expect(imported.data.elements).toHaveLength(smallProject().elements.length)
    const { outcome } = await run({ type: 'import-archi-csv', files: [{ name: 'daftar.csv', bytes: bytes('ID,Type,Name\n') }] })
    expect(outcome.ok ? [] : outcome.issues.map((i) => i.file)).toEqual(['daftar.csv'])
  })

  it('reads an inventory CSV and previews it against the project', async () => {
    const csv = 'Nama Aplikasi,Kode\nAplikasi Baru Satu,X-1\n,X-2\n'
    const read = value((await run({ type: 'read-inventory', file: { name: 'inv.csv', bytes: bytes(csv) } })).outcome)
    if (read.type !== 'inventory-table') throw new Error('not a table')
    expect(read.table.header).toEqual(['Nama Aplikasi', 'Kode'])
    const mapping = suggestMapping(read.table.header, 'aplikasi')
    const preview = value((await run({ type: 'preview-inventory', table: read.table, mapping, data: smallProject() })).outcome)
    if (preview.type !== 'inventory-preview') throw new Error('not a preview')
    expect(preview.preview.creates.map((c) => c.name)).toEqual(['Aplikasi Baru Satu'])
    expect(preview.preview.skipped.map((s) => s.line)).toEqual([3])
  })

  it('turns an unexpected fault into a plain bilingual message, never a stack trace', async () => {
    const { outcome } = await run({ type: 'preview-inventory', table: null as never, mapping: suggestMapping(['Nama'], 'aplikasi'), data: smallProject() })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.issues[0]!.message.id).toContain('kesalahan tak terduga')
    expect(outcome.issues[0]!.message.en).not.toMatch(/at .*\.ts/)
  })

  it('keeps what an exchange file held outside the SPBE model through the local save and a server-style reload, and exports it back', async () => {
    const source = readFileSync(join(import.meta.dirname, '../../../../shared/interop/OpenGroupXMLExchange-archisurance.xml'))
    const imported = value((await run({ type: 'import-archimate', file: { name: 'archisurance.xml', bytes: new Uint8Array(source) } })).outcome)
    if (imported.type !== 'project') throw new Error('not a project')
    expect(imported.keptOutside.relations).toBeGreaterThan(0)
    expect(imported.keptOutside.properties).toBe(5)
    expect(imported.data.interop?.archimate).toBeDefined()
    // As ExchangeImportOptions stores it (Dexie), then as the upload sends it and the server stores it.
    const id = await createProject(imported.data)
    const stored = parseProjectText(await exportProjectText(id))
    if (!stored.ok) throw new Error('stored project does not load')
    const doc = createDocFromProject(stored.data)
    const onServer: ProjectData = readProjectData(doc)
    doc.destroy()
    expect(onServer.interop).toEqual(imported.data.interop)
    const exported = value((await run({ type: 'export', format: 'archimate', data: onServer })).outcome)
    if (exported.type !== 'file') throw new Error('not a file')
    expect(exported.warnings).toBeUndefined()
    const xml = new TextDecoder().decode(exported.bytes)
    const report = compareRoundTrip(inventory(source.toString('utf8')), inventory(xml))
    expect(report.problems).toEqual([])
    // A foreign project gets no Peta Rencana work packages it never had.
    expect(xml).not.toContain('xsi:type="WorkPackage"')
  })

  it('an Archi CSV import keeps its extras in interop.archiCsv and the CSV export gives them back', async () => {
    const dir = join(import.meta.dirname, '../../../../shared/interop/archi-csv')
    const files = ['archi-test1-elements.csv', 'archi-test1-relations.csv', 'archi-test1-properties.csv'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }))
    const imported = value((await run({ type: 'import-archi-csv', files })).outcome)
    if (imported.type !== 'project') throw new Error('not a project')
    expect(imported.keptOutside).toEqual({ relations: 2, properties: 7 })
    const exported = value((await run({ type: 'export', format: 'archi-csv', data: imported.data })).outcome)
    if (exported.type !== 'file') throw new Error('not a file')
    const zip = await JSZip.loadAsync(exported.bytes)
    expect(await zip.file('relations.csv')!.async('string')).toContain('"cdbfc933","AssignmentRelationship","Assignment relation"')
    expect(await zip.file('properties.csv')!.async('string')).toContain('"f00aa5b4","Property 3","Again"')
  })

  it('exports without interop data of the wrong shape, and says so beside the file', async () => {
    const { outcome } = await run({ type: 'export', format: 'archimate', data: { ...smallProject(), interop: { archimate: { format: 'x' } } } })
    const file = value(outcome)
    if (file.type !== 'file') throw new Error('not a file')
    expect(file.warnings?.[0]?.id).toContain('interop.archimate')
    expect(new TextDecoder().decode(file.bytes)).toContain('xsi:type="WorkPackage"')
  })
})

afterEach(async () => {
  await deleteProjectDatabase()
})
