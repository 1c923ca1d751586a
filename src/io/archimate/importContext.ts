import { ID_PATTERN } from '../../model/file/projectSchema.ts'
import type { XProperty, XPropertyDefinition } from './archimateExtras.ts'
import { archimateError, lineOfIdentifier, type ArchimateError } from './archimateError.ts'
import { SPBE_PROPERTY_PREFIX } from './archimateMapping.ts'
import { preferred } from './xmlRead.ts'

const idPattern = new RegExp(ID_PATTERN)
/** Past this many errors the rest would only repeat the same mistake. */
const MAX_ERRORS = 50

/** State shared by the import steps: id translation, property names, errors and warnings. */
export class ImportContext {
  readonly errors: ArchimateError[] = []
  readonly warnings: ArchimateError[] = []
  /** File identifier -> project id. */
  readonly toProject = new Map<string, string>()
  /** Project id -> file identifier, only where they differ. */
  readonly toFile: Record<string, string> = {}
  private readonly taken = new Set<string>()
  private readonly defNames = new Map<string, string>()

  constructor(readonly text: string, definitions: readonly XPropertyDefinition[]) {
    for (const d of definitions) this.defNames.set(d.id, preferred(d.names) ?? d.id)
  }

  error(path: string, id: string, en: string, identifier?: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push(archimateError(path, id, en, lineOfIdentifier(this.text, identifier)))
  }

  warn(path: string, id: string, en: string, identifier?: string): void {
    if (this.warnings.length < MAX_ERRORS) this.warnings.push(archimateError(path, id, en, lineOfIdentifier(this.text, identifier)))
  }

  /** The project id for a file identifier: the same where it fits the project's id rules. */
  mapId(fileId: string): string {
    const known = this.toProject.get(fileId)
    if (known) return known
    let id = idPattern.test(fileId) ? fileId : fileId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 56) || 'id'
    if (this.taken.has(id)) {
      const base = id.slice(0, 56)
      for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`
    }
    this.taken.add(id)
    this.toProject.set(fileId, id)
    if (id !== fileId) this.toFile[id] = fileId
    return id
  }

  propertyName(p: XProperty): string {
    return this.defNames.get(p.ref) ?? p.ref
  }

  /** Cetakbiru's own `spbe:` properties by name (first value), and the file's other properties. */
  splitProperties(props: readonly XProperty[]): { spbe: Map<string, string>; spbeAll: Map<string, string[]>; other: XProperty[] } {
    const spbe = new Map<string, string>()
    const spbeAll = new Map<string, string[]>()
    const other: XProperty[] = []
    for (const p of props) {
      const name = this.propertyName(p)
      if (name.startsWith(SPBE_PROPERTY_PREFIX)) {
        const v = preferred(p.values) ?? ''
        if (!spbe.has(name)) spbe.set(name, v)
        spbeAll.set(name, [...(spbeAll.get(name) ?? []), v])
      } else other.push(p)
    }
    return { spbe, spbeAll, other }
  }
}

export function checkedError(ctx: ImportContext): ArchimateError[] | undefined {
  return ctx.errors.length ? ctx.errors : undefined
}

export { archimateError }
