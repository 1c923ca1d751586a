const STORAGE_KEY = 'cetakbiru.userId'

/**
 * Who edits in this browser: a random id kept in localStorage. Undo takes back only this user's
 * edits; the collaboration work will replace it with the signed-in user.
 */
export function localUserId(): string {
  try {
    const existing = localStorage.getItem(STORAGE_KEY)
    if (existing) return existing
    const bytes = crypto.getRandomValues(new Uint8Array(8))
    const id = 'u' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
    localStorage.setItem(STORAGE_KEY, id)
    return id
  } catch {
    // Storage may be disabled (private mode): an id for this page is still per user enough.
    return 'u-page'
  }
}
