import { DOMAINS } from '../../model/metamodel/metamodel.ts'
import type { ProjectData } from '../../model/project.ts'
import type { ArchimateExtras, LangString, XOrganization } from './archimateExtras.ts'
import { KIND_TO_ARCHIMATE } from './archimateMapping.ts'
import { OWN_FOLDERS } from './exportOrganizations.ts'
import { ownConnectionId, ownNodeId } from './exportViews.ts'

/**
 * Whether the extras of an imported Cetakbiru export hold nothing that exporting the project on
 * its own would not write again: no foreign relationships or properties, types and names as
 * Cetakbiru writes them, Cetakbiru's own folders, plain diagrams. Then the project needs no
 * `interop.archimate`, and exporting and importing a project gives the same project back. Any
 * addition made in another tool (a property, a bendpoint, a folder) keeps the whole extras.
 */
export function holdsOnlyOwnExport(extras: ArchimateExtras, data: ProjectData): boolean {
  const plain = (s: readonly LangString[]): boolean => s.length === 0 || (s.length === 1 && s[0]!.lang === 'id')
  if (!extras.cetakbiru || extras.propertyDefinitions.length > 0 || extras.model.properties.length > 0) return false
  if (!plain(extras.model.names) || !plain(extras.model.documentation)) return false
  const kinds = new Map(data.elements.map((e) => [e.id, e.kind]))
  // Plateau memberships, work packages and gaps get ids of their own; the project's must be the file's.
  const core = new Set([...kinds.keys(), ...data.relations.map((r) => r.id), ...data.views.map((v) => v.id), data.project.id])
  if (Object.keys(extras.ids).some((id) => core.has(id))) return false
  for (const [id, x] of Object.entries(extras.elements)) {
    if (x.type !== KIND_TO_ARCHIMATE[kinds.get(id) ?? ''] || x.properties.length > 0 || !plain(x.names) || !plain(x.documentation)) return false
  }
  for (const r of extras.relationships) {
    if (!r.relation || r.properties.length > 0 || r.names.length > 0 || r.documentation.length > 0) return false
  }
  for (const [viewId, v] of Object.entries(extras.views)) {
    if (Object.keys(v.attributes).length > 0 || v.properties.length > 0 || v.documentation.length > 0 || !plain(v.names)) return false
    const plainNode = v.nodes.every((n) => n.type === 'Element' && n.elementRef !== undefined && n.id === ownNodeId(viewId, n.elementRef)
      && n.children.length === 0 && n.labels.length === 0 && n.documentation.length === 0 && n.style === undefined && Object.keys(n.attributes).length === 0)
    const plainConnection = v.connections.every((c) => c.type === 'Relationship' && c.relationshipRef !== undefined && c.id === ownConnectionId(viewId, c.relationshipRef)
      && c.labels.length === 0 && c.documentation.length === 0 && c.style === undefined && c.bendpoints.length === 0 && !c.sourceAttachment && !c.targetAttachment)
    if (!plainNode || !plainConnection) return false
  }
  const names = new Set<string>([...DOMAINS.map((d) => d.label.id), ...data.opd.map((o) => o.name), ...Object.values(OWN_FOLDERS)])
  const ownFolder = (o: XOrganization): boolean => o.ref !== undefined
    || (o.id === undefined && o.documentation.length === 0 && o.labels.length === 1 && names.has(o.labels[0]!.text) && o.items.every(ownFolder))
  return extras.organizations.every(ownFolder)
}
