import { bilingual, type Message } from '../../model/message.ts'
import { parseProjectText } from '../../model/file/loadProject.ts'
import { formatLoadError } from '../../model/file/loadError.ts'
import type { ProjectData } from '../../model/project.ts'

/**
 * What the command-line formats of the CSV and table importers need from Node, passed in by
 * src/cli so this layer keeps no Node imports (it also runs in the browser).
 */
export interface FormatFs {
  readFile(path: string): Promise<Uint8Array>
  writeFile(path: string, data: string): Promise<void>
}

export interface FormatIo {
  out(text: string): void
  err(text: string): void
}

/** The shape of src/cli's ImportFormat input, repeated structurally so io does not import cli. */
export interface FormatImportInput {
  readonly files: readonly string[]
  readonly output: string
  readonly options: Readonly<Record<string, string | undefined>>
  readonly io: FormatIo
}

export interface FormatExportInput {
  readonly file: string
  readonly data: ProjectData
  readonly output: string
  readonly io: FormatIo
}

/** Same numbers as src/cli/cliCommand.ts EXIT. */
export const EXIT_OK = 0
export const EXIT_UNREADABLE = 2

export function errorText(e: unknown): string {
  return (e as { code?: string }).code ?? (e as Error).message
}

/** Reads a file, reporting a failure in both languages; undefined when it could not be read. */
export async function readOrReport(fs: FormatFs, path: string, io: FormatIo): Promise<Uint8Array | undefined> {
  try {
    return await fs.readFile(path)
  } catch (e) {
    const code = errorText(e)
    io.err(`${path}: ${code === 'ENOENT' ? 'berkas tidak ditemukan / file not found' : `tidak dapat dibaca / cannot be read (${code})`}`)
    return undefined
  }
}

/** The `--into` project, checked like any project file. */
export async function readIntoProject(fs: FormatFs, path: string, io: FormatIo): Promise<ProjectData | undefined> {
  const bytes = await readOrReport(fs, path, io)
  if (!bytes) return undefined
  const result = parseProjectText(new TextDecoder().decode(bytes))
  if (result.ok) return result.data
  for (const e of result.errors) io.err(formatLoadError(e, path))
  return undefined
}

export async function writeOrReport(fs: FormatFs, path: string, text: string, io: FormatIo): Promise<boolean> {
  try {
    await fs.writeFile(path, text)
    return true
  } catch (e) {
    io.err(`${path}: tidak dapat ditulis / cannot be written (${errorText(e)})`)
    return false
  }
}

export function line(m: Message): string {
  return bilingual(m)
}
