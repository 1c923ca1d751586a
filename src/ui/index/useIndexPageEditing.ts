import { createContext } from 'react'
import type * as Y from 'yjs'
import { msg } from '../../model/message.ts'
import { useSectionEditing, type RunCommand } from '../project/useSectionEditing.ts'

/** Runs one index command as this user; its result says whether the model took it. */
export type RunIndexCommand = RunCommand

/** The page's runner, so the panels inside it share one undo history (one key press, one step). */
export const IndexRunContext = createContext<RunIndexCommand | undefined>(undefined)

const VIEWER = msg('Anda membuka proyek ini sebagai peninjau: indeks SPBE hanya dapat dibaca.', 'You opened this project as a viewer: the SPBE index can only be read.')

/**
 * Writing to the SPBE index from its page (assessment, years, frameworks): see useSectionEditing.
 * Panels inside the page run through IndexRunContext, so there is one history.
 */
export function useIndexPageEditing(doc: Y.Doc, userId: string): RunIndexCommand {
  return useSectionEditing(doc, userId, VIEWER)
}
