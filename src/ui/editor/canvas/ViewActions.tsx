import { useReactFlow } from '@xyflow/react'
import { memo, useState } from 'react'
import { useT } from '../../i18n/locale.ts'
import { autoLayoutView } from '../actions/autoLayout.ts'
import { ExportMenu } from '../export/ExportMenu.tsx'
import { FIT_VIEW_OPTIONS } from './fitView.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'

/** Actions on the whole shown view, over the canvas: automatic layout (one undo step), zoom to fit, export as an image. */
export const ViewActions = memo(function ViewActions() {
  const t = useT()
  const env = useEditorEnv()
  const flow = useReactFlow()
  const viewId = useUi((s) => s.viewId)
  const hasNodes = useProjection((s) => (viewId ? (s.views.get(viewId)?.nodes.length ?? 0) > 0 : false))
  const [busy, setBusy] = useState(false)

  const layout = async (): Promise<void> => {
    if (!viewId) return
    setBusy(true)
    try {
      if (await autoLayoutView(env, viewId)) await flow.fitView(FIT_VIEW_OPTIONS)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="view-actions">
      <button type="button" className="editor-button" onClick={() => void layout()} disabled={!hasNodes || busy || env.readOnly === true} aria-busy={busy} title={t('editor.actions.autoLayoutTitle')} data-action="auto-layout">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M1.5 2.5h4v3h-4zM10.5 2.5h4v3h-4zM10.5 10.5h4v3h-4zM5.5 4h5M12.5 5.5v5" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        </svg>
        {busy ? t('editor.actions.layingOut') : t('editor.actions.autoLayout')}
      </button>
      <button type="button" className="editor-button" onClick={() => void flow.fitView(FIT_VIEW_OPTIONS)} disabled={!hasNodes} title={t('editor.actions.fitTitle')} data-action="fit">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M1.5 5.5v-4h4M10.5 1.5h4v4M14.5 10.5v4h-4M5.5 14.5h-4v-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('editor.actions.fit')}
      </button>
      <ExportMenu />
    </div>
  )
})
