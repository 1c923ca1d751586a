/**
 * Word lists and tables the project generator draws names, OPD, sectors and goals from:
 * data, kept apart from the generating logic.
 */
import type { DomainId } from '../metamodel/types.ts'

export interface Sector { readonly name: string; readonly rab: string; readonly objects: readonly string[] }
export const sector = (name: string, rab: string, objects: string): Sector => ({ name, rab, objects: objects.split('|') })

/** Government affairs with their RAB level-2 code (RAD follows from the RAB level-1 number). */
export const SECTORS: readonly Sector[] = [
  sector('Kesehatan', 'RAB.04.01', 'Puskesmas|Imunisasi|Gizi Balita|Rujukan Pasien|Sarana Kesehatan|Tenaga Kesehatan|Jaminan Kesehatan|Stunting|Rekam Medis'),
  sector('Sosial', 'RAB.04.02', 'Bantuan Sosial|Penduduk Miskin|Penyandang Disabilitas|Rehabilitasi Sosial|Keluarga Penerima Manfaat'),
  sector('Pemberdayaan Perempuan', 'RAB.04.03', 'Perlindungan Anak|Kekerasan terhadap Perempuan|Kota Layak Anak'),
  sector('Pendidikan', 'RAB.06.01', 'Peserta Didik|Satuan Pendidikan|Beasiswa|Guru|Penerimaan Peserta Didik Baru|Sarana Sekolah'),
  sector('Ketenagakerjaan', 'RAB.06.02', 'Pencari Kerja|Pelatihan Kerja|Lowongan Kerja|Kartu Kuning'),
  sector('Pemuda dan Olahraga', 'RAB.06.04', 'Kepemudaan|Sarana Olahraga|Atlet Daerah'),
  sector('Kependudukan', 'RAB.03.07', 'Kartu Keluarga|Akta Kelahiran|KTP Elektronik|Penduduk|Mutasi Penduduk|Akta Kematian'),
  sector('Pekerjaan Umum', 'RAB.03.01', 'Jalan Kabupaten|Irigasi|Jembatan|Drainase|Air Minum|Bangunan Gedung'),
  sector('Transportasi', 'RAB.03.03', 'Angkutan Umum|Uji Kendaraan|Terminal|Parkir|Lalu Lintas'),
  sector('Perumahan', 'RAB.03.04', 'Rumah Tidak Layak Huni|Kawasan Permukiman|Prasarana Permukiman'),
  sector('Pertanahan', 'RAB.03.06', 'Tanah Kas Desa|Sengketa Tanah|Pengadaan Tanah'),
  sector('Perdagangan', 'RAB.02.02', 'Pasar Rakyat|Harga Bahan Pokok|Metrologi|Distribusi Barang'),
  sector('Industri', 'RAB.02.01', 'Industri Kecil|Sentra Industri|Produk Unggulan'),
  sector('Pertanian', 'RAB.02.03', 'Pupuk Bersubsidi|Kelompok Tani|Produksi Padi|Lahan Pertanian|Ketahanan Pangan'),
  sector('Peternakan', 'RAB.02.05', 'Kesehatan Hewan|Populasi Ternak|Rumah Potong Hewan'),
  sector('Perikanan', 'RAB.02.06', 'Nelayan|Budidaya Ikan|Tempat Pelelangan Ikan'),
  sector('Investasi', 'RAB.02.08', 'Perizinan Berusaha|Penanaman Modal|Izin Mendirikan Bangunan|Perizinan Kesehatan'),
  sector('Koperasi dan UKM', 'RAB.02.10', 'Pelaku UMKM|Koperasi|Produk UMKM'),
  sector('Pariwisata', 'RAB.02.11', 'Destinasi Wisata|Kunjungan Wisatawan|Ekonomi Kreatif'),
  sector('Hukum', 'RAB.05.01', 'Produk Hukum Daerah|Bantuan Hukum|Dokumentasi Hukum'),
  sector('Ketertiban Umum', 'RAB.05.02', 'Ketertiban Umum|Penanggulangan Bencana|Pemadam Kebakaran|Kebencanaan'),
  sector('Lingkungan Hidup', 'RAB.07.05', 'Persampahan|Kualitas Air|Izin Lingkungan|Ruang Terbuka Hijau|Bank Sampah'),
  sector('Kebudayaan', 'RAB.08.02', 'Cagar Budaya|Kesenian Daerah|Museum'),
  sector('Pemerintahan Dalam Negeri', 'RAB.09.01', 'Pemerintahan Desa|Dana Desa|Kerja Sama Daerah|Wawasan Kebangsaan'),
  sector('Keuangan', 'RAB.09.02', 'Anggaran Daerah|Pendapatan Daerah|Pajak Daerah|Retribusi Daerah|Aset Daerah|Belanja Daerah'),
  sector('Informasi', 'RAB.09.03', 'Informasi Publik|Statistik Sektoral|Satu Data|Website Daerah'),
  sector('Komunikasi', 'RAB.09.04', 'Persandian|Pengaduan Masyarakat|Media Center|Jaringan Internet Desa'),
  sector('Perencanaan Pembangunan', 'RAB.09.05', 'Perencanaan Pembangunan|Musrenbang|Evaluasi Pembangunan|Pokok Pikiran DPRD'),
  sector('Aparatur', 'RAB.09.06', 'Kepegawaian|Kinerja ASN|Presensi Pegawai|Pengembangan Kompetensi|Akuntabilitas Kinerja|Pengawasan Internal'),
  sector('Kesekretariatan', 'RAB.09.07', 'Persuratan|Kearsipan|Rapat Pimpinan|Protokol|Perpustakaan'),
]
export const sectorIndex = new Map(SECTORS.map((s, i) => [s.name, i]))
export const ADMIN_SECTORS = ['Keuangan', 'Aparatur', 'Kesekretariatan', 'Perencanaan Pembangunan', 'Informasi', 'Pemerintahan Dalam Negeri'].map((n) => sectorIndex.get(n)!)

