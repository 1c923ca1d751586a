import { describe, expect, it } from 'vitest'
import { generateProject } from '../../model/generate/generateProject.ts'
import { catalogueWithExtensions, nationalCatalogue } from '../../model/reference/catalogue.ts'
import type { Element, ProjectData } from '../../model/project.ts'
import { translator } from '../i18n/translate.ts'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import { allGroupIds, buildBrowserTree, type BrowserGroup, type BrowserSource, type Grouping } from './browserTree.ts'
import { flattenTree, type BrowserRow } from './flattenTree.ts'
import { treeKeyAction } from './treeKeys.ts'

/** The small project plus an element without code nor owner, and one with two codes and an unknown code. */
function project(): ProjectData {
  const base = smallProject()
  const extra: Element[] = [
    { id: 'apl-lepas', kind: 'aplikasi-umum', name: 'Aplikasi Lepas', attrs: {}, states: { target: { status: 'baru' } } },
    { id: 'apl-ganda', kind: 'aplikasi-umum', name: 'Ágenda Éléktronik', code: 'APL-009', ownerOpd: 'opd-dukcapil', refCodes: ['RAA.02.01', 'RAA.01', 'RXX.99'], attrs: {}, states: { asis: {} } },
  ]
  return { ...base, elements: [...base.elements, ...extra] }
}

function source(data: ProjectData = project()): BrowserSource {
  return {
    elements: new Map(data.elements.map((e) => [e.id, e])),
    opd: new Map(data.opd.map((o) => [o.id, o])),
    catalogue: catalogueWithExtensions(nationalCatalogue(), data.catalogueExtensions).catalogue,
  }
}

const t = translator('id')
const build = (grouping: Grouping, filter = '', src = source()): readonly BrowserGroup[] => buildBrowserTree(src, { grouping, filter, locale: 'id', t }).groups
/** The tree as "label (count)" lines indented by depth, elements as "- id". */
function outline(groups: readonly BrowserGroup[], depth = 0): string[] {
  const pad = '  '.repeat(depth)
  return groups.flatMap((g) => [`${pad}${g.code ? g.code + ' ' : ''}${g.label} (${g.count})`, ...outline(g.groups, depth + 1), ...g.elements.map((e) => `${pad}  - ${e.id}`)])
}

