/**
 * The file name for a project: its name as a lower-case slug, accents dropped
 * ("Kota Bandung Jaya 2025" -> "kota-bandung-jaya-2025.cetakbiru.json").
 */
export function projectFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '')
  return `${slug || 'proyek'}.cetakbiru.json`
}

/** Hands `text` to the browser as a file download. */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
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
