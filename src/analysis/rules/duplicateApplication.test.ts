import { describe, expect, it } from 'vitest'
import type { Element } from '../../model/project.ts'
import { el, project, rel, run, subjects, viewOf } from '../../../tests/fixtures/ruleFixtures.ts'
import { duplicateApplication } from './duplicateApplication.ts'

const app = (id: string, ownerOpd: string, fn: string, options: { name?: string; refCodes?: string[]; kind?: string } = {}): Element =>
  el(options.kind ?? 'aplikasi-khusus', id, { name: options.name ?? `Aplikasi ${id}`, ownerOpd, attrs: { function: fn }, refCodes: options.refCodes ?? ['RAA.02.01'] })

describe('duplicate-application (a): same function or detailed code in different OPD', () => {
  it('groups aplikasi of different OPD with the same normalised function into one finding', () => {
    const findings = run(duplicateApplication, project([
      app('apl-1', 'opd-a', 'Pengelolaan  Presensi Pegawai'),
      app('apl-2', 'opd-b', 'pengelolaan presensi pegawai.'),
      app('apl-3', 'opd-c', 'Pengelolaan presensi, pegawai!'),
      app('apl-4', 'opd-c', 'Pengelolaan presensi siswa'),
    ]))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'duplicate-application', severity: 'warning', elements: ['apl-1', 'apl-2', 'apl-3'] })
    expect(findings[0]!.message.id).toContain('Aplikasi apl-1 (Dinas A)')
    expect(findings[0]!.message.id).toContain('fungsi yang sama')
    expect(findings[0]!.remedy.id).toMatch(/^Konsolidasikan/)
  })

  it('names the first five members of a large group and counts the rest', () => {
    const apps = Array.from({ length: 8 }, (_, i) => app(`apl-${i}`, i % 2 ? 'opd-a' : 'opd-b', 'Presensi'))
    const findings = run(duplicateApplication, project(apps))
    expect(findings[0]!.elements).toHaveLength(8)
    expect(findings[0]!.message.id).toContain('Aplikasi apl-4 (Dinas B) dan 3 aplikasi lainnya di perangkat daerah')
    expect(findings[0]!.message.en).toContain('and 3 other applications')
  })

  it('does not fire for the same function within one OPD', () => {
    expect(run(duplicateApplication, project([app('apl-1', 'opd-a', 'Presensi'), app('apl-2', 'opd-a', 'Presensi')]))).toEqual([])
  })

  it('groups by a reference code of level 3 or deeper, never by a level-1 or level-2 RAA category', () => {
    const findings = run(duplicateApplication, project([
      app('apl-1', 'opd-a', 'Satu', { refCodes: ['RAA.02.01.07'] }),
      app('apl-2', 'opd-b', 'Dua', { refCodes: ['RAA.02.01.07'] }),
      app('apl-3', 'opd-b', 'Tiga', { refCodes: ['RAA.02.01'] }),
      app('apl-4', 'opd-c', 'Empat', { refCodes: ['RAA.02.01'] }),
      app('apl-5', 'opd-c', 'Lima', { refCodes: ['RAA.02'] }),
      app('apl-6', 'opd-a', 'Enam', { refCodes: ['RAA.02'] }),
    ]))
    expect(findings.map((f) => f.elements)).toEqual([['apl-1', 'apl-2']])
    expect(findings[0]!.message.id).toContain('kode referensi yang sama (RAA.02.01.07)')
  })

  it('reports a group that shares both function and code once, with both reasons', () => {
    const findings = run(duplicateApplication, project([
      app('apl-1', 'opd-a', 'Presensi', { refCodes: ['RAA.02.01.07.01'] }),
      app('apl-2', 'opd-b', 'Presensi', { refCodes: ['RAA.02.01.07.01'] }),
    ]))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message.id).toMatch(/fungsi yang sama .* dan kode referensi yang sama/)
  })
})

