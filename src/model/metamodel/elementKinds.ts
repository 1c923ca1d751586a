import { msg } from '../message.ts'
import type { AttributeDef, ElementKind, EnumOption } from './types.ts'

// Attribute sets follow the fields the national SIA-SPBE register asks for per object type.

const opt = (value: string, id: string, en: string): EnumOption => ({ value, label: msg(id, en) })

const regulation: AttributeDef = { name: 'regulation', type: 'text', label: msg('Dasar hukum', 'Legal basis') }

const processAttributes: readonly AttributeDef[] = [
  {
    name: 'level', type: 'enum', required: true, label: msg('Tingkat', 'Level'),
    options: [opt('fungsi', 'Fungsi', 'Function'), opt('sub-fungsi', 'Sub-fungsi', 'Sub-function'), opt('proses', 'Proses', 'Process')],
  },
  { name: 'governmentAffair', type: 'text', label: msg('Urusan pemerintahan', 'Government affair') },
  { name: 'output', type: 'text', label: msg('Luaran', 'Output') },
  regulation,
]

const serviceAttributes: readonly AttributeDef[] = [
  { name: 'purpose', type: 'text', required: true, label: msg('Tujuan layanan', 'Service purpose') },
  { name: 'audience', type: 'text', label: msg('Sasaran layanan', 'Service audience') },
  {
    name: 'deliveryMode', type: 'enum', required: true, label: msg('Metode layanan', 'Delivery mode'),
    options: [opt('daring', 'Daring', 'Online'), opt('luring', 'Luring', 'Offline'), opt('hibrida', 'Daring dan luring', 'Hybrid')],
  },
  { name: 'serviceUnit', type: 'text', label: msg('Unit pelaksana', 'Service unit') },
  regulation,
]

const applicationAttributes: readonly AttributeDef[] = [
  { name: 'function', type: 'text', required: true, label: msg('Fungsi aplikasi', 'Application function') },
  { name: 'output', type: 'text', label: msg('Luaran', 'Output') },
  {
    name: 'platform', type: 'enum', required: true, label: msg('Basis aplikasi', 'Application platform'),
    options: [opt('web', 'Web', 'Web'), opt('mobile', 'Mobile', 'Mobile'), opt('desktop', 'Desktop', 'Desktop')],
  },
  {
    name: 'licenseType', type: 'enum', label: msg('Tipe lisensi', 'Licence type'),
    options: [
      opt('open-source', 'Sumber terbuka', 'Open source'),
      opt('proprietary', 'Berpemilik', 'Proprietary'),
      opt('pemerintah', 'Milik pemerintah', 'Government-owned'),
      opt('lainnya', 'Lainnya', 'Other'),
    ],
  },
  { name: 'database', type: 'text', label: msg('Basis data', 'Database') },
  { name: 'developer', type: 'text', label: msg('Produsen / pengembang', 'Producer / developer') },
  { name: 'responsibleUnit', type: 'reference', target: 'opd', label: msg('Penanggung jawab', 'Responsible unit') },
  {
    name: 'interoperability', type: 'enum', label: msg('Interoperabilitas', 'Interoperability'),
    options: [opt('terintegrasi', 'Terintegrasi', 'Integrated'), opt('sebagian', 'Sebagian', 'Partly'), opt('tidak', 'Tidak terintegrasi', 'Not integrated')],
  },
  { name: 'url', type: 'text', label: msg('Alamat (URL)', 'Address (URL)') },
  { name: 'launchYear', type: 'number', integer: true, min: 1990, label: msg('Tahun mulai', 'Year launched') },
]

