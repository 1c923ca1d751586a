import { bilingual, msg, type Message } from '../model/message.ts'

/**
 * A failure of the local project store, with a message a person can act on in both languages.
 * The UI shows `detail`; `message` (the bilingual line) is for logs.
 */
export class LocalProjectError extends Error {
  constructor(readonly detail: Message, options?: { readonly cause?: unknown }) {
    super(bilingual(detail), options)
    this.name = 'LocalProjectError'
  }
}

export function projectNotFound(): LocalProjectError {
  return new LocalProjectError(msg(
    'Proyek tidak ditemukan di peramban ini. Mungkin sudah dihapus, atau tautannya berasal dari peramban lain.',
    'The project is not in this browser. It may have been deleted, or the link comes from another browser.',
  ))
}

/**
 * Names the cause of an IndexedDB failure the way a user can fix it: full storage, storage
 * disabled (private windows, policies), or blocked by another tab. Other errors keep their name.
 */
export function storageError(e: unknown): LocalProjectError {
  if (e instanceof LocalProjectError) return e
  const name = e instanceof Error ? e.name : ''
  const inner = e instanceof Error && e.cause instanceof Error ? e.cause.name : ''
  const kind = [name, inner].join(' ')
  if (/Quota/.test(kind)) {
    return new LocalProjectError(msg(
      'Penyimpanan peramban penuh. Unduh dan hapus proyek yang tidak dipakai, atau kosongkan ruang penyimpanan, lalu coba lagi.',
      'The browser storage is full. Download and delete projects you no longer use, or free up storage, then try again.',
    ), { cause: e })
  }
  if (/MissingAPI|InvalidState|OpenFailed|Security|DatabaseClosed/.test(kind)) {
    return new LocalProjectError(msg(
      'Penyimpanan lokal peramban tidak tersedia (jendela privat atau kebijakan peramban?). Proyek tidak dapat disimpan di peramban ini.',
      'The browser\'s local storage is not available (a private window or a browser policy?). Projects cannot be stored in this browser.',
    ), { cause: e })
  }
  if (/Blocked|Version/.test(kind)) {
    return new LocalProjectError(msg(
      'Penyimpanan lokal sedang dipakai oleh tab Cetakbiru versi lain. Tutup tab lain itu, lalu muat ulang halaman ini.',
      'The local storage is in use by a tab with another Cetakbiru version. Close that tab, then reload this page.',
    ), { cause: e })
  }
  return new LocalProjectError(msg(
    `Penyimpanan lokal gagal (${name || 'kesalahan tak dikenal'}). Coba lagi; bila berulang, unduh proyek sebagai berkas.`,
    `Local storage failed (${name || 'unknown error'}). Try again; if it happens again, download the project as a file.`,
  ), { cause: e })
}
