import type { ElementFields } from '../../model/commands/elementCommands.ts'
import { msg, type Message } from '../../model/message.ts'
import { attributeDef, elementKind, kindsOfDomain } from '../../model/metamodel/metamodel.ts'
import type { AttributeValue, Element, ProjectData } from '../../model/project.ts'
import { csvError, csvWarning, type CsvIssue } from '../archiCsv/csvIssue.ts'
import { cellText, coerceValue, findOpd, isBlank, type CellValue } from './coerceValue.ts'
import { attributeOf, type FieldTarget } from './fieldNames.ts'
import { mappingProblems, type InventoryMapping } from './inventoryMapping.ts'
import type { InventoryTable } from './inventoryTable.ts'
import { normalizeName, normalizeText } from './normalize.ts'

/** An OPD the import adds, referred to by name until it has an id (see applyImport). */
export interface OpdRef { readonly newOpd: string }
export type OwnerRef = string | OpdRef

export interface PlannedCreate {
  readonly line: number
  readonly kind: string
  readonly name: string
  readonly code?: string
  readonly description?: string
  readonly owner?: OwnerRef
  readonly refCodes?: readonly string[]
  readonly attrs: Readonly<Record<string, AttributeValue>>
}

export interface PlannedUpdate {
  readonly line: number
  readonly id: string
  /** The element's current name, to show the user what is updated. */
  readonly currentName: string
  readonly fields: ElementFields
  readonly owner?: OwnerRef
  readonly attrs: Readonly<Record<string, AttributeValue>>
}

export interface SkippedRow {
  readonly line: number
  readonly reasons: readonly Message[]
}

export interface LikelyDuplicate {
  readonly line: number
  readonly name: string
  /** An existing element, or an earlier row of the same file (`line`). */
  readonly existing: { readonly id: string; readonly name: string } | { readonly line: number; readonly name: string }
}

/** A dry run: what applyImport would do, and why rows are left out. Nothing is changed. */
export interface ImportPreview {
  readonly file: string
  readonly domain: InventoryMapping['domain']
  readonly states?: readonly string[]
  readonly creates: readonly PlannedCreate[]
  readonly updates: readonly PlannedUpdate[]
  readonly skipped: readonly SkippedRow[]
  readonly duplicates: readonly LikelyDuplicate[]
  readonly newOpd: readonly string[]
  /** Cell and row errors (each also makes its row skipped) and warnings such as unmapped columns. */
  readonly issues: readonly CsvIssue[]
}

export type PreviewResult = { readonly ok: true; readonly preview: ImportPreview } | { readonly ok: false; readonly issues: readonly CsvIssue[] }

/**
 * Plans an inventory import: rows are matched to existing elements by id or code (update), or
 * become new elements (create); every mapped cell is converted to its field's type, and a row
 * with any cell that does not convert is skipped with the reasons. Likely duplicates (same name
 * after folding case, punctuation and generic words like "Aplikasi") are flagged, not skipped.
 */
