import { readFile, writeFile } from 'node:fs/promises'
import { generateRoadmap } from '../analysis/roadmap/generateRoadmap.ts'
import { isArchimateExtras, type ArchimateExtras } from '../io/archimate/archimateExtras.ts'
import { exportArchimate } from '../io/archimate/exportArchimate.ts'
import { archimateSidecarPath } from './archimateSidecar.ts'
import { EXIT } from './cliCommand.ts'
import type { ExportFormat } from './exportCommand.ts'

/**
 * `export --format archimate`: the project with its generated Peta Rencana (work packages and
 * gaps); a project imported from ArchiMate is merged with its sidecar and written without plan
 * concepts the original file never had.
 */
export const exportArchimateFormat: ExportFormat = async ({ file, data, output, io }) => {
  let extras: ArchimateExtras | undefined
  const sidecar = archimateSidecarPath(file)
  try {
    const value: unknown = JSON.parse(await readFile(sidecar, 'utf8'))
    if (isArchimateExtras(value)) extras = value
    else io.err(`${sidecar}: bukan berkas pendamping ArchiMate Cetakbiru; diabaikan / not a Cetakbiru ArchiMate sidecar; ignored`)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') io.err(`${sidecar}: tidak terbaca, diabaikan / unreadable, ignored (${(e as Error).message})`)
  }
  let roadmap
  if (!extras) {
    try {
      roadmap = generateRoadmap(data).roadmap
    } catch (e) {
      io.err(`Peta Rencana tidak dapat dibuat, diekspor tanpa kegiatan / the Peta Rencana could not be generated, exported without kegiatan: ${(e as Error).message}`)
    }
  }
  const xml = exportArchimate(data, { ...(extras ? { extras } : {}), ...(roadmap ? { roadmap } : {}) })
  try {
    await writeFile(output, xml)
  } catch (e) {
    io.err(`${output}: tidak dapat ditulis / cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
    return EXIT.unreadable
  }
  io.out(`${output}: ${data.elements.length} elemen, ${data.relations.length} relasi, ${data.views.length} diagram / elements, relations, views`)
  return EXIT.ok
}