const dataAttributes: readonly AttributeDef[] = [
  {
    name: 'nature', type: 'enum', required: true, label: msg('Sifat data', 'Data classification'),
    options: [opt('terbuka', 'Terbuka', 'Open'), opt('terbatas', 'Terbatas', 'Restricted'), opt('tertutup', 'Tertutup', 'Closed')],
  },
  {
    name: 'dataType', type: 'enum', required: true, label: msg('Jenis data', 'Data type'),
    options: [opt('pokok', 'Data pokok', 'Master data'), opt('tematik', 'Data tematik', 'Thematic data'), opt('pendukung', 'Data pendukung', 'Supporting data')],
  },
  { name: 'producer', type: 'reference', target: 'opd', label: msg('Produsen data', 'Data producer') },
  { name: 'custodian', type: 'reference', target: 'opd', label: msg('Wali data', 'Data custodian') },
  { name: 'validity', type: 'text', label: msg('Validitas data', 'Data validity') },
  {
    name: 'updateFrequency', type: 'enum', label: msg('Frekuensi pemutakhiran', 'Update frequency'),
    options: [
      opt('waktu-nyata', 'Waktu nyata', 'Real time'), opt('harian', 'Harian', 'Daily'), opt('bulanan', 'Bulanan', 'Monthly'),
      opt('triwulanan', 'Triwulanan', 'Quarterly'), opt('semesteran', 'Semesteran', 'Half-yearly'), opt('tahunan', 'Tahunan', 'Yearly'),
    ],
  },
  {
    name: 'format', type: 'enum', label: msg('Format', 'Format'),
    options: [opt('terstruktur', 'Terstruktur', 'Structured'), opt('tidak-terstruktur', 'Tidak terstruktur', 'Unstructured')],
  },
]

const ownership: AttributeDef = {
  name: 'ownership', type: 'enum', label: msg('Status kepemilikan', 'Ownership'),
  options: [opt('milik-sendiri', 'Milik sendiri', 'Owned'), opt('sewa', 'Sewa', 'Leased'), opt('nasional', 'Layanan nasional', 'National shared'), opt('pihak-ketiga', 'Pihak ketiga', 'Third party')],
}
const location: AttributeDef = { name: 'location', type: 'text', label: msg('Lokasi', 'Location') }
const quantity: AttributeDef = { name: 'quantity', type: 'number', integer: true, min: 0, label: msg('Jumlah', 'Quantity') }
const vendor: AttributeDef = { name: 'vendor', type: 'text', label: msg('Merek / penyedia', 'Brand / vendor') }
const capacity: AttributeDef = { name: 'capacity', type: 'text', label: msg('Kapasitas', 'Capacity') }
const hardware = [location, ownership, quantity, vendor, capacity]
const software: readonly AttributeDef[] = [
  { name: 'version', type: 'text', label: msg('Versi', 'Version') },
  {
    name: 'licenseType', type: 'enum', label: msg('Tipe lisensi', 'Licence type'),
    options: [opt('open-source', 'Sumber terbuka', 'Open source'), opt('proprietary', 'Berpemilik', 'Proprietary')],
  },
  vendor,
]

const securityAttributes: readonly AttributeDef[] = [
  { name: 'scope', type: 'text', required: true, label: msg('Ruang lingkup', 'Scope') },
  { name: 'standard', type: 'text', label: msg('Standar acuan', 'Reference standard') },
  { name: 'implementer', type: 'text', label: msg('Pelaksana', 'Implementer') },
  {
    name: 'frequency', type: 'enum', label: msg('Frekuensi', 'Frequency'),
    options: [opt('sekali', 'Sekali', 'Once'), opt('berkelanjutan', 'Berkelanjutan', 'Continuous'), opt('bulanan', 'Bulanan', 'Monthly'), opt('semesteran', 'Semesteran', 'Half-yearly'), opt('tahunan', 'Tahunan', 'Yearly')],
  },
  { name: 'lastPerformed', type: 'date', label: msg('Terakhir dilaksanakan', 'Last performed') },
]

/**
 * Every kind can carry what delivering or developing it is expected to cost; the Peta Rencana
 * turns it into the kegiatan's pagu indikatif.
 */
const indicativeBudget: AttributeDef = {
  name: 'indicativeBudget', type: 'number', min: 0, unit: 'Rp',
  label: msg('Pagu indikatif (Rp)', 'Indicative budget (IDR)'),
  help: msg('Perkiraan biaya pembangunan atau pengembangan pada periode rencana', 'Expected cost of building or developing it in the plan period'),
}

function kind(
  id: string, domain: ElementKind['domain'], label: [string, string], description: [string, string],
  attributes: readonly AttributeDef[], referencePrefixes: readonly string[],
): ElementKind {
  return { id, domain, label: msg(...label), description: msg(...description), attributes: [...attributes, indicativeBudget], referencePrefixes }
}

