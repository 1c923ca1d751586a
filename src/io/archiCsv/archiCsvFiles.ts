import { csvError, type CsvIssue } from './csvIssue.ts'
import { readCsv, type CsvLimits } from './csvTable.ts'

/** One file of an Archi CSV set, as the user picked it. */
export interface NamedText {
  readonly name: string
  readonly content: string | Uint8Array
}

/** Archi writes `<prefix>elements.csv`, `<prefix>relations.csv`, `<prefix>properties.csv`. */
export interface ArchiCsvSet {
  readonly elements?: NamedText
  readonly relations?: NamedText
  readonly properties?: NamedText
}

export interface ElementRow { readonly line: number; readonly id: string; readonly type: string; readonly name: string; readonly documentation: string; readonly specialization: string }
export interface RelationRow extends ElementRow { readonly source: string; readonly target: string }
export interface PropertyRow { readonly line: number; readonly id: string; readonly key: string; readonly value: string }

export interface ArchiCsvRows {
  readonly elements: readonly ElementRow[]
  readonly relations: readonly RelationRow[]
  readonly properties: readonly PropertyRow[]
  readonly files: { readonly elements?: string; readonly relations?: string; readonly properties?: string }
}

export const ELEMENTS_HEADER = ['ID', 'Type', 'Name', 'Documentation', 'Specialization'] as const
export const RELATIONS_HEADER = ['ID', 'Type', 'Name', 'Documentation', 'Source', 'Target', 'Specialization'] as const
export const PROPERTIES_HEADER = ['ID', 'Key', 'Value'] as const

/** Which file of a set a path is, by Archi's own suffixes. */
export function archiCsvRole(fileName: string): keyof ArchiCsvSet | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').toLowerCase()
  if (base.endsWith('elements.csv')) return 'elements'
  if (base.endsWith('relations.csv')) return 'relations'
  if (base.endsWith('properties.csv')) return 'properties'
  return undefined
}

export type RowsResult = { readonly ok: true; readonly rows: ArchiCsvRows; readonly warnings: readonly CsvIssue[] } | { readonly ok: false; readonly issues: readonly CsvIssue[] }

/**
 * Reads and checks the files of a set: header rows as Archi writes them (Specialization may be
 * missing, as in files from Archi before 4.9), the number of columns on each row. All problems
 * of all files are collected, so a user fixes them in one round.
 */
export function readArchiCsvRows(set: ArchiCsvSet, limits?: CsvLimits): RowsResult {
  if (!set.elements && !set.relations && !set.properties) {
    return { ok: false, issues: [csvError('(input)', {}, 'Tidak ada berkas: pilih berkas *elements.csv, *relations.csv dan/atau *properties.csv', 'No files: choose *elements.csv, *relations.csv and/or *properties.csv files')] }
  }
  const issues: CsvIssue[] = []
  const warnings: CsvIssue[] = []
  const read = (file: NamedText | undefined, header: readonly string[], required: number): { line: number; cells: readonly string[] }[] => {
    if (!file) return []
    const result = readCsv(file.content, file.name, { comments: true, ...(limits ? { limits } : {}) })
    if (!result.ok) {
      issues.push(...result.issues)
      return []
    }
    const { table } = result
    warnings.push(...table.warnings)
    const got = table.header
    for (let i = 0; i < header.length; i++) {
      const cell = got[i]
      if (i >= required && cell === undefined) break
      if ((cell ?? '').toLowerCase() !== header[i]!.toLowerCase()) {
        issues.push(csvError(file.name, { line: table.headerLine, column: i + 1 },
          `Baris judul kolom tidak sesuai format Archi: diharapkan "${header[i]}", tertulis "${cell ?? ''}" (judul lengkap: ${header.join(', ')})`,
          `The header row does not match Archi's format: expected "${header[i]}", found "${cell ?? ''}" (full header: ${header.join(', ')})`))
        return []
      }
    }
    const rows = []
    for (const row of table.rows) {
      if (row.cells.length < required) {
        issues.push(csvError(file.name, { line: row.line, column: row.cells.length + 1 },
          `Baris ini hanya punya ${row.cells.length} kolom; diharapkan paling sedikit ${required} (${header.slice(0, required).join(', ')})`,
          `This row has only ${row.cells.length} columns; expected at least ${required} (${header.slice(0, required).join(', ')})`))
        continue
      }
      rows.push(row)
    }
    return rows
  }
  const cell = (cells: readonly string[], i: number): string => cells[i] ?? ''
  const elements = read(set.elements, ELEMENTS_HEADER, 4).map(({ line, cells }): ElementRow => ({
    line, id: cell(cells, 0), type: cell(cells, 1), name: cell(cells, 2), documentation: cell(cells, 3), specialization: cell(cells, 4),
  }))
  const relations = read(set.relations, RELATIONS_HEADER, 6).map(({ line, cells }): RelationRow => ({
    line, id: cell(cells, 0), type: cell(cells, 1), name: cell(cells, 2), documentation: cell(cells, 3), source: cell(cells, 4), target: cell(cells, 5), specialization: cell(cells, 6),
  }))
  const properties = read(set.properties, PROPERTIES_HEADER, 3).map(({ line, cells }): PropertyRow => ({ line, id: cell(cells, 0), key: cell(cells, 1), value: cell(cells, 2) }))
  if (issues.length > 0) return { ok: false, issues }
  const files = {
    ...(set.elements ? { elements: set.elements.name } : {}),
    ...(set.relations ? { relations: set.relations.name } : {}),
    ...(set.properties ? { properties: set.properties.name } : {}),
  }
  return { ok: true, rows: { elements, relations, properties, files }, warnings }
}
