import { XMLParser } from 'fast-xml-parser'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { viewDiagram, viewSvg } from '../../src/io/diagram/viewSvg.ts'
import { reportToDocx } from '../../src/io/report/docx/reportDocx.ts'
import { buildReport } from '../../src/io/report/reportModel.ts'
import { HOSTILE, REPORT_DATE, hostileExample } from './reportFixture.ts'

type Node = Record<string, unknown>
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (_name, _path, _leaf, isAttribute) => !isAttribute, processEntities: true, htmlEntities: true })

function all(n: unknown, tag: string, out: Node[] = []): Node[] {
  if (Array.isArray(n)) for (const x of n) all(x, tag, out)
  else if (n && typeof n === 'object') {
    for (const [k, v] of Object.entries(n as Node)) {
      if (k === tag && Array.isArray(v)) out.push(...(v as Node[]))
      all(v, tag, out)
    }
  }
  return out
}

describe('view SVG', () => {
  const { data } = hostileExample()
  const view = data.views.find((v) => v.layout === 'layered')!

  it('draws a group per node of the state with its escaped name and a line per relation, deterministically', () => {
    const svg = viewSvg(data, view.id, 'target')
    expect(viewSvg(data, view.id, 'target')).toBe(svg)
    expect(svg).not.toContain('<script>')
    const doc = parser.parse(svg) as Node
    const groups = all(doc, 'g').filter((g) => g['@class'] === 'node')
    const inState = view.nodes.filter((n) => data.elements.find((e) => e.id === n.element)?.states.target)
    expect(groups.map((g) => g['@data-element'])).toEqual(inState.map((n) => n.element))
    const hostile = data.elements.find((e) => e.name === HOSTILE.script)!
    const g = groups.find((x) => x['@data-element'] === hostile.id)
    expect(g).toBeDefined()
    expect((g!.title as string[])[0]).toBe(HOSTILE.script)
    const shown = new Set(inState.map((n) => n.element))
    const relations = data.relations.filter((r) => r.states.target && shown.has(r.source) && shown.has(r.target) && r.source !== r.target)
    const paths = all(doc, 'path').filter((p) => p['@class'] === 'relation')
    expect(paths.map((p) => p['@data-relation']).sort()).toEqual(relations.map((r) => r.id).sort())
    for (const p of paths) expect(p['@d']).toMatch(/^M[\d.-]+,[\d.-]+ L[\d.-]+,[\d.-]+ M/)
  })

  it('fits the viewBox to the nodes and leaves out elements not in the state', () => {
    const d = viewDiagram(data, view.id, 'asis')
    const boxes = view.nodes.filter((n) => data.elements.find((e) => e.id === n.element)?.states.asis)
    expect(d.nodes).toBe(boxes.length)
    const minX = Math.min(...boxes.map((b) => b.x))
    const maxX = Math.max(...boxes.map((b) => b.x + b.w))
    expect(d.svg).toContain(`viewBox="${minX - 24} `)
    expect(d.width).toBe(maxX - minX + 48)
    expect(() => viewSvg(data, 'no-such-view', 'target')).toThrow(/no-such-view/)
  })
})

describe('diagrams in the report', () => {
  const { data } = hostileExample()

  it('chooses the layered view and every domain view with nodes by default, or the views asked for', () => {
    const r = buildReport(data, { date: REPORT_DATE })
    expect(r.diagrams[0]!.caption).toBe('Gambar 2. Arsitektur Lintas Domain')
    expect(r.diagrams.map((d) => d.viewId)).toEqual(['view-lintas-domain', 'view-proses-bisnis', 'view-data', 'view-layanan', 'view-aplikasi', 'view-infrastruktur', 'view-keamanan'])
    const chosen = buildReport(data, { date: REPORT_DATE, views: ['view-keamanan', 'view-data'] })
    expect(chosen.diagrams.map((d) => d.caption)).toEqual(['Gambar 2. Domain Keamanan', 'Gambar 3. Domain Data dan Informasi'])
    expect(() => buildReport(data, { views: ['nope'] })).toThrow(/nope/)
  })

  it('puts each diagram into the DOCX as an SVG part with a PNG fallback, and its caption', async () => {
    const r = buildReport(data, { date: REPORT_DATE })
    const zip = await JSZip.loadAsync(await reportToDocx(r))
    const svgs = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.svg$/.test(f))
    const pngs = Object.keys(zip.files).filter((f) => /^word\/media\/.*\.png$/.test(f))
    expect(svgs).toHaveLength(r.diagrams.length)
    expect(pngs).toHaveLength(r.diagrams.length)
    const first = await zip.file(svgs[0]!)!.async('string')
    expect(r.diagrams.map((d) => d.svg)).toContain(first)
    const png = await zip.file(pngs[0]!)!.async('uint8array')
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG')
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('BAB IV DIAGRAM ARSITEKTUR')
    for (const d of r.diagrams) expect(xml).toContain(d.caption)
    expect((xml.match(/asvg:svgBlip/g) ?? []).length).toBe(r.diagrams.length)
  })
})
