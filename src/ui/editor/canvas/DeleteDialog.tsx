import { useEffect, useMemo, useRef } from 'react'
import { useT } from '../../i18n/locale.ts'
import { deleteFromModel, removeFromCurrentView } from '../actions/deleteSelection.ts'
import { deleteImpact } from '../actions/deleteImpact.ts'
import { useEditorEnv, useUi } from '../EditorContext.tsx'
import { closeDialog, type EditorDialog } from '../editorStore.ts'

type DeleteRequest = Extract<EditorDialog, { type: 'delete' }>

/**
 * Delete pressed on elements: remove them from this view only, or delete them from the model,
 * with what else goes (relations, places in other views) said before it happens.
 */
export function DeleteDialog({ dialog }: { readonly dialog: DeleteRequest }) {
  const env = useEditorEnv()
  const t = useT()
  const viewId = useUi((s) => s.viewId)
  const safe = useRef<HTMLButtonElement>(null)
  const impact = useMemo(() => deleteImpact(env.store.getState(), viewId, dialog.elementIds), [env, viewId, dialog])
  const single = dialog.elementIds.length === 1 ? env.store.getState().elements.get(dialog.elementIds[0]!) : undefined

  useEffect(() => {
    safe.current?.focus({ preventScroll: true })
  }, [dialog])

  return (
    <div className="editor-modal" onPointerDown={(e) => e.target === e.currentTarget && closeDialog(env.ui)}>
      <div className="delete-dialog" role="dialog" aria-modal="true" aria-labelledby="delete-dialog-title">
        <h2 id="delete-dialog-title" className="delete-dialog__title">
          {single ? t('editor.delete.titleOne', { name: single.name }) : t('editor.delete.title', { count: dialog.elementIds.length })}
        </h2>
        <div className="delete-dialog__choices">
          <button ref={safe} type="button" className="delete-choice" data-delete="view" onClick={() => removeFromCurrentView(env, dialog.elementIds)}>
            <span className="delete-choice__label">{t('editor.delete.fromView')}</span>
            <span className="delete-choice__help">{t('editor.delete.fromViewHelp')}</span>
          </button>
          <button type="button" className="delete-choice delete-choice--danger" data-delete="model" onClick={() => deleteFromModel(env, dialog.elementIds)}>
            <span className="delete-choice__label">{t('editor.delete.fromModel')}</span>
            <span className="delete-choice__help">{t('editor.delete.fromModelHelp')}</span>
            <span className="delete-choice__impact" data-impact="relations">
              {impact.relations > 0 ? t('editor.delete.relations', { count: impact.relations }) : t('editor.delete.noRelations')}
            </span>
            <span className="delete-choice__impact" data-impact="views">
              {impact.otherViews.length > 0
                ? t('editor.delete.otherViews', { count: impact.otherViews.length, views: impact.otherViews.join(', ') })
                : t('editor.delete.noOtherViews')}
            </span>
          </button>
        </div>
        <div className="delete-dialog__actions">
          <button type="button" className="editor-button" onClick={() => closeDialog(env.ui)}>
            {t('editor.delete.cancel')}
          </button>
        </div>
      </div>
    </div>
  )
}