/** [name, shortName, urusan code, sectors]; the first 13 are the ones a 1k-element Pemda has. */
export const OPD_TABLE: readonly (readonly [string, string, string, string])[] = [
  ['Sekretariat Daerah', 'Setda', '4.01', 'Kesekretariatan|Hukum|Pemerintahan Dalam Negeri'],
  ['Dinas Komunikasi dan Informatika', 'Diskominfo', '2.16', 'Informasi|Komunikasi'],
  ['Badan Perencanaan Pembangunan Daerah', 'Bappeda', '5.01', 'Perencanaan Pembangunan'],
  ['Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', '5.02', 'Keuangan'],
  ['Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', '5.03', 'Aparatur'],
  ['Badan Pendapatan Daerah', 'Bapenda', '5.04', 'Keuangan'],
  ['Inspektorat Daerah', 'Inspektorat', '6.01', 'Aparatur'],
  ['Dinas Kesehatan', 'Dinkes', '1.02', 'Kesehatan'],
  ['Dinas Pendidikan dan Kebudayaan', 'Disdikbud', '1.01', 'Pendidikan|Kebudayaan'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil', '2.12', 'Kependudukan'],
  ['Dinas Sosial', 'Dinsos', '1.06', 'Sosial'],
  ['Dinas Penanaman Modal dan PTSP', 'DPMPTSP', '2.18', 'Investasi'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR', '1.03', 'Pekerjaan Umum'],
  ['Dinas Perhubungan', 'Dishub', '2.15', 'Transportasi'],
  ['Dinas Lingkungan Hidup', 'DLH', '2.11', 'Lingkungan Hidup'],
  ['Dinas Pertanian dan Ketahanan Pangan', 'Distan', '3.27', 'Pertanian'],
  ['Dinas Perikanan', 'Diskan', '3.25', 'Perikanan'],
  ['Dinas Perdagangan dan Perindustrian', 'Disperindag', '3.30', 'Perdagangan|Industri'],
  ['Dinas Koperasi dan Usaha Mikro', 'Diskop UKM', '2.17', 'Koperasi dan UKM'],
  ['Dinas Pariwisata, Pemuda dan Olahraga', 'Disparpora', '3.26', 'Pariwisata|Pemuda dan Olahraga'],
  ['Dinas Tenaga Kerja', 'Disnaker', '2.07', 'Ketenagakerjaan'],
  ['Dinas Perumahan dan Kawasan Permukiman', 'Disperkim', '1.04', 'Perumahan'],
  ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DP3A', '2.08', 'Pemberdayaan Perempuan'],
  ['Satuan Polisi Pamong Praja', 'Satpol PP', '1.05', 'Ketertiban Umum'],
  ['Badan Penanggulangan Bencana Daerah', 'BPBD', '1.05', 'Ketertiban Umum'],
  ['Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', '2.13', 'Pemerintahan Dalam Negeri'],
  ['Badan Kesatuan Bangsa dan Politik', 'Kesbangpol', '8.01', 'Pemerintahan Dalam Negeri'],
  ['Sekretariat DPRD', 'Setwan', '4.02', 'Kesekretariatan|Hukum'],
  ['Rumah Sakit Umum Daerah', 'RSUD', '1.02', 'Kesehatan'],
  ['Dinas Kearsipan dan Perpustakaan', 'Disarpus', '2.23', 'Kesekretariatan'],
  ['Dinas Peternakan dan Kesehatan Hewan', 'Disnak', '3.27', 'Peternakan'],
  ['Dinas Pertanahan', 'Dispertanahan', '2.10', 'Pertanahan'],
]
export const KECAMATAN = 'Sukamaju|Tanjung Sari|Karanganyar|Sidomulyo|Mekarsari|Sumberejo|Cibening|Wonosari|Purwodadi|Kedungwaru|Margahayu|Batu Ampar|Sungai Raya|Talang Padang|Bukit Tinggi|Pasir Putih|Rejosari|Suka Damai|Lubuk Alung|Air Hitam|Kota Baru|Telaga Biru|Padang Luas|Gunung Sari|Sindangsari|Jatimulyo|Teluk Betung|Simpang Tiga'.split('|')
export const REGIONS = 'Sukamakmur|Tanah Datar Raya|Lembah Hijau|Pesisir Selatan Jaya|Bukit Barisan|Sungai Emas|Karang Indah|Muara Sejahtera'.split('|')
export const CORE_OPD = 7 // Setda .. Inspektorat: owners of most common applications and administrative services
export const DISKOMINFO = 1

export const COMMON_APPS = 'SRIKANDI|SIPD|e-Kinerja|SIMPEG|LPSE|JDIH|PPID|SP4N LAPOR|e-Office|Aplikasi Presensi|SIMDA BMD|Portal Satu Data'.split('|')
export const VERBS = 'Pengelolaan|Perencanaan|Pelayanan|Pembinaan|Pengawasan|Pendataan|Penyaluran|Verifikasi|Pemantauan|Evaluasi|Penetapan|Pendaftaran'.split('|')
export const DATA_QUALIFIERS = 'Kecamatan|Desa|Tahunan|Bulanan|Terpadu|Induk|Per Kelurahan|Rekapitulasi'.split('|')
export const SERVICE_VARIANTS = 'Daring|Terpadu|Keliling|Satu Pintu|Mandiri'.split('|')
export const INFRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'komputasi-awan': ['Komputasi Awan Pemerintah', 'Layanan Cloud', 'Cloud Pusat Data Nasional'],
  server: ['Server Aplikasi', 'Server Basis Data', 'Server Web', 'Server Surel', 'Server Cadangan', 'Server Virtualisasi', 'Server DNS'],
  periferal: ['Printer', 'Pemindai', 'Proyektor', 'UPS', 'Komputer Desktop', 'Laptop'],
  'media-penyimpanan': ['SAN Storage', 'NAS', 'Tape Backup', 'Penyimpanan Objek'],
  'perangkat-jaringan': ['Router', 'Switch Inti', 'Switch Distribusi', 'Access Point', 'Load Balancer'],
  'perangkat-keamanan': ['Firewall', 'IPS', 'Web Application Firewall', 'Anti-DDoS'],
  'sistem-operasi': ['Ubuntu Server', 'Red Hat Enterprise Linux', 'Windows Server', 'Debian', 'Rocky Linux'],
  dbms: ['PostgreSQL', 'MySQL', 'MariaDB', 'Oracle Database', 'SQL Server', 'MongoDB'],
  'perangkat-lunak-utilitas': ['Pemantauan Jaringan', 'Pencadangan Data', 'Antivirus', 'Manajemen Log'],
  'jaringan-intra': ['Jaringan Intra Pemda', 'Jaringan Fiber Optik', 'Jaringan Intra Kecamatan'],
  'sistem-penghubung-layanan': ['Sistem Penghubung Layanan Daerah', 'API Gateway'],
  'standar-prosedur': ['Kebijakan Keamanan Informasi', 'SOP Penanganan Insiden', 'Standar Kata Sandi', 'Prosedur Pencadangan Data', 'Pedoman Klasifikasi Informasi'],
  'edukasi-kesadaran': ['Sosialisasi Keamanan Informasi', 'Pelatihan Literasi Keamanan Siber', 'Simulasi Phishing', 'Bimtek Keamanan SPBE'],
  'identifikasi-kerentanan': ['Penilaian Kerentanan', 'Uji Penetrasi', 'Pemindaian Kerentanan'],
  'peningkatan-keamanan': ['Penerapan Enkripsi', 'Hardening Server', 'Penerapan Sertifikat Elektronik', 'Autentikasi Dua Faktor'],
  'penanganan-insiden': ['CSIRT Daerah', 'Penanganan Insiden Siber', 'Tim Tanggap Insiden'],
  'audit-keamanan': ['Audit Keamanan SPBE', 'Audit Keamanan Aplikasi', 'Audit Keamanan Infrastruktur'],
  'kelaikan-keamanan': ['Uji Kelaikan Aplikasi', 'Uji Kelaikan Sistem Elektronik'],
}
export const FACILITY_NAMES: Readonly<Record<string, string>> = {
  'pusat-data-nasional': 'Pusat Data Nasional', 'pusat-data-daerah': 'Pusat Data Daerah', 'ruang-server-opd': 'Ruang Server', 'pusat-pemulihan': 'Pusat Pemulihan Bencana',
}
export const TEXT_CHOICES: Readonly<Record<string, readonly string[]>> = {
  audience: ['Masyarakat umum', 'Pelaku usaha', 'Aparatur sipil negara', 'Perangkat daerah', 'Pelajar dan mahasiswa', 'Petani dan nelayan'],
  database: ['PostgreSQL', 'MySQL', 'MariaDB', 'Oracle', 'SQL Server'],
  developer: ['Diskominfo', 'Pihak ketiga', 'Kementerian Dalam Negeri', 'Kementerian PANRB', 'Pengembang internal OPD'],
  validity: ['Valid', 'Terverifikasi', 'Perlu verifikasi'],
  vendor: ['Dell', 'HPE', 'Lenovo', 'Cisco', 'MikroTik', 'Fortinet', 'Huawei', 'Synology', 'Epson'],
  capacity: ['2 TB', '8 TB', '16 vCPU / 64 GB', '32 vCPU / 128 GB', '1 Gbps', '10 Gbps'],
  version: ['22.04', '24.04', '9.4', '2019', '2022', '16', '8.0'],
  provider: ['Pusat Data Nasional', 'Telkom Indonesia', 'Lintasarta', 'Biznet Gio'],
  technology: ['REST API', 'SOAP', 'WSO2 API Manager', 'Kong Gateway'],
  standard: ['SNI ISO/IEC 27001:2013', 'Peraturan BSSN Nomor 4 Tahun 2021', 'NIST Cybersecurity Framework', 'Indeks KAMI'],
  implementer: ['Diskominfo', 'BSSN', 'Tim CSIRT Daerah', 'Konsultan keamanan'],
}
/** Skewed enum distributions where uniform would look wrong; other enums are uniform. */
export const ENUM_WEIGHTS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  level: { fungsi: 15, 'sub-fungsi': 35, proses: 50 },
  platform: { web: 70, mobile: 20, desktop: 10 },
}

