import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser'
import type { ProjectData, ProjectFile } from '../project.ts'
import { BLOCKING_RULES, INTEGRITY_RULES, validateProject } from '../validation/validateProject.ts'
import { loadError, type LoadError } from './loadError.ts'
import { MIGRATIONS, OLDEST_SUPPORTED_VERSION } from './migrations/migrations.ts'
// Precompiled by `npm run gen` (Ajv standalone code): no `new Function` at run time, so the app
// runs under a Content-Security-Policy without 'unsafe-eval'.
import validateProjectSchema from './generated/projectValidator.js'
import { CURRENT_SCHEMA_VERSION } from './schemaVersion.ts'
import { describeSchemaErrors } from './schemaErrors.ts'

/** Larger files are refused before parsing: a 100k-element project is about 60 MB. */
export const MAX_FILE_BYTES = 128 * 1024 * 1024

export type LoadStage = 'size' | 'json' | 'version' | 'schema' | 'integrity'

export type LoadResult =
  | { readonly ok: true; readonly data: ProjectData; readonly migratedFrom?: number }
  | { readonly ok: false; readonly stage: LoadStage; readonly errors: readonly LoadError[] }

export interface LoadOptions {
  /**
   * Also refuse files whose records would be lost or hidden in a Y.Doc (duplicate ids, relations
   * to missing elements ...). On by default; `validate` turns it off to report them as findings.
   */
  readonly integrity?: boolean
}

export function tooLarge(bytes: number): LoadResult {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(0)
  return {
    ok: false, stage: 'size',
    errors: [loadError('(file)', `Berkas terlalu besar: ${mb(bytes)} MB (batas ${mb(MAX_FILE_BYTES)} MB)`, `File too large: ${mb(bytes)} MB (limit ${mb(MAX_FILE_BYTES)} MB)`)],
  }
}

/** Parses and checks the text of a `*.cetakbiru.json` file. Nothing is applied anywhere. */
export function parseProjectText(text: string, options: LoadOptions = {}): LoadResult {
  // UTF-16 length is at most the byte length, so this refuses nothing the byte limit allows.
  if (text.length > MAX_FILE_BYTES) return tooLarge(text.length)
  let value: unknown
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    return { ok: false, stage: 'json', errors: [jsonError(text, e as Error)] }
  }
  return parseProjectJson(value, options)
}

/** Migrates, schema-checks and integrity-checks an already parsed file. */
export function parseProjectJson(value: unknown, options: LoadOptions = {}): LoadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, stage: 'schema', errors: [loadError('(root)', 'Isi berkas harus objek JSON proyek Cetakbiru', 'The file must hold a Cetakbiru project JSON object')] }
  }
  let file = value as Record<string, unknown>
  const version = file.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, stage: 'version', errors: [loadError('schemaVersion', 'kolom "schemaVersion" (bilangan bulat) wajib ada; ini bukan berkas proyek Cetakbiru?', 'field "schemaVersion" (an integer) is required; is this a Cetakbiru project file?')] }
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, stage: 'version', errors: [loadError('schemaVersion', `Berkas dibuat oleh versi Cetakbiru yang lebih baru (format ${version}, versi ini membaca sampai ${CURRENT_SCHEMA_VERSION}); perbarui Cetakbiru`, `The file was written by a newer Cetakbiru (format ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}); update Cetakbiru`)] }
  }
  if (version < OLDEST_SUPPORTED_VERSION) {
    return { ok: false, stage: 'version', errors: [loadError('schemaVersion', `Format ${version} tidak dikenal`, `Unknown format version ${version}`)] }
  }
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) file = MIGRATIONS[v]!(file)

  if (!validateProjectSchema(file)) return { ok: false, stage: 'schema', errors: describeSchemaErrors(validateProjectSchema.errors ?? []) }
  const { schemaVersion: _v, $schema: _s, ...data } = file as unknown as ProjectFile & { $schema?: string }

  const migratedFrom = version < CURRENT_SCHEMA_VERSION ? { migratedFrom: version } : {}
  if (options.integrity === false) return { ok: true, data, ...migratedFrom }
  const blocking = validateProject(data, undefined, INTEGRITY_RULES).filter((f) => BLOCKING_RULES.has(f.rule))
  if (blocking.length > 0) return { ok: false, stage: 'integrity', errors: blocking.slice(0, 50).map((f) => ({ path: f.path, message: f.message })) }
  return { ok: true, data, ...migratedFrom }
}

/**
 * Names line and column of a JSON syntax error. V8's messages no longer carry a position, so
 * the text is scanned again (only on failure) by jsonc-parser in strict mode to find it.
 */
function jsonError(text: string, e: Error): LoadError {
  const errors: ParseError[] = []
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false })
  const first = errors[0]
  if (!first) return loadError('(file)', `Bukan JSON yang sah: ${e.message}`, `Not valid JSON: ${e.message}`)
  let line = 1
  let lineStart = 0
  for (let i = 0; i < first.offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  const col = first.offset - lineStart + 1
  const what = printParseErrorCode(first.error)
  return loadError(`${line}:${col}`, `Bukan JSON yang sah di baris ${line}, kolom ${col} (${what})`, `Not valid JSON at line ${line}, column ${col} (${what})`)
}
