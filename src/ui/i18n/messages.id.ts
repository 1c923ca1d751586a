/**
 * The Indonesian catalogue: the product's default language and the source of the message keys.
 * `{name}` marks a value filled in by `t`. The English catalogue must have exactly these keys.
 */
import { editorId } from './areas/editor.id.ts'
import { projectsId } from './areas/projects.id.ts'
import { propertiesId } from './areas/properties.id.ts'
import { roadmapId } from './areas/roadmap.id.ts'
import { catalogueId } from './areas/catalogue.id.ts'
import { browserId } from './areas/browser.id.ts'
import { searchId } from './areas/search.id.ts'
import { gapPanelId } from './areas/gapPanel.id.ts'
import { collabId } from './areas/collab.id.ts'
import { ioId } from './areas/io.id.ts'
import { indexViewId } from './areas/indexView.id.ts'
import { indexProjectionId } from './areas/indexProjection.id.ts'
import { interopId } from './areas/interop.id.ts'

/** Texts of the overview and the application shell; each screen area has its own file in areas/. */
const coreId = {
  'app.name': 'Cetakbiru',
  'app.tagline': 'Arsitektur SPBE dan Peta Rencana SPBE',
  'app.documentTitle': '{project} · Cetakbiru',
  'app.footer': 'Cetakbiru · Sistem Pemerintahan Berbasis Elektronik (Perpres 95/2018, Perpres 132/2022)',

  'language.label': 'Bahasa',
  'language.id': 'Bahasa Indonesia',
  'language.en': 'English',

  'loading.title': 'Memuat proyek…',
  'loading.detail': 'Mengambil dan memeriksa {file}',

  'error.title': 'Proyek tidak dapat dibuka',
  'error.network': 'Berkas {file} tidak dapat diambil dari server. Periksa sambungan jaringan, lalu coba lagi. ({detail})',
  'error.http': 'Server menjawab {status} untuk {file}. Berkas tidak ditemukan atau tidak dapat dibaca.',
  'error.unexpected': 'Terjadi kesalahan tak terduga di Cetakbiru saat membuka {file}: {detail}',
  'error.stage.size': 'Berkas terlalu besar untuk dibuka.',
  'error.stage.json': 'Isi berkas bukan JSON yang sah.',
  'error.stage.version': 'Versi format berkas tidak dapat dibaca oleh Cetakbiru ini.',
  'error.stage.schema': 'Isi berkas tidak sesuai format proyek Cetakbiru.',
  'error.stage.integrity': 'Isi berkas saling bertentangan, sehingga proyek tidak dapat dibuka dengan aman.',
  'error.file': 'Berkas: {file}',
  'error.column.path': 'Lokasi',
  'error.column.message': 'Masalah',
  'error.nothingChanged': 'Tidak ada yang diubah atau disimpan.',
  'error.retry': 'Coba lagi',

  'header.organizationType': 'Jenis instansi',
  'header.plan': 'Periode rencana',
  'header.targetYear': 'Tahun target',
  'header.organizationType.provinsi': 'Pemerintah provinsi',
  'header.organizationType.kabupaten': 'Pemerintah kabupaten',
  'header.organizationType.kota': 'Pemerintah kota',
  'header.organizationType.instansi-pusat': 'Instansi pusat',

  'summary.heading': 'Ringkasan proyek',
  'summary.elements': 'Elemen arsitektur',
  'summary.relations': 'Relasi',
  'summary.opd': 'Perangkat daerah',
  'summary.views': 'Diagram',
  'summary.goals': 'Sasaran dan indikator RPJMD',

  'state.asis': 'Kondisi Saat Ini',
  'state.target': 'Kondisi Target',
  'status.baru': 'baru',
  'status.pengembangan': 'pengembangan',
  'status.dihentikan': 'dihentikan',

  'domains.heading': 'Ringkasan per domain',
  'domains.intro': 'Jumlah elemen di Kondisi Saat Ini dan Kondisi Target, serta elemen yang baru, dikembangkan, atau dihentikan.',
  'domains.reference': 'Referensi {code}',
  'domains.changes': 'Perubahan menuju target',

  'opd.heading': 'Perangkat daerah',
  'opd.intro': 'Pemilik elemen arsitektur, diurutkan dari yang memiliki elemen terbanyak.',
  'opd.column.code': 'Kode',
  'opd.column.name': 'Perangkat daerah',
  'opd.column.elements': 'Elemen',
  'opd.unowned': 'Tanpa perangkat daerah pemilik',
  'opd.none': 'Proyek ini belum mencatat perangkat daerah.',

  'findings.heading': 'Hasil pemeriksaan',
  'findings.intro': 'Pemeriksaan model terhadap metamodel SPBE dan katalog arsitektur referensi nasional.',
  'findings.count.error': 'Galat',
  'findings.count.warning': 'Peringatan',
  'findings.count.info': 'Info',
  'findings.none': 'Tidak ada temuan: model sesuai dengan metamodel dan katalog referensi.',
  'findings.shown': 'Menampilkan {shown} temuan pertama dari {total}.',
  'findings.all': 'Menampilkan semua {total} temuan.',
  'findings.rule': 'Aturan {rule}',
  'severity.error': 'Galat',
  'severity.warning': 'Peringatan',
  'severity.info': 'Info',

  'empty.title': 'Proyek ini belum berisi elemen arsitektur',
  'empty.body':
    'Arsitektur SPBE tersusun dari elemen di enam domain: proses bisnis, data dan informasi, layanan, aplikasi, infrastruktur, dan keamanan. Setiap elemen dimiliki oleh satu perangkat daerah dan dicatat di Kondisi Saat Ini, Kondisi Target, atau keduanya.',
  'empty.next': 'Setelah elemen ditambahkan di penyunting atau diimpor dari berkas, ringkasan per domain dan hasil pemeriksaan tampil di sini.',
}

export const messagesId = { ...coreId, ...projectsId, ...editorId, ...propertiesId, ...roadmapId, ...catalogueId, ...browserId, ...searchId, ...gapPanelId, ...collabId, ...ioId, ...indexViewId, ...indexProjectionId, ...interopId }
