import type { Message } from '../../model/message.ts'
import type { ProjectData } from '../../model/project.ts'
import type { InventoryMapping } from '../../io/inventory/inventoryMapping.ts'
import type { InventoryTable } from '../../io/inventory/inventoryTable.ts'
import type { ImportPreview } from '../../io/inventory/previewImport.ts'

/**
 * The messages between the page and the io worker (ioWorker.ts). Types only: the page imports
 * this file without pulling docx, exceljs or the XML parser into its bundle.
 */

/** What a file export produces; `report-html` is printed by the page as PDF. */
export type ExportFormat = 'report-docx' | 'report-xlsx' | 'report-html' | 'roadmap-docx' | 'roadmap-xlsx' | 'archimate' | 'archi-csv'

/** A file as the user picked it, its bytes moved (not copied) into the worker. */
export interface PickedFile {
  readonly name: string
  readonly bytes: Uint8Array
}

export type IoJob =
  | { readonly type: 'export'; readonly format: ExportFormat; readonly data: ProjectData; readonly date?: Date }
  | { readonly type: 'import-archimate'; readonly file: PickedFile }
  | { readonly type: 'import-archi-csv'; readonly files: readonly PickedFile[] }
  | { readonly type: 'read-inventory'; readonly file: PickedFile }
  | { readonly type: 'preview-inventory'; readonly table: InventoryTable; readonly mapping: InventoryMapping; readonly data: ProjectData }

/** The steps a job goes through, each named in the progress dialog. */
export type IoStage = 'reading' | 'parsing' | 'checking' | 'building' | 'writing' | 'storing'

export interface IoProgress {
  readonly stage: IoStage
  /** 0..100: the share of the job's stages done, finer only where a library reports it (zip). */
  readonly percent: number
}

/** What an importer found wrong, placed the way the user finds it in the file. */
export interface IoIssue {
  readonly file?: string
  readonly line?: number
  readonly column?: number
  readonly columnName?: string
  /** XML path, for exchange files. */
  readonly path?: string
  readonly severity: 'error' | 'warning'
  readonly message: Message
}

/**
 * How much of an imported file has no place in the SPBE model: kept with the project (its
 * `interop`) beside the model, and given back by the ArchiMate / Archi CSV export.
 */
export interface KeptOutside {
  readonly relations: number
  readonly properties: number
}

export type IoValue =
  /** `warnings`: what the file could not include (e.g. unusable interop data), for the page to say. */
  | { readonly type: 'file'; readonly bytes: Uint8Array; readonly extension: string; readonly mime: string; readonly warnings?: readonly Message[] }
  | { readonly type: 'project'; readonly data: ProjectData; readonly keptOutside: KeptOutside; readonly warnings: readonly IoIssue[] }
  | { readonly type: 'inventory-table'; readonly table: InventoryTable }
  | { readonly type: 'inventory-preview'; readonly preview: ImportPreview }

export type IoOutcome = { readonly ok: true; readonly value: IoValue } | { readonly ok: false; readonly issues: readonly IoIssue[] }

/** Page -> worker. */
export interface IoRequest {
  readonly id: number
  readonly job: IoJob
}

/** Worker -> page. */
export type IoReply =
  | { readonly id: number; readonly kind: 'progress'; readonly progress: IoProgress }
  | { readonly id: number; readonly kind: 'done'; readonly outcome: IoOutcome }

/** Reports a stage as it starts; `total` is the number of stages the job has. */
export type ProgressSink = (progress: IoProgress) => void

/** The byte buffers of a value, to transfer instead of copying. */
export function transferables(value: IoValue): ArrayBuffer[] {
  return value.type === 'file' && value.bytes.buffer instanceof ArrayBuffer ? [value.bytes.buffer] : []
}
