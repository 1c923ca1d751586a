import { parseArgs } from 'node:util'
import type { ProjectData } from '../model/project.ts'
import { formatLoadError } from '../model/file/loadError.ts'
import { EXIT, type CliCommand, type CliIo } from './cliCommand.ts'
import { exportArchimateFormat } from './exportArchimate.ts'
import { nodeFormatFs } from './nodeFormatFs.ts'
import { archiCsvExportFormat } from '../io/archiCsv/archiCsvFormats.ts'
import { readProjectFile } from './readProjectFile.ts'
import { reportWriter } from '../io/report/pdf/reportWriters.ts'
import { usageError } from './usageError.ts'
import { EXPORT_INFO } from './commandInfo.ts'

export interface ExportInput {
  /** The project file as given on the command line (legacy sidecar files of older imports sit beside it). */
  readonly file: string
  readonly data: ProjectData
  readonly output: string
  readonly io: CliIo
}

/** Writes `output` and returns the exit code. */
export type ExportFormat = (input: ExportInput) => Promise<number>

/** Format name -> writer. Each format registers itself here (docx, xlsx, pdf, md, html, archi-csv ...). */
export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  archimate: exportArchimateFormat,
  'archi-csv': archiCsvExportFormat(nodeFormatFs),
  docx: reportWriter('docx'),
  xlsx: reportWriter('xlsx'),
  pdf: reportWriter('pdf'),
  md: reportWriter('md'),
  html: reportWriter('html'),
  'roadmap-docx': reportWriter('docx', { only: 'roadmap' }),
  'roadmap-xlsx': reportWriter('xlsx', { only: 'roadmap' }),
}

export const exportCommand: CliCommand = {
  ...EXPORT_INFO,
  async run(args, io) {
    let parsed
    try {
      parsed = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string' }, output: { type: 'string', short: 'o' } } })
    } catch (e) {
      return usageError(io, this.usage, (e as Error).message)
    }
    const { format, output } = parsed.values
    const file = parsed.positionals[0]
    if (!file || parsed.positionals.length > 1 || !format || !output) return usageError(io, this.usage)
    const writer = EXPORT_FORMATS[format]
    if (!writer) {
      const known = Object.keys(EXPORT_FORMATS).sort().join(', ')
      return usageError(io, this.usage, `Format "${format}" tidak dikenal (yang ada: ${known}) / Unknown format "${format}" (available: ${known})`)
    }
    const result = await readProjectFile(file)
    if (!result.ok) {
      for (const e of result.errors) io.err(formatLoadError(e, file))
      return EXIT.unreadable
    }
    return writer({ file, data: result.data, output, io })
  },
}
