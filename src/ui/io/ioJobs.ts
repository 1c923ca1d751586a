import JSZip from 'jszip'
import { generateRoadmap } from '../../analysis/roadmap/generateRoadmap.ts'
import { msg } from '../../model/message.ts'
import type { ArchimateError } from '../../io/archimate/archimateError.ts'
import { archimateKept, exportsRoadmap, readArchimateInterop } from '../../io/archimate/archimateInterop.ts'
import { exportArchimate } from '../../io/archimate/exportArchimate.ts'
import { importArchimate } from '../../io/archimate/importArchimate.ts'
import { archiCsvFileNames, exportArchiCsv } from '../../io/archiCsv/archiCsvExport.ts'
import { archiCsvRole, type ArchiCsvSet, type NamedText } from '../../io/archiCsv/archiCsvFiles.ts'
import { importArchiCsv } from '../../io/archiCsv/archiCsvImport.ts'
import { readArchiCsvInterop } from '../../io/archiCsv/archiCsvInterop.ts'
import { ARCHI_CSV_MAPPING } from '../../io/archiCsv/archiCsvMapping.ts'
import type { CsvIssue } from '../../io/archiCsv/csvIssue.ts'
import { readInventoryFile } from '../../io/inventory/inventoryTable.ts'
import { previewImport } from '../../io/inventory/previewImport.ts'
import { reportToDocx, roadmapToDocx } from '../../io/report/docx/reportDocx.ts'
import { reportToHtml } from '../../io/report/html/reportHtml.ts'
import { buildReport } from '../../io/report/reportModel.ts'
import { reportToXlsx, roadmapToXlsx } from '../../io/report/xlsx/reportXlsx.ts'
import type { ExportFormat, IoIssue, IoJob, IoOutcome, IoStage, IoValue, PickedFile, ProgressSink } from './ioProtocol.ts'

/**
 * What the io worker does with each job, as a plain async function (tests run it directly,
 * without a Worker). Progress is reported when a stage starts; the percentage is the share of
 * the job's stages already done, because the io functions themselves do not report progress.
 */
export async function runIoJob(job: IoJob, report: ProgressSink): Promise<IoOutcome> {
  const stages = STAGES[job.type === 'export' ? job.format : job.type]
  let current: IoStage = stages[0]!
  const step = (stage: IoStage): void => {
    current = stage
    report({ stage, percent: Math.round((stages.indexOf(stage) / stages.length) * 100) })
  }
  try {
    const outcome = await dispatch(job, step, (fraction) => report({ stage: current, percent: Math.round(((stages.indexOf(current) + fraction) / stages.length) * 100) }))
    if (outcome.ok) report({ stage: current, percent: 100 })
    return outcome
  } catch (e) {
    // Details for whoever investigates; the user reads a plain sentence in both languages.
    console.error(e)
    return { ok: false, issues: [{ severity: 'error', message: msg(`Terjadi kesalahan tak terduga pada tahap "${STAGE_ID[current]}". Tidak ada yang diubah.`, `An unexpected fault occurred while ${STAGE_EN[current]}. Nothing was changed.`) }] }
  }
}

/** The stages of each job, in order (the page adds `storing` for a new project). */
export const STAGES: Readonly<Record<ExportFormat | Exclude<IoJob['type'], 'export'>, readonly IoStage[]>> = {
  'report-docx': ['building', 'writing'],
  'report-xlsx': ['building', 'writing'],
  'report-html': ['building', 'writing'],
  'roadmap-docx': ['building', 'writing'],
  'roadmap-xlsx': ['building', 'writing'],
  archimate: ['building', 'writing'],
  'archi-csv': ['building', 'writing'],
  'import-archimate': ['reading', 'parsing'],
  'import-archi-csv': ['reading', 'parsing'],
  'read-inventory': ['reading', 'parsing'],
  'preview-inventory': ['checking'],
}

const STAGE_ID: Record<IoStage, string> = { reading: 'membaca', parsing: 'mengurai', checking: 'memeriksa', building: 'menyusun', writing: 'menulis', storing: 'menyimpan' }
const STAGE_EN: Record<IoStage, string> = { reading: 'reading', parsing: 'parsing', checking: 'checking', building: 'building', writing: 'writing', storing: 'storing' }

const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html;charset=utf-8',
  xml: 'application/xml',
  zip: 'application/zip',
} as const

type Step = (stage: IoStage) => void
type Fraction = (fraction: number) => void

async function dispatch(job: IoJob, step: Step, fraction: Fraction): Promise<IoOutcome> {
  switch (job.type) {
    case 'export':
      return { ok: true, value: await exportFile(job.format, job, step, fraction) }
    case 'import-archimate':
      return importExchange(job.file, step)
    case 'import-archi-csv':
      return importCsvSet(job.files, step)
    case 'read-inventory': {
      step('reading')
      const bytes = job.file.bytes
      step('parsing')
      const r = await readInventoryFile(bytes, job.file.name)
      return r.ok ? { ok: true, value: { type: 'inventory-table', table: r.table } } : { ok: false, issues: r.issues.map(fromCsvIssue) }
    }
    case 'preview-inventory': {
      step('checking')
      const r = previewImport(job.table, job.mapping, job.data)
      return r.ok ? { ok: true, value: { type: 'inventory-preview', preview: r.preview } } : { ok: false, issues: r.issues.map(fromCsvIssue) }
    }
  }
}