describe('duplicate-application (b): an aplikasi khusus beside a national aplikasi umum', () => {
  const srikandi = el('aplikasi-umum', 'apl-srikandi', { name: 'SRIKANDI', attrs: { function: 'Naskah dinas dan arsip dinamis' } })

  it('names the national application and includes the project element for it', () => {
    const findings = run(duplicateApplication, project([
      app('apl-simanis', 'opd-a', 'Surat-menyurat dan disposisi elektronik', { name: 'SiMANIS e-Office' }), srikandi,
    ]))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.elements).toEqual(['apl-simanis', 'apl-srikandi'])
    expect(findings[0]!.message.id).toContain('SiMANIS e-Office menduplikasi SRIKANDI (Aplikasi Umum bidang kearsipan dinamis)')
    expect(findings[0]!.remedy.id).toBe('Migrasikan pengguna dan data ke SRIKANDI, lalu hentikan SiMANIS e-Office')
    expect(findings[0]!.remedy.en).toBe('Migrate users and data to SRIKANDI, then retire SiMANIS e-Office')
  })

  it('still fires, with only the local app, when the project does not record the national one', () => {
    const findings = run(duplicateApplication, project([app('apl-lapor', 'opd-a', 'Penerimaan aduan warga', { name: 'Lapor Bupati' })]))
    expect(findings.map((f) => f.elements)).toEqual([['apl-lapor']])
    expect(findings[0]!.message.en).toContain('duplicates SP4N-LAPOR!')
  })

  it('matches whole words only: "laporan" is not "lapor", "arsitektur" is not "arsip"', () => {
    const findings = run(duplicateApplication, project([
      app('apl-lk', 'opd-a', 'Penyusunan laporan keuangan daerah', { name: 'SI Laporan Keuangan' }),
      app('apl-ea', 'opd-b', 'Pengelolaan arsitektur SPBE', { name: 'SI Arsitektur' }),
      app('apl-pel', 'opd-c', 'Pelaporan capaian kinerja', { name: 'e-Pelaporan' }),
      app('apl-arsip', 'opd-a', 'Pengelolaan arsip perangkat daerah', { name: 'SI Arsip' }),
    ]))
    expect(subjects(findings)).toEqual(['apl-arsip'])
  })

  it('finds the own e-planning beside SIPD and names every SIPD module the project records', () => {
    const findings = run(duplicateApplication, project([
      app('apl-eplanning', 'opd-a', 'Usulan musrenbang', { name: 'e-Planning Kabupaten' }),
      el('aplikasi-umum', 'apl-sipd-2', { name: 'SIPD RI - Modul Penatausahaan' }),
      el('aplikasi-umum', 'apl-sipd-1', { name: 'SIPD RI - Modul Perencanaan' }),
    ]))
    expect(findings.map((f) => f.elements)).toEqual([['apl-eplanning', 'apl-sipd-1', 'apl-sipd-2']])
    expect(findings[0]!.message.id).toContain('menduplikasi SIPD (')
  })

  it('never reports an aplikasi umum itself', () => {
    expect(run(duplicateApplication, project([srikandi, el('aplikasi-umum', 'apl-lapor', { name: 'SP4N-LAPOR!', attrs: { function: 'Pengaduan' } })]))).toEqual([])
  })

  it('treats a local app integrated with the national one through a sistem penghubung layanan as a complement', () => {
    const simpeg = app('apl-simpeg', 'opd-a', 'Pengelolaan data kepegawaian', { name: 'SIMPEG Kabupaten' })
    const siasn = el('aplikasi-umum', 'apl-siasn', { name: 'SIASN' })
    const splp = el('sistem-penghubung-layanan', 'splp')
    const viaBus = run(duplicateApplication, project([simpeg, siasn, splp], [rel('integrates-with', 'apl-simpeg', 'apl-siasn', { via: 'splp' })]))
    expect(viaBus).toEqual([])
    const direct = run(duplicateApplication, project([simpeg, siasn, splp], [rel('integrates-with', 'apl-siasn', 'apl-simpeg')]))
    expect(direct.map((f) => f.elements)).toEqual([['apl-simpeg', 'apl-siasn']])
  })

  it('uses the national data it is given', () => {
    const data = project([app('apl-simanis', 'opd-a', 'Surat-menyurat', { name: 'SiMANIS e-Office' })])
    expect(duplicateApplication.check(viewOf(data), { policy: data.settings.policy, nationalApplications: [] })).toEqual([])
  })
})
