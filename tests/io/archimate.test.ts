import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateRoadmap } from '../../src/analysis/roadmap/generateRoadmap.ts'
import { formatArchimateError } from '../../src/io/archimate/archimateError.ts'
import { ARCHIMATE_ELEMENT_TYPES, KIND_TO_ARCHIMATE, RELATION_TO_ARCHIMATE } from '../../src/io/archimate/archimateMapping.ts'
import { exportArchimate } from '../../src/io/archimate/exportArchimate.ts'
import { importArchimate } from '../../src/io/archimate/importArchimate.ts'
import { archimateMappingMarkdown } from '../../src/io/archimate/mappingDoc.ts'
import { compareRoundTrip, inventory } from '../../src/io/archimate/roundTripCheck.ts'
import { hasXmllint, validateWithXsd } from '../../src/io/archimate/xmllint.ts'
import { canonicalProject } from '../../src/model/file/serialize.ts'
import { ELEMENT_KINDS, RELATION_KINDS } from '../../src/model/metamodel/metamodel.ts'
import { smallProject } from '../fixtures/smallProject.ts'

const root = join(import.meta.dirname, '..', '..')
const fixture = (name: string): string => readFileSync(join(root, 'tests', 'fixtures', 'archimate', name), 'utf8')
const dir = mkdtempSync(join(tmpdir(), 'archimate-test-'))

function xsdValid(xml: string, name: string): void {
  if (!hasXmllint()) throw new Error('xmllint tidak ada / is missing: install the Debian package libxml2-utils (scripts/ensure-system-packages.sh does it)')
  const file = join(dir, name)
  writeFileSync(file, xml)
  const r = validateWithXsd(file)
  expect(r.output).toBe('')
  expect(r.valid).toBe(true)
}

function imported(xml: string) {
  const r = importArchimate(xml)
  if (!r.ok) throw new Error(r.errors.map((e) => formatArchimateError(e)).join('\n'))
  return r
}

describe('mapping table', () => {
  it('maps every SPBE element and relation kind to a known ArchiMate type, and the doc is generated from it', () => {
    for (const k of ELEMENT_KINDS) expect(ARCHIMATE_ELEMENT_TYPES[KIND_TO_ARCHIMATE[k.id]!], k.id).toBeDefined()
    for (const k of RELATION_KINDS) expect(RELATION_TO_ARCHIMATE[k.id], k.id).toBeDefined()
    for (const m of Object.values(ARCHIMATE_ELEMENT_TYPES)) expect(ELEMENT_KINDS.some((k) => k.id === m.kind)).toBe(true)
    expect(readFileSync(join(root, 'docs', 'archimate-mapping.md'), 'utf8')).toBe(archimateMappingMarkdown())
  })
})

describe('export', () => {
  const p = smallProject()
  const roadmap = generateRoadmap(p).roadmap

  it('writes a schema-valid, deterministic file with plateaus, work packages and gaps', () => {
    const xml = exportArchimate(p, { roadmap })
    expect(exportArchimate(p, { roadmap })).toBe(xml)
    xsdValid(xml, 'small.xml')
    const inv = inventory(xml)
    const types = [...inv.elements.values()]
    expect(types.filter((t) => t === 'Plateau')).toHaveLength(p.states.length)
    expect(types.filter((t) => t === 'WorkPackage').length).toBe(roadmap.activities.length + roadmap.unscheduled.length)
    expect(types).toContain('Gap')
    for (const e of p.elements) expect(inv.elements.has(e.id)).toBe(true)
  })

  it('reads its own export back into the same project, goal tree included', () => {
    const back = imported(exportArchimate(p, { roadmap }))
    expect(back.warnings).toEqual([])
    expect(canonicalProject(back.data)).toEqual(canonicalProject(p))
  })

  it('keeps quotes, markup, Arabic and emoji intact and escaped', () => {
    const name = 'Aplikasi "SIK" <script>alert(1)</script> & تطبيق 😀'
    const q = { ...p, elements: p.elements.map((e, i) => (i === 0 ? { ...e, name } : e)) }
    const xml = exportArchimate(q)
    expect(xml).not.toContain('<script>')
    xsdValid(xml, 'escaped.xml')
    expect(imported(xml).data.elements.find((e) => e.id === q.elements[0]!.id)!.name).toBe(name)
  })
})

