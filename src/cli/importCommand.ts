import { parseArgs } from 'node:util'
import { EXIT, type CliCommand, type CliIo } from './cliCommand.ts'
import { importArchimateFormat } from './importArchimate.ts'
import { nodeFormatFs } from './nodeFormatFs.ts'
import { archiCsvImportFormat } from '../io/archiCsv/archiCsvFormats.ts'
import { tableImportFormat } from '../io/inventory/tableFormat.ts'
import { usageError } from './usageError.ts'
import { IMPORT_INFO } from './commandInfo.ts'

export interface ImportInput {
  readonly files: readonly string[]
  /** The project file to write. */
  readonly output: string
  /** Options the format reads itself (`--mapping`, `--into` ...), as given. */
  readonly options: Readonly<Record<string, string | undefined>>
  readonly io: CliIo
}

/** Reads `files`, writes the project to `output` only when everything is valid, returns the exit code. */
export type ImportFormat = (input: ImportInput) => Promise<number>

/** Format name -> reader. Each format registers itself here (archimate, archi-csv, table ...). */
export const IMPORT_FORMATS: Record<string, ImportFormat> = {
  archimate: importArchimateFormat,
  'archi-csv': archiCsvImportFormat(nodeFormatFs),
  table: tableImportFormat(nodeFormatFs),
}

export const importCommand: CliCommand = {
  ...IMPORT_INFO,
  async run(args, io) {
    let parsed
    try {
      parsed = parseArgs({
        args: [...args], allowPositionals: true,
        options: { format: { type: 'string' }, output: { type: 'string', short: 'o' }, mapping: { type: 'string' }, into: { type: 'string' } },
      })
    } catch (e) {
      return usageError(io, this.usage, (e as Error).message)
    }
    const { format, output, mapping, into } = parsed.values
    if (parsed.positionals.length === 0 || !format || !output) return usageError(io, this.usage)
    const reader = IMPORT_FORMATS[format]
    if (!reader) {
      const known = Object.keys(IMPORT_FORMATS).sort().join(', ')
      return usageError(io, this.usage, `Format "${format}" tidak dikenal (yang ada: ${known}) / Unknown format "${format}" (available: ${known})`)
    }
    const code = await reader({ files: parsed.positionals, output, options: { mapping, into }, io })
    return code === EXIT.ok ? EXIT.ok : code
  },
}
