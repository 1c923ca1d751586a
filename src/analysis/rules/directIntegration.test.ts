import { describe, expect, it } from 'vitest'
import { el, project, rel, run } from '../../../tests/fixtures/ruleFixtures.ts'
import { directIntegration } from './directIntegration.ts'

const apps = [el('aplikasi-khusus', 'apl-a', { name: 'e-TPP' }), el('aplikasi-khusus', 'apl-b', { name: 'SIMPEG' }), el('aplikasi-umum', 'apl-u', { name: 'SIPD' })]
const splp = el('sistem-penghubung-layanan', 'splp', { name: 'SPLP Kabupaten' })

describe('direct-integration', () => {
  it('fires for an integration with no via, naming both aplikasi', () => {
    const findings = run(directIntegration, project(apps, [rel('integrates-with', 'apl-a', 'apl-b')]))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'direct-integration', severity: 'warning', elements: ['apl-a', 'apl-b'] })
    expect(findings[0]!.message.id).toBe('e-TPP bertukar data langsung dengan SIMPEG tanpa melalui sistem penghubung layanan')
    expect(findings[0]!.remedy.id).toMatch(/^Alihkan/)
  })

  it('does not fire for an integration through a sistem penghubung layanan of the state', () => {
    expect(run(directIntegration, project([...apps, splp], [rel('integrates-with', 'apl-a', 'apl-u', { via: 'splp' })]))).toEqual([])
  })

  it('fires when via names something that is not a sistem penghubung layanan in this state', () => {
    const splpLater = el('sistem-penghubung-layanan', 'splp', { name: 'SPLP Kabupaten', states: { target: {} } })
    const findings = run(directIntegration, project([...apps, splpLater, el('server', 'srv', { name: 'Server Bus' })], [
      rel('integrates-with', 'apl-a', 'apl-b', { via: 'splp' }),
      rel('integrates-with', 'apl-b', 'apl-u', { via: 'srv' }),
      rel('integrates-with', 'apl-u', 'apl-a', { via: 'hilang' }),
    ]))
    expect(findings.map((f) => f.elements)).toEqual([['apl-a', 'apl-b'], ['apl-b', 'apl-u'], ['apl-u', 'apl-a']])
    expect(findings[0]!.message.id).toContain('melalui splp, yang bukan sistem penghubung layanan')
    expect(findings[1]!.message.id).toContain('melalui Server Bus, yang bukan sistem penghubung layanan')
  })

  it('ignores other relations between aplikasi', () => {
    expect(run(directIntegration, project([...apps, splp], [rel('connects-through', 'apl-a', 'splp')]))).toEqual([])
  })
})
