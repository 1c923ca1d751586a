import { memo } from 'react'
import type * as Y from 'yjs'
import { useT } from '../../i18n/locale.ts'
import { redo, undo } from '../actions/history.ts'
import { useEditorEnv } from '../EditorContext.tsx'
import { useUndoAvailability } from '../useUserUndo.ts'

/** Undo and redo of the local user's own changes: icon buttons, named for screen readers and in their tooltips. */
export const HistoryButtons = memo(function HistoryButtons({ manager }: { readonly manager: Y.UndoManager | undefined }) {
  const t = useT()
  const env = useEditorEnv()
  const { canUndo, canRedo } = useUndoAvailability(manager)
  return (
    <div className="editor-toolbar__group">
      <button type="button" className="editor-button editor-button--icon" onClick={() => undo(env)} disabled={!canUndo} title={t('editor.history.undoTitle')} aria-label={t('editor.history.undo')} aria-keyshortcuts="Control+Z" data-action="undo">
        <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M5.5 3.5 2.5 6.5l3 3M2.5 6.5h7a4 4 0 0 1 0 8H7" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="editor-button editor-button--icon" onClick={() => redo(env)} disabled={!canRedo} title={t('editor.history.redoTitle')} aria-label={t('editor.history.redo')} aria-keyshortcuts="Control+Shift+Z Control+Y" data-action="redo">
        <svg width="18" height="18" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M10.5 3.5l3 3-3 3M13.5 6.5h-7a4 4 0 0 0 0 8H9" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </button>
    </div>
  )
})
