import { describe, expect, it } from 'vitest'
import { smallProject } from '../../../tests/fixtures/smallProject.ts'
import type { Element, ProjectData } from '../project.ts'
import { validateProject } from './validateProject.ts'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
function withChange(change: (d: Mutable<ProjectData> & { elements: Element[] }) => void): ProjectData {
  const d = structuredClone(smallProject()) as Mutable<ProjectData> & { elements: Element[] }
  change(d)
  return d
}
const rules = (d: ProjectData, severity = 'error') => validateProject(d).filter((f) => f.severity === severity).map((f) => `${f.rule} ${f.path}`)
const patchElement = (d: { elements: Element[] }, id: string, patch: Partial<Element>) => {
  const i = d.elements.findIndex((e) => e.id === id)
  d.elements[i] = { ...d.elements[i]!, ...patch }
}

describe('validateProject', () => {
  it('finds no errors or warnings in a sound project', () => {
    expect(rules(smallProject())).toEqual([])
    expect(rules(smallProject(), 'warning')).toEqual([])
  })

  it('refuses relations between kinds the metamodel does not connect', () => {
    const d = withChange((d) => {
      d.relations = [...d.relations, { id: 'r-bad', kind: 'runs-on', source: 'dat-penduduk', target: 'inf-server', attrs: {}, states: { asis: {} } }]
    })
    const f = validateProject(d).find((x) => x.rule === 'relation-not-allowed')!
    expect(f).toMatchObject({ severity: 'error', subject: 'r-bad', path: 'relations[6]' })
    expect(f.message.id).toContain('tidak diizinkan dari Data dan Informasi "Data Penduduk"')
    expect(f.message.en).toContain('not allowed from Data and information "Data Penduduk"')
  })

  it('reports dangling references by path', () => {
    const d = withChange((d) => {
      patchElement(d, 'apl-siak', { ownerOpd: 'opd-hilang', goals: ['g-hilang'], attrs: { function: 'x', platform: 'web', responsibleUnit: 'opd-lain' } })
      d.relations = [...d.relations, { id: 'r-x', kind: 'uses-data', source: 'apl-siak', target: 'dat-hilang', attrs: {}, states: { asis: {} } }]
      d.views = [{ ...d.views[0]!, nodes: [...d.views[0]!.nodes, { element: 'apl-hilang', x: 0, y: 0, w: 10, h: 10 }] }]
    })
    expect(rules(d)).toEqual([
      'dangling-relation-end relations[6].target',
      'dangling-view-node views[0].nodes[1].element',
      'dangling-reference elements[2].ownerOpd',
      'dangling-reference elements[2].goals[0]',
      'dangling-reference elements[2].attrs.responsibleUnit',
    ])
  })

  it('checks reference codes exist and fit the domain, and points out inferred ones', () => {
    const d = withChange((d) => {
      patchElement(d, 'apl-siak', { refCodes: ['RAA.09.99'] })
      patchElement(d, 'pb-adminduk', { refCodes: ['RAA.01'] })
    })
    expect(rules(d)).toEqual(['misplaced-reference-code elements[0].refCodes[0]', 'unknown-reference-code elements[2].refCodes[0]'])
    expect(rules(smallProject(), 'info')).toEqual(['low-confidence-reference-code elements[3].refCodes[0]'])
  })

  it('accepts the project\'s own catalogue extension and refuses a bad one', () => {
    const ok = withChange((d) => {
      d.catalogueExtensions = [{ code: 'RAB.01.01.01.01', parent: 'RAB.01.01.01', name: 'Strategi lokal' }]
      patchElement(d, 'pb-adminduk', { refCodes: ['RAB.01.01.01.01'] })
    })
    expect(rules(ok)).toEqual([])
    const bad = withChange((d) => {
      d.catalogueExtensions = [{ code: 'RAB.09.09.09.01', parent: 'RAB.09.09.09', name: 'Tanpa induk' }]
    })
    expect(rules(bad)).toEqual(['invalid-catalogue-extension catalogueExtensions[0].parent'])
  })

  it('finds duplicate element codes and ids', () => {
    const d = withChange((d) => {
      patchElement(d, 'dat-penduduk', { code: 'APL-001' })
      d.relations = [...d.relations, { ...d.relations[0]!, id: 'r-supports' }]
    })
    expect(rules(d)).toEqual(['duplicate-id relations[6].id', 'duplicate-element-code elements[3].code'])
  })

  it('requires required attributes in every state, typed values, and a known kind', () => {
    const d = withChange((d) => {
      patchElement(d, 'apl-siak', { attrs: { platform: 'web', launchYear: 'lama' as unknown as number } })
      patchElement(d, 'lay-ktp', { attrs: { purpose: 'x' }, states: { asis: { attrs: { deliveryMode: 'luring' } }, target: { status: 'pengembangan', attrs: { deliveryMode: 'daring' } } } })
    })
    expect(rules(d)).toEqual(['invalid-attribute-value elements[2].attrs.launchYear', 'required-attribute-missing elements[2].attrs.function'])
    const unknown = withChange((d) => patchElement(d, 'apl-siak', { kind: 'aplikasi-rahasia' }))
    expect(rules(unknown)).toContain('unknown-kind elements[2].kind')
  })

  it('warns about an element without owner OPD', () => {
    const d = withChange((d) => patchElement(d, 'kam-audit', { ownerOpd: undefined }))
    expect(rules(d, 'warning')).toEqual(['missing-owner-opd elements[6].ownerOpd'])
  })

  it('finds elements and relations in no state, and relations in a state one end is not in', () => {
    const d = withChange((d) => {
      patchElement(d, 'kam-audit', { states: {} })
      d.relations = d.relations.map((r) => (r.id === 'r-runs-old' ? { ...r, states: { asis: {}, target: {} } } : r))
    })
    expect(rules(d)).toEqual(['element-in-no-state elements[6].states'])
    // r-protects starts at the stateless kam-audit: its memberships no longer match either
    expect(rules(d, 'warning')).toEqual([
      'relation-state-mismatch relations[3].states.target',
      'relation-state-mismatch relations[5].states.asis',
      'relation-state-mismatch relations[5].states.target',
    ])
  })
})
