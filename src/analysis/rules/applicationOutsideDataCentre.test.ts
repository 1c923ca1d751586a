import { describe, expect, it } from 'vitest'
import type { Element, Relation } from '../../model/project.ts'
import { el, project, rel, run, subjects } from '../../../tests/fixtures/ruleFixtures.ts'
import { applicationOutsideDataCentre } from './applicationOutsideDataCentre.ts'

const facility = (id: string, facilityType: string, name = id): Element => el('fasilitas-komputasi', id, { name, attrs: { facilityType } })
const FACILITIES = [
  facility('pdn', 'pusat-data-nasional', 'Pusat Data Nasional'),
  facility('pdd', 'pusat-data-daerah', 'Pusat Data Daerah'),
  facility('rs-dinkes', 'ruang-server-opd', 'Ruang Server Dinkes'),
  facility('drc', 'pusat-pemulihan', 'Pusat Pemulihan Bencana'),
]
const app = (id: string, kind = 'aplikasi-khusus'): Element => el(kind, id, { name: `Aplikasi ${id}` })
const check = (elements: readonly Element[], relations: readonly Relation[], policy = true) =>
  run(applicationOutsideDataCentre, project([...FACILITIES, ...elements], relations, { applicationsInDataCentre: policy }))

describe('application-outside-data-centre', () => {
  it('passes an aplikasi in the pusat data nasional or daerah, or on a komputasi awan', () => {
    const findings = check(
      [app('a-pdn'), app('a-pdd'), app('a-cloud'), el('komputasi-awan', 'cloud')],
      [rel('runs-on', 'a-pdn', 'pdn'), rel('runs-on', 'a-pdd', 'pdd'), rel('runs-on', 'a-cloud', 'cloud')],
    )
    expect(findings).toEqual([])
  })

  it('fires for an aplikasi in a ruang server OPD, naming where it runs', () => {
    const findings = check([app('a')], [rel('runs-on', 'a', 'rs-dinkes')])
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'application-outside-data-centre', severity: 'warning', elements: ['a', 'rs-dinkes'] })
    expect(findings[0]!.message.id).toContain('Aplikasi a berjalan di Ruang Server Dinkes')
    expect(findings[0]!.message.en).toContain('runs in Ruang Server Dinkes')
  })

  it('does not accept a pusat pemulihan alone as where an aplikasi runs', () => {
    const findings = check([app('a')], [rel('runs-on', 'a', 'drc')])
    expect(subjects(findings)).toEqual(['a'])
    expect(findings[0]!.message.id).toContain('pusat pemulihan')
    // Primary site in the pusat data daerah, recovery site beside it: compliant.
    expect(check([app('a')], [rel('runs-on', 'a', 'drc'), rel('runs-on', 'a', 'pdd')])).toEqual([])
  })

  it('follows a server to the facility it is located in', () => {
    const findings = check(
      [app('a-opd'), app('a-pdd'), app('a-nowhere'), el('server', 'srv-opd'), el('server', 'srv-pdd'), el('server', 'srv-lost', { name: 'Server Lama' })],
      [
        rel('runs-on', 'a-opd', 'srv-opd'), rel('located-in', 'srv-opd', 'rs-dinkes'),
        rel('runs-on', 'a-pdd', 'srv-pdd'), rel('located-in', 'srv-pdd', 'pdd'),
        rel('runs-on', 'a-nowhere', 'srv-lost'),
      ],
    )
    expect(findings.map((f) => f.elements)).toEqual([['a-opd', 'rs-dinkes'], ['a-nowhere', 'srv-lost']])
    expect(findings[1]!.message.id).toContain('Server Lama (lokasinya tidak tercatat)')
  })

  it('follows system software to the server or cloud it runs on', () => {
    const findings = check(
      [app('a-db'), app('a-os'), el('dbms', 'db'), el('sistem-operasi', 'os'), el('server', 'srv-opd'), el('komputasi-awan', 'cloud')],
      [
        rel('runs-on', 'a-db', 'db'), rel('runs-on', 'db', 'srv-opd'), rel('located-in', 'srv-opd', 'rs-dinkes'),
        rel('runs-on', 'a-os', 'os'), rel('runs-on', 'os', 'cloud'),
      ],
    )
    expect(findings.map((f) => f.elements)).toEqual([['a-db', 'rs-dinkes']])
  })

  it('is compliant when any one chain reaches a data centre', () => {
    const findings = check(
      [app('a'), el('server', 'srv-opd'), el('dbms', 'db'), el('server', 'srv-pdd')],
      [rel('runs-on', 'a', 'srv-opd'), rel('located-in', 'srv-opd', 'rs-dinkes'), rel('runs-on', 'a', 'db'), rel('runs-on', 'db', 'srv-pdd'), rel('located-in', 'srv-pdd', 'pdd')],
    )
    expect(findings).toEqual([])
  })

  it('leaves aplikasi running on nothing to rule 3a, and checks an aplikasi umum placed locally', () => {
    expect(check([app('a')], [])).toEqual([])
    expect(subjects(check([app('u', 'aplikasi-umum')], [rel('runs-on', 'u', 'rs-dinkes')]))).toEqual(['u'])
  })

  it('says nothing when the policy does not require data centres', () => {
    expect(check([app('a')], [rel('runs-on', 'a', 'rs-dinkes')], false)).toEqual([])
  })

  it('does not loop on a hosting cycle in a damaged file', () => {
    const findings = check([app('a'), el('dbms', 'db'), el('sistem-operasi', 'os')], [rel('runs-on', 'a', 'db'), rel('runs-on', 'db', 'os'), rel('runs-on', 'os', 'db')])
    expect(subjects(findings)).toEqual(['a'])
  })
})
