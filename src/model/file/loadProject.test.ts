import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { generateProject } from '../generate/generateProject.ts'
import { readProjectData } from '../projection/projection.ts'
import { parseProjectText, type LoadResult } from './loadProject.ts'
import { openProjectText, saveProjectText } from './projectDocument.ts'
import { serializeProject } from './serialize.ts'

const small = (): Record<string, unknown> => JSON.parse(serializeProject(smallProject())) as Record<string, unknown>
/** Serialised files list elements sorted by id: apl-siak, dat-penduduk, inf-pdn, inf-server, kam-audit, lay-ktp, pb-adminduk. */
const elementsOf = (f: Record<string, unknown>) => f.elements as Record<string, unknown>[]
const errorsOf = (r: LoadResult) => (r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message.en}`))

describe('round trip file -> Y.Doc -> file', () => {
  it('is lossless, byte for byte, for a hand-made project', () => {
    const text = serializeProject(smallProject())
    const opened = openProjectText(text)
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors))
    expect(saveProjectText(opened.doc)).toBe(text)
  })

  it('is lossless for a generated project with three states', () => {
    const text = serializeProject(generateProject({ elements: 1500, seed: 7, states: 3 }))
    const opened = openProjectText(text)
    if (!opened.ok) throw new Error(JSON.stringify(opened.errors))
    expect(saveProjectText(opened.doc)).toBe(text)
    expect(readProjectData(opened.doc).elements).toHaveLength(1500)
  })

  it('keeps text that needs escaping intact', () => {
    const p = smallProject()
    const nasty = 'Aplikasi "Kita" <script>alert(1)</script> \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u{1F680} \\ \n baris'
    const text = serializeProject({ ...p, elements: p.elements.map((e) => (e.id === 'apl-siak' ? { ...e, name: nasty, description: nasty } : e)) })
    const opened = openProjectText(text)
    if (!opened.ok) throw new Error('not loaded')
    expect(readProjectData(opened.doc).elements.find((e) => e.id === 'apl-siak')!.name).toBe(nasty)
    expect(saveProjectText(opened.doc)).toBe(text)
  })
})

describe('bad input is refused with the place named, and nothing is applied', () => {
  it('not JSON: names line and column', () => {
    const r = parseProjectText('{\n  "schemaVersion": 2,\n  "project": }\n')
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.stage).toBe('json')
    expect(r.errors[0]!.path).toBe('3:14')
    expect(r.errors[0]!.message.id).toMatch(/^Bukan JSON yang sah di baris 3, kolom 14/)
    expect(r.errors[0]!.message.en).toMatch(/^Not valid JSON at line 3, column 14/)
    expect(errorsOf(parseProjectText('{"a":'))[0]).toMatch(/^1:6: Not valid JSON at line 1, column 6/)
  })

  it('not a project: no schemaVersion, an array, a newer version', () => {
    expect(errorsOf(parseProjectText('{"hello": 1}'))).toEqual(['schemaVersion: field "schemaVersion" (an integer) is required; is this a Cetakbiru project file?'])
    expect(errorsOf(parseProjectText('[1,2]'))).toEqual(['(root): The file must hold a Cetakbiru project JSON object'])
    expect(errorsOf(parseProjectText(JSON.stringify({ ...small(), schemaVersion: 99 })))[0]).toContain('written by a newer Cetakbiru')
  })

  it('wrong schema: each problem with its JSON path', () => {
    const f = small()
    const elements = elementsOf(f)
    delete elements[1]!.name
    elements[0]!.attrs = { function: 'x', platform: 'mainframe' }
    ;(f.plan as Record<string, unknown>).startYear = 'dua ribu'
    expect(errorsOf(parseProjectText(JSON.stringify(f)))).toEqual([
      'plan.startYear: must be an integer',
      'elements[0].attrs.platform: value must be one of: web, mobile, desktop',
      'elements[1]: field "name" is required',
    ])
  })

  it('unknown kinds are named', () => {
    const f = small()
    ;(f.elements as Record<string, unknown>[])[0]!.kind = 'aplikasi-ajaib'
    ;(f.relations as Record<string, unknown>[])[0]!.kind = 'loves'
    const errors = errorsOf(parseProjectText(JSON.stringify(f)))
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatch(/^elements\[0\]\.kind: unknown kind; known kinds: proses-bisnis, data-informasi, /)
    expect(errors[1]).toBe('relations[0].kind: unknown kind; known kinds: composed-of, supports, realizes, uses-data, produces-data, runs-on, located-in, connected-to, integrates-with, connects-through, protects, governs')
  })

  it('unknown attributes and fields are refused', () => {
    const f = small()
    ;(f.elements as Record<string, unknown>[])[0]!.colour = 'red'
    expect(errorsOf(parseProjectText(JSON.stringify(f)))).toEqual(['elements[0]: field "colour" is not expected here'])
  })

  it('duplicate ids and relations to missing elements', () => {
    const f = small()
    const elements = elementsOf(f)
    elements[3]!.id = elements[2]!.id // inf-server becomes a second inf-pdn
    ;(f.relations as Record<string, unknown>[])[0]!.target = 'pb-hilang'
    const r = parseProjectText(JSON.stringify(f))
    expect(r.ok ? '' : r.stage).toBe('integrity')
    expect(errorsOf(r)).toEqual([
      'elements[3].id: Id "inf-pdn" is used more than once',
      'relations[0].target: The relation points at element "pb-hilang", which does not exist',
      'relations[3].target: The relation points at element "inf-server", which does not exist',
    ])
  })

  it('oversized strings', () => {
    const f = small()
    ;(f.elements as Record<string, unknown>[])[0]!.name = 'x'.repeat(5000)
    ;(f.elements as Record<string, unknown>[])[0]!.description = 'y'.repeat(20_000)
    expect(errorsOf(parseProjectText(JSON.stringify(f)))).toEqual([
      'elements[0].name: text too long (at most 300 characters)',
      'elements[0].description: text too long (at most 10000 characters)',
    ])
  })

  it('reports at most 50 schema errors for a file full of them', () => {
    const f = small()
    f.elements = Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, kind: 'server' }))
    const r = parseProjectText(JSON.stringify(f))
    expect(r.ok ? 0 : r.errors.length).toBe(50)
  })
})
