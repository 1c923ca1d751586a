import type { Muatan } from '../../model/project.ts'
import type { Action } from './activity.ts'

/**
 * Generated kegiatan names, in the phrasing of Indonesian planning documents. The user may
 * rename any kegiatan; the generated name stays as `generatedName`.
 */

const HARDWARE = new Set(['server', 'periferal', 'media-penyimpanan', 'perangkat-jaringan', 'perangkat-keamanan'])
const SOFTWARE = new Set(['sistem-operasi', 'dbms', 'perangkat-lunak-utilitas'])

/** "Aplikasi" + "Aplikasi SIRUJUK" stays "Aplikasi SIRUJUK"; "Aplikasi" + "SIRUJUK" becomes "Aplikasi SIRUJUK". */
function withNoun(noun: string, name: string): string {
  return name.toLowerCase().startsWith(noun.toLowerCase()) ? name : `${noun} ${name}`
}

export function buildName(kind: string, domain: string, name: string): string {
  if (kind === 'aplikasi-umum') return `Penerapan ${withNoun('Aplikasi Umum', name)}`
  if (kind === 'aplikasi-khusus') return `Pembangunan ${withNoun('Aplikasi', name)}`
  if (HARDWARE.has(kind)) return `Pengadaan ${name}`
  if (SOFTWARE.has(kind)) return `Penerapan ${name}`
  if (kind === 'komputasi-awan') return `Pemanfaatan ${name}`
  if (kind === 'standar-prosedur') return `Penyusunan ${name}`
  if (domain === 'keamanan') return `Pelaksanaan ${name}`
  if (domain === 'layanan') return `Penyelenggaraan ${name}`
  if (domain === 'data') return `Penyediaan ${name}`
  if (domain === 'proses-bisnis') return `Penataan ${withNoun('Proses Bisnis', name)}`
  return `Pembangunan ${name}`
}

export function developName(domain: string, name: string): string {
  if (domain === 'infrastruktur') return `Peningkatan ${name}`
  if (domain === 'keamanan') return `Penguatan ${name}`
  if (domain === 'proses-bisnis') return `Penataan Ulang ${withNoun('Proses Bisnis', name)}`
  return `Pengembangan ${name}`
}

export function retireName(name: string, replacement?: string): string {
  return replacement ? `Konsolidasi ${name} ke ${replacement}` : `Penghentian ${name}`
}

export function migrateName(name: string, hosts: readonly string[]): string {
  return hosts.length > 0 ? `Migrasi ${name} ke ${hosts.join(' dan ')}` : `Migrasi ${name}`
}

export function integrateName(name: string, via?: string): string {
  return via ? `Integrasi ${name} melalui ${via}` : `Integrasi ${name}`
}

export function alignName(name: string): string {
  return `Penyelarasan Keterkaitan ${name}`
}

/** Kegiatan that fix what an architecture rule still finds in the target, one per rule and OPD. */
/**
 * Kegiatan that fix what an architecture rule still finds in the target. `per: 'opd'` gives each
 * OPD its own (each appoints its wali data); `per: 'project'` makes one kegiatan led by the OPD
 * owning most of the findings (securing assets, placing applications in the data centre).
 */
export const RULE_ACTIVITY: Readonly<Record<string, { readonly muatan: Muatan; readonly name: string; readonly per: 'opd' | 'project' }>> = {
  'unsupported-process': { muatan: 'tata-kelola', name: 'Penyelarasan Proses Bisnis dengan Layanan dan Data', per: 'opd' },
  'service-without-application': { muatan: 'layanan', name: 'Digitalisasi Layanan yang Belum Didukung Aplikasi', per: 'opd' },
  'application-without-infrastructure': { muatan: 'infrastruktur', name: 'Penyediaan Infrastruktur bagi Aplikasi', per: 'project' },
  'application-outside-data-centre': { muatan: 'infrastruktur', name: 'Penempatan Aplikasi di Pusat Data', per: 'project' },
  'duplicate-application': { muatan: 'aplikasi', name: 'Konsolidasi Aplikasi Sejenis', per: 'project' },
  'data-without-custodian': { muatan: 'manajemen', name: 'Penetapan Wali Data dan Produsen Data', per: 'opd' },
  'unprotected-asset': { muatan: 'keamanan', name: 'Perlindungan Keamanan Aset SPBE', per: 'project' },
  'direct-integration': { muatan: 'aplikasi', name: 'Integrasi Aplikasi melalui Sistem Penghubung Layanan', per: 'project' },
  'unclassified-element': { muatan: 'tata-kelola', name: 'Pemutakhiran Klasifikasi Arsitektur SPBE', per: 'project' },
}

/** Program names per kind of work; `{m}` is the muatan's name without "SPBE". */
export const PROGRAM_NAME: Readonly<Record<Action, readonly [string, string]>> = {
  pembangunan: ['Pembangunan {m}', 'Building {m}'],
  pengembangan: ['Pengembangan {m}', 'Improving {m}'],
  penghentian: ['Penghentian dan Konsolidasi {m}', 'Retiring and consolidating {m}'],
  migrasi: ['Migrasi Aplikasi ke Pusat Data', 'Moving applications to the data centre'],
  integrasi: ['Integrasi dan Interoperabilitas {m}', 'Integrating {m}'],
  penyelarasan: ['Penyelarasan Keterkaitan {m}', 'Aligning {m}'],
  perbaikan: ['Penanganan Temuan Arsitektur {m}', 'Resolving architecture findings: {m}'],
  manual: ['Kegiatan Lain {m}', 'Other {m} activities'],
}