describe('import', () => {
  it('maps types, prefers id then en then the first language, and keeps the rest in the extras', () => {
    const r = imported(fixture('multilang.xml'))
    const byId = new Map(r.data.elements.map((e) => [e.id, e]))
    expect(r.data.project.name).toBe('Model Kabupaten')
    expect(byId.get('e_app')!.name).toBe('Health app "SIK" <script> 😀')
    expect(byId.get('e_app')!.kind).toBe('aplikasi-khusus')
    expect(byId.get('e_node')!.name).toBe('Serveur')
    expect(byId.get('e_j')!.name).toBe('AndJunction')
    // Serving Node -> Application is "runs-on" the other way round; Access Write is produces-data.
    expect(r.data.relations.map((x) => [x.id, x.kind, x.source, x.target])).toEqual([
      ['r_serv', 'runs-on', 'e_app', 'e_node'],
      ['r_write', 'produces-data', 'e_app', 'e_data'],
    ])
    expect(r.extras.relationships.filter((x) => !x.relation).map((x) => x.type)).toEqual(['Assignment', 'Association'])
    // The folder named like an OPD became one and owns what is filed under it.
    expect(r.data.opd.map((o) => o.name)).toEqual(['Dinas Kesehatan'])
    expect(byId.get('e_app')!.ownerOpd).toBe(r.data.opd[0]!.id)
    expect(byId.get('e_data')!.ownerOpd).toBe(r.data.opd[0]!.id)
    expect(byId.get('e_node')!.ownerOpd).toBeUndefined()
    expect(r.data.views[0]!.nodes.map((n) => [n.element, n.x, n.y])).toEqual([['e_app', 30, 40], ['e_node', 30, 400]])
  })

  it('round-trips its own fixture with every element, relationship, property, folder, node and id, schema-valid', () => {
    const text = fixture('multilang.xml')
    const r = imported(text)
    const out = exportArchimate(r.data, { extras: r.extras })
    xsdValid(out, 'multilang-rt.xml')
    const report = compareRoundTrip(inventory(text), inventory(out))
    expect(report.problems).toEqual([])
    expect(report.counts.viewNodes).toEqual([5, 5])
    expect(exportArchimate(r.data, { extras: r.extras })).toBe(out)
  })

  it.each(['archi-Sample1.xml', 'archi-bendpoint.test.xml', 'OpenGroupXMLExchange-archisurance.xml'])('round-trips the shared corpus file %s', (name) => {
    const text = readFileSync(join(root, '..', 'shared', 'interop', name), 'utf8')
    const r = imported(text)
    const out = exportArchimate(r.data, { extras: r.extras })
    xsdValid(out, `rt-${name}`)
    const report = compareRoundTrip(inventory(text), inventory(out))
    expect(report.problems).toEqual([])
    for (const [before, after] of Object.values(report.counts)) expect(after).toBeGreaterThanOrEqual(before)
  })
})

describe('bad input', () => {
  it('refuses a billion-laughs DTD and an external entity before parsing, naming the line', () => {
    for (const name of ['billion-laughs.xml', 'xxe.xml']) {
      const r = importArchimate(fixture(name))
      expect(r.ok).toBe(false)
      if (r.ok) continue
      expect(r.errors[0]!.line).toBe(2)
      expect(r.errors[0]!.message.en).toMatch(/DOCTYPE\/ENTITY declarations are refused/)
      expect(r.errors[0]!.message.id).toMatch(/tidak diterima/)
    }
  })

  it('recognises the 2.1 format and refuses it with a message that says so', () => {
    const r = importArchimate(fixture('archimate21.xml'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(formatArchimateError(r.errors[0]!, 'archimate21.xml')).toMatch(/archimate21\.xml: .*ArchiMate lama .*nothing was imported/)
  })

  it('refuses oversized text, broken XML with its line, and an unknown type with its XML path and line', () => {
    const big = importArchimate(fixture('multilang.xml'), { maxChars: 100 })
    expect(!big.ok && big.errors[0]!.message.en).toMatch(/File too large/)
    const broken = importArchimate('<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/">\n<name></model>')
    expect(!broken.ok && broken.errors[0]!.line).toBe(3)
    const bad = fixture('multilang.xml').replace('xsi:type="DataObject"', 'xsi:type="Dataobject"')
    const r = importArchimate(bad)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.errors[0]!.path).toBe('/model/elements/element[3]/@xsi:type')
      expect(r.errors[0]!.line).toBe(bad.split('\n').findIndex((l) => l.includes('Dataobject')) + 1)
      expect(r.errors[0]!.message.en).toMatch(/unknown ArchiMate 3.x element type "Dataobject"/)
    }
    const dangling = importArchimate(fixture('multilang.xml').replace('target="e.data"', 'target="e.nothing"'))
    expect(!dangling.ok && dangling.errors[0]!.path).toBe('/model/relationships/relationship[2]/@target')
  })
})