export function previewImport(table: InventoryTable, mapping: InventoryMapping, data: ProjectData): PreviewResult {
  const problems = mappingProblems(mapping)
  if (problems.length > 0) return { ok: false, issues: problems.map((p) => ({ file: table.file, severity: 'error' as const, message: p })) }
  const issues: CsvIssue[] = [...table.warnings]
  const columnOf = new Map<FieldTarget, number>()
  for (const [header, target] of Object.entries(mapping.columns)) {
    const index = table.header.findIndex((h) => normalizeText(h) === normalizeText(header))
    if (index < 0) issues.push(csvWarning(table.file, {}, `Kolom "${header}" dari pemetaan tidak ada di tabel`, `Column "${header}" of the mapping is not in the table`))
    else columnOf.set(target, index)
  }
  if (!columnOf.has('name')) return { ok: false, issues: [csvError(table.file, {}, 'Kolom nama tidak ada di tabel; periksa pemetaan', 'The name column is not in the table; check the mapping')] }
  if (mapping.states) {
    const unknown = mapping.states.filter((s) => !data.states.some((st) => st.id === s))
    if (unknown.length > 0) return { ok: false, issues: [csvError(table.file, {}, `Kondisi tidak ada: ${unknown.join(', ')}`, `No such state: ${unknown.join(', ')}`)] }
  }

  const domainKinds = new Set(kindsOfDomain(mapping.domain).map((k) => k.id))
  const byId = new Map(data.elements.map((e) => [e.id, e]))
  const byCode = new Map(data.elements.filter((e) => e.code).map((e) => [normalizeText(e.code!), e]))
  const byName = new Map<string, Element>()
  for (const e of data.elements) if (domainKinds.has(e.kind)) byName.set(normalizeName(e.name), e)
  const fileNames = new Map<string, { line: number; name: string }>()
  const fileCodes = new Map<string, number>()
  const newOpd = new Map<string, string>() // folded -> as written

  const creates: PlannedCreate[] = []
  const updates: PlannedUpdate[] = []
  const skipped: SkippedRow[] = []
  const duplicates: LikelyDuplicate[] = []

  for (const row of table.rows) {
    const reasons: Message[] = []
    const cellIssue = (target: FieldTarget, id: string, en: string): void => {
      const column = columnOf.get(target)!
      const header = table.header[column]
      const issue = csvError(table.file, { line: row.line, column: column + 1, ...(header ? { columnName: header } : {}) }, id, en)
      issues.push(issue)
      reasons.push(msg(`kolom ${column + 1} (${header}): ${id}`, `column ${column + 1} (${header}): ${en}`))
    }
    const rowIssue = (id: string, en: string): void => {
      issues.push(csvError(table.file, { line: row.line }, id, en))
      reasons.push(msg(id, en))
    }
    const cell = (target: FieldTarget): CellValue => {
      const i = columnOf.get(target)
      return i === undefined ? undefined : row.cells[i]
    }
    const name = cellText(cell('name'))
    if (!name) {
      skipped.push({ line: row.line, reasons: [msg('nama kosong', 'no name')] })
      continue
    }
    const code = cellText(cell('code')) || undefined
    const givenId = cellText(cell('id')) || undefined

    // Matching: id first, then code.
    let existing: Element | undefined
    if (givenId) {
      existing = byId.get(givenId)
      if (!existing) cellIssue('id', `Tidak ada elemen dengan ID "${givenId}"`, `No element with ID "${givenId}"`)
    } else if (code) existing = byCode.get(normalizeText(code))
    if (existing && !domainKinds.has(existing.kind)) {
      rowIssue(`"${existing.name}" sudah ada di domain lain`, `"${existing.name}" already exists in another domain`)
    }
    if (code) {
      const earlier = fileCodes.get(normalizeText(code))
      if (earlier !== undefined) rowIssue(`kode "${code}" sudah dipakai di baris ${earlier}`, `code "${code}" already used on line ${earlier}`)
      else fileCodes.set(normalizeText(code), row.line)
    }

    // Kind: the element's own when updating, else the kind column, else the mapping's.
    let kind = existing?.kind ?? mapping.kind
    const kindCell = cell('kind')
    if (!existing && !isBlank(kindCell)) {
      const key = normalizeText(cellText(kindCell))
      const found = kindsOfDomain(mapping.domain).find((k) => normalizeText(k.id) === key || normalizeText(k.label.id) === key || normalizeText(k.label.en) === key)
      if (found) kind = found.id
      else cellIssue('kind', `"${cellText(kindCell)}" bukan jenis di domain ini; diharapkan: ${kindsOfDomain(mapping.domain).map((k) => k.label.id).join(', ')}`, `"${cellText(kindCell)}" is not a kind of this domain; expected: ${kindsOfDomain(mapping.domain).map((k) => k.label.en).join(', ')}`)
    }

    // Owner OPD: known by code or name, or planned as a new one.
    let owner: OwnerRef | undefined
    const ownerText = cellText(cell('ownerOpd'))
    if (ownerText) {
      const found = findOpd(data.opd, ownerText)
      if (found) owner = found.id
      else if (mapping.createMissingOpd ?? true) {
        owner = { newOpd: newOpd.get(normalizeText(ownerText)) ?? ownerText }
      } else cellIssue('ownerOpd', `Perangkat daerah "${ownerText}" tidak ada di proyek`, `No perangkat daerah "${ownerText}" in the project`)
    }

    const refCodes = cellText(cell('refCodes')).split(/[,;]/).map((s) => s.trim()).filter(Boolean)
    const wrongRef = refCodes.find((c) => !/^[A-Z]{3}(\.\d{2}){0,7}$/.test(c))
    if (wrongRef) cellIssue('refCodes', `Kode referensi "${wrongRef}" tidak sah; diharapkan mis. RAA.01.02`, `Reference code "${wrongRef}" is not valid; expected e.g. RAA.01.02`)

    const attrs: Record<string, AttributeValue> = {}
    for (const [target] of columnOf) {
      const attr = attributeOf(target)
      if (!attr) continue
      const raw = cell(target)
      if (isBlank(raw)) continue
      const def = attributeDef(kind, attr)
      if (!def) continue // an attribute of another kind in the domain
      const result = coerceValue(def, raw, data.opd)
      if (result.ok) attrs[attr] = result.value
      else cellIssue(target, `${def.label.id}: ${result.problem.id}`, `${def.label.en}: ${result.problem.en}`)
    }

    if (reasons.length > 0) {
      skipped.push({ line: row.line, reasons })
      continue
    }
    const description = cellText(cell('description')) || undefined
    const folded = normalizeName(name)
    const sameName = byName.get(folded)
    if (sameName && sameName.id !== existing?.id) duplicates.push({ line: row.line, name, existing: { id: sameName.id, name: sameName.name } })
    else if (fileNames.has(folded)) duplicates.push({ line: row.line, name, existing: fileNames.get(folded)! })
    if (!fileNames.has(folded)) fileNames.set(folded, { line: row.line, name })

    // Only rows that are imported add their new OPD.
    if (owner && typeof owner !== 'string' && !newOpd.has(normalizeText(owner.newOpd))) newOpd.set(normalizeText(owner.newOpd), owner.newOpd)
    if (existing) {
      const fields: ElementFields = { name, ...(code ? { code } : {}), ...(description ? { description } : {}), ...(refCodes.length ? { refCodes } : {}) }
      updates.push({ line: row.line, id: existing.id, currentName: existing.name, fields, ...(owner ? { owner } : {}), attrs })
    } else {
      const missing = elementKind(kind)!.attributes.filter((a) => a.required && !(a.name in attrs))
      if (missing.length > 0) {
        issues.push(csvWarning(table.file, { line: row.line }, `"${name}": ${missing.map((a) => a.label.id).join(', ')} belum diisi`, `"${name}": ${missing.map((a) => a.label.en).join(', ')} not filled in`))
      }
      creates.push({ line: row.line, kind, name, ...(code ? { code } : {}), ...(description ? { description } : {}), ...(owner ? { owner } : {}), ...(refCodes.length ? { refCodes } : {}), attrs })
    }
  }
  const unmapped = table.header.filter((h, i) => h && ![...columnOf.values()].includes(i))
  if (unmapped.length > 0) issues.push(csvWarning(table.file, {}, `Kolom tidak diimpor: ${unmapped.join(', ')}`, `Columns not imported: ${unmapped.join(', ')}`))
  return {
    ok: true,
    preview: {
      file: table.file, domain: mapping.domain, ...(mapping.states ? { states: mapping.states } : {}),
      creates, updates, skipped, duplicates, newOpd: [...newOpd.values()], issues,
    },
  }
}
