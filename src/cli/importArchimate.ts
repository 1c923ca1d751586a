import { readFile, stat, writeFile } from 'node:fs/promises'
import { formatArchimateError } from '../io/archimate/archimateError.ts'
import { importArchimate } from '../io/archimate/importArchimate.ts'
import { MAX_XML_CHARS } from '../io/archimate/safeXml.ts'
import { serializeProject } from '../model/file/serialize.ts'
import { archimateSidecarPath } from './archimateSidecar.ts'
import { EXIT } from './cliCommand.ts'
import type { ImportFormat } from './importCommand.ts'

/**
 * `import --format archimate`: one exchange file to a new project file, plus the sidecar with
 * what the model cannot hold (so `export --format archimate` gives the file back). Nothing is
 * written unless the whole import is valid.
 */
export const importArchimateFormat: ImportFormat = async ({ files, output, options, io }) => {
  if (files.length !== 1 || options.mapping || options.into) {
    io.err('Format archimate membaca tepat satu berkas, tanpa --mapping atau --into / The archimate format reads exactly one file, without --mapping or --into')
    return EXIT.unreadable
  }
  const file = files[0]!
  let text: string
  try {
    // Bytes are at least the UTF-16 length, so checking bytes first refuses nothing the text limit allows.
    if ((await stat(file)).size > MAX_XML_CHARS * 4) throw Object.assign(new Error('too large'), { code: 'EFBIG' })
    text = await readFile(file, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error'
    io.err(`${file}: ${code === 'ENOENT' ? 'berkas tidak ditemukan / file not found' : `tidak dapat dibaca / cannot be read (${code})`}`)
    return EXIT.unreadable
  }
  const r = importArchimate(text)
  if (!r.ok) {
    for (const e of r.errors) io.err(formatArchimateError(e, file))
    io.err(`${file}: tidak ada yang diimpor / nothing was imported`)
    return EXIT.unreadable
  }
  for (const w of r.warnings) io.err(`PERINGATAN/WARNING ${formatArchimateError(w, file)}`)
  const sidecar = archimateSidecarPath(output)
  try {
    await writeFile(output, serializeProject(r.data))
    await writeFile(sidecar, JSON.stringify(r.extras, null, 1) + '\n')
  } catch (e) {
    io.err(`${output}: tidak dapat ditulis / cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
    return EXIT.unreadable
  }
  io.out(`${output}: ${r.data.elements.length} elemen, ${r.data.relations.length} relasi SPBE, ${r.extras.relationships.length} relasi ArchiMate, ${r.data.views.length} diagram; pendamping / sidecar ${sidecar}`)
  return EXIT.ok
}
