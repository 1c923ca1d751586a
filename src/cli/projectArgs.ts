import { parseArgs } from 'node:util'
import type { ProjectData } from '../model/project.ts'
import { formatLoadError } from '../model/file/loadError.ts'
import { EXIT, type CliIo } from './cliCommand.ts'
import { readProjectFile } from './readProjectFile.ts'

export type Format = 'json' | 'md' | 'csv'

export interface ProjectArgs {
  readonly file: string
  readonly format: Format
  readonly from?: string
  readonly to?: string
  readonly data: ProjectData
}

/**
 * Parses `<file> [--format json|md|csv] [--from S] [--to S]` and loads the project (integrity
 * checked, as analysis needs it). Returns the exit code instead when that fails.
 */
export async function readProjectArgs(args: readonly string[], io: CliIo, usage: string, states: boolean): Promise<ProjectArgs | number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args], allowPositionals: true,
      options: { format: { type: 'string', default: 'json' }, ...(states ? { from: { type: 'string' }, to: { type: 'string' } } : {}) },
    })
  } catch (e) {
    io.err((e as Error).message)
    io.err(`Penggunaan / usage: ${usage}`)
    return EXIT.unreadable
  }
  const format = parsed.values.format as string
  const file = parsed.positionals[0]
  if (!file || parsed.positionals.length > 1 || !['json', 'md', 'csv'].includes(format)) {
    io.err(`Penggunaan / usage: ${usage}`)
    return EXIT.unreadable
  }
  const result = await readProjectFile(file)
  if (!result.ok) {
    for (const e of result.errors) io.err(formatLoadError(e, file))
    return EXIT.unreadable
  }
  const values = parsed.values as { from?: string; to?: string }
  return { file, format: format as Format, data: result.data, ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) }
}
