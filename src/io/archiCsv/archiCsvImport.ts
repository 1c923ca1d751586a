import { randomId } from '../../model/commands/commandContext.ts'
import { emptyProject, type EmptyProjectInput } from '../../model/emptyProject.ts'
import { parseProjectJson } from '../../model/file/loadProject.ts'
import { ID_PATTERN, LIMITS } from '../../model/file/projectSchema.ts'
import { CURRENT_SCHEMA_VERSION } from '../../model/file/schemaVersion.ts'
import { elementKind, relationKind } from '../../model/metamodel/metamodel.ts'
import type { Membership, Opd, ProjectData, State } from '../../model/project.ts'
import { findOpd } from '../inventory/coerceValue.ts'
import { readArchiCsvRows, type ArchiCsvSet, type ElementRow, type PropertyRow } from './archiCsvFiles.ts'
import { applyElementProperty, applyRelationProperty, KEY, type ElementDraft, type OpdResolver, type RelationDraft } from './archiCsvProperties.ts'
import { ACCESS_TYPE_KEY, ARCHI_MODEL_TYPE, csvRelationTypeToExchange, exchangeRelationTypeToCsv, type ArchimateTypeMapping } from './archimateTypes.ts'
import { emptyExtras, EXTRAS_FORMAT, mergeExtras, type ArchiCsvExtras, type ExtraProperty, type ExtraRelation } from './archiCsvExtras.ts'
import { readArchiCsvInterop, withArchiCsvInterop } from './archiCsvInterop.ts'
import { csvError, csvWarning, type CsvIssue } from './csvIssue.ts'
import type { CsvLimits } from './csvTable.ts'

export interface ArchiCsvImportOptions {
  readonly mapping: ArchimateTypeMapping
  /** The project to update; without it a new project is made (see `newProject`). */
  readonly into?: ProjectData
  readonly newProject?: Partial<EmptyProjectInput>
  /** Injectable so tests get the same ids every run. */
  readonly newId?: (prefix: string) => string
  readonly limits?: CsvLimits
  /**
   * What an earlier import of this project kept beside it; defaults to `into`'s own
   * `interop.archiCsv` (a legacy companion file is passed here by the command line).
   */
  readonly extras?: ArchiCsvExtras
}

export interface ArchiCsvImportReport {
  readonly elements: { readonly created: number; readonly updated: number }
  readonly relations: { readonly created: number; readonly updated: number; readonly skipped: number }
  /** `kept`: in the model; `notKept`: only in the companion extras (no SPBE counterpart). */
  readonly properties: { readonly kept: number; readonly notKept: number }
  /** Names of OPD that did not exist and were added for owner/user properties. */
  readonly opdCreated: readonly string[]
  readonly warnings: readonly CsvIssue[]
}

export type ArchiCsvImportResult =
  /** `data.interop.archiCsv` holds `extras` (when not empty): what the model has no place for, kept for export. */
  | { readonly ok: true; readonly data: ProjectData; readonly extras: ArchiCsvExtras; readonly report: ArchiCsvImportReport }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] }

const ID_RE = new RegExp(ID_PATTERN)

/**
 * Imports an Archi CSV set (any of elements, relations, properties) the way Archi does: rows with
 * an id update the concept with that id, rows without one get a new id, relations are re-wired,
 * nothing is ever deleted and no concept changes its type. All or nothing: the result is a whole
 * new ProjectData that passes the project loader's checks, or the list of what is wrong.
 */
