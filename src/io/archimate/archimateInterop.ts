import { msg, type Message } from '../../model/message.ts'
import type { ProjectData } from '../../model/project.ts'
import { isArchimateExtras, type ArchimateExtras } from './archimateExtras.ts'

/**
 * Where a project keeps what its exchange-file import set aside: `interop.archimate` of the
 * project (file, Y.Doc and projection alike). The model holds it as an opaque object; this file
 * is the only place that puts it there and reads it back, checked with `isArchimateExtras`.
 */
export interface ArchimateInteropRead {
  readonly extras?: ArchimateExtras
  /** Set when the project has `interop.archimate` of a shape this version cannot use. */
  readonly warning?: Message
}

export function readArchimateInterop(data: ProjectData): ArchimateInteropRead {
  const value = data.interop?.archimate
  if (value === undefined) return {}
  if (isArchimateExtras(value)) return { extras: value }
  return {
    warning: msg(
      'Data interop.archimate di proyek tidak berbentuk seperti yang diharapkan Cetakbiru; diekspor tanpa isi berkas ArchiMate asal yang disimpan (relasi, properti, folder dan detail diagram dari impor)',
      'The project\'s interop.archimate data does not have the shape Cetakbiru expects; exported without what the import kept of the original ArchiMate file (relationships, properties, folders and diagram details)',
    ),
  }
}

/** The project with `extras` as its `interop.archimate`, any Archi CSV data left as it was. */
export function withArchimateInterop(data: ProjectData, extras: ArchimateExtras): ProjectData {
  return { ...data, interop: { ...data.interop, archimate: extras as unknown as Readonly<Record<string, unknown>> } }
}

/** What the project keeps beside its SPBE model: relationships with no SPBE kind, foreign properties. */
export function archimateKept(extras: ArchimateExtras): { readonly relations: number; readonly properties: number } {
  let properties = extras.model.properties.length
  for (const e of Object.values(extras.elements)) properties += e.properties.length
  for (const r of extras.relationships) properties += r.properties.length
  for (const v of Object.values(extras.views)) properties += v.properties.length
  return { relations: extras.relationships.filter((r) => !r.relation).length, properties }
}

/**
 * Whether an export writes the Peta Rencana (work packages and gaps): for a project of its own,
 * and for one read back from a Cetakbiru export (its plateaus were Cetakbiru's states, and its
 * work packages are derived again); not for a foreign file's, which never had these concepts.
 */
export function exportsRoadmap(extras: ArchimateExtras | undefined): boolean {
  return !extras || extras.cetakbiru === true || !extras.synthesizedStates
}