export const DOMAIN_SHARE: Readonly<Record<DomainId, number>> = {
  'proses-bisnis': 20, data: 20, layanan: 15, aplikasi: 20, infrastruktur: 15, keamanan: 10,
}
/** Relative share of a kind within its domain; kinds not listed get 10. */
export const KIND_SHARE: Readonly<Record<string, number>> = {
  'layanan-publik': 60, 'layanan-administrasi': 40, 'aplikasi-umum': 30, 'aplikasi-khusus': 70,
  server: 20, periferal: 12, 'media-penyimpanan': 8, 'perangkat-jaringan': 14, 'perangkat-keamanan': 6,
  'komputasi-awan': 5, 'sistem-operasi': 8, dbms: 8, 'perangkat-lunak-utilitas': 6, 'jaringan-intra': 3,
  'sistem-penghubung-layanan': 3, 'fasilitas-komputasi': 7,
}
export const CODE_PREFIX: Readonly<Record<string, string>> = {
  'proses-bisnis': 'PB', 'data-informasi': 'DAT', 'layanan-publik': 'LYP', 'layanan-administrasi': 'LYA',
  'aplikasi-umum': 'APU', 'aplikasi-khusus': 'APL', 'komputasi-awan': 'CLD', server: 'SRV', periferal: 'PRF',
  'media-penyimpanan': 'STG', 'perangkat-jaringan': 'NET', 'perangkat-keamanan': 'FWL', 'sistem-operasi': 'OS',
  dbms: 'DBS', 'perangkat-lunak-utilitas': 'UTL', 'jaringan-intra': 'JIP', 'sistem-penghubung-layanan': 'SPL',
  'fasilitas-komputasi': 'PDC', 'standar-prosedur': 'KSP', 'edukasi-kesadaran': 'KED', 'identifikasi-kerentanan': 'KIK',
  'peningkatan-keamanan': 'KPK', 'penanganan-insiden': 'KPI', 'audit-keamanan': 'KAU', 'kelaikan-keamanan': 'KKL',
}

