/**
 * What a project keeps from another tool beside its SPBE model (ArchiMate exchange file, Archi
 * CSV): the import summary and the read-only "Dari ArchiMate" section of the properties panel.
 */
export const interopId = {
  'interop.import.kept': '{relations} relasi ArchiMate dan {properties} properti disimpan bersama proyek untuk ekspor.',
  'interop.import.keptDetail': 'Model SPBE tidak punya tempat untuk semuanya, jadi proyek menyimpannya di samping model (juga di berkas proyek). Ekspor ArchiMate atau Archi CSV dari menu Ekspor mengembalikannya, kecuali yang menyangkut elemen atau relasi yang sudah dihapus.',
  'interop.import.nothingKept': 'Semua elemen, relasi dan properti berkas masuk ke model SPBE proyek.',

  'interop.panel.heading': 'Dari ArchiMate',
  'interop.panel.intro': 'Disimpan dari berkas asal dan dikembalikan saat ekspor; tidak dapat diubah di sini.',
  'interop.panel.type': 'Jenis ArchiMate',
  'interop.panel.specialization': 'Spesialisasi',
  'interop.panel.properties': 'Properti berkas asal',
  'interop.panel.noProperties': 'Tidak ada properti lain dari berkas asal.',
  'interop.panel.value.empty': '(kosong)',
}
