import { existsSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { formatArchimateError } from '../io/archimate/archimateError.ts'
import { importArchimate } from '../io/archimate/importArchimate.ts'
import { archimateKept } from '../io/archimate/archimateInterop.ts'
import { MAX_XML_CHARS } from '../io/archimate/safeXml.ts'
import { serializeProject } from '../model/file/serialize.ts'
import { archimateSidecarPath } from './archimateSidecar.ts'
import { EXIT } from './cliCommand.ts'
import type { ImportFormat } from './importCommand.ts'

/**
 * `import --format archimate`: one exchange file to a new project file, which also carries what
 * the model has no place for (`interop.archimate`), so `export --format archimate` gives the file
 * back from the project alone. Nothing is written unless the whole import is valid.
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
  try {
    await writeFile(output, serializeProject(r.data))
  } catch (e) {
    io.err(`${output}: tidak dapat ditulis / cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
    return EXIT.unreadable
  }
  const kept = archimateKept(r.extras)
  io.out(`${output}: ${r.data.elements.length} elemen, ${r.data.relations.length} relasi SPBE, ${r.data.views.length} diagram; ${kept.relations} relasi ArchiMate dan ${kept.properties} properti disimpan bersama proyek untuk ekspor`
    + ` / ${r.data.elements.length} elements, ${r.data.relations.length} SPBE relations, ${r.data.views.length} views; ${kept.relations} ArchiMate relationships and ${kept.properties} properties kept with the project for export`)
  if (existsSync(archimateSidecarPath(output))) {
    io.err(`${archimateSidecarPath(output)}: berkas pendamping lama tidak dipakai lagi (proyek kini memuat isinya); boleh dihapus / the legacy sidecar is no longer used (the project now holds its content); it may be deleted`)
  }
  return EXIT.ok
}
