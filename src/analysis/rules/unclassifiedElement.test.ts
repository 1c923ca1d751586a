import { describe, expect, it } from 'vitest'
import { el, project, run } from '../../../tests/fixtures/ruleFixtures.ts'
import { unclassifiedElement } from './unclassifiedElement.ts'

describe('unclassified-element', () => {
  it('says whether the reference code, the owner OPD or both are missing', () => {
    const findings = run(unclassifiedElement, project([
      el('aplikasi-khusus', 'tanpa-kode', { refCodes: null }),
      el('server', 'tanpa-kode-kosong', { refCodes: [] }),
      el('data-informasi', 'tanpa-opd', { ownerOpd: null }),
      el('proses-bisnis', 'tanpa-keduanya', { refCodes: null, ownerOpd: null }),
      el('layanan-publik', 'lengkap'),
    ]))
    expect(findings.map((f) => f.elements[0])).toEqual(['tanpa-kode', 'tanpa-kode-kosong', 'tanpa-opd', 'tanpa-keduanya'])
    expect(findings.every((f) => f.severity === 'warning' && f.rule === 'unclassified-element')).toBe(true)
    expect(findings[0]!.message.id).toBe('tanpa-kode (Aplikasi Khusus) belum memiliki kode referensi')
    expect(findings[2]!.message.id).toBe('tanpa-opd (Data dan Informasi) belum memiliki perangkat daerah pemilik')
    expect(findings[3]!.message.id).toBe('tanpa-keduanya (Proses Bisnis) belum memiliki kode referensi dan perangkat daerah pemilik')
    expect(findings[3]!.message.en).toContain('neither a reference code nor an owning agency')
    expect(findings[2]!.remedy.id).toBe('Tetapkan perangkat daerah pemilik elemen ini')
  })

  it('does not fire for an element with a code and an owner', () => {
    expect(run(unclassifiedElement, project([el('aplikasi-khusus', 'apl', { refCodes: ['RAA.02.01'] })]))).toEqual([])
  })
})
