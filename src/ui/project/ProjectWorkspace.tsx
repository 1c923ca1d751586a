import type * as Y from 'yjs'
import type { StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { ProjectOverview } from '../overview/ProjectOverview.tsx'

export interface ProjectWorkspaceProps {
  /** The project's document: where commands write. */
  readonly doc: Y.Doc
  /** Its read-only projection: what components read. */
  readonly store: StoreApi<ProjectionState>
}

/** What an opened project shows. For now the overview; the editor takes this place. */
export function ProjectWorkspace({ store }: ProjectWorkspaceProps) {
  return <ProjectOverview store={store} />
}
