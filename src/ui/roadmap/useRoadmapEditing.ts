import type * as Y from 'yjs'
import { msg } from '../../model/message.ts'
import { useSectionEditing, type RunCommand } from '../project/useSectionEditing.ts'

export type { RunCommand }

const VIEWER = msg('Anda membuka proyek ini sebagai peninjau: Peta Rencana hanya dapat dibaca.', 'You opened this project as a viewer: the Peta Rencana can only be read.')

/** Writing to the Peta Rencana from its page: see useSectionEditing. */
export function useRoadmapEditing(doc: Y.Doc, userId: string): RunCommand {
  return useSectionEditing(doc, userId, VIEWER)
}
