import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { formatArchimateError } from '../../src/io/archimate/archimateError.ts'
import type { ArchimateExtras } from '../../src/io/archimate/archimateExtras.ts'
import { archimateKept, readArchimateInterop } from '../../src/io/archimate/archimateInterop.ts'
import { elementOrigin } from '../../src/io/archimate/elementOrigin.ts'
import { exportArchimate } from '../../src/io/archimate/exportArchimate.ts'
import { importArchimate } from '../../src/io/archimate/importArchimate.ts'
import { compareRoundTrip, inventory } from '../../src/io/archimate/roundTripCheck.ts'
import type { CommandContext } from '../../src/model/commands/commandContext.ts'
import { deleteElement, updateElement } from '../../src/model/commands/elementCommands.ts'
import { deleteRelations } from '../../src/model/commands/relationCommands.ts'
import { removeFromView } from '../../src/model/commands/viewCommands.ts'
import { parseProjectText } from '../../src/model/file/loadProject.ts'
import { canonicalProject, serializeProject } from '../../src/model/file/serialize.ts'
import { localOrigin } from '../../src/model/origin.ts'
import type { ProjectData } from '../../src/model/project.ts'
import { readProjectData } from '../../src/model/projection/projection.ts'
import { createDocFromProject } from '../../src/model/ydoc/writeProject.ts'
import { smallProject } from '../fixtures/smallProject.ts'

const root = join(import.meta.dirname, '..', '..')
const shared = (name: string): string => readFileSync(join(root, '..', 'shared', 'interop', name), 'utf8')
const fixture = (name: string): string => readFileSync(join(root, 'tests', 'fixtures', 'archimate', name), 'utf8')

function imported(xml: string) {
  const r = importArchimate(xml)
  if (!r.ok) throw new Error(r.errors.map((e) => formatArchimateError(e)).join('\n'))
  return r
}

