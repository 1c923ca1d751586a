import { describe, expect, it } from 'vitest'
import { el, project, rel, run } from '../../../tests/fixtures/ruleFixtures.ts'
import { applicationWithoutInfrastructure } from './applicationWithoutInfrastructure.ts'

describe('application-without-infrastructure', () => {
  it('fires for an aplikasi khusus that runs on nothing', () => {
    const findings = run(applicationWithoutInfrastructure, project([el('aplikasi-khusus', 'apl', { name: 'SIMPATDA' })]))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'application-without-infrastructure', severity: 'error', elements: ['apl'] })
    expect(findings[0]!.message.id).toContain('SIMPATDA')
  })

  it('does not fire when it runs on a server, cloud, facility or system software', () => {
    const data = project(
      [el('aplikasi-khusus', 'a1'), el('aplikasi-khusus', 'a2'), el('aplikasi-khusus', 'a3'), el('aplikasi-khusus', 'a4'),
        el('server', 'srv'), el('komputasi-awan', 'cloud'), el('fasilitas-komputasi', 'pdd', { attrs: { facilityType: 'pusat-data-daerah' } }), el('dbms', 'db')],
      [rel('runs-on', 'a1', 'srv'), rel('runs-on', 'a2', 'cloud'), rel('runs-on', 'a3', 'pdd'), rel('runs-on', 'a4', 'db')],
    )
    expect(run(applicationWithoutInfrastructure, data)).toEqual([])
  })

  it('exempts aplikasi umum, which run on national infrastructure', () => {
    expect(run(applicationWithoutInfrastructure, project([el('aplikasi-umum', 'srikandi')]))).toEqual([])
  })
})
