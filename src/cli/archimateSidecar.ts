import { readFile } from 'node:fs/promises'
import { isArchimateExtras, type ArchimateExtras } from '../io/archimate/archimateExtras.ts'
import type { CliIo } from './cliCommand.ts'

/**
 * Where earlier versions of the ArchiMate import kept what the project model could not hold:
 * beside the project file. Projects now carry it in `interop.archimate`; a sidecar is only read
 * for a project without that, so older work is not lost.
 */
export function archimateSidecarPath(projectFile: string): string {
  return `${projectFile.replace(/\.json$/i, '')}.archimate.json`
}

/** The legacy sidecar beside `projectFile`, when there is a usable one (and says so). */
export async function readLegacyArchimateSidecar(projectFile: string, io: CliIo): Promise<ArchimateExtras | undefined> {
  const path = archimateSidecarPath(projectFile)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') io.err(`${path}: tidak terbaca, diabaikan / unreadable, ignored (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
    return undefined
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = undefined
  }
  if (!isArchimateExtras(value)) {
    io.err(`${path}: bukan berkas pendamping ArchiMate Cetakbiru; diabaikan / not a Cetakbiru ArchiMate sidecar; ignored`)
    return undefined
  }
  io.err(`${path}: pendamping lama dibaca; simpan ulang proyek untuk memasukkannya / legacy sidecar read; save the project again to include it`)
  return value
}
