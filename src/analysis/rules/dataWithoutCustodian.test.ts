import { describe, expect, it } from 'vitest'
import { el, project, run } from '../../../tests/fixtures/ruleFixtures.ts'
import { dataWithoutCustodian } from './dataWithoutCustodian.ts'

const data = (id: string, attrs: Record<string, string>, name = `Data ${id}`) => el('data-informasi', id, { name, attrs: { nature: 'terbuka', dataType: 'pokok', ...attrs } })

describe('data-without-custodian', () => {
  it('says which role is missing: wali data, produsen data, or both', () => {
    const findings = run(dataWithoutCustodian, project([
      data('d-wali', { producer: 'opd-a' }),
      data('d-produsen', { custodian: 'opd-a' }),
      data('d-keduanya', {}),
    ]))
    expect(findings.map((f) => [f.elements[0], f.severity])).toEqual([['d-wali', 'error'], ['d-produsen', 'error'], ['d-keduanya', 'error']])
    expect(findings[0]!.message.id).toBe('Data d-wali belum memiliki wali data')
    expect(findings[1]!.message.id).toBe('Data d-produsen belum memiliki produsen data')
    expect(findings[2]!.message.id).toBe('Data d-keduanya belum memiliki wali data dan produsen data')
    expect(findings[2]!.message.en).toContain('neither a data custodian (wali data) nor a data producer (produsen data)')
    expect(findings[0]!.remedy.id).toBe('Tetapkan perangkat daerah sebagai wali data untuk data ini')
  })

  it('does not fire when both are set, and counts a blank value as missing', () => {
    expect(run(dataWithoutCustodian, project([data('d', { producer: 'opd-a', custodian: 'opd-b' })]))).toEqual([])
    expect(run(dataWithoutCustodian, project([data('d', { producer: 'opd-a', custodian: '  ' })]))).toHaveLength(1)
  })

  it('reads the value the state sets', () => {
    const d = el('data-informasi', 'd', { attrs: { producer: 'opd-a' }, states: { asis: {}, target: { attrs: { custodian: 'opd-a' } } } })
    expect(run(dataWithoutCustodian, project([d]), 'asis')).toHaveLength(1)
    expect(run(dataWithoutCustodian, project([d]), 'target')).toEqual([])
  })

  it('names a data set once, not "Data Data ..."', () => {
    const findings = run(dataWithoutCustodian, project([data('d', { producer: 'opd-a' }, 'Data Penduduk'), data('e', { producer: 'opd-a' }, 'Penduduk Miskin')]))
    expect(findings.map((f) => f.message.id)).toEqual(['Data Penduduk belum memiliki wali data', 'Data Penduduk Miskin belum memiliki wali data'])
  })
})
