/** Saves `value` as a pretty-printed JSON file through the browser's download. */
export function downloadJson(value: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' })
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.append(a)
  a.click()
  a.remove()
  // The click has started the download; the object URL is no longer needed once it returns.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
