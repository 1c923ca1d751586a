import { projectFileName } from '../projects/downloadProject.ts'

/**
 * A sensible name for an exported file: the project's slug (as for its *.cetakbiru.json), what
 * the file is, and the local date, e.g. "kabupaten-contoh-laporan-2025-06-01.docx".
 */
export function exportFileName(projectName: string, kind: string, extension: string, date: Date): string {
  const slug = projectFileName(projectName).replace(/\.cetakbiru\.json$/, '')
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
  return `${slug}-${kind}-${day}.${extension}`
}

/** Hands bytes to the browser as a file download. */
export function downloadBytes(fileName: string, bytes: Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later, not now: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * Prints an HTML report from a hidden frame: the report's own print CSS makes the pages, and the
 * browser's print dialog offers "Simpan sebagai PDF". A frame, not a new window, so no popup
 * blocker stops it after the asynchronous export.
 */
export function printHtml(html: string): void {
  const frame = document.createElement('iframe')
  frame.className = 'io-print-frame'
  frame.setAttribute('aria-hidden', 'true')
  frame.tabIndex = -1
  frame.srcdoc = html
  frame.onload = () => {
    const win = frame.contentWindow
    if (!win) return
    win.addEventListener('afterprint', () => frame.remove())
    win.focus()
    win.print()
    // Browsers without afterprint still drop the frame eventually.
    setTimeout(() => frame.remove(), 10 * 60_000)
  }
  document.body.append(frame)
}
