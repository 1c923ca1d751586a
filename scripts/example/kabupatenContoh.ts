/**
 * The example project: Kabupaten Sukamaju, a fictional kabupaten drawing up its Arsitektur SPBE
 * and Peta Rencana SPBE for RPJMD 2025-2029.
 *
 * Written as tables and built by code so that the example stays consistent (every relation
 * allowed, every reference resolvable) and can be regenerated: `npx tsx scripts/build-example.ts`.
 * The as-is deliberately shows the problems a Diskominfo architect meets in practice (local apps
 * duplicating national ones, services with no application, servers in OPD offices, point-to-point
 * integrations), and the target fixes them, so gap analysis and the roadmap have something to find.
 */
import type {
  Attributes, CatalogueExtension, Element, Goal, Membership, Opd, ProjectData, Relation, View, ViewNode,
} from '../../src/model/project.ts'
import { DEFAULT_SETTINGS } from '../../src/model/project.ts'
import { ROADMAP_INPUT, withBudgets } from './kabupatenContohRoadmap.ts'
import { kabupatenContohIndex } from './kabupatenContohIndex.ts'
import { DOMAINS, elementKind, isRelationAllowed } from '../../src/model/metamodel/metamodel.ts'

// ---------------------------------------------------------------------------------------------
// Organisation and plan

