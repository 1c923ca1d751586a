import type { Evidence } from '../project.ts'
import { SHIPPED_FRAMEWORK_IDS } from '../indexFrameworks.ts'
import { FRAMEWORK_ID_PATTERN, LIMITS } from '../file/projectSchema.ts'
import type { DocRoots, RecordMap } from '../ydoc/docSchema.ts'
import { evidenceKey, justificationKey, levelKey, linkKey, writeAssessment } from '../ydoc/indexRecords.ts'
import { newRecordMap } from '../ydoc/records.ts'
import { PRIORITISE_INDEX_KEY } from '../ydoc/roadmapRecords.ts'
import { fail, ok, run, type CommandContext, type CommandResult } from './commandContext.ts'

/**
 * The SPBE index in a project: yearly self-assessments (a level, a justification and bukti dukung
 * per indicator, or only the published total), the project's own evaluation frameworks, the links
 * "kegiatan K brings indicator N to level L", and the target. Each command is one transaction and
 * so one undo step. Levels are checked against 1..9 here; against the framework's own scale by
 * the analysis (src/analysis/index), which knows the framework.
 */

const FRAMEWORK_ID = new RegExp(FRAMEWORK_ID_PATTERN)
const ACTIVITY_ID = /^[A-Za-z0-9_.:-]{1,200}$/
const MAX_EVIDENCE = 50

function validYear(year: number): boolean {
  return Number.isInteger(year) && year >= 2000 && year <= 2100
}

function validIndicator(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 999
}

function knownFramework(r: DocRoots, id: string): boolean {
  return SHIPPED_FRAMEWORK_IDS.includes(id) || r.frameworks.has(id)
}

function withAssessment(ctx: CommandContext, year: number, body: (m: RecordMap, r: DocRoots) => CommandResult): CommandResult {
  if (!validYear(year)) return fail(`Tahun ${year} tidak sah`, `Year ${year} is not valid`)
  return run(ctx, (r) => {
    const m = r.assessments.get(String(year))
    if (!m) return fail(`Tahun ${year} belum dinilai`, `Year ${year} has no assessment yet`)
    return body(m, r)
  })
}

/** Starts a year's assessment with the given framework (levels copied from `copyFrom`'s year when given and it uses the same framework). */
export function addAssessment(ctx: CommandContext, year: number, framework: string, copyFrom?: number): CommandResult {
  if (!validYear(year)) return fail(`Tahun ${year} tidak sah`, `Year ${year} is not valid`)
  return run(ctx, (r) => {
    if (r.assessments.has(String(year))) return fail(`Tahun ${year} sudah dinilai`, `Year ${year} is already assessed`)
    if (!knownFramework(r, framework)) return fail(`Kerangka "${framework}" tidak ada`, `Framework "${framework}" does not exist`)
    const m = newRecordMap()
    r.assessments.set(String(year), m)
    const source = copyFrom === undefined ? undefined : r.assessments.get(String(copyFrom))
    if (source && source.get('framework') === framework) {
      source.forEach((value, key) => {
        if (key !== 'published') m.set(key, structuredClone(value))
      })
    } else {
      writeAssessment(m, { year, framework, indicators: {} })
    }
    return ok(undefined)
  })
}

export function removeAssessment(ctx: CommandContext, year: number): CommandResult {
  return run(ctx, (r) => {
    if (!r.assessments.has(String(year))) return fail(`Tahun ${year} belum dinilai`, `Year ${year} has no assessment`)
    r.assessments.delete(String(year))
    return ok(undefined)
  })
}

/** Changes the framework of a year; the levels entered stay (numbers may mean other indicators: the UI warns first). */
export function setAssessmentFramework(ctx: CommandContext, year: number, framework: string): CommandResult {
  return withAssessment(ctx, year, (m, r) => {
    if (!knownFramework(r, framework)) return fail(`Kerangka "${framework}" tidak ada`, `Framework "${framework}" does not exist`)
    m.set('framework', framework)
    return ok(undefined)
  })
}

/** The total as published by the ministry; `undefined` removes it. */
export function setPublishedIndex(ctx: CommandContext, year: number, value: number | undefined): CommandResult {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= 9)) return fail(`Indeks ${value} tidak sah`, `Index ${value} is not valid`)
  return withAssessment(ctx, year, (m) => (value === undefined ? m.delete('published') : m.set('published', Math.round(value * 100) / 100), ok(undefined)))
}

/** An indicator's capability level; `undefined` marks it not assessed. */
export function setIndicatorLevel(ctx: CommandContext, year: number, indicator: number, level: number | undefined): CommandResult {
  if (!validIndicator(indicator)) return fail(`Indikator ${indicator} tidak sah`, `Indicator ${indicator} is not valid`)
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 9)) return fail(`Tingkat ${level} tidak sah`, `Level ${level} is not valid`)
  return withAssessment(ctx, year, (m) => (level === undefined ? m.delete(levelKey(indicator)) : m.set(levelKey(indicator), level), ok(undefined)))
}

/** Sets the same level on many indicators in one undo step (e.g. "all at 3" as a starting point). */
export function setIndicatorLevels(ctx: CommandContext, year: number, levels: Readonly<Record<string, number | undefined>>): CommandResult {
  for (const [n, level] of Object.entries(levels)) {
    if (!validIndicator(Number(n))) return fail(`Indikator ${n} tidak sah`, `Indicator ${n} is not valid`)
    if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 9)) return fail(`Tingkat ${level} tidak sah`, `Level ${level} is not valid`)
  }
  return withAssessment(ctx, year, (m) => {
    for (const [n, level] of Object.entries(levels)) {
      if (level === undefined) m.delete(levelKey(n))
      else m.set(levelKey(n), level)
    }
    return ok(undefined)
  })
}

