import { msg, type Message } from '../../model/message.ts'
import type { ProjectData } from '../../model/project.ts'
import { hasExtras, isArchiCsvExtras, type ArchiCsvExtras } from './archiCsvExtras.ts'

/**
 * Where a project keeps what its Archi CSV import set aside: `interop.archiCsv` of the project
 * (file, Y.Doc and projection alike), opaque to the model and checked here when read.
 */
export interface ArchiCsvInteropRead {
  readonly extras?: ArchiCsvExtras
  /** Set when the project has `interop.archiCsv` of a shape this version cannot use. */
  readonly warning?: Message
}

export function readArchiCsvInterop(data: ProjectData): ArchiCsvInteropRead {
  const value = data.interop?.archiCsv
  if (value === undefined) return {}
  if (isArchiCsvExtras(value)) return { extras: value }
  return {
    warning: msg(
      'Data interop.archiCsv di proyek tidak berbentuk seperti yang diharapkan Cetakbiru; diabaikan (relasi, properti dan spesialisasi Archi dari impor sebelumnya tidak ikut)',
      'The project\'s interop.archiCsv data does not have the shape Cetakbiru expects; ignored (the Archi relations, properties and specializations of the earlier import are left out)',
    ),
  }
}

/** The project with `extras` as its `interop.archiCsv` (left out when empty), ArchiMate data kept. */
export function withArchiCsvInterop(data: ProjectData, extras: ArchiCsvExtras): ProjectData {
  const { archiCsv: _old, ...rest } = data.interop ?? {}
  const interop = hasExtras(extras) ? { ...rest, archiCsv: extras as unknown as Readonly<Record<string, unknown>> } : rest
  const { interop: _drop, ...base } = data
  return Object.keys(interop).length > 0 ? { ...base, interop } : base
}
