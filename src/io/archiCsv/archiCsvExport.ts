import { stringify } from 'csv-stringify/browser/esm/sync'
import type { ProjectData } from '../../model/project.ts'
import type { ArchiCsvExtras } from './archiCsvExtras.ts'
import { readArchiCsvInterop } from './archiCsvInterop.ts'
import { ELEMENTS_HEADER, PROPERTIES_HEADER, RELATIONS_HEADER } from './archiCsvFiles.ts'
import { elementPropertyPairs, relationPropertyPairs } from './archiCsvProperties.ts'
import { ACCESS_TYPE_KEY, ARCHI_MODEL_TYPE, exchangeRelationTypeToCsv, type ArchimateTypeMapping } from './archimateTypes.ts'

export interface ArchiCsvExport {
  readonly elements: string
  readonly relations: string
  readonly properties: string
}

/** The file names Archi looks for when it is given `<prefix>elements.csv`. */
export function archiCsvFileNames(prefix: string): { readonly elements: string; readonly relations: string; readonly properties: string } {
  return { elements: `${prefix}elements.csv`, relations: `${prefix}relations.csv`, properties: `${prefix}properties.csv` }
}

/**
 * Writes a project as Archi's three CSV files, as Archi itself does: every field quoted, CRLF,
 * UTF-8 without BOM. SPBE fields travel as `spbe:*` properties so a re-import restores them;
 * the extras of an earlier Archi CSV import (`given`, else the project's `interop.archiCsv`) put
 * back what the model could not hold, for elements and relations that still exist. Values are written verbatim (no formula guard): these
 * files are for Archi, and an apostrophe in front of a name would come back on re-import.
 */
export function exportArchiCsv(data: ProjectData, mapping: ArchimateTypeMapping, given?: ArchiCsvExtras): ArchiCsvExport {
  const extras = given ?? readArchiCsvInterop(data).extras
  const write = (header: readonly string[], rows: string[][]): string =>
    stringify([[...header], ...rows], { quoted: true, quoted_empty: true, record_delimiter: 'windows' })
  const elementIds = new Set(data.elements.map((e) => e.id))
  const relationIds = new Set(data.relations.map((r) => r.id))
  const foreign = new Map<string, [string, string][]>()
  for (const p of extras?.properties ?? []) {
    let list = foreign.get(p.id)
    if (!list) foreign.set(p.id, (list = []))
    list.push([p.key, p.value])
  }
  const spec = (id: string): string => extras?.specializations[id] ?? ''

  const elements: string[][] = [[data.project.id, ARCHI_MODEL_TYPE, data.project.name, data.project.description ?? '', '']]
  const properties: string[][] = []
  // The model row's properties: a new project takes the Archi model's id (see archiCsvImport).
  for (const [key, value] of foreign.get(data.project.id) ?? []) properties.push([data.project.id, key, value])
  for (const e of data.elements) {
    const recorded = extras?.elementTypes[e.id]
    // A recorded type counts only while the element still has the kind that type imports as.
    const type = recorded && mapping.elementKind(recorded)?.kind === e.kind ? recorded : mapping.elementType(e.kind)
    elements.push([e.id, type, e.name, e.description ?? '', spec(e.id)])
    for (const [key, value] of elementPropertyPairs(e, data)) properties.push([e.id, key, value])
    for (const [key, value] of foreign.get(e.id) ?? []) properties.push([e.id, key, value])
  }
  const relations: string[][] = []
  for (const r of data.relations) {
    const written = mapping.relationType(r.kind)
    const [source, target] = written.reversed ? [r.target, r.source] : [r.source, r.target]
    const text = extras?.relationTexts[r.id]
    relations.push([r.id, exchangeRelationTypeToCsv(written.type), text?.name ?? '', text?.documentation ?? '', source, target, spec(r.id)])
    if (written.accessType) properties.push([r.id, ACCESS_TYPE_KEY, written.accessType.toLowerCase()])
    for (const [key, value] of relationPropertyPairs(r, data)) properties.push([r.id, key, value])
    for (const [key, value] of foreign.get(r.id) ?? []) properties.push([r.id, key, value])
  }
  // Relations kept aside, while both ends still exist (an element deleted in Cetakbiru takes them
  // along, and with them any kept relation that pointed at them: hence the loop).
  let aside = (extras?.relations ?? []).filter((r) => !relationIds.has(r.id) && !elementIds.has(r.id))
  for (let changed = true; changed;) {
    const present = new Set([...elementIds, ...relationIds, ...aside.map((r) => r.id)])
    const next = aside.filter((r) => present.has(r.source) && present.has(r.target))
    changed = next.length !== aside.length
    aside = next
  }
  for (const r of aside) {
    relations.push([r.id, r.type, r.name, r.documentation, r.source, r.target, spec(r.id)])
    for (const [key, value] of foreign.get(r.id) ?? []) properties.push([r.id, key, value])
  }
  return { elements: write(ELEMENTS_HEADER, elements), relations: write(RELATIONS_HEADER, relations), properties: write(PROPERTIES_HEADER, properties) }
}