export function setIndicatorJustification(ctx: CommandContext, year: number, indicator: number, text: string): CommandResult {
  if (!validIndicator(indicator)) return fail(`Indikator ${indicator} tidak sah`, `Indicator ${indicator} is not valid`)
  if (text.length > LIMITS.descriptionLength) return fail(`Alasan paling panjang ${LIMITS.descriptionLength} karakter`, `A justification has at most ${LIMITS.descriptionLength} characters`)
  const trimmed = text.trim()
  return withAssessment(ctx, year, (m) => (trimmed ? m.set(justificationKey(indicator), trimmed) : m.delete(justificationKey(indicator)), ok(undefined)))
}

/** Replaces an indicator's bukti dukung. An element must exist; a URL must be http(s). */
export function setIndicatorEvidence(ctx: CommandContext, year: number, indicator: number, evidence: readonly Evidence[]): CommandResult {
  if (!validIndicator(indicator)) return fail(`Indikator ${indicator} tidak sah`, `Indicator ${indicator} is not valid`)
  if (evidence.length > MAX_EVIDENCE) return fail(`Paling banyak ${MAX_EVIDENCE} bukti dukung per indikator`, `At most ${MAX_EVIDENCE} pieces of evidence per indicator`)
  const clean: Evidence[] = []
  for (const e of evidence) {
    const value = e.value.trim()
    if (!value || value.length > 2000) return fail('Bukti dukung kosong atau terlalu panjang', 'Evidence is empty or too long')
    if (e.kind === 'url' && !/^https?:\/\/\S+$/i.test(value)) return fail(`Alamat "${value}" bukan URL http(s)`, `"${value}" is not an http(s) URL`)
    clean.push({ kind: e.kind, value })
  }
  return withAssessment(ctx, year, (m, r) => {
    const missing = clean.find((e) => e.kind === 'element' && !r.elements.has(e.value))
    if (missing) return fail('Elemen bukti dukung tidak ada', 'The evidence element does not exist')
    if (clean.length === 0) m.delete(evidenceKey(indicator))
    else m.set(evidenceKey(indicator), clean)
    return ok(undefined)
  })
}

/** "Kegiatan K brings indicator N to level L when it ends"; `undefined` removes the link. */
export function setIndicatorLink(ctx: CommandContext, activity: string, indicator: number, level: number | undefined): CommandResult {
  if (!ACTIVITY_ID.test(activity)) return fail(`Id kegiatan "${activity}" tidak sah`, `Kegiatan id "${activity}" is not valid`)
  if (!validIndicator(indicator)) return fail(`Indikator ${indicator} tidak sah`, `Indicator ${indicator} is not valid`)
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 9)) return fail(`Tingkat ${level} tidak sah`, `Level ${level} is not valid`)
  return run(ctx, (r) => (level === undefined ? r.indicatorLinks.delete(linkKey(activity, indicator)) : r.indicatorLinks.set(linkKey(activity, indicator), level), ok(undefined)))
}

/** "Index 3.8 in 2027"; `undefined` removes the target. */
export function setIndexTarget(ctx: CommandContext, target: { readonly year: number; readonly index: number } | undefined): CommandResult {
  if (target && (!validYear(target.year) || !(Number.isFinite(target.index) && target.index > 0 && target.index <= 9))) {
    return fail('Target indeks tidak sah', 'The index target is not valid')
  }
  return run(ctx, (r) => {
    if (!target) {
      r.indexSettings.delete('targetYear')
      r.indexSettings.delete('targetIndex')
    } else {
      r.indexSettings.set('targetYear', target.year)
      r.indexSettings.set('targetIndex', Math.round(target.index * 100) / 100)
    }
    return ok(undefined)
  })
}

/**
 * Stores one of the project's own frameworks (a new one, or an edited one replacing its earlier
 * version). The caller checks it first with src/analysis/index/loadFramework: the model cannot.
 */
export function putFramework(ctx: CommandContext, framework: Readonly<Record<string, unknown>>): CommandResult {
  const id = framework.id
  if (typeof id !== 'string' || !FRAMEWORK_ID.test(id)) return fail('Id kerangka tidak sah (huruf kecil, angka, tanda hubung)', 'The framework id is not valid (lower-case letters, digits, hyphens)')
  if (SHIPPED_FRAMEWORK_IDS.includes(id)) return fail(`Kerangka "${id}" sudah disertakan Cetakbiru; beri id lain`, `Framework "${id}" ships with Cetakbiru; give it another id`)
  return run(ctx, (r) => (r.frameworks.set(id, structuredClone(framework)), ok(undefined)))
}

/** Removes one of the project's own frameworks; refused while a year's assessment uses it. */
export function removeFramework(ctx: CommandContext, id: string): CommandResult {
  return run(ctx, (r) => {
    if (!r.frameworks.has(id)) return fail(`Kerangka "${id}" bukan milik proyek`, `Framework "${id}" is not one of the project's`)
    const users: string[] = []
    r.assessments.forEach((m, year) => {
      if (m.get('framework') === id) users.push(year)
    })
    if (users.length > 0) return fail(`Kerangka "${id}" masih dipakai penilaian ${users.join(', ')}`, `Framework "${id}" is still used by the ${users.join(', ')} assessment`)
    r.frameworks.delete(id)
    return ok(undefined)
  })
}

/** Whether the scheduler puts first the kegiatan that lift the index most. */
export function setPrioritiseIndex(ctx: CommandContext, on: boolean): CommandResult {
  return run(ctx, (r) => (on ? r.roadmap.set(PRIORITISE_INDEX_KEY, true) : r.roadmap.delete(PRIORITISE_INDEX_KEY), ok(undefined)))
}
