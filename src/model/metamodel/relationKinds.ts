import { msg } from '../message.ts'
import type { RelationKind } from './types.ts'

const SERVICES = ['layanan-publik', 'layanan-administrasi']
const APPLICATIONS = ['aplikasi-umum', 'aplikasi-khusus']
const HARDWARE = ['server', 'periferal', 'media-penyimpanan', 'perangkat-jaringan', 'perangkat-keamanan']
const PLATFORM_SOFTWARE = ['sistem-operasi', 'dbms', 'perangkat-lunak-utilitas']
const HOSTS = ['server', 'komputasi-awan', 'fasilitas-komputasi']
const INFRASTRUCTURE = [
  'komputasi-awan', ...HARDWARE, ...PLATFORM_SOFTWARE, 'jaringan-intra', 'sistem-penghubung-layanan', 'fasilitas-komputasi',
]
const SECURITY = [
  'standar-prosedur', 'edukasi-kesadaran', 'identifikasi-kerentanan', 'peningkatan-keamanan',
  'penanganan-insiden', 'audit-keamanan', 'kelaikan-keamanan',
]

/**
 * Every relation the model allows. Anything not listed here is refused by the commands and
 * reported by validation; docs/metamodel.md is generated from this table.
 */
export const RELATION_KINDS: readonly RelationKind[] = [
  {
    id: 'composed-of', label: msg('Terdiri dari', 'Composed of'), verb: msg('terdiri dari', 'is composed of'),
    rules: [{ sources: ['proses-bisnis'], targets: ['proses-bisnis'] }], attributes: [],
  },
  {
    id: 'supports', label: msg('Mendukung', 'Supports'), verb: msg('mendukung', 'supports'),
    rules: [{ sources: SERVICES, targets: ['proses-bisnis'] }], attributes: [],
  },
  {
    id: 'realizes', label: msg('Merealisasikan', 'Realizes'), verb: msg('merealisasikan', 'realizes'),
    rules: [{ sources: APPLICATIONS, targets: SERVICES }], attributes: [],
  },
  {
    id: 'uses-data', label: msg('Menggunakan data', 'Uses data'), verb: msg('menggunakan', 'uses'),
    rules: [{ sources: [...APPLICATIONS, 'proses-bisnis', ...SERVICES], targets: ['data-informasi'] }], attributes: [],
  },
  {
    id: 'produces-data', label: msg('Menghasilkan data', 'Produces data'), verb: msg('menghasilkan', 'produces'),
    rules: [{ sources: [...APPLICATIONS, 'proses-bisnis'], targets: ['data-informasi'] }], attributes: [],
  },
  {
    id: 'runs-on', label: msg('Berjalan di', 'Runs on'), verb: msg('berjalan di', 'runs on'),
    rules: [
      { sources: APPLICATIONS, targets: [...HOSTS, ...PLATFORM_SOFTWARE] },
      { sources: PLATFORM_SOFTWARE, targets: ['server', 'komputasi-awan'] },
    ],
    attributes: [],
  },
  {
    id: 'located-in', label: msg('Berada di', 'Located in'), verb: msg('berada di', 'is located in'),
    rules: [{ sources: [...HARDWARE, 'sistem-penghubung-layanan'], targets: ['fasilitas-komputasi'] }], attributes: [],
  },
  {
    id: 'connected-to', label: msg('Terhubung ke', 'Connected to'), verb: msg('terhubung ke', 'is connected to'),
    rules: [{ sources: ['fasilitas-komputasi', 'server', 'perangkat-jaringan', 'komputasi-awan'], targets: ['jaringan-intra'] }], attributes: [],
  },
  {
    id: 'integrates-with', label: msg('Berintegrasi dengan', 'Integrates with'), verb: msg('bertukar data dengan', 'exchanges data with'),
    rules: [{ sources: APPLICATIONS, targets: APPLICATIONS }],
    attributes: [
      { name: 'via', type: 'reference', target: { elementKinds: ['sistem-penghubung-layanan'] }, label: msg('Melalui', 'Through') },
      { name: 'dataExchanged', type: 'text', label: msg('Data yang dipertukarkan', 'Data exchanged') },
    ],
  },
  {
    id: 'connects-through', label: msg('Terhubung melalui', 'Connects through'), verb: msg('terhubung melalui', 'connects through'),
    rules: [{ sources: APPLICATIONS, targets: ['sistem-penghubung-layanan'] }], attributes: [],
  },
  {
    id: 'protects', label: msg('Melindungi', 'Protects'), verb: msg('melindungi', 'protects'),
    rules: [{ sources: SECURITY, targets: ['data-informasi', ...APPLICATIONS, ...INFRASTRUCTURE] }], attributes: [],
  },
  {
    id: 'governs', label: msg('Mengatur', 'Governs'), verb: msg('mengatur', 'governs'),
    rules: [{ sources: ['standar-prosedur'], targets: SECURITY.filter((k) => k !== 'standar-prosedur') }], attributes: [],
  },
]
