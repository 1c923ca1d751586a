import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseProjectText } from '../../model/file/loadProject.ts'
import { generateProject } from '../../model/generate/generateProject.ts'
import type { ProjectData } from '../../model/project.ts'
import { el, project, rel, viewOf } from '../../../tests/fixtures/ruleFixtures.ts'
import type { RuleFinding } from './architectureRule.ts'
import { ARCHITECTURE_RULES, evaluateRules, ruleById } from './registry.ts'

const EXAMPLE = fileURLToPath(new URL('../../../examples/kabupaten-contoh.cetakbiru.json', import.meta.url))

function loadExample(): ProjectData {
  const loaded = parseProjectText(readFileSync(EXAMPLE, 'utf8'))
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors))
  return loaded.data
}

const ofRule = (findings: readonly RuleFinding[], rule: string) => findings.filter((f) => f.rule === rule)

describe('rule registry', () => {
  it('lists the rules in report order with unique ids, each findable by id', () => {
    expect(ARCHITECTURE_RULES.map((r) => r.id)).toEqual([
      'unsupported-process', 'service-without-application', 'application-without-infrastructure', 'application-outside-data-centre',
      'duplicate-application', 'data-without-custodian', 'unprotected-asset', 'direct-integration', 'unclassified-element',
    ])
    for (const rule of ARCHITECTURE_RULES) {
      expect(ruleById(rule.id)).toBe(rule)
      expect(rule.title.id && rule.title.en && rule.description.id && rule.description.en).toBeTruthy()
    }
    expect(ruleById('tidak-ada')).toBeUndefined()
  })
})

describe('evaluateRules', () => {
  const small = project(
    [el('layanan-publik', 'lay-b'), el('aplikasi-khusus', 'apl-a'), el('aplikasi-khusus', 'apl-c', { refCodes: null }), el('proses-bisnis', 'pb-z', { attrs: { level: 'proses' } })],
    [rel('integrates-with', 'apl-c', 'apl-a')],
  )

  it('sorts findings by rule order, then by the subject element', () => {
    const findings = evaluateRules(small, 'asis')
    const rank = new Map(ARCHITECTURE_RULES.map((r, i) => [r.id, i]))
    const keys = findings.map((f) => [rank.get(f.rule)!, f.elements[0]!] as const)
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)))
    expect(findings.map((f) => `${f.rule} ${f.elements[0]}`)).toEqual([
      'unsupported-process pb-z',
      'service-without-application lay-b',
      'application-without-infrastructure apl-a',
      'application-without-infrastructure apl-c',
      'unprotected-asset apl-a',
      'unprotected-asset apl-c',
      'direct-integration apl-c',
      'unclassified-element apl-c',
    ])
  })

  it('accepts a state role, reuses a view it is given, and runs only the rules asked for', () => {
    expect(evaluateRules(small, 'asis')).toEqual(evaluateRules(small, 'asis', { view: viewOf(small, 'asis') }))
    const only = evaluateRules(small, 'asis', { rules: [ruleById('direct-integration')!] })
    expect(only.map((f) => f.rule)).toEqual(['direct-integration'])
    expect(() => evaluateRules(small, 'target', { view: viewOf(small, 'asis') })).toThrow(/view/)
    expect(() => evaluateRules(small, 'tidak-ada')).toThrow(/no state/)
  })

  it('gives every finding a subject, a state and both languages', () => {
    for (const f of [...evaluateRules(small, 'asis'), ...evaluateRules(loadExample(), 'asis')]) {
      expect(f.elements.length).toBeGreaterThan(0)
      expect(f.stateId).toBe('asis')
      expect(f.message.id && f.message.en && f.remedy.id && f.remedy.en).toBeTruthy()
    }
  })

  it('is deterministic: the same project gives the same findings', () => {
    const data = loadExample()
    expect(evaluateRules(data, 'target')).toEqual(evaluateRules(loadExample(), 'target'))
    const generated = generateProject({ elements: 1000, seed: 7 })
    expect(evaluateRules(generated, 'asis')).toEqual(evaluateRules(generateProject({ elements: 1000, seed: 7 }), 'asis'))
  })

  it('finishes on a generated project of 10k elements', () => {
    const data = generateProject({ elements: 10_000, seed: 1 })
    const findings = evaluateRules(data, 'target')
    expect(findings.length).toBeGreaterThan(0)
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThan(3)
  })
})

describe('the example project, Kabupaten Sukamaju', () => {
  const data = loadExample()
  const asis = evaluateRules(data, 'asis')
  const target = evaluateRules(data, 'target')

  it('as-is: a layanan without aplikasi, an aplikasi outside the pusat data, missing wali data, direct integrations', () => {
    expect(ofRule(asis, 'service-without-application').length).toBeGreaterThan(0)
    expect(ofRule(asis, 'application-outside-data-centre').map((f) => f.elements[0])).toContain('apl-eplanning')
    expect(ofRule(asis, 'data-without-custodian').length).toBeGreaterThan(0)
    expect(ofRule(asis, 'direct-integration').map((f) => f.elements)).toContainEqual(['apl-lapor-bupati', 'apl-lapor'])
  })

  it('as-is: the own e-office, complaints app and e-planning duplicate SRIKANDI, SP4N-LAPOR! and SIPD', () => {
    const duplicates = ofRule(asis, 'duplicate-application')
    const about = (app: string) => duplicates.find((f) => f.elements[0] === app)
    expect(about('apl-simanis')!.message.id).toContain('SiMANIS e-Office menduplikasi SRIKANDI (Aplikasi Umum bidang kearsipan dinamis)')
    expect(about('apl-simanis')!.elements).toContain('apl-srikandi')
    expect(about('apl-lapor-bupati')!.message.id).toContain('menduplikasi SP4N-LAPOR!')
    expect(about('apl-lapor-bupati')!.elements).toContain('apl-lapor')
    expect(about('apl-eplanning')!.message.id).toContain('menduplikasi SIPD')
    expect(about('apl-eplanning')!.elements).toEqual(['apl-eplanning', 'apl-sipd-keuangan', 'apl-sipd-perencanaan'])
  })

  it('target: no duplicate of a national application, no direct integration, every data set with its wali and produsen, every layanan realised', () => {
    expect(ofRule(target, 'duplicate-application')).toEqual([])
    expect(ofRule(target, 'direct-integration')).toEqual([])
    expect(ofRule(target, 'data-without-custodian')).toEqual([])
    expect(ofRule(target, 'service-without-application')).toEqual([])
    expect(target.every((f) => f.stateId === 'target')).toBe(true)
  })
})