/** The project saved as its file and opened again: nothing but the file's text in between. */
function throughFile(data: ProjectData): ProjectData {
  const r = parseProjectText(serializeProject(data))
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message.en}`).join('\n'))
  return r.data
}

/** The project through a Y.Doc, as the app and the server hold it, edited there by `edit`. */
function throughDoc(data: ProjectData, edit?: (ctx: CommandContext) => void): ProjectData {
  const doc = createDocFromProject(data)
  try {
    if (edit) edit({ doc, origin: localOrigin('tester') })
    // The bytes a Dexie save or a server upload keeps, loaded into a fresh document.
    const copy = createDocFromProject(readProjectData(doc))
    try {
      return readProjectData(copy)
    } finally {
      copy.destroy()
    }
  } finally {
    doc.destroy()
  }
}

const ok = (r: { ok: boolean }): void => expect(r.ok).toBe(true)

describe('the project carries what an ArchiMate import set aside', () => {
  it('puts the extras in data.interop.archimate, counted for the summary', () => {
    const r = imported(fixture('multilang.xml'))
    expect(r.data.interop?.archimate).toEqual(r.extras)
    expect(readArchimateInterop(r.data)).toEqual({ extras: r.extras })
    // Assignment and Association have no SPBE kind here; pd-1 "Owner note" is a foreign property.
    expect(archimateKept(r.extras)).toEqual({ relations: 2, properties: 1 })
  })

  it.each(['archi-Sample1.xml', 'archi-bendpoint.test.xml', 'OpenGroupXMLExchange-archisurance.xml'])(
    '%s: import -> project file -> export finds every concept, id and property without any extras passed',
    (name) => {
      const text = shared(name)
      const file = throughFile(imported(text).data)
      const report = compareRoundTrip(inventory(text), inventory(exportArchimate(file)))
      expect(report.problems).toEqual([])
      for (const [before, after] of Object.values(report.counts)) expect(after).toBeGreaterThanOrEqual(before)
    },
  )

  it.each(['OpenGroupXMLExchange-archisurance.xml', 'archi-bendpoint.test.xml'])('%s: the same through a Y.Doc and back', (name) => {
    const text = shared(name)
    const data = throughDoc(imported(text).data)
    expect(data.interop?.archimate).toBeDefined()
    const report = compareRoundTrip(inventory(text), inventory(exportArchimate(data)))
    expect(report.problems).toEqual([])
  })

  it('a project with interop.archimate of the wrong shape exports without it and says so, naming interop.archimate', () => {
    const r = imported(fixture('multilang.xml'))
    const broken: ProjectData = { ...r.data, interop: { archimate: { format: 'something-else' } } }
    const read = readArchimateInterop(broken)
    expect(read.extras).toBeUndefined()
    expect(read.warning?.id).toContain('interop.archimate')
    expect(read.warning?.en).toContain('interop.archimate')
    const xml = exportArchimate(broken)
    // Exported from the model alone: the foreign relationship and property are not there.
    expect(inventory(xml).relationships.has('r.assign')).toBe(false)
    expect(xml).not.toContain('Owner note')
  })
})

describe('edits after the import are respected on export', () => {
  const text = fixture('multilang.xml')

  it('a deleted element takes its foreign relationships, view nodes, connections, properties and folder entries along', () => {
    const before = inventory(exportArchimate(imported(text).data))
    expect(before.relationships.has('r.assign')).toBe(true)
    expect(before.relationships.has('r.assoc')).toBe(true)
    expect(before.viewNodes.has('v.1|n.node')).toBe(true)
    expect(before.connections.has('v.1|c.1')).toBe(true)
    // e.role ends r.assign (foreign); e.node ends r.serv (SPBE) which c.1 shows.
    const data = throughDoc(imported(text).data, (ctx) => {
      ok(deleteElement(ctx, 'e_role'))
      ok(deleteElement(ctx, 'e_node'))
    })
    const xml = exportArchimate(throughFile(data))
    const after = inventory(xml)
    expect(after.elements.has('e.role')).toBe(false)
    expect(after.elements.has('e.node')).toBe(false)
    // r.assoc pointed at r.assign: gone with it, not left dangling.
    expect(after.relationships.has('r.assign')).toBe(false)
    expect(after.relationships.has('r.assoc')).toBe(false)
    expect(after.relationships.has('r.serv')).toBe(false)
    expect(after.viewNodes.has('v.1|n.node')).toBe(false)
    expect(after.connections.has('v.1|c.1')).toBe(false)
    expect(xml).not.toContain('identifierRef="e.node"')
    // What was not touched stays: the app node, its duplicate, the label, the container.
    for (const n of ['n.grp', 'n.app', 'n.app2', 'n.note']) expect(after.viewNodes.has(`v.1|${n}`)).toBe(true)
    expect(after.properties.has('e.app|Owner note|v1')).toBe(true)
  })

  it('properties of a deleted element are not resurrected', () => {
    const data = throughDoc(imported(text).data, (ctx) => ok(deleteElement(ctx, 'e_app')))
    const xml = exportArchimate(data)
    expect(inventory(xml).elements.has('e.app')).toBe(false)
    expect([...inventory(xml).properties].filter((p) => p.startsWith('e.app|'))).toEqual([])
    expect(xml).not.toContain('>v1<')
    // Every node of it (nested one and duplicate) and the connection to it are gone.
    const nodes = inventory(xml).viewNodes
    expect(nodes.has('v.1|n.app')).toBe(false)
    expect(nodes.has('v.1|n.app2')).toBe(false)
    expect(nodes.has('v.1|n.grp')).toBe(true)
  })

  it('a deleted SPBE relation is not resurrected from the extras', () => {
    const data = throughDoc(imported(text).data, (ctx) => ok(deleteRelations(ctx, ['r_write'])))
    const after = inventory(exportArchimate(data))
    expect(after.relationships.has('r.write')).toBe(false)
    expect(after.relationships.has('r.serv')).toBe(true)
  })

  it('an element taken off a view loses its nodes there (children kept), and its connections', () => {
    const data = throughDoc(imported(text).data, (ctx) => ok(removeFromView(ctx, 'v_1', ['e_node'])))
    expect(data.elements.some((e) => e.id === 'e_node')).toBe(true)
    const after = inventory(exportArchimate(data))
    expect(after.elements.has('e.node')).toBe(true)
    expect(after.viewNodes.has('v.1|n.node')).toBe(false)
    expect(after.connections.has('v.1|c.1')).toBe(false)
    expect(after.viewNodes.has('v.1|n.app')).toBe(true)
  })

  it('a renamed element exports its new name, keeping the names in other languages', () => {
    const data = throughDoc(imported(text).data, (ctx) => ok(updateElement(ctx, 'e_node', { name: 'Server Pusat Data' })))
    const xml = exportArchimate(throughFile(data))
    const node = /<element identifier="e\.node"[\s\S]*?<\/element>/.exec(xml)![0]
    expect(node).toContain('Server Pusat Data')
    expect(node).not.toContain('Serveur')
    // "Server" (de) was not the preferred name and stays as the file had it.
    expect(node).toContain('<name xml:lang="de">Server</name>')
  })

  it('a name the import had to cut goes back whole while unchanged, and as edited once changed', () => {
    const long = 'Aplikasi '.repeat(40).trim()
    const xml = fixture('multilang.xml').replace('<am:name xml:lang="id">Pelayanan</am:name>', `<am:name xml:lang="id">${long}</am:name>`)
    const r = imported(xml)
    expect(r.data.elements.find((e) => e.id === 'e_proc')!.name).toHaveLength(300)
    expect(exportArchimate(throughFile(r.data))).toContain(long)
    const renamed = throughDoc(r.data, (ctx) => ok(updateElement(ctx, 'e_proc', { name: 'Pelayanan kesehatan' })))
    const out = exportArchimate(renamed)
    expect(out).not.toContain(long)
    expect(out).toContain('Pelayanan kesehatan')
  })
})

describe('elementOrigin (the properties panel\'s "Dari ArchiMate")', () => {
  it('gives the original type and the foreign properties by their definition names', () => {
    const r = imported(shared('OpenGroupXMLExchange-archisurance.xml'))
    expect(elementOrigin(r.data.interop, 'id-275')).toEqual({
      type: 'BusinessActor',
      properties: [
        { name: 'Property1', value: 'Another Value of Property 1' },
        { name: 'Property2', value: 'Another Value of Property 2' },
        { name: 'Property3', value: 'Value of Property 3' },
      ],
    })
    expect(elementOrigin(undefined, 'id-275')).toBeUndefined()
    expect(elementOrigin({ archimate: { format: 'nope' } }, 'id-275')).toBeUndefined()
    expect(elementOrigin(r.data.interop, 'no-such-element')).toBeUndefined()
  })

  it('counts only what is really outside the model', () => {
    const extras = imported(shared('OpenGroupXMLExchange-archisurance.xml')).extras as ArchimateExtras
    const kept = archimateKept(extras)
    expect(kept.relations).toBe(extras.relationships.filter((x) => !x.relation).length)
    expect(kept.relations).toBeGreaterThan(0)
    // 2 on the model, 3 on id-275 (the file has 5 properties in all).
    expect(kept.properties).toBe(5)
  })
})

describe('a Cetakbiru export read back', () => {
  const p = smallProject()
  const own = exportArchimate(p, { roadmap: generateRoadmap(p).roadmap })

  it('needs no interop data when nobody added anything to it', () => {
    const r = imported(own)
    expect(r.extras.cetakbiru).toBe(true)
    expect(r.data.interop).toBeUndefined()
  })

  it('with a property added in another tool keeps it, and still exports the whole SPBE project and its Peta Rencana', () => {
    // As if someone added a property to the SIAK application in Archi and exported again.
    const edited = own
      .replace('<propertyDefinitions>', '<propertyDefinitions>\n    <propertyDefinition identifier="pd-archi-note" type="string"><name>Catatan Archi</name></propertyDefinition>')
      .replace(/(<element identifier="apl-siak"[^>]*>[\s\S]*?<properties>)/, '$1\n        <property propertyDefinitionRef="pd-archi-note"><value>dicatat di Archi</value></property>')
    expect(edited).toContain('dicatat di Archi')
    const r = imported(edited)
    expect(r.data.interop?.archimate).toBeDefined()
    const again = exportArchimate(throughFile(r.data), { roadmap: generateRoadmap(r.data).roadmap })
    expect(compareRoundTrip(inventory(edited), inventory(again)).problems).toEqual([])
    // Read back once more: the same SPBE project (states, OPD, plan, relation kinds, view layouts).
    const back = imported(again).data
    const { interop: _a, ...model } = canonicalProject(back)
    const { interop: _b, ...first } = canonicalProject(r.data)
    expect(model).toEqual(first)
    expect(canonicalProject({ ...back, interop: undefined })).toEqual(canonicalProject(p))
  })
})