// ---- relation patterns ----------------------------------------------------------------------

export const GOAL_TREE: readonly (readonly [string, readonly (readonly [string, readonly (readonly [string, string, string, number, number])[]])[]])[] = [
  ['Mewujudkan tata kelola pemerintahan yang bersih, efektif, dan berbasis elektronik', [
    ['Meningkatkan kualitas tata kelola pemerintahan digital', [
      ['Meningkatnya kematangan SPBE', 'Indeks SPBE', 'indeks', 2.6, 0.3],
      ['Meningkatnya keamanan informasi pemerintah daerah', 'Nilai Indeks KAMI', 'skor', 420, 40]]],
    ['Meningkatkan akuntabilitas kinerja dan keuangan daerah', [
      ['Meningkatnya akuntabilitas kinerja instansi', 'Nilai SAKIP', 'nilai', 65, 2],
      ['Meningkatnya kapabilitas pengawasan internal', 'Level kapabilitas APIP', 'level', 2, 0.25]]]]],
  ['Meningkatkan kualitas pelayanan publik yang cepat, mudah, dan terjangkau', [
    ['Meningkatkan kepuasan masyarakat terhadap pelayanan publik', [
      ['Meningkatnya kepuasan masyarakat', 'Indeks Kepuasan Masyarakat', 'nilai', 80, 1.5],
      ['Menurunnya waktu penyelesaian perizinan', 'Rata-rata waktu penyelesaian perizinan', 'hari', 7, -1]]],
    ['Meningkatkan integrasi layanan publik digital', [
      ['Meningkatnya layanan publik yang tersedia secara daring', 'Persentase layanan publik daring', '%', 40, 10],
      ['Meningkatnya pemanfaatan Satu Data', 'Persentase data sektoral yang terbit di portal Satu Data', '%', 30, 12]]]]],
  ['Meningkatkan kualitas sumber daya manusia dan daya saing ekonomi daerah', [
    ['Meningkatkan derajat kesehatan dan pendidikan masyarakat', [
      ['Menurunnya prevalensi stunting', 'Prevalensi stunting', '%', 20, -2],
      ['Meningkatnya rata-rata lama sekolah', 'Rata-rata lama sekolah', 'tahun', 8.2, 0.1]]],
    ['Meningkatkan pertumbuhan ekonomi daerah', [
      ['Meningkatnya realisasi investasi', 'Nilai realisasi investasi', 'miliar rupiah', 900, 100],
      ['Meningkatnya UMKM yang memanfaatkan platform digital', 'Persentase UMKM go digital', '%', 20, 8]]]]],
]
