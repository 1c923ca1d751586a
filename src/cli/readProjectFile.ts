import { readFile, stat } from 'node:fs/promises'
import { MAX_FILE_BYTES, parseProjectText, tooLarge, type LoadOptions, type LoadResult } from '../model/file/loadProject.ts'
import { loadError } from '../model/file/loadError.ts'

/** Reads a project file from disk; the size is checked before a single byte is read. */
export async function readProjectFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  let size: number
  try {
    const s = await stat(path)
    if (!s.isFile()) return unreadable(`"${path}" bukan berkas`, `"${path}" is not a file`)
    size = s.size
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return unreadable('Berkas tidak ditemukan', 'File not found')
    return unreadable(`Berkas tidak dapat dibaca (${code ?? 'error'})`, `File cannot be read (${code ?? 'error'})`)
  }
  if (size > MAX_FILE_BYTES) return tooLarge(size)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    return unreadable(`Berkas tidak dapat dibaca (${code})`, `File cannot be read (${code})`)
  }
  return parseProjectText(text, options)
}

function unreadable(id: string, en: string): LoadResult {
  return { ok: false, stage: 'size', errors: [loadError('(file)', id, en)] }
}
