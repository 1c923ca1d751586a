import { describe, expect, it } from 'vitest'
import { projectFileName } from './downloadProject.ts'

describe('projectFileName', () => {
  it('makes a lower-case slug of the project name', () => {
    expect(projectFileName('Arsitektur dan Peta Rencana SPBE Kabupaten Sukamaju 2025-2029')).toBe('arsitektur-dan-peta-rencana-spbe-kabupaten-sukamaju-2025-2029.cetakbiru.json')
    expect(projectFileName('  Kota Bekasi: SPBE (salinan) ')).toBe('kota-bekasi-spbe-salinan.cetakbiru.json')
    expect(projectFileName('Proyek Pèrcobaan')).toBe('proyek-percobaan.cetakbiru.json')
  })

  it('falls back to a plain name and stays short', () => {
    expect(projectFileName('—')).toBe('proyek.cetakbiru.json')
    expect(projectFileName('a'.repeat(200)).length).toBeLessThanOrEqual(80 + '.cetakbiru.json'.length)
  })
})