/** [key, code, name, short name]; the OPD id is `opd-<key>`. */
const OPD_TABLE: readonly (readonly [string, string, string, string])[] = [
  ['disdik', '1.01.01', 'Dinas Pendidikan', 'Disdik'],
  ['dinkes', '1.02.01', 'Dinas Kesehatan', 'Dinkes'],
  ['rsud', '1.02.02', 'Rumah Sakit Umum Daerah Sukamaju', 'RSUD Sukamaju'],
  ['dpupr', '1.03.01', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR'],
  ['dinsos', '1.06.01', 'Dinas Sosial', 'Dinsos'],
  ['disdukcapil', '2.12.01', 'Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
  ['dishub', '2.15.01', 'Dinas Perhubungan', 'Dishub'],
  ['diskominfo', '2.16.01', 'Dinas Komunikasi dan Informatika', 'Diskominfo'],
  ['dpmptsp', '2.18.01', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
  ['setda', '4.01.01', 'Sekretariat Daerah', 'Setda'],
  ['bappeda', '5.01.01', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['bpkad', '5.02.01', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'],
  ['bapenda', '5.02.02', 'Badan Pendapatan Daerah', 'Bapenda'],
  ['bkpsdm', '5.03.01', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
  ['inspektorat', '6.01.01', 'Inspektorat Daerah', 'Inspektorat'],
  ['kec-sukamaju-kota', '7.01.01', 'Kecamatan Sukamaju Kota', 'Kec. Sukamaju Kota'],
  ['kec-mekarsari', '7.01.02', 'Kecamatan Mekarsari', 'Kec. Mekarsari'],
  ['kesbangpol', '8.01.01', 'Badan Kesatuan Bangsa dan Politik', 'Kesbangpol'],
]

const opdId = (key: string): string => `opd-${key}`
const ALL_OPD = OPD_TABLE.map(([key]) => opdId(key))

const YEARS = ['2025', '2026', '2027', '2028', '2029'] as const
const yearly = (values: readonly (number | string)[]): Record<string, number | string> =>
  Object.fromEntries(YEARS.map((y, i) => [y, values[i]!]))

/** [id, level, parent, code, text] and for an IKU also [unit, targets 2025..2029]. */
type GoalRow = readonly [string, Goal['level'], string | null, string, string, string?, (readonly (number | string)[])?]
const GOAL_TABLE: readonly GoalRow[] = [
  ['visi', 'visi', null, 'V', 'Sukamaju Maju, Sejahtera, dan Berdaya Saing dengan Tata Kelola Pemerintahan Digital yang Melayani'],
  ['misi-1', 'misi', 'visi', 'M1', 'Mewujudkan tata kelola pemerintahan yang bersih, akuntabel, dan berbasis elektronik'],
  ['tujuan-1-1', 'tujuan', 'misi-1', 'T1.1', 'Meningkatkan kualitas tata kelola pemerintahan daerah'],
  ['sasaran-1-1-1', 'sasaran', 'tujuan-1-1', 'S1.1.1', 'Meningkatnya kematangan penyelenggaraan SPBE'],
  ['iku-indeks-spbe', 'iku', 'sasaran-1-1-1', 'IKU-01', 'Indeks SPBE', 'nilai indeks', [2.6, 2.85, 3.1, 3.3, 3.5]],
  ['iku-opd-jip', 'iku', 'sasaran-1-1-1', 'IKU-02', 'Persentase perangkat daerah terhubung jaringan intra pemerintah', '%', [45, 60, 75, 90, 100]],
  ['iku-integrasi-splp', 'iku', 'sasaran-1-1-1', 'IKU-03', 'Persentase aplikasi yang terintegrasi melalui SPLP', '%', [10, 30, 50, 70, 85]],
  ['sasaran-1-1-2', 'sasaran', 'tujuan-1-1', 'S1.1.2', 'Meningkatnya akuntabilitas keuangan dan kinerja pemerintah daerah'],
  ['iku-opini-bpk', 'iku', 'sasaran-1-1-2', 'IKU-04', 'Opini BPK atas Laporan Keuangan Pemerintah Daerah', 'predikat', ['WTP', 'WTP', 'WTP', 'WTP', 'WTP']],
  ['iku-sakip', 'iku', 'sasaran-1-1-2', 'IKU-05', 'Nilai Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)', 'predikat', ['B', 'BB', 'BB', 'A', 'A']],
  ['misi-2', 'misi', 'visi', 'M2', 'Meningkatkan kualitas pelayanan publik yang mudah, cepat, dan terjangkau'],
  ['tujuan-2-1', 'tujuan', 'misi-2', 'T2.1', 'Meningkatkan kualitas dan jangkauan pelayanan publik'],
  ['sasaran-2-1-1', 'sasaran', 'tujuan-2-1', 'S2.1.1', 'Meningkatnya pelayanan publik berbasis elektronik'],
  ['iku-layanan-daring', 'iku', 'sasaran-2-1-1', 'IKU-06', 'Persentase layanan publik yang dapat diakses secara daring', '%', [35, 50, 65, 80, 90]],
  ['iku-ikm', 'iku', 'sasaran-2-1-1', 'IKU-07', 'Indeks Kepuasan Masyarakat', 'nilai', [78.5, 80, 82, 84, 86]],
  ['sasaran-2-1-2', 'sasaran', 'tujuan-2-1', 'S2.1.2', 'Meningkatnya penyelesaian pengaduan masyarakat'],
  ['iku-pengaduan', 'iku', 'sasaran-2-1-2', 'IKU-08', 'Persentase pengaduan masyarakat yang ditindaklanjuti', '%', [70, 78, 85, 90, 95]],
  ['misi-3', 'misi', 'visi', 'M3', 'Meningkatkan kualitas sumber daya manusia yang sehat, cerdas, dan terlindungi'],
  ['tujuan-3-1', 'tujuan', 'misi-3', 'T3.1', 'Meningkatkan derajat kesehatan masyarakat'],
  ['sasaran-3-1-1', 'sasaran', 'tujuan-3-1', 'S3.1.1', 'Meningkatnya mutu dan akses pelayanan kesehatan'],
  ['iku-rme', 'iku', 'sasaran-3-1-1', 'IKU-09', 'Persentase fasilitas pelayanan kesehatan yang menerapkan rekam medis elektronik', '%', [40, 60, 80, 95, 100]],
  ['tujuan-3-2', 'tujuan', 'misi-3', 'T3.2', 'Meningkatkan mutu dan pemerataan pendidikan'],
  ['sasaran-3-2-1', 'sasaran', 'tujuan-3-2', 'S3.2.1', 'Meningkatnya akses dan mutu pendidikan dasar'],
  ['iku-rls', 'iku', 'sasaran-3-2-1', 'IKU-10', 'Rata-rata lama sekolah', 'tahun', [7.9, 8.0, 8.15, 8.3, 8.45]],
  ['tujuan-3-3', 'tujuan', 'misi-3', 'T3.3', 'Meningkatkan perlindungan sosial bagi masyarakat rentan'],
  ['sasaran-3-3-1', 'sasaran', 'tujuan-3-3', 'S3.3.1', 'Meningkatnya ketepatan sasaran bantuan sosial'],
  ['iku-bansos-tepat', 'iku', 'sasaran-3-3-1', 'IKU-11', 'Persentase penerima bantuan sosial yang terdaftar dalam data terpadu', '%', [75, 82, 88, 94, 98]],
  ['misi-4', 'misi', 'visi', 'M4', 'Mendorong pertumbuhan ekonomi daerah yang inklusif melalui kemudahan berusaha dan investasi'],
  ['tujuan-4-1', 'tujuan', 'misi-4', 'T4.1', 'Meningkatkan iklim investasi dan kemandirian fiskal daerah'],
  ['sasaran-4-1-1', 'sasaran', 'tujuan-4-1', 'S4.1.1', 'Meningkatnya kemudahan perizinan berusaha'],
  ['iku-waktu-izin', 'iku', 'sasaran-4-1-1', 'IKU-12', 'Rata-rata waktu penerbitan perizinan berusaha', 'hari', [7, 5, 4, 3, 2]],
  ['iku-investasi', 'iku', 'sasaran-4-1-1', 'IKU-13', 'Nilai realisasi investasi', 'miliar rupiah', [850, 920, 1000, 1080, 1150]],
  ['sasaran-4-1-2', 'sasaran', 'tujuan-4-1', 'S4.1.2', 'Meningkatnya kemandirian fiskal daerah'],
  ['iku-pad', 'iku', 'sasaran-4-1-2', 'IKU-14', 'Rasio pendapatan asli daerah terhadap total pendapatan daerah', '%', [11.5, 12.5, 13.5, 14.5, 15.5]],
]

// Local level-4 codes: the national catalogue stops at level 3, and Kesbangpol's work on bela
// negara falls under Potensi Pertahanan (UU 23/2019), the one fitting level-3 RAB entry there is.
const CATALOGUE_EXTENSIONS: readonly CatalogueExtension[] = [
  { code: 'RAB.01.01.03.01', parent: 'RAB.01.01.03', name: 'Pembinaan Kesadaran Bela Negara di Daerah' },
  { code: 'RAB.01.01.03.02', parent: 'RAB.01.01.03', name: 'Pembinaan Wawasan Kebangsaan' },
  { code: 'RAB.01.01.03.03', parent: 'RAB.01.01.03', name: 'Kewaspadaan Dini Daerah' },
]

// ---------------------------------------------------------------------------------------------
// Life cycle of an element between the two states

/**
 * tetap: in both, unchanged; baru: new in the target; lama: as-is only (retired);
 * dev(...): developed further, with the values that change in the target.
 */
type Life = 'tetap' | 'baru' | 'lama' | { readonly dev: Attributes }
const dev = (attrs: Attributes): Life => ({ dev: attrs })

function membershipOf(life: Life): Record<string, Membership> {
  if (life === 'tetap') return { asis: {}, target: { status: 'tetap' } }
  if (life === 'baru') return { target: { status: 'baru' } }
  if (life === 'lama') return { asis: {} }
  return { asis: {}, target: { status: 'pengembangan', attrs: life.dev } }
}

// ---------------------------------------------------------------------------------------------
// Proses bisnis: fungsi with their sub-fungsi (joined by composed-of)

/** [id, name, life, output, owner (default: the fungsi's), refCode (default: the fungsi's)] */
type SubRow = readonly [string, string, Life, string, string?, string?]
interface ProcessGroup {
  readonly id: string
  readonly name: string
  readonly owner: string
  readonly ref: string
  readonly affair: string
  readonly subs: readonly SubRow[]
}

const PROCESSES: readonly ProcessGroup[] = [
  { id: 'pb-perencanaan', name: 'Perencanaan Pembangunan Daerah', owner: 'bappeda', ref: 'RAB.09.05', affair: 'Perencanaan', subs: [
    ['pb-penyusunan-rkpd', 'Penyusunan RKPD dan Renja Perangkat Daerah', 'tetap', 'Dokumen RKPD dan Renja'],
    ['pb-musrenbang', 'Penyelenggaraan Musrenbang', 'tetap', 'Daftar usulan prioritas pembangunan'],
    ['pb-pengendalian-pembangunan', 'Pengendalian dan Evaluasi Pembangunan Daerah', dev({ output: 'Laporan evaluasi RKPD triwulanan dari data realisasi SIPD' }), 'Laporan evaluasi RKPD tahunan'],
  ] },
  { id: 'pb-keuangan', name: 'Pengelolaan Keuangan Daerah', owner: 'bpkad', ref: 'RAB.09.02', affair: 'Keuangan', subs: [
    ['pb-penyusunan-apbd', 'Penyusunan dan Penetapan APBD', 'tetap', 'Perda APBD dan Perkada Penjabaran APBD'],
    ['pb-penatausahaan', 'Penatausahaan dan Pelaksanaan Anggaran', 'tetap', 'SP2D dan dokumen pelaksanaan anggaran'],
    ['pb-akuntansi', 'Akuntansi dan Pelaporan Keuangan Daerah', 'tetap', 'Laporan Keuangan Pemerintah Daerah'],
    ['pb-bmd', 'Pengelolaan Barang Milik Daerah', 'tetap', 'Kartu inventaris barang dan neraca aset'],
  ] },
  { id: 'pb-pendapatan', name: 'Pengelolaan Pendapatan Daerah', owner: 'bapenda', ref: 'RAB.09.02', affair: 'Keuangan', subs: [
    ['pb-pendataan-pajak', 'Pendataan dan Penetapan Pajak Daerah', 'tetap', 'Surat ketetapan pajak daerah'],
    ['pb-pembayaran-pajak', 'Penerimaan Pembayaran Pajak Daerah', dev({ output: 'Bukti bayar elektronik dengan rekonsiliasi harian ke RKUD' }), 'Bukti bayar pajak daerah'],
    ['pb-pbb', 'Pengelolaan PBB-P2', 'tetap', 'SPPT PBB-P2'],
  ] },
  { id: 'pb-kepegawaian', name: 'Manajemen Aparatur Sipil Negara', owner: 'bkpsdm', ref: 'RAB.09.06', affair: 'Kepegawaian', subs: [
    ['pb-data-asn', 'Pengelolaan Data dan Informasi ASN', 'tetap', 'Data ASN yang mutakhir'],
    ['pb-kinerja-asn', 'Pengelolaan Kinerja ASN', 'tetap', 'Evaluasi kinerja pegawai'],
    ['pb-mutasi', 'Mutasi, Kepangkatan, dan Pemberhentian ASN', 'tetap', 'Keputusan mutasi dan kenaikan pangkat'],
    // Replaced by e-Kinerja BKN: the hand-made monthly recap disappears in the target.
    ['pb-rekap-kinerja-manual', 'Rekapitulasi Kinerja Pegawai secara Manual', 'lama', 'Rekap kinerja bulanan dalam lembar kerja'],
  ] },
  { id: 'pb-kesekretariatan', name: 'Administrasi Persuratan, Kearsipan, dan Hukum', owner: 'setda', ref: 'RAB.09.07', affair: 'Kesekretariatan', subs: [
    ['pb-naskah-dinas', 'Pengelolaan Naskah Dinas', 'tetap', 'Naskah dinas elektronik bertanda tangan elektronik'],
    ['pb-arsip', 'Pengelolaan Arsip Dinamis', 'tetap', 'Daftar arsip dinamis'],
    ['pb-produk-hukum', 'Penyusunan Produk Hukum Daerah', 'tetap', 'Peraturan daerah dan peraturan kepala daerah', 'setda', 'RAB.05.01'],
  ] },
  { id: 'pb-pengadaan', name: 'Pengadaan Barang/Jasa Pemerintah', owner: 'setda', ref: 'RAB.09.02', affair: 'Pengadaan Barang/Jasa', subs: [
    ['pb-perencanaan-pengadaan', 'Perencanaan Pengadaan (RUP)', 'tetap', 'Rencana umum pengadaan'],
    ['pb-pemilihan-penyedia', 'Pemilihan Penyedia melalui Tender dan Seleksi', 'tetap', 'Kontrak pengadaan'],
    ['pb-katalog-lokal', 'Pengelolaan Katalog Elektronik Lokal', 'baru', 'Katalog elektronik produk lokal'],
  ] },
  { id: 'pb-kominfo', name: 'Pengelolaan Informasi dan Komunikasi Publik', owner: 'diskominfo', ref: 'RAB.09.04', affair: 'Komunikasi dan Informatika', subs: [
    ['pb-pengaduan', 'Pengelolaan Pengaduan Masyarakat', 'tetap', 'Tindak lanjut pengaduan'],
    ['pb-informasi-publik', 'Pelayanan Informasi Publik (PPID)', 'tetap', 'Informasi publik yang tersedia', undefined, 'RAB.09.03'],
    ['pb-spbe', 'Penyelenggaraan SPBE', dev({ output: 'Arsitektur dan Peta Rencana SPBE yang dimutakhirkan tiap tahun' }), 'Dokumen Arsitektur SPBE', undefined, 'RAB.09.03'],
    ['pb-satu-data', 'Penyelenggaraan Satu Data Daerah', 'baru', 'Data prioritas daerah yang terverifikasi walidata', undefined, 'RAB.09.03'],
    ['pb-statistik', 'Penyelenggaraan Statistik Sektoral', 'tetap', 'Publikasi statistik sektoral', undefined, 'RAB.09.03'],
  ] },
  { id: 'pb-kependudukan', name: 'Administrasi Kependudukan', owner: 'disdukcapil', ref: 'RAB.03.07', affair: 'Administrasi Kependudukan dan Pencatatan Sipil', subs: [
    ['pb-pendaftaran-penduduk', 'Pendaftaran Penduduk', 'tetap', 'KK, KTP-el, dan KIA'],
    ['pb-pencatatan-sipil', 'Pencatatan Sipil', 'tetap', 'Akta kelahiran, kematian, dan perkawinan'],
    ['pb-pemanfaatan-data-penduduk', 'Pemanfaatan Data Kependudukan oleh Perangkat Daerah', 'baru', 'Hak akses verifikasi NIK bagi perangkat daerah'],
  ] },
  { id: 'pb-perizinan', name: 'Penanaman Modal dan Pelayanan Perizinan', owner: 'dpmptsp', ref: 'RAB.02.08', affair: 'Penanaman Modal', subs: [
    ['pb-perizinan-berusaha', 'Pelayanan Perizinan Berusaha Berbasis Risiko', 'tetap', 'Nomor Induk Berusaha dan izin usaha'],
    ['pb-pengawasan-investasi', 'Pengendalian Pelaksanaan Penanaman Modal', 'tetap', 'Laporan realisasi investasi'],
  ] },
  { id: 'pb-kesehatan', name: 'Penyelenggaraan Urusan Kesehatan', owner: 'dinkes', ref: 'RAB.04.01', affair: 'Kesehatan', subs: [
    ['pb-upaya-kesehatan', 'Pelayanan Kesehatan Perorangan dan Masyarakat', 'tetap', 'Layanan kesehatan puskesmas'],
    ['pb-rujukan', 'Pengelolaan Rujukan Kesehatan', 'tetap', 'Pasien dirujuk ke fasilitas yang tepat'],
    ['pb-surveilans', 'Surveilans dan Pengendalian Penyakit', 'tetap', 'Laporan kewaspadaan dini penyakit'],
    ['pb-pelayanan-rs', 'Pelayanan Kesehatan Rujukan Rumah Sakit', 'tetap', 'Layanan rawat jalan dan rawat inap', 'rsud'],
  ] },
  { id: 'pb-pendidikan', name: 'Penyelenggaraan Pendidikan', owner: 'disdik', ref: 'RAB.06.01', affair: 'Pendidikan', subs: [
    ['pb-ppdb', 'Penerimaan Peserta Didik Baru', 'tetap', 'Peserta didik baru yang diterima'],
    ['pb-data-pendidikan', 'Pengelolaan Data Pokok Pendidikan', 'tetap', 'Data satuan pendidikan dan peserta didik'],
  ] },
  { id: 'pb-sosial', name: 'Perlindungan dan Jaminan Sosial', owner: 'dinsos', ref: 'RAB.04.02', affair: 'Sosial', subs: [
    ['pb-pendataan-sosial', 'Pengelolaan Data Terpadu Kesejahteraan Sosial', 'tetap', 'Usulan pemutakhiran DTKS'],
    ['pb-bansos', 'Penyaluran Bantuan Sosial', 'tetap', 'Bantuan sosial tersalurkan tepat sasaran'],
  ] },
  { id: 'pb-pupr', name: 'Pekerjaan Umum dan Penataan Ruang', owner: 'dpupr', ref: 'RAB.03.01', affair: 'Pekerjaan Umum dan Penataan Ruang', subs: [
    ['pb-jalan', 'Penyelenggaraan Jalan Kabupaten', 'tetap', 'Ruas jalan dalam kondisi mantap'],
    ['pb-tata-ruang', 'Penyelenggaraan Penataan Ruang', 'tetap', 'Rencana detail tata ruang'],
    ['pb-pbg', 'Penerbitan Persetujuan Bangunan Gedung', 'tetap', 'Persetujuan bangunan gedung'],
  ] },
  { id: 'pb-perhubungan', name: 'Penyelenggaraan Perhubungan Darat', owner: 'dishub', ref: 'RAB.03.03', affair: 'Perhubungan', subs: [
    ['pb-uji-kendaraan', 'Pengujian Kendaraan Bermotor', 'tetap', 'Bukti lulus uji elektronik'],
  ] },
  { id: 'pb-pengawasan', name: 'Pengawasan Internal Pemerintah Daerah', owner: 'inspektorat', ref: 'RAB.09.06', affair: 'Pengawasan', subs: [
    ['pb-audit-internal', 'Audit Kinerja dan Keuangan', 'tetap', 'Laporan hasil audit'],
    ['pb-reviu', 'Reviu LKPD dan Evaluasi SAKIP', 'tetap', 'Laporan hasil reviu dan evaluasi'],
  ] },
  { id: 'pb-pemerintahan-umum', name: 'Penyelenggaraan Pemerintahan Kecamatan', owner: 'setda', ref: 'RAB.09.01', affair: 'Pemerintahan Umum', subs: [
    ['pb-paten', 'Pelayanan Administrasi Terpadu Kecamatan (PATEN)', 'tetap', 'Dokumen layanan administrasi kecamatan', 'kec-sukamaju-kota'],
    ['pb-pembinaan-desa', 'Pembinaan dan Pengawasan Pemerintahan Desa', 'tetap', 'Laporan pembinaan desa', 'kec-mekarsari'],
  ] },
  { id: 'pb-kesbangpol', name: 'Pembinaan Ideologi Pancasila dan Wawasan Kebangsaan', owner: 'kesbangpol', ref: 'RAB.01.01.03', affair: 'Kesatuan Bangsa dan Politik', subs: [
    ['pb-bela-negara', 'Pembinaan Kesadaran Bela Negara', 'tetap', 'Peserta pembinaan bela negara', undefined, 'RAB.01.01.03.01'],
    ['pb-wawasan-kebangsaan', 'Pembinaan Wawasan Kebangsaan dan Organisasi Kemasyarakatan', 'tetap', 'Ormas terdaftar dan terbina', undefined, 'RAB.01.01.03.02'],
    ['pb-kewaspadaan-dini', 'Kewaspadaan Dini Daerah', 'tetap', 'Laporan kewaspadaan dini', undefined, 'RAB.01.01.03.03'],
  ] },
]

// ---------------------------------------------------------------------------------------------
// Data dan informasi

/** [id, name, nature, dataType, producer, custodian (null: none yet), updateFrequency, refCode, life, unstructured?] */
type DataRow = readonly [string, string, string, string, string, string | null, string, string, Life, boolean?]
const WALIDATA = 'diskominfo'
// Two data sets have no wali data in the as-is (a typical Satu Data finding); the target assigns one.
const gainsCustodian = dev({ custodian: opdId(WALIDATA) })

const DATA: readonly DataRow[] = [
  ['dat-kependudukan', 'Data Kependudukan (Data Konsolidasi Bersih)', 'terbatas', 'pokok', 'disdukcapil', WALIDATA, 'semesteran', 'RAD.03', 'tetap'],
  ['dat-pencatatan-sipil', 'Data Pencatatan Sipil', 'terbatas', 'pokok', 'disdukcapil', WALIDATA, 'harian', 'RAD.03', 'tetap'],
  ['dat-wilayah', 'Data Wilayah Administrasi Kecamatan dan Desa', 'terbuka', 'pokok', 'setda', WALIDATA, 'tahunan', 'RAD.10.03', 'tetap'],
  ['dat-apbd', 'Data APBD dan Penjabaran APBD', 'terbuka', 'pokok', 'bpkad', WALIDATA, 'tahunan', 'RAD.09', 'tetap'],
  ['dat-realisasi-anggaran', 'Data Realisasi Anggaran', 'terbuka', 'tematik', 'bpkad', WALIDATA, 'bulanan', 'RAD.09', dev({ updateFrequency: 'harian' })],
  ['dat-bmd', 'Data Barang Milik Daerah', 'terbatas', 'pokok', 'bpkad', WALIDATA, 'semesteran', 'RAD.09', 'tetap'],
  ['dat-wajib-pajak', 'Data Wajib Pajak Daerah', 'tertutup', 'pokok', 'bapenda', WALIDATA, 'harian', 'RAD.09', 'tetap'],
  ['dat-objek-pbb', 'Data Objek dan Subjek PBB-P2', 'tertutup', 'pokok', 'bapenda', WALIDATA, 'tahunan', 'RAD.09', 'tetap'],
  ['dat-asn', 'Data Pokok ASN', 'terbatas', 'pokok', 'bkpsdm', WALIDATA, 'bulanan', 'RAD.09', 'tetap'],
  ['dat-kinerja-asn', 'Data Kinerja ASN', 'terbatas', 'tematik', 'bkpsdm', WALIDATA, 'bulanan', 'RAD.09', 'tetap'],
  ['dat-rkpd', 'Data Rencana Kerja Pembangunan Daerah', 'terbuka', 'pokok', 'bappeda', WALIDATA, 'tahunan', 'RAD.09', 'tetap'],
  ['dat-usulan-musrenbang', 'Data Usulan Musrenbang', 'terbuka', 'pendukung', 'bappeda', WALIDATA, 'tahunan', 'RAD.10.02', 'tetap'],
  ['dat-indikator-makro', 'Data Indikator Makro Pembangunan', 'terbuka', 'tematik', 'bappeda', WALIDATA, 'tahunan', 'RAD.10.04', 'tetap'],
  ['dat-evaluasi-pembangunan', 'Data Capaian Kinerja Pembangunan Daerah', 'terbuka', 'tematik', 'bappeda', WALIDATA, 'triwulanan', 'RAD.10.02', 'tetap'],
  ['dat-naskah-dinas', 'Data Naskah Dinas dan Arsip Dinamis', 'tertutup', 'pendukung', 'setda', WALIDATA, 'waktu-nyata', 'RAD.10.02', 'tetap', true],
  ['dat-produk-hukum', 'Data Produk Hukum Daerah', 'terbuka', 'pendukung', 'setda', WALIDATA, 'bulanan', 'RAD.10.01', 'tetap', true],
  ['dat-pengadaan', 'Data Rencana dan Paket Pengadaan', 'terbuka', 'tematik', 'setda', WALIDATA, 'harian', 'RAD.09', 'tetap'],
  ['dat-pengaduan', 'Data Pengaduan Masyarakat', 'terbatas', 'tematik', 'diskominfo', WALIDATA, 'harian', 'RAD.09', 'tetap'],
  ['dat-informasi-publik', 'Data Daftar Informasi Publik', 'terbuka', 'pendukung', 'diskominfo', WALIDATA, 'bulanan', 'RAD.10.04', 'tetap'],
  ['dat-statistik-sektoral', 'Data Statistik Sektoral', 'terbuka', 'tematik', 'diskominfo', WALIDATA, 'tahunan', 'RAD.10.04', 'tetap'],
  ['dat-metadata', 'Katalog Metadata Data Prioritas Daerah', 'terbuka', 'pendukung', 'diskominfo', WALIDATA, 'bulanan', 'RAD.10.04', 'baru'],
  ['dat-insiden-siber', 'Data Insiden Keamanan Siber', 'tertutup', 'pendukung', 'diskominfo', WALIDATA, 'waktu-nyata', 'RAD.10.04', 'baru'],
  ['dat-perizinan', 'Data Perizinan Berusaha dan Non-Berusaha', 'terbuka', 'tematik', 'dpmptsp', WALIDATA, 'harian', 'RAD.02', 'tetap'],
  ['dat-investasi', 'Data Realisasi Investasi (LKPM)', 'terbuka', 'tematik', 'dpmptsp', WALIDATA, 'triwulanan', 'RAD.02', 'tetap'],
  ['dat-faskes', 'Data Fasilitas Pelayanan Kesehatan', 'terbuka', 'pokok', 'dinkes', WALIDATA, 'tahunan', 'RAD.04', 'tetap'],
  ['dat-rekam-medis', 'Data Rekam Medis Elektronik', 'tertutup', 'tematik', 'rsud', 'rsud', 'waktu-nyata', 'RAD.04', 'tetap'],
  ['dat-rujukan', 'Data Rujukan Pasien', 'tertutup', 'tematik', 'dinkes', WALIDATA, 'harian', 'RAD.04', 'baru'],
  ['dat-surveilans', 'Data Surveilans Penyakit', 'terbatas', 'tematik', 'dinkes', WALIDATA, 'harian', 'RAD.04', 'tetap'],
  ['dat-peserta-didik', 'Data Peserta Didik', 'terbatas', 'pokok', 'disdik', WALIDATA, 'semesteran', 'RAD.06', 'tetap'],
  ['dat-satuan-pendidikan', 'Data Satuan Pendidikan', 'terbuka', 'pokok', 'disdik', WALIDATA, 'tahunan', 'RAD.06', 'tetap'],
  ['dat-pendaftar-ppdb', 'Data Pendaftar PPDB', 'terbatas', 'tematik', 'disdik', WALIDATA, 'tahunan', 'RAD.06', 'tetap'],
  ['dat-dtks', 'Data Terpadu Kesejahteraan Sosial (DTKS)', 'terbatas', 'pokok', 'dinsos', WALIDATA, 'bulanan', 'RAD.04', 'tetap'],
  ['dat-penerima-bansos', 'Data Penerima Bantuan Sosial Daerah', 'terbatas', 'tematik', 'dinsos', null, 'bulanan', 'RAD.04', gainsCustodian],
  ['dat-jalan', 'Data Ruas Jalan dan Jembatan Kabupaten', 'terbuka', 'tematik', 'dpupr', null, 'tahunan', 'RAD.03', gainsCustodian],
  ['dat-tata-ruang', 'Data Rencana Tata Ruang Wilayah', 'terbuka', 'tematik', 'dpupr', WALIDATA, 'tahunan', 'RAD.03', 'tetap'],
  ['dat-pbg', 'Data Persetujuan Bangunan Gedung', 'terbuka', 'tematik', 'dpupr', WALIDATA, 'bulanan', 'RAD.03', 'tetap'],
  ['dat-uji-kendaraan', 'Data Hasil Uji Kendaraan Bermotor', 'terbatas', 'tematik', 'dishub', WALIDATA, 'harian', 'RAD.03', 'tetap'],
  ['dat-temuan-pengawasan', 'Data Temuan dan Tindak Lanjut Pengawasan', 'tertutup', 'tematik', 'inspektorat', 'inspektorat', 'triwulanan', 'RAD.09', 'tetap'],
  ['dat-layanan-kecamatan', 'Data Layanan Administrasi Kecamatan', 'terbuka', 'pendukung', 'kec-sukamaju-kota', WALIDATA, 'bulanan', 'RAD.09', 'tetap'],
  ['dat-ormas', 'Data Organisasi Kemasyarakatan', 'terbuka', 'tematik', 'kesbangpol', WALIDATA, 'tahunan', 'RAD.05', 'tetap'],
]

// ---------------------------------------------------------------------------------------------
// Layanan

/** [id, publik/admin, name, owner, purpose, deliveryMode, refCode, life, supported proses bisnis] */
type ServiceRow = readonly [string, 'publik' | 'admin', string, string, string, string, string, Life, readonly string[]]
const SERVICES: readonly ServiceRow[] = [
  ['lay-perizinan', 'publik', 'Layanan Perizinan Berusaha Terintegrasi Secara Elektronik', 'dpmptsp', 'Menerbitkan perizinan berusaha dan non-berusaha secara cepat dan transparan', 'hibrida', 'RAL.01.16', dev({ deliveryMode: 'daring' }), ['pb-perizinan-berusaha', 'pb-pengawasan-investasi']],
  ['lay-adminduk', 'publik', 'Layanan Administrasi Kependudukan', 'disdukcapil', 'Menerbitkan dokumen kependudukan dan akta pencatatan sipil', 'luring', 'RAL.01.22', dev({ deliveryMode: 'hibrida' }), ['pb-pendaftaran-penduduk', 'pb-pencatatan-sipil']],
  ['lay-pengaduan', 'publik', 'Layanan Pengaduan Masyarakat', 'diskominfo', 'Menerima dan menindaklanjuti pengaduan pelayanan publik', 'daring', 'RAL.01.44', 'tetap', ['pb-pengaduan']],
  ['lay-informasi-publik', 'publik', 'Layanan Informasi Publik', 'diskominfo', 'Menyediakan informasi publik sesuai UU Keterbukaan Informasi Publik', 'daring', 'RAL.01.43', 'tetap', ['pb-informasi-publik']],
  ['lay-rujukan', 'publik', 'Layanan Rujukan Kesehatan Terintegrasi', 'dinkes', 'Merujuk pasien ke fasilitas kesehatan yang tepat tanpa menunggu konfirmasi telepon', 'luring', 'RAL.01.24', dev({ deliveryMode: 'hibrida' }), ['pb-rujukan', 'pb-pelayanan-rs']],
  ['lay-pendaftaran-pasien', 'publik', 'Layanan Pendaftaran Pasien RSUD', 'rsud', 'Mendaftarkan pasien rawat jalan sebelum datang ke rumah sakit', 'hibrida', 'RAL.01.24', 'tetap', ['pb-pelayanan-rs']],
  ['lay-puskesmas', 'publik', 'Layanan Kesehatan Puskesmas', 'dinkes', 'Memberikan pelayanan kesehatan tingkat pertama', 'luring', 'RAL.01.24', 'tetap', ['pb-upaya-kesehatan', 'pb-surveilans']],
  ['lay-ppdb', 'publik', 'Layanan Penerimaan Peserta Didik Baru', 'disdik', 'Menyeleksi peserta didik baru secara objektif dan transparan', 'daring', 'RAL.01.30', 'tetap', ['pb-ppdb']],
  ['lay-bansos', 'publik', 'Layanan Pengusulan dan Penyaluran Bantuan Sosial', 'dinsos', 'Menyalurkan bantuan sosial kepada keluarga yang berhak', 'luring', 'RAL.01.25', dev({ deliveryMode: 'hibrida' }), ['pb-pendataan-sosial', 'pb-bansos']],
  ['lay-pajak', 'publik', 'Layanan Pendaftaran dan Pembayaran Pajak Daerah', 'bapenda', 'Memudahkan wajib pajak mendaftar, melapor, dan membayar pajak daerah', 'hibrida', 'RAL.01.23', dev({ deliveryMode: 'daring' }), ['pb-pendataan-pajak', 'pb-pembayaran-pajak']],
  ['lay-pbb', 'publik', 'Layanan PBB-P2', 'bapenda', 'Menerbitkan SPPT dan menerima pembayaran PBB-P2', 'luring', 'RAL.01.23', dev({ deliveryMode: 'hibrida' }), ['pb-pbb']],
  ['lay-uji-kir', 'publik', 'Layanan Pengujian Kendaraan Bermotor', 'dishub', 'Menguji kelaikan jalan kendaraan angkutan secara berkala', 'luring', 'RAL.01.19', dev({ deliveryMode: 'hibrida' }), ['pb-uji-kendaraan']],
  ['lay-pbg', 'publik', 'Layanan Persetujuan Bangunan Gedung', 'dpupr', 'Menerbitkan persetujuan bangunan gedung sesuai standar teknis', 'hibrida', 'RAL.01.17', 'tetap', ['pb-pbg']],
  ['lay-info-tata-ruang', 'publik', 'Layanan Informasi Tata Ruang', 'dpupr', 'Memberikan informasi kesesuaian rencana tata ruang kepada masyarakat', 'daring', 'RAL.01.17', 'baru', ['pb-tata-ruang']],
  ['lay-paten', 'publik', 'Layanan Administrasi Terpadu Kecamatan', 'kec-sukamaju-kota', 'Mendekatkan layanan administrasi kepada masyarakat di kecamatan', 'luring', 'RAL.01.23', dev({ deliveryMode: 'hibrida' }), ['pb-paten']],
  ['lay-data-terbuka', 'publik', 'Layanan Portal Data Terbuka', 'diskominfo', 'Menyediakan data terbuka daerah yang dapat dipakai ulang', 'daring', 'RAL.01.43', 'baru', ['pb-satu-data', 'pb-statistik']],
  ['lay-perencanaan', 'admin', 'Layanan Perencanaan Pembangunan Daerah', 'bappeda', 'Menyusun dokumen perencanaan yang selaras dengan RPJMD', 'daring', 'RAL.02.03', 'tetap', ['pb-penyusunan-rkpd', 'pb-musrenbang']],
  ['lay-monev', 'admin', 'Layanan Pengendalian dan Evaluasi Pembangunan', 'bappeda', 'Memantau capaian kinerja dan realisasi program pembangunan', 'hibrida', 'RAL.02.07', dev({ deliveryMode: 'daring' }), ['pb-pengendalian-pembangunan']],
  ['lay-penganggaran', 'admin', 'Layanan Penganggaran Daerah', 'bpkad', 'Menyusun APBD yang selaras dengan dokumen perencanaan', 'daring', 'RAL.02.02', 'tetap', ['pb-penyusunan-apbd']],
  ['lay-penatausahaan', 'admin', 'Layanan Penatausahaan dan Pelaporan Keuangan', 'bpkad', 'Menatausahakan pelaksanaan anggaran dan menyusun laporan keuangan', 'daring', 'RAL.02.02', 'tetap', ['pb-penatausahaan', 'pb-akuntansi']],
  ['lay-bmd', 'admin', 'Layanan Pengelolaan Barang Milik Daerah', 'bpkad', 'Mencatat dan mengendalikan barang milik daerah', 'hibrida', 'RAL.02.02', 'tetap', ['pb-bmd']],
  ['lay-kepegawaian', 'admin', 'Layanan Administrasi Kepegawaian', 'bkpsdm', 'Melayani kenaikan pangkat, mutasi, dan pensiun ASN', 'hibrida', 'RAL.02.04', dev({ deliveryMode: 'daring' }), ['pb-data-asn', 'pb-mutasi']],
  ['lay-kinerja', 'admin', 'Layanan Manajemen Kinerja ASN', 'bkpsdm', 'Menilai kinerja ASN sebagai dasar tambahan penghasilan', 'daring', 'RAL.02.07', 'tetap', ['pb-kinerja-asn']],
  ['lay-kearsipan', 'admin', 'Layanan Naskah Dinas dan Kearsipan Elektronik', 'setda', 'Mengelola surat, disposisi, dan arsip dinamis secara elektronik', 'daring', 'RAL.02.05', 'tetap', ['pb-naskah-dinas', 'pb-arsip']],
  ['lay-pengadaan', 'admin', 'Layanan Pengadaan Barang/Jasa Secara Elektronik', 'setda', 'Melaksanakan pengadaan yang transparan dan akuntabel', 'daring', 'RAL.02.06', 'tetap', ['pb-perencanaan-pengadaan', 'pb-pemilihan-penyedia', 'pb-katalog-lokal']],
  ['lay-pengawasan', 'admin', 'Layanan Pengawasan Internal', 'inspektorat', 'Memberikan keyakinan memadai atas tata kelola pemerintahan daerah', 'hibrida', 'RAL.02.07', 'tetap', ['pb-audit-internal', 'pb-reviu']],
  ['lay-jdih', 'admin', 'Layanan Jaringan Dokumentasi dan Informasi Hukum', 'setda', 'Menyediakan produk hukum daerah yang mutakhir dan mudah dicari', 'daring', 'RAL.02.08', 'tetap', ['pb-produk-hukum']],
  ['lay-satu-data', 'admin', 'Layanan Satu Data Daerah', 'diskominfo', 'Mengumpulkan, memeriksa, dan membagipakaikan data antar perangkat daerah', 'daring', 'RAL.02.09', 'baru', ['pb-satu-data', 'pb-statistik']],
  ['lay-surel', 'admin', 'Layanan Surat Elektronik Dinas', 'diskominfo', 'Menyediakan surat elektronik resmi berdomain pemerintah daerah', 'daring', 'RAL.02.06', 'tetap', ['pb-spbe']],
]

// ---------------------------------------------------------------------------------------------
// Aplikasi

/** [id, umum/khusus, name, owner, function, platform, refCode, life, other attributes] */
type AppRow = readonly [string, 'umum' | 'khusus', string, string, string, string, string, Life, Attributes]
const gov = (developer: string, launchYear: number, url?: string): Attributes =>
  ({ developer, launchYear, licenseType: 'pemerintah', ...(url ? { url } : {}) })
const local = (launchYear: number, database: string, url: string): Attributes =>
  ({ developer: 'Diskominfo Kabupaten Sukamaju', launchYear, licenseType: 'pemerintah', database, url })
const integrated = dev({ interoperability: 'terintegrasi' })

const APPLICATIONS: readonly AppRow[] = [
  // National shared platforms (Aplikasi Umum)
  ['apl-sipd-perencanaan', 'umum', 'SIPD RI - Modul Perencanaan', 'bappeda', 'Penyusunan dokumen perencanaan daerah (RPJMD, RKPD, Renja) secara elektronik', 'web', 'RAA.01.02', 'tetap', { ...gov('Kementerian Dalam Negeri', 2020, 'https://sipd.kemendagri.go.id'), interoperability: 'sebagian' }],
  ['apl-sipd-keuangan', 'umum', 'SIPD RI - Modul Penatausahaan Keuangan', 'bpkad', 'Penganggaran, penatausahaan, dan akuntansi keuangan daerah', 'web', 'RAA.01.02', 'tetap', { ...gov('Kementerian Dalam Negeri', 2022, 'https://sipd.kemendagri.go.id'), interoperability: 'sebagian' }],
  ['apl-srikandi', 'umum', 'SRIKANDI', 'setda', 'Pengelolaan naskah dinas dan arsip dinamis secara elektronik', 'web', 'RAA.01.02', 'tetap', { ...gov('Arsip Nasional Republik Indonesia', 2020, 'https://srikandi.arsip.go.id'), interoperability: 'sebagian' }],
  ['apl-lapor', 'umum', 'SP4N-LAPOR!', 'diskominfo', 'Pengelolaan pengaduan pelayanan publik secara nasional', 'web', 'RAA.01.01', 'tetap', { ...gov('Kementerian PANRB', 2015, 'https://www.lapor.go.id'), interoperability: 'terintegrasi' }],
  ['apl-spse', 'umum', 'SPSE (Sistem Pengadaan Secara Elektronik)', 'setda', 'Pelaksanaan tender dan seleksi penyedia secara elektronik', 'web', 'RAA.01.02', 'tetap', { ...gov('LKPP', 2008), interoperability: 'terintegrasi' }],
  ['apl-sirup', 'umum', 'SiRUP (Sistem Informasi Rencana Umum Pengadaan)', 'setda', 'Pengumuman rencana umum pengadaan barang/jasa', 'web', 'RAA.01.02', 'tetap', { ...gov('LKPP', 2013, 'https://sirup.lkpp.go.id'), interoperability: 'terintegrasi' }],
  ['apl-ekinerja', 'umum', 'e-Kinerja BKN', 'bkpsdm', 'Perencanaan, penilaian, dan evaluasi kinerja ASN', 'web', 'RAA.01.02', 'tetap', { ...gov('Badan Kepegawaian Negara', 2022), interoperability: 'terintegrasi' }],
  ['apl-siasn', 'umum', 'SIASN (Sistem Informasi ASN)', 'bkpsdm', 'Pengelolaan data dan layanan kepegawaian ASN secara nasional', 'web', 'RAA.01.02', 'tetap', { ...gov('Badan Kepegawaian Negara', 2021), interoperability: 'terintegrasi' }],
  ['apl-portal-sdi', 'umum', 'Portal Satu Data Indonesia', 'diskominfo', 'Penyebarluasan data pemerintah sesuai prinsip Satu Data Indonesia', 'web', 'RAA.01.01', 'tetap', { ...gov('Kementerian PPN/Bappenas', 2019, 'https://data.go.id'), interoperability: 'terintegrasi' }],
  ['apl-oss', 'umum', 'OSS RBA (Online Single Submission Berbasis Risiko)', 'dpmptsp', 'Penerbitan perizinan berusaha berbasis risiko', 'web', 'RAA.01.01', 'tetap', { ...gov('Kementerian Investasi dan Hilirisasi/BKPM', 2021, 'https://oss.go.id'), interoperability: 'terintegrasi' }],
  ['apl-mpp-digital', 'umum', 'MPP Digital', 'dpmptsp', 'Akses terpadu layanan publik daerah dan pusat dalam satu aplikasi', 'mobile', 'RAA.01.01', 'baru', { ...gov('Kementerian PANRB', 2023), interoperability: 'terintegrasi' }],
  // Sector applications of national agencies run by the OPD
  ['apl-siak', 'khusus', 'SIAK Terpusat', 'disdukcapil', 'Pendaftaran penduduk dan pencatatan sipil', 'web', 'RAA.02.01', 'tetap', { ...gov('Ditjen Dukcapil Kemendagri', 2018), interoperability: 'sebagian' }],
  ['apl-satusehat', 'khusus', 'Platform SATUSEHAT', 'dinkes', 'Pertukaran data kesehatan nasional berbasis standar HL7 FHIR', 'web', 'RAA.02.01', 'tetap', { ...gov('Kementerian Kesehatan', 2022, 'https://satusehat.kemkes.go.id'), interoperability: 'terintegrasi' }],
  ['apl-epuskesmas', 'khusus', 'SIMPUS (Sistem Informasi Manajemen Puskesmas)', 'dinkes', 'Pendaftaran, pemeriksaan, dan pelaporan pelayanan puskesmas', 'web', 'RAA.02.01', integrated, { ...local(2017, 'MariaDB', 'https://simpus.sukamajukab.go.id'), interoperability: 'tidak' }],
  ['apl-dapodik', 'khusus', 'Dapodik', 'disdik', 'Pendataan satuan pendidikan, peserta didik, dan pendidik', 'desktop', 'RAA.02.01', 'tetap', { ...gov('Kementerian Pendidikan Dasar dan Menengah', 2011), interoperability: 'sebagian' }],
  ['apl-simbg', 'khusus', 'SIMBG (Sistem Informasi Manajemen Bangunan Gedung)', 'dpupr', 'Penerbitan persetujuan bangunan gedung dan sertifikat laik fungsi', 'web', 'RAA.02.01', 'tetap', { ...gov('Kementerian Pekerjaan Umum', 2021, 'https://simbg.pu.go.id'), interoperability: 'sebagian' }],
  ['apl-siks-ng', 'khusus', 'SIKS-NG', 'dinsos', 'Pengolahan dan pemutakhiran data terpadu kesejahteraan sosial', 'web', 'RAA.02.01', 'tetap', { ...gov('Kementerian Sosial', 2019), interoperability: 'sebagian' }],
  ['apl-simda-bmd', 'khusus', 'SIMDA BMD', 'bpkad', 'Penatausahaan barang milik daerah', 'desktop', 'RAA.02.02', dev({ platform: 'web', interoperability: 'terintegrasi', database: 'PostgreSQL' }), { ...gov('BPKP', 2012), database: 'Microsoft SQL Server', interoperability: 'tidak' }],
  ['apl-sismiop', 'khusus', 'SISMIOP', 'bapenda', 'Pengelolaan basis data dan penetapan PBB-P2', 'desktop', 'RAA.02.01', 'lama', { developer: 'Warisan Ditjen Pajak (pengalihan PBB-P2)', launchYear: 2013, licenseType: 'lainnya', database: 'Oracle Database', interoperability: 'tidak' }],
  // Local applications
  ['apl-simanis', 'khusus', 'SiMANIS e-Office', 'setda', 'Surat-menyurat dan disposisi elektronik perangkat daerah', 'web', 'RAA.02.02', 'lama', { developer: 'CV Mitra Solusi Digital', launchYear: 2019, licenseType: 'proprietary', database: 'MySQL', interoperability: 'tidak', url: 'https://simanis.sukamajukab.go.id' }],
  ['apl-lapor-bupati', 'khusus', 'Lapor Bupati Sukamaju', 'diskominfo', 'Penerimaan pengaduan masyarakat melalui web dan WhatsApp', 'web', 'RAA.02.01', 'lama', { ...local(2018, 'MySQL', 'https://laporbupati.sukamajukab.go.id'), interoperability: 'tidak' }],
  ['apl-eplanning', 'khusus', 'e-Planning Sukamaju', 'bappeda', 'Penyusunan usulan musrenbang dan rencana kerja perangkat daerah', 'web', 'RAA.02.02', 'lama', { developer: 'PT Cipta Perencana Nusantara', launchYear: 2016, licenseType: 'proprietary', database: 'MySQL', interoperability: 'tidak' }],
  ['apl-simpeg', 'khusus', 'SIMPEG Sukamaju', 'bkpsdm', 'Pengelolaan data kepegawaian dan layanan mutasi internal', 'web', 'RAA.02.02', integrated, { ...local(2014, 'MariaDB', 'https://simpeg.sukamajukab.go.id'), interoperability: 'tidak' }],
  ['apl-etpp', 'khusus', 'e-TPP Sukamaju', 'bkpsdm', 'Penghitungan tambahan penghasilan pegawai berdasarkan capaian kinerja', 'web', 'RAA.02.02', integrated, { ...local(2020, 'MariaDB', 'https://etpp.sukamajukab.go.id'), interoperability: 'sebagian' }],
  ['apl-simpatda', 'khusus', 'SIMPATDA Sukamaju', 'bapenda', 'Pendataan, penetapan, dan pembayaran pajak daerah', 'web', 'RAA.02.01', integrated, { developer: 'PT Data Fiskal Mandiri', launchYear: 2017, licenseType: 'proprietary', database: 'MariaDB', interoperability: 'sebagian' }],
  ['apl-epbb', 'khusus', 'e-PBB Sukamaju', 'bapenda', 'Pengelolaan basis data dan pembayaran PBB-P2 secara daring', 'web', 'RAA.02.01', 'baru', { ...local(2026, 'PostgreSQL', 'https://epbb.sukamajukab.go.id'), interoperability: 'terintegrasi' }],
  ['apl-simrs', 'khusus', 'SIMRS RSUD Sukamaju', 'rsud', 'Pendaftaran, rekam medis elektronik, dan tagihan pasien', 'web', 'RAA.02.01', integrated, { developer: 'Instalasi SIMRS RSUD Sukamaju', launchYear: 2018, licenseType: 'open-source', database: 'PostgreSQL', interoperability: 'tidak' }],
  ['apl-sirujuk', 'khusus', 'SIRUJUK Sukamaju', 'dinkes', 'Rujukan pasien antar fasilitas kesehatan secara daring', 'web', 'RAA.02.01', 'baru', { ...local(2026, 'PostgreSQL', 'https://sirujuk.sukamajukab.go.id'), interoperability: 'terintegrasi' }],
  ['apl-ppdb', 'khusus', 'PPDB Online Sukamaju', 'disdik', 'Pendaftaran dan seleksi peserta didik baru secara daring', 'web', 'RAA.02.01', integrated, { ...local(2019, 'MariaDB', 'https://ppdb.sukamajukab.go.id'), interoperability: 'tidak' }],
  ['apl-ebansos', 'khusus', 'e-Bansos Sukamaju', 'dinsos', 'Pengusulan, verifikasi, dan pemantauan penyaluran bantuan sosial', 'web', 'RAA.02.01', 'baru', { ...local(2026, 'PostgreSQL', 'https://ebansos.sukamajukab.go.id'), interoperability: 'terintegrasi' }],
  ['apl-ekir', 'khusus', 'e-KIR Sukamaju', 'dishub', 'Pendaftaran uji berkala dan penerbitan bukti lulus uji elektronik', 'web', 'RAA.02.01', 'baru', { ...local(2027, 'PostgreSQL', 'https://ekir.sukamajukab.go.id'), interoperability: 'terintegrasi' }],
  ['apl-sipaten', 'khusus', 'SiPATEN', 'kec-sukamaju-kota', 'Pelayanan administrasi terpadu di kecamatan', 'web', 'RAA.02.01', integrated, { ...local(2019, 'MariaDB', 'https://paten.sukamajukab.go.id'), interoperability: 'sebagian' }],
  ['apl-portal', 'khusus', 'Portal Resmi Pemerintah Kabupaten Sukamaju', 'diskominfo', 'Publikasi berita, profil, dan informasi daerah', 'web', 'RAA.02.02', 'tetap', { ...local(2012, 'MariaDB', 'https://sukamajukab.go.id'), licenseType: 'open-source', interoperability: 'sebagian' }],
  ['apl-ppid', 'khusus', 'e-PPID Sukamaju', 'diskominfo', 'Permohonan dan publikasi informasi publik', 'web', 'RAA.02.01', 'tetap', { ...local(2018, 'MariaDB', 'https://ppid.sukamajukab.go.id'), interoperability: 'tidak' }],
  ['apl-satudata', 'khusus', 'Portal Satu Data Sukamaju', 'diskominfo', 'Pengumpulan, pemeriksaan, dan publikasi data sektoral perangkat daerah', 'web', 'RAA.02.02', integrated, { ...local(2021, 'PostgreSQL', 'https://data.sukamajukab.go.id'), licenseType: 'open-source', interoperability: 'tidak' }],
  ['apl-emonev', 'khusus', 'e-Monev Sukamaju', 'bappeda', 'Pemantauan realisasi fisik dan keuangan kegiatan pembangunan', 'web', 'RAA.02.02', integrated, { ...local(2018, 'MariaDB', 'https://emonev.sukamajukab.go.id'), interoperability: 'sebagian' }],
  ['apl-sitaru', 'khusus', 'SITARU Sukamaju', 'dpupr', 'Informasi rencana tata ruang berbasis peta daring', 'web', 'RAA.02.01', 'baru', { ...local(2027, 'PostgreSQL dengan PostGIS', 'https://sitaru.sukamajukab.go.id'), interoperability: 'sebagian' }],
  ['apl-jdih', 'khusus', 'JDIH Sukamaju', 'setda', 'Dokumentasi dan publikasi produk hukum daerah', 'web', 'RAA.02.02', 'tetap', { ...local(2016, 'MariaDB', 'https://jdih.sukamajukab.go.id'), interoperability: 'terintegrasi' }],
  ['apl-sipwas', 'khusus', 'SIPWAS Inspektorat', 'inspektorat', 'Pengelolaan penugasan, temuan, dan tindak lanjut pengawasan', 'web', 'RAA.02.02', 'tetap', { ...local(2021, 'MariaDB', 'https://sipwas.sukamajukab.go.id'), interoperability: 'tidak' }],
  ['apl-surel', 'khusus', 'Surel Dinas Sukamaju', 'diskominfo', 'Surat elektronik resmi berdomain pemerintah daerah', 'web', 'RAA.02.02', 'tetap', { developer: 'Zimbra Collaboration (dikelola Diskominfo)', launchYear: 2015, licenseType: 'open-source', url: 'https://mail.sukamajukab.go.id' }],
]

// ---------------------------------------------------------------------------------------------
// Infrastruktur

/** [id, kind, name, owner, refCode, attributes, life] */
type InfraRow = readonly [string, string, string, string, string, Attributes, Life]
const PDD_LOCATION = 'Gedung Diskominfo, Jl. Merdeka No. 10, Sukamaju'

const INFRASTRUCTURE: readonly InfraRow[] = [
  ['inf-pdn', 'fasilitas-komputasi', 'Pusat Data Nasional (PDN)', 'diskominfo', 'RAI.01.01', { facilityType: 'pusat-data-nasional', ownership: 'nasional', location: 'Dikelola Kementerian Komunikasi dan Digital' }, 'tetap'],
  ['inf-pdd', 'fasilitas-komputasi', 'Pusat Data Daerah Kabupaten Sukamaju', 'diskominfo', 'RAI.01.02', { facilityType: 'pusat-data-daerah', tier: '1', ownership: 'milik-sendiri', location: PDD_LOCATION }, dev({ tier: '2' })],
  ['inf-drc', 'fasilitas-komputasi', 'Pusat Pemulihan Bencana (DRC) Sukamaju', 'diskominfo', 'RAI.01.02', { facilityType: 'pusat-pemulihan', ownership: 'sewa', location: 'Kolokasi di luar wilayah kabupaten' }, 'baru'],
  ['inf-rs-rsud', 'fasilitas-komputasi', 'Ruang Server RSUD Sukamaju', 'rsud', 'RAI.01.02', { facilityType: 'ruang-server-opd', ownership: 'milik-sendiri', location: 'Gedung Rekam Medis RSUD Sukamaju' }, 'lama'],
  ['inf-rs-bapenda', 'fasilitas-komputasi', 'Ruang Server Bapenda', 'bapenda', 'RAI.01.02', { facilityType: 'ruang-server-opd', ownership: 'milik-sendiri', location: 'Kantor Bapenda, lantai 2' }, 'lama'],
  ['inf-rs-bappeda', 'fasilitas-komputasi', 'Ruang Server Bappeda', 'bappeda', 'RAI.01.02', { facilityType: 'ruang-server-opd', ownership: 'milik-sendiri', location: 'Kantor Bappeda, ruang data' }, 'lama'],
  ['inf-srv-rsud', 'server', 'Server SIMRS RSUD', 'rsud', 'RAI.01.02', { serverType: 'fisik', memoryGb: 32, quantity: 2, ownership: 'milik-sendiri', location: 'Ruang Server RSUD' }, 'lama'],
  ['inf-srv-bapenda', 'server', 'Server Aplikasi Pajak Bapenda', 'bapenda', 'RAI.01.02', { serverType: 'fisik', memoryGb: 16, quantity: 2, ownership: 'milik-sendiri', location: 'Ruang Server Bapenda' }, 'lama'],
  ['inf-srv-bappeda', 'server', 'Server e-Planning Bappeda', 'bappeda', 'RAI.01.02', { serverType: 'fisik', memoryGb: 16, quantity: 1, ownership: 'milik-sendiri', location: 'Ruang Server Bappeda' }, 'lama'],
  ['inf-srv-pdd', 'server', 'Klaster Server Virtualisasi PDD', 'diskominfo', 'RAI.01.02', { serverType: 'fisik', memoryGb: 256, quantity: 3, ownership: 'milik-sendiri', location: PDD_LOCATION }, dev({ quantity: 6, memoryGb: 512 })],
  ['inf-cloud-pdn', 'komputasi-awan', 'Layanan Komputasi Awan PDN (IaaS)', 'diskominfo', 'RAI.03.02', { serviceModel: 'iaas', provider: 'Pusat Data Nasional', ownership: 'nasional', capacity: '64 vCPU, 256 GB RAM, 10 TB' }, 'baru'],
  ['inf-hosting', 'komputasi-awan', 'Hosting Situs Web Pihak Ketiga', 'diskominfo', 'RAI.03.02', { serviceModel: 'paas', provider: 'Penyedia hosting swasta', ownership: 'pihak-ketiga' }, 'lama'],
  ['inf-jip', 'jaringan-intra', 'Jaringan Intra Pemerintah Kabupaten Sukamaju', 'diskominfo', 'RAI.02.01', { bandwidthMbps: 200, nodes: 8, ownership: 'milik-sendiri' }, dev({ bandwidthMbps: 1000, nodes: 18 })],
  ['inf-splp', 'sistem-penghubung-layanan', 'Sistem Penghubung Layanan Pemerintah Daerah (SPLP Sukamaju)', 'diskominfo', 'RAI.02.02', { technology: 'API gateway dan manajemen API, terhubung ke SPLP Nasional', apiCount: 24, ownership: 'milik-sendiri' }, 'baru'],
  ['inf-router-inti', 'perangkat-jaringan', 'Router Inti PDD', 'diskominfo', 'RAI.02.01', { quantity: 2, ownership: 'milik-sendiri', location: PDD_LOCATION }, 'tetap'],
  ['inf-akses-opd', 'perangkat-jaringan', 'Perangkat Akses Jaringan di Kantor OPD', 'diskominfo', 'RAI.02.01', { quantity: 40, ownership: 'milik-sendiri', location: 'Kantor perangkat daerah dan kecamatan' }, dev({ quantity: 95 })],
  ['inf-radio-kecamatan', 'perangkat-jaringan', 'Tautan Radio ke Kantor Kecamatan', 'diskominfo', 'RAI.02.01', { quantity: 6, ownership: 'milik-sendiri', location: 'Menara Diskominfo dan kantor kecamatan' }, 'lama'],
  ['inf-firewall', 'perangkat-keamanan', 'Firewall Perimeter PDD', 'diskominfo', 'RAI.02.01', { quantity: 1, ownership: 'milik-sendiri', location: PDD_LOCATION }, dev({ quantity: 2, capacity: 'Konfigurasi aktif-pasif dengan IPS' })],
  ['inf-waf', 'perangkat-keamanan', 'Web Application Firewall', 'diskominfo', 'RAI.02.01', { quantity: 1, ownership: 'milik-sendiri', location: PDD_LOCATION }, 'baru'],
  ['inf-san', 'media-penyimpanan', 'Media Penyimpanan SAN PDD', 'diskominfo', 'RAI.01.02', { quantity: 1, capacity: '40 TB', ownership: 'milik-sendiri', location: PDD_LOCATION }, dev({ capacity: '120 TB' })],
  ['inf-nas-cadangan', 'media-penyimpanan', 'NAS Cadangan Data di DRC', 'diskominfo', 'RAI.01.02', { quantity: 1, capacity: '60 TB', ownership: 'milik-sendiri' }, 'baru'],
  ['inf-os-linux', 'sistem-operasi', 'Ubuntu Server LTS', 'diskominfo', 'RAI.03.01', { version: '24.04 LTS', licenseType: 'open-source', vendor: 'Canonical' }, 'tetap'],
  ['inf-os-windows', 'sistem-operasi', 'Windows Server 2012 R2', 'diskominfo', 'RAI.03.01', { version: '2012 R2', licenseType: 'proprietary', vendor: 'Microsoft' }, 'lama'],
  ['inf-db-mariadb', 'dbms', 'MariaDB', 'diskominfo', 'RAI.03.01', { version: '10.11', licenseType: 'open-source', vendor: 'MariaDB Foundation' }, 'tetap'],
  ['inf-db-postgres', 'dbms', 'PostgreSQL', 'diskominfo', 'RAI.03.01', { version: '16', licenseType: 'open-source', vendor: 'PostgreSQL Global Development Group' }, 'tetap'],
  ['inf-db-sqlserver', 'dbms', 'Microsoft SQL Server 2014', 'bpkad', 'RAI.03.01', { version: '2014', licenseType: 'proprietary', vendor: 'Microsoft' }, 'lama'],
  ['inf-db-oracle', 'dbms', 'Oracle Database 11g', 'bapenda', 'RAI.03.01', { version: '11g', licenseType: 'proprietary', vendor: 'Oracle' }, 'lama'],
  ['inf-util-virtualisasi', 'perangkat-lunak-utilitas', 'Proxmox Virtual Environment', 'diskominfo', 'RAI.03.01', { version: '8', licenseType: 'open-source', vendor: 'Proxmox' }, 'tetap'],
  ['inf-util-cadangan', 'perangkat-lunak-utilitas', 'Perangkat Lunak Pencadangan Terjadwal', 'diskominfo', 'RAI.03.01', { licenseType: 'open-source', vendor: 'Bacula' }, 'baru'],
  ['inf-util-pemantauan', 'perangkat-lunak-utilitas', 'Pemantauan Server dan Jaringan', 'diskominfo', 'RAI.03.01', { licenseType: 'open-source', vendor: 'Zabbix' }, 'tetap'],
]

// ---------------------------------------------------------------------------------------------
// Keamanan

/** [id, kind, name, scope, refCode, attributes, life, protected elements] (all owned by Diskominfo). */
type SecurityRow = readonly [string, string, string, string, string, Attributes, Life, readonly string[]]
const PERSANDIAN = 'Diskominfo (Bidang Persandian dan Keamanan Informasi)'

const SECURITY: readonly SecurityRow[] = [
  ['kam-perbup', 'standar-prosedur', 'Peraturan Bupati tentang Manajemen Keamanan Informasi SPBE', 'Seluruh perangkat daerah dan aset informasi SPBE', 'RAK.01', { standard: 'Peraturan BSSN tentang Keamanan SPBE; SNI ISO/IEC 27001', implementer: PERSANDIAN, frequency: 'sekali', lastPerformed: '2023-08-14' }, 'tetap', ['inf-pdd', 'inf-jip']],
  ['kam-sop-insiden', 'standar-prosedur', 'SOP Penanganan Insiden Siber', 'Pelaporan, penanganan, dan pemulihan insiden siber', 'RAK.01', { implementer: PERSANDIAN, frequency: 'sekali' }, 'baru', ['inf-pdd', 'dat-insiden-siber']],
  ['kam-klasifikasi', 'standar-prosedur', 'Pedoman Klasifikasi dan Pelabelan Informasi', 'Data dan informasi seluruh perangkat daerah', 'RAK.01', { implementer: PERSANDIAN, frequency: 'sekali' }, 'baru', ['dat-kependudukan', 'dat-rekam-medis', 'dat-naskah-dinas']],
  ['kam-sosialisasi', 'edukasi-kesadaran', 'Sosialisasi Keamanan Informasi bagi ASN', 'ASN pengguna aplikasi dan surel dinas', 'RAK.02', { implementer: PERSANDIAN, frequency: 'tahunan', lastPerformed: '2024-10-08' }, 'tetap', ['apl-srikandi', 'apl-surel']],
  ['kam-bimtek-pengelola', 'edukasi-kesadaran', 'Bimtek Pengamanan Aplikasi bagi Pengelola Aplikasi OPD', 'Pengembang dan administrator aplikasi perangkat daerah', 'RAK.02', { implementer: PERSANDIAN, frequency: 'tahunan' }, 'baru', ['apl-simrs', 'apl-simpatda', 'apl-ppdb']],
  ['kam-penilaian-kerentanan', 'identifikasi-kerentanan', 'Penilaian Kerentanan Aplikasi dan Server', 'Aplikasi yang dapat diakses publik dan server PDD', 'RAK.02', { implementer: 'Diskominfo bersama BSSN', frequency: 'semesteran', lastPerformed: '2024-10-21' }, 'tetap', ['apl-portal', 'apl-simpatda', 'apl-sipaten', 'inf-srv-pdd']],
  ['kam-uji-penetrasi', 'identifikasi-kerentanan', 'Uji Penetrasi Aplikasi Layanan Publik', 'Aplikasi layanan publik prioritas', 'RAK.02', { implementer: 'Diskominfo bersama pihak ketiga tersertifikasi', frequency: 'tahunan' }, 'baru', ['apl-ppdb', 'apl-ebansos', 'apl-sirujuk', 'apl-epbb']],
  ['kam-hardening', 'peningkatan-keamanan', 'Penguatan Konfigurasi Server dan Jaringan', 'Server dan perangkat jaringan di PDD', 'RAK.02', { standard: 'CIS Benchmarks', implementer: PERSANDIAN, frequency: 'berkelanjutan' }, 'tetap', ['inf-srv-pdd', 'inf-router-inti', 'inf-firewall', 'inf-waf', 'inf-akses-opd', 'inf-san', 'inf-nas-cadangan']],
  ['kam-tte', 'peningkatan-keamanan', 'Sertifikat Elektronik dan Tanda Tangan Elektronik (BSrE)', 'Naskah dinas dan dokumen keuangan', 'RAK.02', { implementer: 'Diskominfo bersama BSrE BSSN', frequency: 'berkelanjutan' }, 'tetap', ['apl-srikandi', 'apl-sipd-keuangan', 'dat-naskah-dinas']],
  ['kam-antivirus', 'peningkatan-keamanan', 'Antivirus Berlisensi Perorangan di Server OPD', 'Server di ruang server perangkat daerah', 'RAK.02', { implementer: 'Masing-masing perangkat daerah', frequency: 'tahunan' }, 'lama', ['inf-srv-rsud', 'inf-srv-bapenda', 'inf-srv-bappeda']],
  ['kam-enkripsi', 'peningkatan-keamanan', 'Enkripsi Data Pribadi pada Basis Data', 'Data pribadi penduduk, pasien, wajib pajak, dan penerima bantuan', 'RAK.02', { standard: 'UU 27/2022 tentang Pelindungan Data Pribadi', implementer: PERSANDIAN, frequency: 'berkelanjutan' }, 'baru', ['dat-kependudukan', 'dat-rekam-medis', 'dat-wajib-pajak', 'dat-penerima-bansos']],
  ['kam-csirt', 'penanganan-insiden', 'Sukamaju-CSIRT', 'Insiden siber pada sistem elektronik pemerintah daerah', 'RAK.02', { standard: 'Pedoman TTIS BSSN', implementer: PERSANDIAN, frequency: 'berkelanjutan' }, 'tetap', ['inf-pdd', 'inf-jip', 'apl-portal']],
  ['kam-audit-spbe', 'audit-keamanan', 'Audit Keamanan SPBE', 'Infrastruktur SPBE dan aplikasi layanan publik prioritas', 'RAK.02', { standard: 'Pedoman audit keamanan SPBE BSSN', implementer: 'Lembaga audit TIK terakreditasi', frequency: 'tahunan' }, 'baru', ['inf-pdd', 'inf-splp', 'apl-simrs']],
  ['kam-indeks-kami', 'audit-keamanan', 'Penilaian Mandiri Indeks KAMI', 'Penerapan keamanan informasi di Diskominfo dan PDD', 'RAK.02', { standard: 'Indeks KAMI BSSN (SNI ISO/IEC 27001)', implementer: PERSANDIAN, frequency: 'tahunan', lastPerformed: '2024-09-02' }, 'tetap', ['inf-pdd']],
  ['kam-kelaikan', 'kelaikan-keamanan', 'Uji Kelaikan Keamanan Aplikasi Sebelum Operasi', 'Setiap aplikasi baru sebelum ditayangkan', 'RAK.03', { implementer: PERSANDIAN, frequency: 'berkelanjutan' }, 'baru', ['apl-ebansos', 'apl-sirujuk', 'apl-ekir', 'apl-epbb', 'apl-sitaru']],
]

/** [standard, the security measures it governs] */
const GOVERNS: readonly (readonly [string, readonly string[]])[] = [
  ['kam-perbup', ['kam-sosialisasi', 'kam-penilaian-kerentanan', 'kam-hardening', 'kam-tte', 'kam-csirt', 'kam-indeks-kami', 'kam-audit-spbe', 'kam-kelaikan', 'kam-uji-penetrasi']],
  ['kam-sop-insiden', ['kam-csirt']],
  ['kam-klasifikasi', ['kam-enkripsi']],
]

// ---------------------------------------------------------------------------------------------
// Relations between domains

type Only = 'asis' | 'target'
/** [application, services it realizes, state when not both] */
const REALIZES: readonly (readonly [string, readonly string[], Only?])[] = [
  ['apl-sipd-perencanaan', ['lay-perencanaan']],
  ['apl-eplanning', ['lay-perencanaan']],
  ['apl-emonev', ['lay-monev']],
  ['apl-sipd-keuangan', ['lay-penganggaran', 'lay-penatausahaan']],
  ['apl-simda-bmd', ['lay-bmd']],
  ['apl-srikandi', ['lay-kearsipan']],
  ['apl-simanis', ['lay-kearsipan']],
  ['apl-lapor', ['lay-pengaduan']],
  ['apl-lapor-bupati', ['lay-pengaduan']],
  ['apl-spse', ['lay-pengadaan']],
  ['apl-sirup', ['lay-pengadaan']],
  ['apl-ekinerja', ['lay-kinerja']],
  ['apl-etpp', ['lay-kinerja']],
  ['apl-siasn', ['lay-kepegawaian']],
  ['apl-simpeg', ['lay-kepegawaian']],
  ['apl-portal-sdi', ['lay-data-terbuka']],
  ['apl-satudata', ['lay-satu-data', 'lay-data-terbuka']],
  ['apl-oss', ['lay-perizinan']],
  ['apl-mpp-digital', ['lay-perizinan', 'lay-adminduk']],
  ['apl-siak', ['lay-adminduk']],
  ['apl-sipaten', ['lay-paten']],
  ['apl-epuskesmas', ['lay-puskesmas']],
  ['apl-simrs', ['lay-pendaftaran-pasien']],
  ['apl-sirujuk', ['lay-rujukan']],
  ['apl-ppdb', ['lay-ppdb']],
  ['apl-ebansos', ['lay-bansos']],
  ['apl-ekir', ['lay-uji-kir']],
  ['apl-simbg', ['lay-pbg']],
  ['apl-sitaru', ['lay-info-tata-ruang']],
  ['apl-simpatda', ['lay-pajak']],
  ['apl-sismiop', ['lay-pbb']],
  ['apl-epbb', ['lay-pbb']],
  ['apl-portal', ['lay-informasi-publik']],
  ['apl-ppid', ['lay-informasi-publik']],
  ['apl-jdih', ['lay-jdih']],
  ['apl-sipwas', ['lay-pengawasan']],
  ['apl-surel', ['lay-surel']],
]

/** [producer (application or proses bisnis), data it produces] */
const PRODUCES: readonly (readonly [string, readonly string[]])[] = [
  ['apl-sipd-perencanaan', ['dat-rkpd', 'dat-usulan-musrenbang']],
  ['apl-eplanning', ['dat-usulan-musrenbang']],
  ['apl-emonev', ['dat-evaluasi-pembangunan']],
  ['apl-sipd-keuangan', ['dat-apbd', 'dat-realisasi-anggaran']],
  ['apl-simda-bmd', ['dat-bmd']],
  ['apl-srikandi', ['dat-naskah-dinas']],
  ['apl-simanis', ['dat-naskah-dinas']],
  ['apl-lapor', ['dat-pengaduan']],
  ['apl-lapor-bupati', ['dat-pengaduan']],
  ['apl-spse', ['dat-pengadaan']],
  ['apl-sirup', ['dat-pengadaan']],
  ['apl-siasn', ['dat-asn']],
  ['apl-simpeg', ['dat-asn']],
  ['apl-ekinerja', ['dat-kinerja-asn']],
  ['apl-satudata', ['dat-statistik-sektoral', 'dat-metadata']],
  ['apl-oss', ['dat-perizinan', 'dat-investasi']],
  ['apl-siak', ['dat-kependudukan', 'dat-pencatatan-sipil']],
  ['apl-simrs', ['dat-rekam-medis']],
  ['apl-sirujuk', ['dat-rujukan']],
  ['apl-epuskesmas', ['dat-surveilans']],
  ['apl-ppdb', ['dat-pendaftar-ppdb']],
  ['apl-dapodik', ['dat-peserta-didik', 'dat-satuan-pendidikan']],
  ['apl-siks-ng', ['dat-dtks']],
  ['apl-ebansos', ['dat-penerima-bansos']],
  ['apl-ekir', ['dat-uji-kendaraan']],
  ['apl-simbg', ['dat-pbg']],
  ['apl-simpatda', ['dat-wajib-pajak']],
  ['apl-sismiop', ['dat-objek-pbb']],
  ['apl-epbb', ['dat-objek-pbb']],
  ['apl-ppid', ['dat-informasi-publik']],
  ['apl-jdih', ['dat-produk-hukum']],
  ['apl-sipwas', ['dat-temuan-pengawasan']],
  ['apl-sipaten', ['dat-layanan-kecamatan']],
  ['pb-penyusunan-rkpd', ['dat-rkpd']],
  ['pb-musrenbang', ['dat-usulan-musrenbang']],
  ['pb-pengendalian-pembangunan', ['dat-evaluasi-pembangunan', 'dat-indikator-makro']],
  ['pb-penyusunan-apbd', ['dat-apbd']],
  ['pb-penatausahaan', ['dat-realisasi-anggaran']],
  ['pb-bmd', ['dat-bmd']],
  ['pb-pendataan-pajak', ['dat-wajib-pajak']],
  ['pb-pbb', ['dat-objek-pbb']],
  ['pb-data-asn', ['dat-asn']],
  ['pb-kinerja-asn', ['dat-kinerja-asn']],
  ['pb-naskah-dinas', ['dat-naskah-dinas']],
  ['pb-produk-hukum', ['dat-produk-hukum']],
  ['pb-perencanaan-pengadaan', ['dat-pengadaan']],
  ['pb-pengaduan', ['dat-pengaduan']],
  ['pb-informasi-publik', ['dat-informasi-publik']],
  ['pb-statistik', ['dat-statistik-sektoral']],
  ['pb-satu-data', ['dat-metadata']],
  ['pb-spbe', ['dat-insiden-siber']],
  ['pb-pendaftaran-penduduk', ['dat-kependudukan']],
  ['pb-pencatatan-sipil', ['dat-pencatatan-sipil']],
  ['pb-perizinan-berusaha', ['dat-perizinan']],
  ['pb-pengawasan-investasi', ['dat-investasi']],
  ['pb-upaya-kesehatan', ['dat-faskes']],
  ['pb-surveilans', ['dat-surveilans']],
  ['pb-rujukan', ['dat-rujukan']],
  ['pb-pelayanan-rs', ['dat-rekam-medis']],
  ['pb-ppdb', ['dat-pendaftar-ppdb']],
  ['pb-data-pendidikan', ['dat-peserta-didik', 'dat-satuan-pendidikan']],
  ['pb-pendataan-sosial', ['dat-dtks']],
  ['pb-bansos', ['dat-penerima-bansos']],
  ['pb-jalan', ['dat-jalan']],
  ['pb-tata-ruang', ['dat-tata-ruang']],
  ['pb-pbg', ['dat-pbg']],
  ['pb-uji-kendaraan', ['dat-uji-kendaraan']],
  ['pb-audit-internal', ['dat-temuan-pengawasan']],
  ['pb-paten', ['dat-layanan-kecamatan']],
  ['pb-pemerintahan-umum', ['dat-wilayah']],
  ['pb-wawasan-kebangsaan', ['dat-ormas']],
]

/** [user (application, proses bisnis or layanan), data it uses, state when not both] */
const USES: readonly (readonly [string, readonly string[], Only?])[] = [
  ['apl-sipd-keuangan', ['dat-rkpd']],
  ['apl-emonev', ['dat-realisasi-anggaran', 'dat-rkpd']],
  ['apl-etpp', ['dat-kinerja-asn', 'dat-asn']],
  ['apl-ebansos', ['dat-dtks', 'dat-kependudukan']],
  ['apl-satudata', ['dat-indikator-makro', 'dat-wilayah']],
  ['apl-mpp-digital', ['dat-perizinan']],
  ['apl-sirujuk', ['dat-faskes']],
  // Checking NIK against the population data only becomes possible through the SPLP.
  ['apl-ppdb', ['dat-kependudukan'], 'target'],
  ['apl-simrs', ['dat-kependudukan'], 'target'],
  ['apl-sitaru', ['dat-tata-ruang']],
  ['pb-penyusunan-rkpd', ['dat-indikator-makro', 'dat-usulan-musrenbang']],
  ['pb-pendataan-sosial', ['dat-kependudukan']],
  ['pb-bansos', ['dat-dtks']],
  ['pb-kewaspadaan-dini', ['dat-ormas']],
  ['pb-pembinaan-desa', ['dat-wilayah']],
  ['pb-pemanfaatan-data-penduduk', ['dat-kependudukan']],
  ['lay-perizinan', ['dat-perizinan']],
  ['lay-adminduk', ['dat-kependudukan', 'dat-pencatatan-sipil']],
  ['lay-pengaduan', ['dat-pengaduan']],
  ['lay-informasi-publik', ['dat-informasi-publik']],
  ['lay-rujukan', ['dat-rujukan', 'dat-faskes']],
  ['lay-pendaftaran-pasien', ['dat-rekam-medis']],
  ['lay-puskesmas', ['dat-faskes', 'dat-surveilans']],
  ['lay-ppdb', ['dat-pendaftar-ppdb', 'dat-peserta-didik']],
  ['lay-bansos', ['dat-dtks', 'dat-penerima-bansos']],
  ['lay-pajak', ['dat-wajib-pajak']],
  ['lay-pbb', ['dat-objek-pbb']],
  ['lay-uji-kir', ['dat-uji-kendaraan']],
  ['lay-pbg', ['dat-pbg']],
  ['lay-info-tata-ruang', ['dat-tata-ruang']],
  ['lay-paten', ['dat-kependudukan', 'dat-layanan-kecamatan']],
  ['lay-data-terbuka', ['dat-statistik-sektoral']],
  ['lay-perencanaan', ['dat-rkpd', 'dat-usulan-musrenbang']],
  ['lay-monev', ['dat-evaluasi-pembangunan']],
  ['lay-penganggaran', ['dat-rkpd', 'dat-apbd']],
  ['lay-penatausahaan', ['dat-realisasi-anggaran']],
  ['lay-bmd', ['dat-bmd']],
  ['lay-kepegawaian', ['dat-asn']],
  ['lay-kinerja', ['dat-kinerja-asn']],
  ['lay-kearsipan', ['dat-naskah-dinas']],
  ['lay-pengadaan', ['dat-pengadaan']],
  ['lay-pengawasan', ['dat-temuan-pengawasan']],
  ['lay-jdih', ['dat-produk-hukum']],
  ['lay-satu-data', ['dat-metadata', 'dat-statistik-sektoral']],
]

/** [application or platform software, hosts, state when not both]; a move is one asis row and one target row. */
const RUNS_ON: readonly (readonly [string, readonly string[], Only?])[] = [
  // Servers in OPD offices in the as-is, moved to the PDD or the PDN cloud in the target.
  ['apl-simrs', ['inf-srv-rsud'], 'asis'],
  ['apl-simrs', ['inf-srv-pdd'], 'target'],
  ['apl-simpatda', ['inf-srv-bapenda'], 'asis'],
  ['apl-simpatda', ['inf-srv-pdd'], 'target'],
  ['apl-emonev', ['inf-srv-bappeda'], 'asis'],
  ['apl-emonev', ['inf-cloud-pdn'], 'target'],
  ['apl-portal', ['inf-hosting'], 'asis'],
  ['apl-portal', ['inf-cloud-pdn'], 'target'],
  ['apl-ppid', ['inf-hosting'], 'asis'],
  ['apl-ppid', ['inf-srv-pdd'], 'target'],
  ['apl-simda-bmd', ['inf-db-sqlserver'], 'asis'],
  ['apl-simda-bmd', ['inf-db-postgres'], 'target'],
  ['apl-sismiop', ['inf-srv-bapenda', 'inf-db-oracle']],
  ['apl-eplanning', ['inf-srv-bappeda']],
  ['apl-simrs', ['inf-db-postgres']],
  ['apl-simpatda', ['inf-db-mariadb']],
  ['apl-simanis', ['inf-srv-pdd']],
  ['apl-lapor-bupati', ['inf-srv-pdd']],
  ['apl-simda-bmd', ['inf-srv-pdd']],
  ['apl-simpeg', ['inf-srv-pdd', 'inf-db-mariadb']],
  ['apl-etpp', ['inf-srv-pdd', 'inf-db-mariadb']],
  ['apl-ppdb', ['inf-srv-pdd']],
  ['apl-sipaten', ['inf-srv-pdd']],
  ['apl-satudata', ['inf-srv-pdd', 'inf-db-postgres']],
  ['apl-jdih', ['inf-srv-pdd']],
  ['apl-sipwas', ['inf-srv-pdd']],
  ['apl-surel', ['inf-srv-pdd']],
  ['apl-epuskesmas', ['inf-srv-pdd']],
  ['apl-epbb', ['inf-srv-pdd', 'inf-db-postgres']],
  ['apl-ekir', ['inf-srv-pdd']],
  ['apl-sirujuk', ['inf-cloud-pdn']],
  ['apl-ebansos', ['inf-cloud-pdn']],
  ['apl-sitaru', ['inf-cloud-pdn']],
  // Sector applications of national agencies run in national data centres.
  ['apl-siak', ['inf-pdn']],
  ['apl-satusehat', ['inf-pdn']],
  ['apl-dapodik', ['inf-pdn']],
  ['apl-siks-ng', ['inf-pdn']],
  ['apl-simbg', ['inf-pdn']],
  ['inf-os-windows', ['inf-srv-rsud', 'inf-srv-bapenda', 'inf-srv-bappeda']],
  ['inf-db-oracle', ['inf-srv-bapenda']],
  ['inf-db-sqlserver', ['inf-srv-pdd']],
  ['inf-os-linux', ['inf-srv-pdd', 'inf-cloud-pdn']],
  ['inf-db-mariadb', ['inf-srv-pdd']],
  ['inf-db-postgres', ['inf-srv-pdd']],
  ['inf-util-virtualisasi', ['inf-srv-pdd']],
  ['inf-util-pemantauan', ['inf-srv-pdd']],
  ['inf-util-cadangan', ['inf-srv-pdd']],
]

/** [hardware or SPLP, facility] */
const LOCATED_IN: readonly (readonly [string, string])[] = [
  ['inf-srv-rsud', 'inf-rs-rsud'],
  ['inf-srv-bapenda', 'inf-rs-bapenda'],
  ['inf-srv-bappeda', 'inf-rs-bappeda'],
  ['inf-srv-pdd', 'inf-pdd'],
  ['inf-router-inti', 'inf-pdd'],
  ['inf-firewall', 'inf-pdd'],
  ['inf-waf', 'inf-pdd'],
  ['inf-san', 'inf-pdd'],
  ['inf-nas-cadangan', 'inf-drc'],
  ['inf-splp', 'inf-pdd'],
]

/** Elements connected to the Jaringan Intra Pemerintah, with the state when not both. */
const CONNECTED: readonly (readonly [string, Only?])[] = [
  ['inf-pdd'], ['inf-router-inti'], ['inf-akses-opd'], ['inf-radio-kecamatan'],
  ['inf-srv-pdd'], ['inf-cloud-pdn'], ['inf-drc'],
  // The PDN is reached over the intra network only once the target is in place.
  ['inf-pdn', 'target'],
]

/** As-is point-to-point exchanges (no SPLP): [source, target, data exchanged] */
const DIRECT_INTEGRATIONS: readonly (readonly [string, string, string])[] = [
  ['apl-etpp', 'apl-simpeg', 'Data pegawai dan jabatan (akses langsung ke basis data)'],
  ['apl-emonev', 'apl-sipd-keuangan', 'Realisasi anggaran (unduh manual berkala)'],
  ['apl-simpatda', 'apl-sipd-keuangan', 'Penerimaan pajak daerah (berkas ekspor)'],
  ['apl-lapor-bupati', 'apl-lapor', 'Pengaduan yang diteruskan'],
  ['apl-sipaten', 'apl-siak', 'Verifikasi NIK (layanan web langsung)'],
]

/** Target exchanges through the SPLP: [source, target, data exchanged] */
const SPLP_INTEGRATIONS: readonly (readonly [string, string, string])[] = [
  ['apl-etpp', 'apl-ekinerja', 'Nilai capaian kinerja pegawai'],
  ['apl-etpp', 'apl-simpeg', 'Data pegawai dan jabatan'],
  ['apl-simpeg', 'apl-siasn', 'Data riwayat kepegawaian ASN'],
  ['apl-emonev', 'apl-sipd-keuangan', 'Realisasi anggaran per subkegiatan'],
  ['apl-simpatda', 'apl-sipd-keuangan', 'Penerimaan pajak daerah'],
  ['apl-epbb', 'apl-sipd-keuangan', 'Penerimaan PBB-P2'],
  ['apl-sipaten', 'apl-siak', 'Verifikasi NIK'],
  ['apl-ppdb', 'apl-siak', 'Verifikasi NIK calon peserta didik'],
  ['apl-ppdb', 'apl-dapodik', 'Data peserta didik dan satuan pendidikan'],
  ['apl-ebansos', 'apl-siks-ng', 'Data DTKS dan usulan penerima'],
  ['apl-ebansos', 'apl-siak', 'Verifikasi NIK calon penerima'],
  ['apl-simrs', 'apl-satusehat', 'Resume medis dan data kunjungan (HL7 FHIR)'],
  ['apl-sirujuk', 'apl-simrs', 'Data rujukan dan ketersediaan tempat tidur'],
  ['apl-epuskesmas', 'apl-sirujuk', 'Rujukan dari puskesmas'],
  ['apl-epuskesmas', 'apl-satusehat', 'Data kunjungan puskesmas (HL7 FHIR)'],
  ['apl-satudata', 'apl-portal-sdi', 'Metadata dan dataset prioritas daerah'],
  ['apl-ekir', 'apl-simpatda', 'Retribusi pengujian kendaraan'],
]

/** [element, RPJMD goals it serves] */
const GOAL_LINKS: readonly (readonly [string, readonly string[]])[] = [
  ['pb-spbe', ['iku-indeks-spbe']],
  ['inf-jip', ['iku-opd-jip']],
  ['inf-splp', ['iku-integrasi-splp']],
  ['lay-perizinan', ['iku-waktu-izin', 'iku-layanan-daring']],
  ['lay-pengaduan', ['iku-pengaduan']],
  ['lay-adminduk', ['iku-layanan-daring', 'iku-ikm']],
  ['lay-rujukan', ['iku-rme']],
  ['apl-simrs', ['iku-rme']],
  ['lay-ppdb', ['sasaran-3-2-1']],
  ['lay-bansos', ['iku-bansos-tepat']],
  ['lay-pajak', ['iku-pad']],
  ['lay-pbb', ['iku-pad']],
  ['lay-penatausahaan', ['iku-opini-bpk']],
  ['lay-kinerja', ['iku-sakip']],
  ['lay-monev', ['iku-sakip']],
  ['pb-pengawasan-investasi', ['iku-investasi']],
]

/** Notes on the deliberate findings, so a workshop can read why an element changes. */
const DESCRIPTIONS: readonly (readonly [string, string])[] = [
  ['apl-simanis', 'Duplikasi fungsi SRIKANDI. Dihentikan setelah arsip naskah dinas dimigrasikan ke SRIKANDI.'],
  ['apl-lapor-bupati', 'Duplikasi fungsi SP4N-LAPOR!. Kanal pengaduan daerah dialihkan ke SP4N-LAPOR!.'],
  ['apl-eplanning', 'Duplikasi fungsi SIPD RI Modul Perencanaan. Dihentikan; usulan musrenbang diinput langsung di SIPD.'],
  ['apl-sismiop', 'Aplikasi desktop warisan dengan basis data berlisensi; digantikan e-PBB Sukamaju.'],
  ['lay-rujukan', 'Saat ini rujukan dikonfirmasi lewat telepon tanpa aplikasi; target: SIRUJUK Sukamaju.'],
  ['lay-bansos', 'Saat ini usulan penerima dikumpulkan dalam lembar kerja tanpa aplikasi; target: e-Bansos Sukamaju.'],
  ['lay-uji-kir', 'Saat ini pendaftaran uji berkala dilakukan di loket tanpa aplikasi; target: e-KIR Sukamaju.'],
  ['apl-simrs', 'Berjalan di server RSUD tanpa pencadangan terpusat; dipindahkan ke PDD dan terhubung ke SATUSEHAT melalui SPLP.'],
  ['apl-simpatda', 'Berjalan di ruang server Bapenda; dipindahkan ke PDD dan terhubung ke SIPD melalui SPLP.'],
  ['inf-splp', 'Seluruh pertukaran data antaraplikasi pada kondisi target melalui SPLP, bukan koneksi langsung antar basis data.'],
  ['dat-penerima-bansos', 'Belum memiliki wali data pada kondisi saat ini.'],
  ['dat-jalan', 'Belum memiliki wali data pada kondisi saat ini.'],
]

// ---------------------------------------------------------------------------------------------
// Building

const CODE_PREFIX: Record<string, string> = {
  'proses-bisnis': 'PB', data: 'DAT', layanan: 'LAY', aplikasi: 'APL', infrastruktur: 'INF', keamanan: 'KAM',
}
/** Short relation-kind tags keep relation ids readable and under the 64-character limit. */
const RELATION_TAG: Record<string, string> = {
  'composed-of': 'terdiri', supports: 'dukung', realizes: 'wujud', 'uses-data': 'pakai', 'produces-data': 'hasil',
  'runs-on': 'jalan', 'located-in': 'lokasi', 'connected-to': 'jip', 'integrates-with': 'integrasi',
  'connects-through': 'splp', protects: 'lindungi', governs: 'atur',
}

interface ElementInput {
  readonly id: string
  readonly kind: string
  readonly name: string
  readonly owner: string
  readonly ref: string
  readonly attrs: Attributes
  readonly life: Life
  readonly userOpds?: readonly string[]
}

class ModelBuilder {
  readonly elements: Element[] = []
  readonly relations: Relation[] = []
  private readonly byId = new Map<string, Element>()
  private readonly counters = new Map<string, number>()

  element(input: ElementInput): void {
    const kind = elementKind(input.kind)
    if (!kind) throw new Error(`unknown kind ${input.kind} for ${input.id}`)
    if (this.byId.has(input.id)) throw new Error(`duplicate element id ${input.id}`)
    const prefix = CODE_PREFIX[kind.domain]!
    const n = (this.counters.get(prefix) ?? 0) + 1
    this.counters.set(prefix, n)
    const e: Element = {
      id: input.id,
      kind: input.kind,
      name: input.name,
      code: `${prefix}-${String(n).padStart(3, '0')}`,
      ownerOpd: opdId(input.owner),
      userOpds: input.userOpds,
      refCodes: [input.ref],
      attrs: input.attrs,
      states: membershipOf(input.life),
    }
    this.elements.push(e)
    this.byId.set(e.id, e)
  }

  /** A relation in every state both ends share, or only in `only`; refuses what the metamodel forbids. */
  relation(kind: string, source: string, target: string, opts: { only?: Only; attrs?: Attributes; idSuffix?: string } = {}): void {
    const s = this.get(source)
    const t = this.get(target)
    if (!isRelationAllowed(kind, s.kind, t.kind)) throw new Error(`relation ${kind} ${s.kind} -> ${t.kind} not allowed (${source} -> ${target})`)
    const shared = Object.keys(s.states).filter((st) => st in t.states && (!opts.only || st === opts.only))
    if (shared.length === 0) throw new Error(`relation ${kind} ${source} -> ${target} would be in no state`)
    const id = `rel-${RELATION_TAG[kind]}-${source}-${target}${opts.idSuffix ?? ''}`
    if (id.length > 64) throw new Error(`relation id too long: ${id}`)
    if (this.relations.some((r) => r.id === id)) throw new Error(`duplicate relation ${id}`)
    this.relations.push({ id, kind, source, target, attrs: opts.attrs ?? {}, states: Object.fromEntries(shared.map((st) => [st, {}])) })
  }

  annotate(id: string, extra: Pick<Element, 'goals' | 'description'>): void {
    const i = this.elements.findIndex((e) => e.id === id)
    if (i < 0) throw new Error(`unknown element ${id}`)
    const e = { ...this.elements[i]!, ...extra }
    this.elements[i] = e
    this.byId.set(id, e)
  }

  get(id: string): Element {
    const e = this.byId.get(id)
    if (!e) throw new Error(`unknown element ${id}`)
    return e
  }
}

function addElements(b: ModelBuilder): void {
  for (const g of PROCESSES) {
    b.element({ id: g.id, kind: 'proses-bisnis', name: g.name, owner: g.owner, ref: g.ref, life: 'tetap', attrs: { level: 'fungsi', governmentAffair: g.affair } })
    for (const [id, name, life, output, owner, ref] of g.subs) {
      b.element({ id, kind: 'proses-bisnis', name, owner: owner ?? g.owner, ref: ref ?? g.ref, life, attrs: { level: 'sub-fungsi', governmentAffair: g.affair, output } })
    }
  }
  for (const [id, name, nature, dataType, producer, custodian, updateFrequency, ref, life, unstructured] of DATA) {
    const attrs: Record<string, string> = { nature, dataType, producer: opdId(producer), updateFrequency, format: unstructured ? 'tidak-terstruktur' : 'terstruktur' }
    if (custodian) attrs.custodian = opdId(custodian)
    b.element({ id, kind: 'data-informasi', name, owner: producer, ref, life, attrs })
  }
  for (const [id, type, name, owner, purpose, deliveryMode, ref, life] of SERVICES) {
    const kind = type === 'publik' ? 'layanan-publik' : 'layanan-administrasi'
    const audience = type === 'publik' ? 'Masyarakat dan pelaku usaha' : 'Perangkat daerah dan ASN'
    const serviceUnit = OPD_TABLE.find(([key]) => key === owner)![2]
    b.element({ id, kind, name, owner, ref, life, attrs: { purpose, deliveryMode, audience, serviceUnit } })
  }
  // Shared administration platforms are used by every OPD; recording that shows their reach.
  const everyone = new Set(['apl-srikandi', 'apl-sipd-keuangan', 'apl-sipd-perencanaan', 'apl-ekinerja', 'apl-surel', 'apl-simanis'])
  for (const [id, type, name, owner, fn, platform, ref, life, extra] of APPLICATIONS) {
    const kind = type === 'umum' ? 'aplikasi-umum' : 'aplikasi-khusus'
    const userOpds = everyone.has(id) ? ALL_OPD : id === 'apl-sipaten' ? [opdId('kec-sukamaju-kota'), opdId('kec-mekarsari')] : undefined
    b.element({ id, kind, name, owner, ref, life, userOpds, attrs: { function: fn, platform, responsibleUnit: opdId(owner), ...extra } })
  }
  for (const [id, kind, name, owner, ref, attrs, life] of INFRASTRUCTURE) b.element({ id, kind, name, owner, ref, attrs, life })
  for (const [id, kind, name, scope, ref, attrs, life] of SECURITY) b.element({ id, kind, name, owner: 'diskominfo', ref, life, attrs: { scope, ...attrs } })
  for (const [id, goals] of GOAL_LINKS) b.annotate(id, { goals })
  for (const [id, description] of DESCRIPTIONS) b.annotate(id, { description })
}

function addRelations(b: ModelBuilder): void {
  for (const g of PROCESSES) for (const [sub] of g.subs) b.relation('composed-of', g.id, sub)
  for (const [id, , , , , , , , supported] of SERVICES) for (const pb of supported) b.relation('supports', id, pb)
  for (const [app, services, only] of REALIZES) for (const s of services) b.relation('realizes', app, s, { only })
  for (const [src, data] of PRODUCES) for (const d of data) b.relation('produces-data', src, d)
  for (const [src, data, only] of USES) for (const d of data) b.relation('uses-data', src, d, { only })
  for (const [src, hosts, only] of RUNS_ON) for (const h of hosts) b.relation('runs-on', src, h, { only })
  for (const [hw, facility] of LOCATED_IN) b.relation('located-in', hw, facility)
  for (const [src, only] of CONNECTED) b.relation('connected-to', src, 'inf-jip', { only })
  for (const [src, tgt, dataExchanged] of DIRECT_INTEGRATIONS) b.relation('integrates-with', src, tgt, { only: 'asis', attrs: { dataExchanged } })
  const onSplp = new Set<string>()
  for (const [src, tgt, dataExchanged] of SPLP_INTEGRATIONS) {
    // A distinct id from the as-is direct link: the two are different integrations, not one changed.
    b.relation('integrates-with', src, tgt, { only: 'target', attrs: { via: 'inf-splp', dataExchanged }, idSuffix: '-splp' })
    onSplp.add(src).add(tgt)
  }
  for (const app of [...onSplp].sort()) b.relation('connects-through', app, 'inf-splp')
  for (const [id, , , , , , , protectedIds] of SECURITY) for (const p of protectedIds) b.relation('protects', id, p)
  for (const [std, measures] of GOVERNS) for (const m of measures) b.relation('governs', std, m)
}

// ---------------------------------------------------------------------------------------------
// Views

const NODE_W = 180
const NODE_H = 64
const GAP = 40
const COLUMNS = 8

/** Rows of element ids on a grid; a row longer than COLUMNS wraps. */
function gridNodes(rows: readonly (readonly string[])[]): ViewNode[] {
  const nodes: ViewNode[] = []
  let y = GAP
  for (const row of rows) {
    for (let i = 0; i < row.length; i += COLUMNS) {
      row.slice(i, i + COLUMNS).forEach((element, col) => nodes.push({ element, x: GAP + col * (NODE_W + GAP), y, w: NODE_W, h: NODE_H }))
      y += NODE_H + GAP
    }
  }
  return nodes
}

/** The representative chain shown across all six domains, one lane each (in domain order). */
const LAYERED: readonly (readonly string[])[] = [
  ['pb-perizinan-berusaha', 'pb-pengaduan', 'pb-rujukan', 'pb-bansos', 'pb-naskah-dinas', 'pb-penatausahaan', 'pb-kinerja-asn'],
  ['dat-perizinan', 'dat-pengaduan', 'dat-rujukan', 'dat-rekam-medis', 'dat-penerima-bansos', 'dat-naskah-dinas', 'dat-kinerja-asn'],
  ['lay-perizinan', 'lay-pengaduan', 'lay-rujukan', 'lay-bansos', 'lay-kearsipan', 'lay-penatausahaan', 'lay-kinerja'],
  ['apl-oss', 'apl-lapor', 'apl-lapor-bupati', 'apl-sirujuk', 'apl-simrs', 'apl-satusehat', 'apl-ebansos', 'apl-srikandi', 'apl-simanis', 'apl-etpp', 'apl-ekinerja'],
  ['inf-splp', 'inf-srv-rsud', 'inf-srv-pdd', 'inf-cloud-pdn', 'inf-pdd', 'inf-pdn', 'inf-jip'],
  ['kam-perbup', 'kam-csirt', 'kam-kelaikan', 'kam-audit-spbe', 'kam-tte', 'kam-enkripsi'],
]
const LANE_HEIGHT = NODE_H + 2 * GAP

function buildViews(elements: readonly Element[]): View[] {
  const domainOf = (e: Element): string => elementKind(e.kind)!.domain
  const views: View[] = DOMAINS.map((d) => {
    const own = elements.filter((e) => domainOf(e) === d.id)
    // Proses bisnis: one row per fungsi with its sub-fungsi; other domains: one row group per kind.
    const rows = d.id === 'proses-bisnis'
      ? PROCESSES.map((g) => [g.id, ...g.subs.map(([id]) => id)])
      : [...new Set(own.map((e) => e.kind))].map((k) => own.filter((e) => e.kind === k).map((e) => e.id))
    return { id: `view-${d.id}`, name: `Domain ${d.label.id}`, layout: 'domain', domain: d.id, nodes: gridNodes(rows) }
  })
  const layered = LAYERED.flatMap((lane, l) =>
    lane.map((element, i) => ({ element, x: GAP + i * (NODE_W + GAP), y: l * LANE_HEIGHT + GAP, w: NODE_W, h: NODE_H })),
  )
  views.push({ id: 'view-lintas-domain', name: 'Arsitektur Lintas Domain', layout: 'layered', nodes: layered })
  return views
}

// ---------------------------------------------------------------------------------------------

export function buildKabupatenContoh(): ProjectData {
  const b = new ModelBuilder()
  addElements(b)
  addRelations(b)
  const opd: Opd[] = OPD_TABLE.map(([key, code, name, shortName]) => ({ id: opdId(key), code, name, shortName }))
  const goals: Goal[] = GOAL_TABLE.map(([id, level, parent, code, text, unit, targets]) => ({
    id, level, ...(parent ? { parent } : {}), code, text, ...(unit ? { unit } : {}), ...(targets ? { targets: yearly(targets) } : {}),
  }))
  return {
    project: {
      id: 'kabupaten-sukamaju',
      name: 'Arsitektur dan Peta Rencana SPBE Kabupaten Sukamaju 2025-2029',
      organization: 'Pemerintah Kabupaten Sukamaju',
      organizationType: 'kabupaten',
      description: 'Contoh proyek fiktif: Arsitektur SPBE dan Peta Rencana SPBE sebuah kabupaten, selaras dengan RPJMD 2025-2029.',
    },
    opd,
    plan: { name: 'RPJMD 2025-2029', document: 'rpjmd', startYear: 2025, years: 5, goals },
    states: [
      { id: 'asis', name: 'Kondisi Saat Ini', role: 'asis' },
      { id: 'target', name: 'Kondisi Target', role: 'target', year: 2029 },
    ],
    elements: withBudgets(b.elements),
    relations: b.relations,
    views: buildViews(b.elements),
    catalogueExtensions: CATALOGUE_EXTENSIONS,
    settings: DEFAULT_SETTINGS,
    roadmap: ROADMAP_INPUT,
    index: kabupatenContohIndex(),
  }
}
