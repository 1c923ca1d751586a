import type * as Y from 'yjs'
import type { StoreApi } from 'zustand/vanilla'
import type { ProjectionState } from '../../model/projection/projection.ts'

/** What every section of an opened project gets: where to write, what to read, and who writes. */
export interface SectionProps {
  readonly doc: Y.Doc
  readonly store: StoreApi<ProjectionState>
  /** Whose edits these are: undo takes back only this user's. */
  readonly userId: string
}
