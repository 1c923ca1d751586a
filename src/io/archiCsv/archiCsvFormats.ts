import { serializeProject } from '../../model/file/serialize.ts'
import { archiCsvRole, type ArchiCsvSet } from './archiCsvFiles.ts'
import { archiCsvFileNames, exportArchiCsv } from './archiCsvExport.ts'
import { importArchiCsv } from './archiCsvImport.ts'
import { ARCHI_CSV_MAPPING } from './archiCsvMapping.ts'
import { EXIT_OK, EXIT_UNREADABLE, readIntoProject, readOrReport, writeOrReport, type FormatExportInput, type FormatFs, type FormatImportInput, type FormatIo } from './cliFiles.ts'
import { isArchiCsvExtras, type ArchiCsvExtras } from './archiCsvExtras.ts'
import { readArchiCsvInterop } from './archiCsvInterop.ts'
import { bilingual } from '../../model/message.ts'
import type { ProjectData } from '../../model/project.ts'
import { formatCsvIssue } from './csvIssue.ts'

/**
 * Where earlier versions kept what the model cannot hold: beside the project file. Projects now
 * carry it in `interop.archiCsv`; the companion file is only read for a project without that.
 */
export function archiCsvSidecarPath(projectFile: string): string {
  return `${projectFile.replace(/\.json$/i, '')}.archicsv.json`
}

/** The legacy companion file of a project, when there is a readable one (and says so). */
async function readLegacySidecar(fs: FormatFs, projectFile: string, io: FormatIo): Promise<ArchiCsvExtras | undefined> {
  const path = archiCsvSidecarPath(projectFile)
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(path)
  } catch {
    return undefined
  }
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes))
    if (isArchiCsvExtras(value)) {
      io.err(`${path}: pendamping lama dibaca; simpan ulang proyek untuk memasukkannya / legacy sidecar read; save the project again to include it`)
      return value
    }
  } catch {
    // reported below
  }
  io.err(`${path}: bukan berkas pendamping Archi CSV Cetakbiru; diabaikan / not a Cetakbiru Archi CSV companion file; ignored`)
  return undefined
}

/** What an earlier import kept for `data`: its `interop.archiCsv`, else a legacy companion file. */
async function keptExtras(fs: FormatFs, projectFile: string, data: ProjectData, io: FormatIo): Promise<ArchiCsvExtras | undefined> {
  const own = readArchiCsvInterop(data)
  if (own.warning) io.err(`PERINGATAN/WARNING ${projectFile}: ${bilingual(own.warning)}`)
  if (own.extras || data.interop?.archiCsv !== undefined) return own.extras
  return readLegacySidecar(fs, projectFile, io)
}

/** Warnings beyond this many are counted, not listed: a foreign model can have thousands. */
const MAX_LISTED_WARNINGS = 30

/**
 * `cetakbiru import <prefix>elements.csv [...relations.csv] [...properties.csv] --format archi-csv
 * [--into <project>] -o <project>`. Given only the elements file, its relations and properties
 * siblings are read when they exist, as Archi does. What the model cannot hold goes into the
 * output project's `interop.archiCsv` (merged with --into's), so `export` gives it back.
 */
export function archiCsvImportFormat(fs: FormatFs) {
  return async ({ files, output, options, io }: FormatImportInput): Promise<number> => {
    if (options.mapping) {
      io.err('Format archi-csv tidak memakai --mapping / The archi-csv format takes no --mapping')
      return EXIT_UNREADABLE
    }
    const paths = new Map<keyof ArchiCsvSet, string>()
    for (const f of files) {
      const role = archiCsvRole(f)
      if (!role) {
        io.err(`${f}: nama berkas harus berakhiran elements.csv, relations.csv atau properties.csv / the file name must end in elements.csv, relations.csv or properties.csv`)
        return EXIT_UNREADABLE
      }
      paths.set(role, f)
    }
    const set: { -readonly [K in keyof ArchiCsvSet]: ArchiCsvSet[K] } = {}
    const elements = paths.get('elements')
    for (const role of ['relations', 'properties'] as const) {
      if (paths.has(role) || !elements) continue
      const sibling = elements.replace(/elements\.csv$/i, `${role}.csv`)
      try {
        set[role] = { name: sibling, content: await fs.readFile(sibling) }
      } catch {
        // No sibling: the set has fewer files, which Archi allows.
      }
    }
    for (const [role, path] of paths) {
      const content = await readOrReport(fs, path, io)
      if (!content) return EXIT_UNREADABLE
      set[role] = { name: path, content }
    }
    const into = options.into ? await readIntoProject(fs, options.into, io) : undefined
    if (options.into && !into) return EXIT_UNREADABLE
    const extras = options.into && into ? await keptExtras(fs, options.into, into, io) : undefined
    const result = importArchiCsv(set, { mapping: ARCHI_CSV_MAPPING, ...(into ? { into } : {}), ...(extras ? { extras } : {}) })
    if (!result.ok) {
      for (const issue of result.issues) io.err(formatCsvIssue(issue))
      io.err('Tidak ada yang diimpor / nothing was imported')
      return EXIT_UNREADABLE
    }
    const { report } = result
    for (const w of report.warnings.slice(0, MAX_LISTED_WARNINGS)) io.err(`PERINGATAN/WARNING ${formatCsvIssue(w)}`)
    if (report.warnings.length > MAX_LISTED_WARNINGS) io.err(`... ${report.warnings.length - MAX_LISTED_WARNINGS} peringatan lain / more warnings`)
    if (!(await writeOrReport(fs, output, serializeProject(result.data), io))) return EXIT_UNREADABLE
    io.out(
      `${output}: elemen baru ${report.elements.created}, diperbarui ${report.elements.updated}; relasi baru ${report.relations.created}, diperbarui ${report.relations.updated}, di luar model ${report.relations.skipped}; properti di model ${report.properties.kept}, di luar model ${report.properties.notKept}; yang di luar model disimpan bersama proyek untuk ekspor` +
        ` / elements created ${report.elements.created}, updated ${report.elements.updated}; relations created ${report.relations.created}, updated ${report.relations.updated}, outside the model ${report.relations.skipped}; properties in the model ${report.properties.kept}, outside the model ${report.properties.notKept}; what is outside the model is kept with the project for export`,
    )
    return EXIT_OK
  }
}

/** `cetakbiru export <project> --format archi-csv -o <prefix>`: writes `<prefix>elements.csv` and its two siblings. */
export function archiCsvExportFormat(fs: FormatFs) {
  return async ({ file, data, output, io }: FormatExportInput): Promise<number> => {
    const prefix = /elements\.csv$/i.test(output) ? output.replace(/elements\.csv$/i, '') : /[\\/]$/.test(output) ? output : `${output}-`
    const names = archiCsvFileNames(prefix)
    const csv = exportArchiCsv(data, ARCHI_CSV_MAPPING, await keptExtras(fs, file, data, io))
    for (const role of ['elements', 'relations', 'properties'] as const) {
      if (!(await writeOrReport(fs, names[role], csv[role], io))) return EXIT_UNREADABLE
    }
    io.out(`${names.elements}, ${names.relations}, ${names.properties}: ${data.elements.length} elemen, ${data.relations.length} relasi / elements, relations`)
    return EXIT_OK
  }
}
