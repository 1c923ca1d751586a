import { parseProjectText } from '../../model/file/loadProject.ts'
import { serializeProject } from '../../model/file/serialize.ts'
import type { ProjectData } from '../../model/project.ts'
import { archiCsvRole, type ArchiCsvSet } from './archiCsvFiles.ts'
import { exportArchiCsv } from './archiCsvExport.ts'
import { importArchiCsv } from './archiCsvImport.ts'
import { ARCHI_CSV_MAPPING } from './archiCsvMapping.ts'
import { formatCsvIssue } from './csvIssue.ts'
import { readCsv } from './csvTable.ts'

export interface RoundTripReport {
  readonly ok: boolean
  /** Rows with an id in the original files, and how many of them the export has with the same values. */
  readonly counts: { readonly elements: [number, number]; readonly relations: [number, number]; readonly properties: [number, number] }
  readonly problems: readonly string[]
}

const WIDTH = { elements: 4, relations: 6, properties: 3 } as const

/**
 * Imports a set, saves the project as its file and reads it again, exports that (so what the
 * model cannot hold must have travelled in the file's `interop.archiCsv`), and checks that every
 * original row with an id comes back with the same values (properties as a multiset), then that
 * importing the export gives the same elements and relations. For tests and `npm run conformance`.
 */
export function checkArchiCsvRoundTrip(set: ArchiCsvSet): RoundTripReport {
  const counts = { elements: [0, 0] as [number, number], relations: [0, 0] as [number, number], properties: [0, 0] as [number, number] }
  const first = importArchiCsv(set, { mapping: ARCHI_CSV_MAPPING })
  if (!first.ok) return { ok: false, counts, problems: first.issues.slice(0, 3).map(formatCsvIssue) }
  const saved = parseProjectText(serializeProject(first.data))
  if (!saved.ok) return { ok: false, counts, problems: saved.errors.slice(0, 3).map((e) => `project file: ${e.path}: ${e.message.en}`) }
  const csv = exportArchiCsv(saved.data, ARCHI_CSV_MAPPING)
  const problems: string[] = []
  for (const role of ['elements', 'relations', 'properties'] as const) {
    const source = set[role]
    if (!source) continue
    const pool = rowsOf(csv[role], WIDTH[role])
    const wanted = rowsOf(source.content, WIDTH[role]).filter((row) => !row.startsWith('|'))
    counts[role][0] = wanted.length
    for (const row of wanted) {
      const i = pool.indexOf(row)
      if (i < 0) problems.push(`${role}: ${row.slice(0, 120)} missing`)
      else {
        pool.splice(i, 1)
        counts[role][1]++
      }
    }
  }
  const second = importArchiCsv({ elements: { name: 'elements.csv', content: csv.elements }, relations: { name: 'relations.csv', content: csv.relations }, properties: { name: 'properties.csv', content: csv.properties } }, { mapping: ARCHI_CSV_MAPPING })
  if (!second.ok) problems.push(`re-import: ${second.issues.slice(0, 2).map(formatCsvIssue).join(' | ')}`)
  else if (identity(second.data) !== identity(first.data)) problems.push('re-import: elements or relations differ')
  return { ok: problems.length === 0, counts, problems }
}

function rowsOf(text: string | Uint8Array, width: number): string[] {
  const r = readCsv(text, '', { comments: true })
  return r.ok ? r.table.rows.map((row) => row.cells.slice(0, width).join('|')) : []
}

function identity(d: ProjectData): string {
  return JSON.stringify([d.elements.map((e) => `${e.id} ${e.kind} ${e.name} ${e.description ?? ''}`).sort(), d.relations.map((r) => `${r.id} ${r.kind} ${r.source} ${r.target}`).sort()])
}

/** File names grouped into sets by their prefix before `elements.csv` / `relations.csv` / `properties.csv`. */
export function groupArchiCsvFiles(names: readonly string[]): Map<string, Partial<Record<keyof ArchiCsvSet, string>>> {
  const sets = new Map<string, Partial<Record<keyof ArchiCsvSet, string>>>()
  for (const name of [...names].sort()) {
    const role = archiCsvRole(name)
    if (!role) continue
    const prefix = name.slice(0, name.length - `${role}.csv`.length)
    const entry = sets.get(prefix) ?? {}
    entry[role] = name
    sets.set(prefix, entry)
  }
  return sets
}