export const ELEMENT_KINDS: readonly ElementKind[] = [
  kind('proses-bisnis', 'proses-bisnis', ['Proses Bisnis', 'Business process'], ['Fungsi, sub-fungsi atau proses bisnis pemerintah daerah', 'Function, sub-function or business process of the government'], processAttributes, ['RAB']),

  kind('data-informasi', 'data', ['Data dan Informasi', 'Data and information'], ['Data atau informasi yang dikelola', 'Data or information that is managed'], dataAttributes, ['RAD']),

  kind('layanan-publik', 'layanan', ['Layanan Publik', 'Public service'], ['Layanan SPBE kepada masyarakat dan pelaku usaha', 'SPBE service to citizens and businesses'], serviceAttributes, ['RAL.01']),
  kind('layanan-administrasi', 'layanan', ['Layanan Administrasi Pemerintahan', 'Government administration service'], ['Layanan SPBE untuk internal pemerintahan', 'SPBE service within the government'], serviceAttributes, ['RAL.02']),

  kind('aplikasi-umum', 'aplikasi', ['Aplikasi Umum', 'Common application'], ['Aplikasi yang digunakan bersama oleh instansi (mis. SRIKANDI, SIPD)', 'Application shared by government bodies (e.g. SRIKANDI, SIPD)'], applicationAttributes, ['RAA.01']),
  kind('aplikasi-khusus', 'aplikasi', ['Aplikasi Khusus', 'Specific application'], ['Aplikasi untuk kebutuhan khusus instansi', 'Application for a body\'s specific needs'], applicationAttributes, ['RAA.02']),

  kind('komputasi-awan', 'infrastruktur', ['Komputasi Awan', 'Cloud computing'], ['Layanan komputasi awan', 'Cloud computing service'], [
    { name: 'serviceModel', type: 'enum', label: msg('Model layanan', 'Service model'), options: [opt('iaas', 'IaaS', 'IaaS'), opt('paas', 'PaaS', 'PaaS'), opt('saas', 'SaaS', 'SaaS')] },
    { name: 'provider', type: 'text', label: msg('Penyedia', 'Provider') }, ownership, capacity,
  ], ['RAI']),
  kind('server', 'infrastruktur', ['Perangkat Keras Server', 'Server hardware'], ['Server fisik atau virtual', 'Physical or virtual server'], [
    { name: 'serverType', type: 'enum', label: msg('Jenis server', 'Server type'), options: [opt('fisik', 'Fisik', 'Physical'), opt('virtual', 'Virtual', 'Virtual')] },
    { name: 'memoryGb', type: 'number', min: 0, unit: 'GB', label: msg('Memori (GB)', 'Memory (GB)') },
    ...hardware,
  ], ['RAI']),
  kind('periferal', 'infrastruktur', ['Perangkat Keras Periferal', 'Peripheral hardware'], ['Perangkat periferal', 'Peripheral device'], hardware, ['RAI']),
  kind('media-penyimpanan', 'infrastruktur', ['Perangkat Keras Media Penyimpanan', 'Storage hardware'], ['Media penyimpanan data', 'Data storage device'], hardware, ['RAI']),
  kind('perangkat-jaringan', 'infrastruktur', ['Perangkat Keras Jaringan', 'Network hardware'], ['Perangkat jaringan (router, switch, akses nirkabel)', 'Network device (router, switch, wireless access)'], hardware, ['RAI']),
  kind('perangkat-keamanan', 'infrastruktur', ['Perangkat Keras Keamanan', 'Security hardware'], ['Perangkat keamanan (firewall, IPS)', 'Security device (firewall, IPS)'], hardware, ['RAI']),
  kind('sistem-operasi', 'infrastruktur', ['Perangkat Lunak Sistem Operasi', 'Operating system software'], ['Sistem operasi', 'Operating system'], software, ['RAI']),
  kind('dbms', 'infrastruktur', ['Perangkat Lunak Sistem Database', 'Database system software'], ['Sistem manajemen basis data', 'Database management system'], software, ['RAI']),
  kind('perangkat-lunak-utilitas', 'infrastruktur', ['Perangkat Lunak Sistem Utilitas', 'Utility software'], ['Perangkat lunak utilitas (cadangan, pemantauan)', 'Utility software (backup, monitoring)'], software, ['RAI']),
  kind('jaringan-intra', 'infrastruktur', ['Jaringan Intra Pemerintah', 'Government intranet'], ['Jaringan tertutup penghubung antarsimpul', 'Closed network linking government sites'], [
    { name: 'bandwidthMbps', type: 'number', min: 0, unit: 'Mbps', label: msg('Kapasitas (Mbps)', 'Bandwidth (Mbps)') },
    { name: 'nodes', type: 'number', integer: true, min: 0, label: msg('Jumlah simpul', 'Number of nodes') },
    ownership,
  ], ['RAI']),
  kind('sistem-penghubung-layanan', 'infrastruktur', ['Sistem Penghubung Layanan', 'Service bus'], ['Sistem penghubung layanan pemerintah (SPLP) untuk interoperabilitas', 'Government service bus for interoperability'], [
    { name: 'technology', type: 'text', label: msg('Teknologi', 'Technology') },
    { name: 'apiCount', type: 'number', integer: true, min: 0, label: msg('Jumlah API', 'Number of APIs') },
    ownership,
  ], ['RAI']),
  kind('fasilitas-komputasi', 'infrastruktur', ['Fasilitas Komputasi / Pusat Data', 'Computing facility / data centre'], ['Pusat data, ruang server atau pusat pemulihan bencana', 'Data centre, server room or disaster recovery site'], [
    {
      name: 'facilityType', type: 'enum', required: true, label: msg('Jenis fasilitas', 'Facility type'),
      options: [opt('pusat-data-nasional', 'Pusat Data Nasional', 'National data centre'), opt('pusat-data-daerah', 'Pusat data daerah', 'Regional data centre'), opt('ruang-server-opd', 'Ruang server OPD', 'Agency server room'), opt('pusat-pemulihan', 'Pusat pemulihan bencana', 'Disaster recovery site')],
    },
    { name: 'tier', type: 'enum', label: msg('Tingkat (tier)', 'Tier'), options: [opt('1', 'Tier 1', 'Tier 1'), opt('2', 'Tier 2', 'Tier 2'), opt('3', 'Tier 3', 'Tier 3'), opt('4', 'Tier 4', 'Tier 4')] },
    location, ownership,
  ], ['RAI']),

  kind('standar-prosedur', 'keamanan', ['Standar, Prosedur, dan Regulasi Keamanan', 'Security standards, procedures and regulation'], ['Kebijakan, standar dan prosedur keamanan SPBE', 'SPBE security policy, standards and procedures'], securityAttributes, ['RAK']),
  kind('edukasi-kesadaran', 'keamanan', ['Edukasi Kesadaran Keamanan', 'Security awareness'], ['Edukasi dan peningkatan kesadaran keamanan', 'Security education and awareness'], securityAttributes, ['RAK']),
  kind('identifikasi-kerentanan', 'keamanan', ['Identifikasi Kerentanan Keamanan', 'Vulnerability identification'], ['Penilaian kerentanan dan uji penetrasi', 'Vulnerability assessment and penetration testing'], securityAttributes, ['RAK']),
  kind('peningkatan-keamanan', 'keamanan', ['Peningkatan Keamanan', 'Security hardening'], ['Penguatan dan peningkatan keamanan', 'Hardening and security improvement'], securityAttributes, ['RAK']),
  kind('penanganan-insiden', 'keamanan', ['Penanganan Insiden Keamanan', 'Incident handling'], ['Tim tanggap insiden (CSIRT) dan penanganannya', 'Incident response team (CSIRT) and handling'], securityAttributes, ['RAK']),
  kind('audit-keamanan', 'keamanan', ['Audit Keamanan', 'Security audit'], ['Audit keamanan SPBE', 'SPBE security audit'], securityAttributes, ['RAK']),
  kind('kelaikan-keamanan', 'keamanan', ['Kelaikan Keamanan', 'Security fitness'], ['Uji kelaikan keamanan sebelum operasi', 'Security fitness test before operation'], securityAttributes, ['RAK']),
]
