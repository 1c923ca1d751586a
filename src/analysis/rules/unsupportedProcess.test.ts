import { describe, expect, it } from 'vitest'
import { el, project, rel, run, subjects } from '../../../tests/fixtures/ruleFixtures.ts'
import { unsupportedProcess } from './unsupportedProcess.ts'

const pb = (id: string, level = 'proses') => el('proses-bisnis', id, { name: `Proses ${id}`, attrs: { level } })

describe('unsupported-process', () => {
  it('fires for a process that nothing supports, naming it, with a remedy', () => {
    const findings = run(unsupportedProcess, project([pb('pb-a')]))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'unsupported-process', severity: 'warning', stateId: 'asis', elements: ['pb-a'] })
    expect(findings[0]!.message.id).toContain('Proses pb-a')
    expect(findings[0]!.message.en).toContain('Proses pb-a')
    expect(findings[0]!.remedy.id).toMatch(/^Tetapkan/)
  })

  it('does not fire for a process supported by a layanan, or using or producing data', () => {
    const data = project(
      [pb('pb-layanan'), pb('pb-pakai'), pb('pb-hasil'), el('layanan-publik', 'lay'), el('data-informasi', 'dat')],
      [rel('supports', 'lay', 'pb-layanan'), rel('uses-data', 'pb-pakai', 'dat'), rel('produces-data', 'pb-hasil', 'dat')],
    )
    expect(run(unsupportedProcess, data)).toEqual([])
  })

  it('counts an aplikasi through the layanan it realises', () => {
    const data = project(
      [pb('pb-a'), el('layanan-administrasi', 'lay'), el('aplikasi-khusus', 'apl')],
      [rel('realizes', 'apl', 'lay'), rel('supports', 'lay', 'pb-a')],
    )
    expect(run(unsupportedProcess, data)).toEqual([])
  })

  it('a fungsi is supported when a sub-fungsi or a deeper process is', () => {
    const data = project(
      [pb('pb-fungsi', 'fungsi'), pb('pb-sub', 'sub-fungsi'), pb('pb-proses'), el('data-informasi', 'dat'), pb('pb-lain', 'fungsi'), pb('pb-lain-sub', 'sub-fungsi')],
      [rel('composed-of', 'pb-fungsi', 'pb-sub'), rel('composed-of', 'pb-sub', 'pb-proses'), rel('produces-data', 'pb-proses', 'dat'), rel('composed-of', 'pb-lain', 'pb-lain-sub')],
    )
    const findings = run(unsupportedProcess, data)
    expect(subjects(findings)).toEqual(['pb-lain', 'pb-lain-sub'])
    expect(findings.find((f) => f.elements[0] === 'pb-lain')!.message.id).toContain('sub-fungsi')
  })

  it('a supported parent does not make its children supported', () => {
    const data = project([pb('pb-fungsi', 'fungsi'), pb('pb-sub', 'sub-fungsi'), el('layanan-publik', 'lay')], [rel('composed-of', 'pb-fungsi', 'pb-sub'), rel('supports', 'lay', 'pb-fungsi')])
    expect(subjects(run(unsupportedProcess, data))).toEqual(['pb-sub'])
  })

  it('ends on composed-of cycles and still finds support anywhere in the cycle', () => {
    // a -> b -> c -> a, and b -> d, which produces data: all of a, b, c reach d.
    const supportedCycle = project(
      [pb('pb-a'), pb('pb-b'), pb('pb-c'), pb('pb-d'), el('data-informasi', 'dat')],
      [rel('composed-of', 'pb-a', 'pb-b'), rel('composed-of', 'pb-b', 'pb-c'), rel('composed-of', 'pb-c', 'pb-a'), rel('composed-of', 'pb-b', 'pb-d'), rel('produces-data', 'pb-d', 'dat')],
    )
    expect(run(unsupportedProcess, supportedCycle)).toEqual([])
    const bareCycle = project([pb('pb-a'), pb('pb-b')], [rel('composed-of', 'pb-a', 'pb-b'), rel('composed-of', 'pb-b', 'pb-a')])
    expect(subjects(run(unsupportedProcess, bareCycle))).toEqual(['pb-a', 'pb-b'])
  })

  it('reads only the state asked for', () => {
    const both = { states: { asis: {}, target: {} } }
    const data = project(
      [el('proses-bisnis', 'pb-a', { ...both, attrs: { level: 'proses' } }), el('layanan-publik', 'lay', both)],
      [rel('supports', 'lay', 'pb-a', {}, { target: {} })],
    )
    expect(subjects(run(unsupportedProcess, data, 'asis'))).toEqual(['pb-a'])
    expect(run(unsupportedProcess, data, 'target')).toEqual([])
  })
})
