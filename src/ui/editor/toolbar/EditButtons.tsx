import { memo } from 'react'
import { useT } from '../../i18n/locale.ts'
import { duplicateSelection } from '../actions/duplicateSelection.ts'
import { copyWithButton, pasteWithButton } from '../clipboard/editorClipboard.ts'
import { useEditorEnv, useUi } from '../EditorContext.tsx'
import { uiMessage } from '../editorEnv.ts'
import { notify } from '../editorStore.ts'

/** Copy, paste and duplicate as buttons, for those who do not know the keys the titles name. */
export const EditButtons = memo(function EditButtons() {
  const t = useT()
  const env = useEditorEnv()
  const selected = useUi((s) => s.selection.nodes.size)
  const hasView = useUi((s) => s.viewId !== undefined)

  const copy = async (): Promise<void> => {
    if (await copyWithButton(env)) notify(env.ui, 'info', uiMessage('editor.clipboard.copied', { count: selected }))
  }
  const paste = async (): Promise<void> => {
    if (!(await pasteWithButton(env))) notify(env.ui, 'info', uiMessage('editor.clipboard.nothingToPaste'))
  }

  return (
    <div className="editor-toolbar__group edit-buttons">
      <button type="button" className="editor-button editor-button--icon" onClick={() => void copy()} disabled={selected === 0} title={t('editor.edit.copyTitle')} aria-label={t('editor.edit.copy')} aria-keyshortcuts="Control+C" data-action="copy">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M5.5 5.5h8v8h-8zM10.5 5.5v-3h-8v8h3" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="editor-button editor-button--icon" onClick={() => void paste()} disabled={!hasView || env.readOnly === true} title={t('editor.edit.pasteTitle')} aria-label={t('editor.edit.paste')} aria-keyshortcuts="Control+V" data-action="paste">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M5.5 2.5h5v2h-5zM10.5 3.5h2v11h-9v-11h2" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        </svg>
      </button>
      <button type="button" className="editor-button editor-button--icon" onClick={() => duplicateSelection(env)} disabled={selected === 0 || env.readOnly === true} title={t('editor.edit.duplicateTitle')} aria-label={t('editor.edit.duplicate')} aria-keyshortcuts="Control+D" data-action="duplicate">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2.5 2.5h8v8h-8zM13.5 5.5v8h-8M6.5 4.5v4M4.5 6.5h4" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  )
})