async function exportFile(format: ExportFormat, job: Extract<IoJob, { type: 'export' }>, step: Step, fraction: Fraction): Promise<IoValue> {
  const file = (bytes: Uint8Array, extension: keyof typeof MIME): Extract<IoValue, { type: 'file' }> => ({ type: 'file', bytes, extension, mime: MIME[extension] })
  step('building')
  if (format === 'archimate') {
    // As the CLI does: what the project's import kept goes back in; a project of its own gets its
    // Peta Rencana as work packages, a foreign file's project no plan concepts it never had.
    const kept = readArchimateInterop(job.data)
    const roadmap = exportsRoadmap(kept.extras) ? generateRoadmap(job.data).roadmap : undefined
    step('writing')
    const xml = exportArchimate(job.data, { ...(kept.extras ? { extras: kept.extras } : {}), ...(roadmap ? { roadmap } : {}) })
    return { ...file(new TextEncoder().encode(xml), 'xml'), ...(kept.warning ? { warnings: [kept.warning] } : {}) }
  }
  if (format === 'archi-csv') {
    const kept = readArchiCsvInterop(job.data)
    const csv = exportArchiCsv(job.data, ARCHI_CSV_MAPPING, kept.extras)
    step('writing')
    const names = archiCsvFileNames('')
    const zip = new JSZip()
    zip.file(names.elements, csv.elements)
    zip.file(names.relations, csv.relations)
    zip.file(names.properties, csv.properties)
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }, (meta) => fraction(meta.percent / 100))
    return { ...file(bytes, 'zip'), ...(kept.warning ? { warnings: [kept.warning] } : {}) }
  }
  const model = buildReport(job.data, job.date ? { date: job.date } : {})
  step('writing')
  switch (format) {
    case 'report-docx': return file(await reportToDocx(model), 'docx')
    case 'report-xlsx': return file(await reportToXlsx(model), 'xlsx')
    case 'roadmap-docx': return file(await roadmapToDocx(model), 'docx')
    case 'roadmap-xlsx': return file(await roadmapToXlsx(model), 'xlsx')
    case 'report-html': return file(new TextEncoder().encode(reportToHtml(model)), 'html')
  }
}

async function importExchange(picked: PickedFile, step: Step): Promise<IoOutcome> {
  step('reading')
  const text = new TextDecoder('utf-8').decode(picked.bytes)
  step('parsing')
  const r = importArchimate(text)
  if (!r.ok) return { ok: false, issues: r.errors.map((e) => fromArchimateError(e, picked.name)) }
  // r.data carries r.extras in interop.archimate: the project keeps them for export.
  return {
    ok: true,
    value: { type: 'project', data: r.data, keptOutside: archimateKept(r.extras), warnings: r.warnings.map((e) => ({ ...fromArchimateError(e, picked.name), severity: 'warning' as const })) },
  }
}

async function importCsvSet(files: readonly PickedFile[], step: Step): Promise<IoOutcome> {
  step('reading')
  const named: NamedText[] = []
  for (const f of files) {
    if (/\.zip$/i.test(f.name)) {
      const zip = await JSZip.loadAsync(f.bytes)
      for (const entry of Object.values(zip.files)) {
        if (!entry.dir && archiCsvRole(entry.name)) named.push({ name: entry.name, content: await entry.async('uint8array') })
      }
    } else {
      named.push({ name: f.name, content: f.bytes })
    }
  }
  const set: { -readonly [K in keyof ArchiCsvSet]: NamedText } = {}
  const issues: IoIssue[] = []
  for (const f of named) {
    const role = archiCsvRole(f.name)
    if (!role) issues.push(error(f.name, 'Nama berkas harus berakhiran elements.csv, relations.csv atau properties.csv (seperti yang ditulis Archi)', 'The file name must end in elements.csv, relations.csv or properties.csv (as Archi writes them)'))
    else if (set[role]) issues.push(error(f.name, `Lebih dari satu berkas ${role}.csv dipilih`, `More than one ${role}.csv file was chosen`))
    else set[role] = f
  }
  if (issues.length > 0) return { ok: false, issues }
  step('parsing')
  const r = importArchiCsv(set, { mapping: ARCHI_CSV_MAPPING })
  if (!r.ok) return { ok: false, issues: r.issues.map(fromCsvIssue) }
  return {
    ok: true,
    // r.data carries r.extras in interop.archiCsv: the project keeps them for export.
    value: { type: 'project', data: r.data, keptOutside: { relations: r.extras.relations.length, properties: r.extras.properties.length }, warnings: r.report.warnings.map(fromCsvIssue) },
  }
}

function error(file: string, id: string, en: string): IoIssue {
  return { file, severity: 'error', message: msg(id, en) }
}

export function fromCsvIssue(issue: CsvIssue): IoIssue {
  return { ...issue }
}

export function fromArchimateError(e: ArchimateError, file: string): IoIssue {
  return { file, path: e.path, ...(e.line !== undefined ? { line: e.line } : {}), severity: 'error', message: e.message }
}
