import type { InteropData } from '../../model/project.ts'
import { isArchiCsvExtras } from '../archiCsv/archiCsvExtras.ts'
import { isArchimateExtras } from './archimateExtras.ts'
import { preferred } from './xmlRead.ts'

/** What an element's import kept of it beyond the SPBE model, for reading (the properties panel). */
export interface ElementOrigin {
  /** The ArchiMate type it had, e.g. `ApplicationComponent` (also when its kind exports as the same). */
  readonly type?: string
  /** Archi's specialization, from an Archi CSV set. */
  readonly specialization?: string
  /** Foreign properties in file order; repeated names stay repeated. */
  readonly properties: readonly { readonly name: string; readonly value: string }[]
}

/**
 * The origin of one element in the project's interop data (ArchiMate exchange file or Archi CSV
 * set), or undefined when the element came from neither. Data of an unexpected shape reads as
 * nothing here: export reports it.
 */
export function elementOrigin(interop: InteropData | undefined, elementId: string): ElementOrigin | undefined {
  const archimate: unknown = interop?.archimate
  const archiCsv: unknown = interop?.archiCsv
  const a = isArchimateExtras(archimate) ? archimate : undefined
  const c = isArchiCsvExtras(archiCsv) ? archiCsv : undefined
  const x = a?.elements[elementId]
  const csvType = c?.elementTypes[elementId]
  const specialization = c?.specializations[elementId]
  const properties: { name: string; value: string }[] = []
  if (a && x) {
    const names = new Map(a.propertyDefinitions.map((d) => [d.id, preferred(d.names) ?? d.id]))
    for (const p of x.properties) properties.push({ name: names.get(p.ref) ?? p.ref, value: preferred(p.values) ?? '' })
  }
  for (const p of c?.properties ?? []) if (p.id === elementId) properties.push({ name: p.key, value: p.value })
  const type = x?.type ?? csvType
  if (type === undefined && specialization === undefined && properties.length === 0) return undefined
  return { ...(type !== undefined ? { type } : {}), ...(specialization ? { specialization } : {}), properties }
}