export function importArchiCsv(set: ArchiCsvSet, options: ArchiCsvImportOptions): ArchiCsvImportResult {
  const read = readArchiCsvRows(set, options.limits)
  if (!read.ok) return read
  const { rows } = read
  const newId = options.newId ?? randomId
  // A new project takes the Archi model's id, so the model's properties find it again on export.
  const modelId = rows.elements.find((r) => r.type === ARCHI_MODEL_TYPE && ID_RE.test(r.id))?.id
  const base = options.into ?? emptyProject({
    id: modelId ?? newId('p'), name: 'Impor Archi', organization: 'Pemerintah Daerah', organizationType: 'kabupaten', planStartYear: new Date().getFullYear(), ...options.newProject,
  })
  const errors: CsvIssue[] = []
  const warnings: CsvIssue[] = [...read.warnings]
  const elFile = rows.files.elements ?? ''
  const relFile = rows.files.relations ?? ''
  const propFile = rows.files.properties ?? ''

  const baseElements = new Map(base.elements.map((e) => [e.id, e]))
  const baseRelations = new Map(base.relations.map((r) => [r.id, r]))
  const elements = new Map<string, ElementDraft>()
  const relations = new Map<string, RelationDraft>()
  const seen = new Map<string, string>() // id -> "file line"
  const kindProperty = new Map<string, string>()
  const accessTypes = new Map<string, string>()
  for (const p of rows.properties) {
    if (p.key === KEY.kind && p.id) kindProperty.set(p.id, p.value.trim())
    if (p.key === ACCESS_TYPE_KEY && p.id) accessTypes.set(p.id, p.value.trim())
  }
  // What the model cannot hold goes here (see archiCsvExtras.ts).
  const elementTypes: Record<string, string> = {}
  const specializations: Record<string, string> = {}
  const extraRelations: ExtraRelation[] = []
  const extraRelationIds = new Set<string>()
  const relationTexts: Record<string, { name: string; documentation: string }> = {}
  const extraProperties: ExtraProperty[] = []
  const touched = new Set<string>()
  const counts = { elCreated: 0, elUpdated: 0, relCreated: 0, relUpdated: 0, relSkipped: 0, kept: 0, notKept: 0 }

  const claimId = (row: ElementRow, file: string, prefix: string): string | undefined => {
    if (!row.id) return newId(prefix)
    if (!ID_RE.test(row.id)) {
      errors.push(csvError(file, { line: row.line, column: 1, columnName: 'ID' }, `ID "${row.id}" tidak sah; diharapkan 1-${LIMITS.idLength} huruf, angka, - atau _`, `ID "${row.id}" is not valid; expected 1-${LIMITS.idLength} letters, digits, - or _`))
      return undefined
    }
    const first = seen.get(row.id)
    if (first) {
      errors.push(csvError(file, { line: row.line, column: 1, columnName: 'ID' }, `ID "${row.id}" sudah dipakai (${first}); setiap ID hanya boleh muncul sekali`, `ID "${row.id}" is already used (${first}); each ID may appear only once`))
      return undefined
    }
    seen.set(row.id, `${file} baris/line ${row.line}`)
    return row.id
  }
  const checkText = (row: ElementRow, file: string): boolean => {
    if (row.name.length > LIMITS.nameLength) errors.push(csvError(file, { line: row.line, column: 3, columnName: 'Name' }, `Nama terlalu panjang (${row.name.length} karakter, batas ${LIMITS.nameLength})`, `Name too long (${row.name.length} characters, limit ${LIMITS.nameLength})`))
    else if (row.documentation.length > LIMITS.descriptionLength) errors.push(csvError(file, { line: row.line, column: 4, columnName: 'Documentation' }, `Dokumentasi terlalu panjang (batas ${LIMITS.descriptionLength} karakter)`, `Documentation too long (limit ${LIMITS.descriptionLength} characters)`))
    else return true
    return false
  }

  // Elements (and the model row).
  let modelRow: ElementRow | undefined
  for (const row of rows.elements) {
    if (row.type === ARCHI_MODEL_TYPE) {
      modelRow = row
      continue
    }
    const mapped = options.mapping.elementKind(row.type)
    if (!mapped) {
      errors.push(csvError(elFile, { line: row.line, column: 2, columnName: 'Type' }, `"${row.type}" bukan jenis elemen ArchiMate; diharapkan mis. BusinessActor, ApplicationComponent, Node`, `"${row.type}" is not an ArchiMate element type; expected e.g. BusinessActor, ApplicationComponent, Node`))
      continue
    }
    const id = claimId(row, elFile, 'e')
    if (id === undefined || !checkText(row, elFile)) continue
    if (baseRelations.has(id)) {
      errors.push(csvError(elFile, { line: row.line, column: 1, columnName: 'ID' }, `ID "${id}" sudah dipakai oleh sebuah relasi di proyek`, `ID "${id}" already belongs to a relation in the project`))
      continue
    }
    const existing = baseElements.get(id)
    if (existing) {
      if (options.mapping.elementType(existing.kind) !== row.type && mapped.kind !== existing.kind) {
        errors.push(csvError(elFile, { line: row.line, column: 2, columnName: 'Type' }, `Elemen "${existing.name}" sudah ada sebagai ${options.mapping.elementType(existing.kind)}; impor tidak pernah mengubah jenis`, `Element "${existing.name}" already exists as ${options.mapping.elementType(existing.kind)}; an import never changes a type`))
        continue
      }
      const draft = cloneElement(existing)
      if (row.name) draft.name = row.name
      setDescription(draft, row.documentation)
      elements.set(id, draft)
      counts.elUpdated++
    } else {
      const wanted = kindProperty.get(row.id)
      const known = wanted !== undefined && elementKind(wanted) !== undefined
      const kind = known ? wanted : mapped.kind
      if (!known && !mapped.exact) {
        warnings.push(csvWarning(elFile, { line: row.line, column: 2, columnName: 'Type' }, `${row.type} tidak punya padanan SPBE; disimpan sebagai ${elementKind(kind)?.label.id ?? kind}`, `${row.type} has no SPBE counterpart; kept as ${elementKind(kind)?.label.en ?? kind}`))
      }
      if (!row.name) warnings.push(csvWarning(elFile, { line: row.line, column: 3, columnName: 'Name' }, 'Nama kosong; diisi dengan jenisnya', 'Empty name; the type is used instead'))
      const draft: ElementDraft = { id, kind, name: row.name || row.type, attrs: {}, states: allStates(base.states) }
      setDescription(draft, row.documentation)
      elements.set(id, draft)
      counts.elCreated++
    }
    touched.add(id)
    const draft = elements.get(id)!
    if (options.mapping.elementType(draft.kind) !== row.type) elementTypes[id] = row.type
    if (row.specialization) specializations[id] = row.specialization
  }

  const elementAt = (id: string): ElementDraft | undefined => elements.get(id) ?? (baseElements.has(id) ? touchElement(id) : undefined)
  const touchElement = (id: string): ElementDraft => {
    const draft = cloneElement(baseElements.get(id)!)
    elements.set(id, draft)
    return draft
  }

  const cloneRelation = (id: string): RelationDraft => {
    const r = baseRelations.get(id)!
    const draft: RelationDraft = { ...r, attrs: { ...r.attrs }, states: { ...r.states } }
    relations.set(id, draft)
    return draft
  }

  // Properties.
  const opd: Opd[] = [...base.opd]
  const opdCreated: string[] = []
  const resolver: OpdResolver = {
    resolve(text) {
      const found = findOpd(opd, text)
      if (found) return found
      const name = text.trim().slice(0, LIMITS.nameLength)
      const created: Opd = { id: newId('o'), code: name.slice(0, LIMITS.codeLength), name, shortName: name }
      opd.push(created)
      opdCreated.push(name)
      return created
    },
  }
  const seenKeys = new Map<string, number>()
  const applyProperties = (subset: readonly PropertyRow[]): void => {
    for (const p of subset) {
      const where = { line: p.line, column: 2, columnName: 'Key' }
      const ofModel = (modelRow !== undefined && p.id === modelRow.id && p.id !== '') || p.id === base.project.id
      if (ofModel || extraRelationIds.has(p.id)) {
        counts.notKept++
        extraProperties.push({ id: ofModel ? base.project.id : p.id, key: p.key, value: p.value })
        continue
      }
      const relation = relations.get(p.id) ?? (baseRelations.has(p.id) ? cloneRelation(p.id) : undefined)
      const element = relation ? undefined : p.id ? elementAt(p.id) : undefined
      if (!relation && !element) {
        counts.notKept++
        warnings.push(csvWarning(propFile, { line: p.line, column: 1, columnName: 'ID' }, `Tidak ada elemen atau relasi dengan ID "${p.id}"; properti dilewati`, `No element or relation with ID "${p.id}"; property skipped`))
        continue
      }
      if (relation && p.key === ACCESS_TYPE_KEY) {
        counts.kept++ // read with the relation's type above
        continue
      }
      const outcome = relation ? applyRelationProperty(relation, p.key, p.value, base.states, resolver) : applyElementProperty(element!, p.key, p.value, base.states, resolver)
      if (outcome.kind === 'error') errors.push(csvError(propFile, { line: p.line, column: 3, columnName: 'Value' }, outcome.why.id, outcome.why.en))
      else if (outcome.kind === 'ignored') {
        counts.notKept++
        extraProperties.push({ id: p.id, key: p.key, value: p.value })
        warnings.push(csvWarning(propFile, where, outcome.why.id, outcome.why.en))
      } else {
        counts.kept++
        const k = `${p.id}\u0000${p.key}`
        const earlier = seenKeys.get(k)
        if (earlier !== undefined) warnings.push(csvWarning(propFile, where, `Properti "${p.key}" sudah ada di baris ${earlier}; nilai terakhir dipakai`, `Property "${p.key}" already given on line ${earlier}; the last value is used`))
        seenKeys.set(k, p.line)
      }
    }
  }

  const relationIds = new Set([...baseRelations.keys(), ...rows.relations.map((r) => r.id).filter(Boolean)])
  // Element properties first: their states decide the states of the relations below.
  applyProperties(rows.properties.filter((p) => !relationIds.has(p.id)))

  // Relations.
  for (const row of rows.relations) {
    const exchangeType = csvRelationTypeToExchange(row.type)
    if (!exchangeType) {
      errors.push(csvError(relFile, { line: row.line, column: 2, columnName: 'Type' }, `"${row.type}" bukan jenis relasi Archi; diharapkan mis. AssignmentRelationship, ServingRelationship`, `"${row.type}" is not an Archi relationship type; expected e.g. AssignmentRelationship, ServingRelationship`))
      continue
    }
    const id = claimId(row, relFile, 'r')
    if (id === undefined) continue
    if (baseElements.has(id) || elements.has(id)) {
      errors.push(csvError(relFile, { line: row.line, column: 1, columnName: 'ID' }, `ID "${id}" sudah dipakai oleh sebuah elemen`, `ID "${id}" already belongs to an element`))
      continue
    }
    const ends = ([['Source', row.source, 5], ['Target', row.target, 6]] as const).map(([name, ref, column]) => {
      const el = ref ? elementAt(ref) : undefined
      if (el) return el
      const isRelation = ref && relationIds.has(ref)
      if (isRelation) return 'relation' as const
      errors.push(csvError(relFile, { line: row.line, column, columnName: name }, `${name} "${ref}" tidak ditemukan; diharapkan ID elemen dari berkas elemen atau dari proyek`, `${name} "${ref}" not found; expected the ID of an element in the elements file or the project`))
      return undefined
    })
    const [csvSource, csvTarget] = ends
    if (!csvSource || !csvTarget) continue
    touched.add(id)
    const keepAside = (): void => {
      extraRelationIds.add(id)
      extraRelations.push({ id, type: row.type, name: row.name, documentation: row.documentation, source: row.source, target: row.target })
      counts.relSkipped++
    }
    if (csvSource === 'relation' || csvTarget === 'relation') {
      warnings.push(csvWarning(relFile, { line: row.line }, 'Relasi ke relasi lain tidak didukung model SPBE; disimpan bersama proyek di luar model SPBE, untuk ekspor', 'Relations to other relations are not supported by the SPBE model; kept with the project outside the SPBE model, for export'))
      keepAside()
      continue
    }
    if (row.specialization) specializations[id] = row.specialization
    const existing = baseRelations.get(id)
    const wanted = kindProperty.get(row.id)
    let mapped: { kind: string; reversed: boolean } | undefined
    if (existing) {
      const written = options.mapping.relationType(existing.kind)
      if (written.type !== exchangeType) {
        errors.push(csvError(relFile, { line: row.line, column: 2, columnName: 'Type' }, `Relasi ini sudah ada sebagai ${exchangeRelationTypeToCsv(written.type)}; impor tidak pernah mengubah jenis`, `This relation already exists as ${exchangeRelationTypeToCsv(written.type)}; an import never changes a type`))
        continue
      }
      mapped = { kind: existing.kind, reversed: written.reversed }
    } else if (wanted && relationKind(wanted)) mapped = { kind: wanted, reversed: options.mapping.relationType(wanted).reversed }
    else mapped = options.mapping.relationKind(exchangeType, csvSource.kind, csvTarget.kind, accessTypes.get(row.id))
    if (!mapped) {
      warnings.push(csvWarning(relFile, { line: row.line, column: 2, columnName: 'Type' }, `${row.type} dari "${csvSource.name}" ke "${csvTarget.name}" tidak punya padanan SPBE; disimpan bersama proyek di luar model SPBE, untuk ekspor`, `${row.type} from "${csvSource.name}" to "${csvTarget.name}" has no SPBE counterpart; kept with the project outside the SPBE model, for export`))
      keepAside()
      continue
    }
    const [source, target] = mapped.reversed ? [csvTarget, csvSource] : [csvSource, csvTarget]
    const shared = sharedStates(source.states, target.states, base.states)
    const kept = existing ? Object.fromEntries(Object.entries(existing.states).filter(([s]) => s in shared)) : {}
    const states = Object.keys(kept).length > 0 ? kept : shared
    if (Object.keys(states).length === 0) {
      warnings.push(csvWarning(relFile, { line: row.line }, `"${source.name}" dan "${target.name}" tidak berada di kondisi yang sama; relasi disimpan bersama proyek di luar model SPBE, untuk ekspor`, `"${source.name}" and "${target.name}" share no state; relation kept with the project outside the SPBE model, for export`))
      keepAside()
      continue
    }
    if (row.name || row.documentation) relationTexts[id] = { name: row.name, documentation: row.documentation }
    relations.set(id, { id, kind: mapped.kind, source: source.id, target: target.id, attrs: { ...(existing?.attrs ?? {}) }, states })
    if (existing) counts.relUpdated++
    else counts.relCreated++
  }

  applyProperties(rows.properties.filter((p) => relationIds.has(p.id)))
  if (errors.length > 0) return { ok: false, issues: errors }

  const merge = <T extends { id: string }>(old: readonly T[], drafts: Map<string, T>, had: ReadonlyMap<string, unknown>): T[] => [
    ...old.map((x) => drafts.get(x.id) ?? x), ...[...drafts.values()].filter((d) => !had.has(d.id)),
  ]
  const project = modelRow
    ? { ...base.project, ...(modelRow.name ? { name: modelRow.name.slice(0, LIMITS.nameLength) } : {}), ...(modelRow.documentation ? { description: modelRow.documentation.slice(0, LIMITS.descriptionLength) } : {}) }
    : base.project
  const propertyIds = new Set([...rows.properties.map((p) => p.id), ...extraProperties.map((p) => p.id)])
  const fresh: ArchiCsvExtras = { format: EXTRAS_FORMAT, elementTypes, specializations, relations: extraRelations, relationTexts, properties: extraProperties }
  const earlier = options.extras ?? (options.into ? readArchiCsvInterop(options.into).extras : undefined)
  const extras = mergeExtras(earlier ?? emptyExtras(), fresh, touched, propertyIds)
  // The project carries what the model has no place for, so its file alone exports the set back.
  const data = withArchiCsvInterop({ ...base, project, opd, elements: merge(base.elements, elements, baseElements), relations: merge(base.relations, relations, baseRelations) }, extras)
  const checked = parseProjectJson({ schemaVersion: CURRENT_SCHEMA_VERSION, ...data })
  if (!checked.ok) return { ok: false, issues: checked.errors.map((e) => csvError('(proyek/project)', {}, `${e.path}: ${e.message.id}`, `${e.path}: ${e.message.en}`)) }
  return {
    ok: true,
    data: checked.data,
    extras,
    report: {
      elements: { created: counts.elCreated, updated: counts.elUpdated },
      relations: { created: counts.relCreated, updated: counts.relUpdated, skipped: counts.relSkipped },
      properties: { kept: counts.kept, notKept: counts.notKept },
      opdCreated,
      warnings,
    },
  }
}

function cloneElement(e: ProjectData['elements'][number]): ElementDraft {
  return { ...e, attrs: { ...e.attrs }, states: { ...e.states } }
}

function setDescription(draft: ElementDraft, doc: string): void {
  if (doc) draft.description = doc
  else delete draft.description
}

/** Like a new element drawn in the editor: in every state, "tetap" in the target. */
function allStates(states: readonly State[]): Record<string, Membership> {
  return Object.fromEntries(states.map((s) => [s.id, s.role === 'target' ? { status: 'tetap' as const } : {}]))
}

/** The states both ends belong to, in project order. */
function sharedStates(a: Readonly<Record<string, Membership>>, b: Readonly<Record<string, Membership>>, states: readonly State[]): Record<string, Membership> {
  return Object.fromEntries(states.filter((s) => s.id in a && s.id in b).map((s) => [s.id, s.role === 'target' ? { status: 'tetap' as const } : {}]))
}
