import { writeFile } from 'node:fs/promises'
import { generateRoadmap } from '../analysis/roadmap/generateRoadmap.ts'
import type { ArchimateExtras } from '../io/archimate/archimateExtras.ts'
import { exportsRoadmap, readArchimateInterop } from '../io/archimate/archimateInterop.ts'
import { exportArchimate } from '../io/archimate/exportArchimate.ts'
import { bilingual } from '../model/message.ts'
import { readLegacyArchimateSidecar } from './archimateSidecar.ts'
import { EXIT } from './cliCommand.ts'
import type { ExportFormat } from './exportCommand.ts'

/**
 * `export --format archimate`: the project with its generated Peta Rencana (work packages and
 * gaps); a project imported from ArchiMate is merged with what its import kept
 * (`interop.archimate`, or a legacy sidecar beside an older project), and a foreign file's is
 * written without plan concepts the original file never had.
 */
export const exportArchimateFormat: ExportFormat = async ({ file, data, output, io }) => {
  const own = readArchimateInterop(data)
  if (own.warning) io.err(`PERINGATAN/WARNING ${file}: ${bilingual(own.warning)}`)
  const extras: ArchimateExtras | undefined = own.extras ?? (data.interop?.archimate === undefined ? await readLegacyArchimateSidecar(file, io) : undefined)
  let roadmap
  if (exportsRoadmap(extras)) {
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
