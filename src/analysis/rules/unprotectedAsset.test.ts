import { describe, expect, it } from 'vitest'
import { el, project, rel, run, subjects } from '../../../tests/fixtures/ruleFixtures.ts'
import { unprotectedAsset } from './unprotectedAsset.ts'

describe('unprotected-asset', () => {
  it('fires for aplikasi khusus, data and every kind of infrastructure that nothing protects', () => {
    const findings = run(unprotectedAsset, project([
      el('aplikasi-khusus', 'apl'), el('data-informasi', 'dat'), el('server', 'srv'), el('fasilitas-komputasi', 'pdd'),
      el('sistem-penghubung-layanan', 'splp'), el('dbms', 'db'), el('jaringan-intra', 'jip'), el('komputasi-awan', 'cloud'),
      el('layanan-publik', 'lay'), el('proses-bisnis', 'pb'), el('audit-keamanan', 'audit'),
    ]))
    expect(subjects(findings)).toEqual(['apl', 'cloud', 'dat', 'db', 'jip', 'pdd', 'splp', 'srv'])
    expect(findings[0]).toMatchObject({ rule: 'unprotected-asset', severity: 'warning' })
    expect(findings[0]!.message.id).toBe('apl (Aplikasi Khusus) belum dilindungi oleh objek keamanan apa pun')
  })

  it('does not fire for what a security object protects directly', () => {
    const findings = run(unprotectedAsset, project(
      [el('aplikasi-khusus', 'apl'), el('data-informasi', 'dat'), el('server', 'srv'), el('identifikasi-kerentanan', 'pentest'), el('standar-prosedur', 'sop')],
      [rel('protects', 'pentest', 'apl'), rel('protects', 'sop', 'dat'), rel('protects', 'pentest', 'srv')],
    ))
    expect(findings).toEqual([])
  })

  it('does not count protection of something else (the server under the app, say)', () => {
    const findings = run(unprotectedAsset, project(
      [el('aplikasi-khusus', 'apl'), el('server', 'srv'), el('audit-keamanan', 'audit')],
      [rel('runs-on', 'apl', 'srv'), rel('protects', 'audit', 'srv')],
    ))
    expect(subjects(findings)).toEqual(['apl'])
  })

  it('exempts aplikasi umum, protected nationally', () => {
    expect(run(unprotectedAsset, project([el('aplikasi-umum', 'srikandi')]))).toEqual([])
  })
})
