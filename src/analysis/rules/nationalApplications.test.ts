import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containsPhrase, matchedKeyword, namesNationalApplication, NATIONAL_APPLICATIONS, normalizeText } from './nationalApplications.ts'

const byName = (name: string) => {
  const app = NATIONAL_APPLICATIONS.find((a) => a.name === name)
  if (!app) throw new Error(`no ${name}`)
  return app
}
const matches = (name: string, text: string) => matchedKeyword(byName(name), normalizeText(text))

/** The shared reference the data was built from; it sits beside the repository, not in it. */
const REFERENCE = fileURLToPath(new URL('../../../../shared/reference/spbe-reference.json', import.meta.url))

interface ReferenceItem { readonly name: string; readonly status: string; readonly source: string }

describe('national applications data', () => {
  it('holds every item of the shared reference with its source and status', () => {
    const reference = JSON.parse(readFileSync(REFERENCE, 'utf8')) as { aplikasi_umum_dan_platform: { items: ReferenceItem[] } }
    const items = reference.aplikasi_umum_dan_platform.items
    expect(NATIONAL_APPLICATIONS.map((a) => a.name)).toEqual(items.map((i) => i.name))
    for (const [i, app] of NATIONAL_APPLICATIONS.entries()) {
      expect(app.source).toBe(items[i]!.source)
      expect(app.status).toBe(items[i]!.status)
    }
  })

  it('takes each confidence from the tag at the start of its source', () => {
    for (const app of NATIONAL_APPLICATIONS) {
      expect(app.source.startsWith(`[${app.confidence}]`)).toBe(true)
      expect(app.description.id && app.description.en).toBeTruthy()
    }
    expect(byName('SRIKANDI')).toMatchObject({ owner: 'ANRI', confidence: 'S' })
    expect(byName('SIPD (Sistem Informasi Pemerintahan Daerah)')).toMatchObject({ owner: 'Kemendagri', confidence: 'P' })
  })

  it('keywords are lower-case', () => {
    for (const app of NATIONAL_APPLICATIONS) for (const k of app.keywords) expect(k).toBe(k.toLowerCase())
  })
})

describe('matching', () => {
  it('normalises case, punctuation and spacing', () => {
    expect(normalizeText('  Surat-Menyurat,  dan   DISPOSISI! ')).toBe('surat menyurat dan disposisi')
  })

  it('normalises ASCII and other text alike through its fast paths', () => {
    const reference = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    for (const text of ['sistem informasi 1', 'Sistem Informasi  1', 'e-Office', '', ' ', 'Layanan Kependudukan (Dukcapil)', 'Çatatan Sipil', 'Ｅ－ＯＦＦＩＣＥ', 'Kelvin \u212a', 'arsip\u00a0dinamis']) {
      expect(normalizeText(text)).toBe(reference(text))
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
      expect(normalizeText(text)).toBe(reference(text))
    }))
  })

  it('matches whole words and phrases only', () => {
    expect(containsPhrase('lapor bupati', 'lapor')).toBe(true)
    expect(containsPhrase('laporan keuangan', 'lapor')).toBe(false)
    expect(matches('SP4N-LAPOR!', 'Lapor Bupati Sukamaju')).toBe('lapor')
    expect(matches('SP4N-LAPOR!', 'Laporan Keuangan Daerah')).toBeUndefined()
    expect(matches('SP4N-LAPOR!', 'Pelaporan pelayanan puskesmas')).toBeUndefined()
    expect(matches('SRIKANDI', 'Pengelolaan arsip dinamis')).toBe('arsip')
    expect(matches('SRIKANDI', 'Arsitektur SPBE')).toBeUndefined()
    expect(matches('SRIKANDI', 'SiMANIS e-Office')).toBe('e-office')
    expect(matches('SRIKANDI', 'Surat-menyurat elektronik')).toBe('surat menyurat')
    expect(matches('SIPD (Sistem Informasi Pemerintahan Daerah)', 'e-Planning Sukamaju')).toBe('e-planning')
    expect(matches('SPSE', 'Pengadaan tanah untuk jalan')).toBeUndefined()
    expect(matches('SPSE', 'Pengadaan barang/jasa pemerintah')).toBe('pengadaan barang')
    expect(matches('SIASN / e-Kinerja', 'SIMPEG Daerah')).toBe('simpeg')
  })

  it('infrastructure and policy items identify no local application', () => {
    expect(byName('Pusat Data Nasional').keywords).toEqual([])
    expect(byName('Sistem Penghubung Layanan Pemerintah (SPLP)').keywords).toEqual([])
  })

  it('recognises the national application among a project\'s aplikasi umum by name', () => {
    expect(namesNationalApplication(byName('SP4N-LAPOR!'), 'SP4N-LAPOR!')).toBe(true)
    expect(namesNationalApplication(byName('SIPD (Sistem Informasi Pemerintahan Daerah)'), 'SIPD RI - Modul Perencanaan')).toBe(true)
    expect(namesNationalApplication(byName('SIASN / e-Kinerja'), 'e-Kinerja BKN')).toBe(true)
    expect(namesNationalApplication(byName('Satu Data Indonesia'), 'Portal Satu Data Indonesia')).toBe(true)
    expect(namesNationalApplication(byName('Satu Data Indonesia'), 'Portal Satu Data Sukamaju')).toBe(false)
    expect(namesNationalApplication(byName('SRIKANDI'), 'SIMPEG')).toBe(false)
  })
})