describe('grouping the model for the browser', () => {
  it('by domain, then kind, in metamodel order, elements by name', () => {
    expect(outline(build('domain'))).toEqual([
      'Proses Bisnis (1)', '  Proses Bisnis (1)', '    - pb-adminduk',
      'Data dan Informasi (1)', '  Data dan Informasi (1)', '    - dat-penduduk',
      'Layanan (1)', '  Layanan Publik (1)', '    - lay-ktp',
      'Aplikasi (3)', '  Aplikasi Umum (2)', '    - apl-ganda', '    - apl-lepas', '  Aplikasi Khusus (1)', '    - apl-siak',
      'Infrastruktur (2)', '  Perangkat Keras Server (1)', '    - inf-server', '  Fasilitas Komputasi / Pusat Data (1)', '    - inf-pdn',
      'Keamanan (1)', '  Audit Keamanan (1)', '    - kam-audit',
    ])
  })

  it('by OPD (short name), then domain; elements without an owner last', () => {
    expect(outline(build('opd'))).toEqual([
      'Disdukcapil (4)', '  Proses Bisnis (1)', '    - pb-adminduk', '  Layanan (1)', '    - lay-ktp', '  Aplikasi (2)', '    - apl-ganda', '    - apl-siak',
      'Diskominfo (4)', '  Data dan Informasi (1)', '    - dat-penduduk',
      '  Infrastruktur (2)', '    - inf-pdn', '    - inf-server', '  Keamanan (1)', '    - kam-audit',
      'Tanpa OPD pemilik (1)', '  Aplikasi (1)', '    - apl-lepas',
    ])
  })

  it('by reference code along the catalogue, an element under each of its codes, counted once per branch', () => {
    const lines = outline(build('code'))
    const raa = lines.slice(lines.findIndex((l) => l.startsWith('RAA ')), lines.findIndex((l) => l.startsWith('RAI ')))
    expect(raa).toEqual([
      'RAA Referensi Arsitektur Aplikasi (2)',
      '  RAA.01 Aplikasi Umum (1)', '    - apl-ganda',
      '  RAA.02 Aplikasi Khusus (2)', '    RAA.02.01 Aplikasi Khusus Misi Tertentu (2)', '      - apl-ganda', '      - apl-siak',
    ])
    expect(lines.filter((l) => !l.startsWith(' ')).map((l) => l.replace(/ .*\(/, ' ('))).toEqual([
      'RAB (1)', 'RAD (1)', 'RAL (1)', 'RAA (2)', 'RAI (2)', 'RAK (1)', 'Kode (1)', 'Tanpa (1)',
    ])
    expect(lines.slice(-4)).toEqual(['Kode tidak dikenal (1)', '  - apl-ganda', 'Tanpa kode (1)', '  - apl-lepas'])
  })

  it('follows local catalogue extensions', () => {
    const data = project()
    const withExt: ProjectData = {
      ...data,
      catalogueExtensions: [{ code: 'RAB.01.01.01.01', parent: 'RAB.01.01.01', name: 'Strategi Pertahanan Daerah' }],
      elements: data.elements.map((e) => (e.id === 'pb-adminduk' ? { ...e, refCodes: ['RAB.01.01.01.01'] } : e)),
    }
    const lines = outline(build('code', '', source(withExt)))
    const rab = lines.slice(0, lines.findIndex((l) => l.startsWith('RAD ')))
    expect(rab.map((l) => l.replace(/^(\s*\S+) .*\(/, '$1 ('))).toEqual([
      'RAB (1)', '  RAB.01 (1)', '    RAB.01.01 (1)', '      RAB.01.01.01 (1)', '        RAB.01.01.01.01 (1)', '          - pb-adminduk',
    ])
    expect(rab[4]).toBe('        RAB.01.01.01.01 Strategi Pertahanan Daerah (1)')
  })

  it('filters by name or code, ignoring case and accents; counts follow the filter', () => {
    expect(outline(build('domain', 'agenda elektronik'))).toEqual(['Aplikasi (1)', '  Aplikasi Umum (1)', '    - apl-ganda'])
    expect(outline(build('domain', 'apl-00'))).toEqual([
      'Aplikasi (2)', '  Aplikasi Umum (1)', '    - apl-ganda', '  Aplikasi Khusus (1)', '    - apl-siak',
    ])
    expect(build('opd', 'tidak ada yang begini')).toEqual([])
    // An element under two codes is one match.
    expect(buildBrowserTree(source(), { grouping: 'code', filter: 'agenda', locale: 'id', t }).matched).toBe(1)
    expect(buildBrowserTree(source(), { grouping: 'code', filter: '', locale: 'id', t }).matched).toBe(9)
  })
})

describe('flattening the tree into rows', () => {
  const ids = (rows: readonly BrowserRow[]): string[] => rows.map((r) => r.key)

  it('shows top groups only until one is expanded, then its contents depth-first', () => {
    const groups = build('domain')
    expect(ids(flattenTree(groups, () => false))).toEqual(['d:proses-bisnis', 'd:data', 'd:layanan', 'd:aplikasi', 'd:infrastruktur', 'd:keamanan'])
    const open = new Set(['d:aplikasi', 'd:aplikasi/k:aplikasi-umum'])
    const rows = flattenTree(groups, (id) => open.has(id))
    expect(ids(rows)).toEqual([
      'd:proses-bisnis', 'd:data', 'd:layanan', 'd:aplikasi',
      'd:aplikasi/k:aplikasi-umum', 'd:aplikasi/k:aplikasi-umum/apl-ganda', 'd:aplikasi/k:aplikasi-umum/apl-lepas',
      'd:aplikasi/k:aplikasi-khusus', 'd:infrastruktur', 'd:keamanan',
    ])
    const lepas = rows[6]!
    expect(lepas).toMatchObject({ type: 'element', level: 3, posinset: 2, setsize: 2, parent: 4 })
    expect(rows[7]).toMatchObject({ type: 'group', level: 2, posinset: 2, setsize: 2, parent: 3, expanded: false })
  })

  it('lists a code group\'s sub-codes before its own elements', () => {
    const rows = flattenTree(build('code'), () => true)
    const at = rows.findIndex((r) => r.key === 'c:RAA.02')
    expect(ids(rows.slice(at, at + 4))).toEqual(['c:RAA.02', 'c:RAA.02.01', 'c:RAA.02.01/apl-ganda', 'c:RAA.02.01/apl-siak'])
    expect(new Set(ids(rows)).size).toBe(rows.length)
  })

  it('flattens a 10,000-element project quickly enough to do on every change', () => {
    const big = generateProject({ elements: 10_000, seed: 7 })
    const src = source(big)
    const started = performance.now()
    const groups = build('code', '', src)
    const all = new Set(allGroupIds(groups))
    const rows = flattenTree(groups, (id) => all.has(id))
    const elapsed = performance.now() - started
    expect(rows.filter((r) => r.type === 'element').length).toBeGreaterThanOrEqual(10_000)
    // Generous: the point is "not seconds", on a shared two-core machine.
    expect(elapsed).toBeLessThan(1500)
  })
})

describe('keys in the tree', () => {
  const rows = flattenTree(build('domain'), (id) => id === 'd:aplikasi' || id === 'd:aplikasi/k:aplikasi-umum')
  // 0 pb, 1 data, 2 layanan, 3 aplikasi (open), 4 umum (open), 5 ganda, 6 lepas, 7 khusus, 8 infra, 9 keamanan

  it('moves with the arrows, Home and End, and stops at the ends', () => {
    expect(treeKeyAction(rows, 0, 'ArrowDown')).toEqual({ type: 'move', index: 1 })
    expect(treeKeyAction(rows, 0, 'ArrowUp')).toEqual({ type: 'move', index: 0 })
    expect(treeKeyAction(rows, 9, 'ArrowDown')).toEqual({ type: 'move', index: 9 })
    expect(treeKeyAction(rows, 5, 'Home')).toEqual({ type: 'move', index: 0 })
    expect(treeKeyAction(rows, 5, 'End')).toEqual({ type: 'move', index: 9 })
  })

  it('Right opens a closed group or enters an open one; Left closes an open group or goes to the parent', () => {
    expect(treeKeyAction(rows, 2, 'ArrowRight')).toEqual({ type: 'expand', index: 2 })
    expect(treeKeyAction(rows, 3, 'ArrowRight')).toEqual({ type: 'move', index: 4 })
    expect(treeKeyAction(rows, 5, 'ArrowRight')).toBeUndefined()
    expect(treeKeyAction(rows, 4, 'ArrowLeft')).toEqual({ type: 'collapse', index: 4 })
    expect(treeKeyAction(rows, 6, 'ArrowLeft')).toEqual({ type: 'move', index: 4 })
    expect(treeKeyAction(rows, 7, 'ArrowLeft')).toEqual({ type: 'move', index: 3 })
    expect(treeKeyAction(rows, 0, 'ArrowLeft')).toBeUndefined()
  })

  it('Enter toggles a group and activates an element; Shift+Enter places an element', () => {
    expect(treeKeyAction(rows, 7, 'Enter')).toEqual({ type: 'expand', index: 7 })
    expect(treeKeyAction(rows, 3, 'Enter')).toEqual({ type: 'collapse', index: 3 })
    expect(treeKeyAction(rows, 5, 'Enter')).toEqual({ type: 'activate', index: 5 })
    expect(treeKeyAction(rows, 5, 'Enter', true)).toEqual({ type: 'place', index: 5 })
    expect(treeKeyAction(rows, 3, 'Enter', true)).toEqual({ type: 'collapse', index: 3 })
    expect(treeKeyAction(rows, 5, 'x')).toBeUndefined()
    expect(treeKeyAction([], 0, 'ArrowDown')).toBeUndefined()
  })
})
