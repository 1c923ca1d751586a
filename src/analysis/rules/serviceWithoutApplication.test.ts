import { describe, expect, it } from 'vitest'
import { el, project, rel, run } from '../../../tests/fixtures/ruleFixtures.ts'
import { serviceWithoutApplication } from './serviceWithoutApplication.ts'

describe('service-without-application', () => {
  it('is an error for a layanan publik and a warning for a layanan administrasi', () => {
    const data = project([el('layanan-publik', 'lay-pub', { name: 'Layanan KTP-el' }), el('layanan-administrasi', 'lay-adm', { name: 'Layanan Kepegawaian' })])
    const findings = run(serviceWithoutApplication, data)
    expect(findings.map((f) => [f.elements[0], f.severity])).toEqual([['lay-pub', 'error'], ['lay-adm', 'warning']])
    expect(findings[0]!.message.id).toBe('Layanan publik Layanan KTP-el belum direalisasikan oleh aplikasi apa pun')
    expect(findings[1]!.message.en).toContain('Layanan Kepegawaian')
    expect(findings[0]!.remedy).toEqual({ id: 'Bangun atau tetapkan aplikasi yang merealisasikan layanan ini', en: 'Build or assign an application that realises this service' })
  })

  it('does not fire when an aplikasi umum or khusus realises the layanan', () => {
    const data = project(
      [el('layanan-publik', 'lay-a'), el('layanan-administrasi', 'lay-b'), el('aplikasi-khusus', 'apl-k'), el('aplikasi-umum', 'apl-u')],
      [rel('realizes', 'apl-k', 'lay-a'), rel('realizes', 'apl-u', 'lay-b')],
    )
    expect(run(serviceWithoutApplication, data)).toEqual([])
  })

  it('ignores a realisation that is not in the state', () => {
    const data = project([el('layanan-publik', 'lay-a'), el('aplikasi-khusus', 'apl-k')], [rel('realizes', 'apl-k', 'lay-a', {}, { target: {} })])
    expect(run(serviceWithoutApplication, data).map((f) => f.elements[0])).toEqual(['lay-a'])
  })
})
