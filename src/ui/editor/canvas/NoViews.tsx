import { useState } from 'react'
import { useT } from '../../i18n/locale.ts'
import { createDomainViews } from '../actions/createViews.ts'
import { useEditorEnv } from '../EditorContext.tsx'

/** A project without any view: offer the per-domain views, laid out automatically. */
export function NoViews() {
  const t = useT()
  const env = useEditorEnv()
  const [busy, setBusy] = useState(false)
  const create = async (): Promise<void> => {
    setBusy(true)
    try {
      await createDomainViews(env)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="editor-canvas editor-canvas--empty">
      <div className="canvas-empty canvas-empty--card" role="note">
        <h2 className="canvas-empty__title">{t('editor.noViews.title')}</h2>
        <p>{t('editor.noViews.body')}</p>
        <button type="button" className="editor-button editor-button--primary" onClick={() => void create()} disabled={busy} aria-busy={busy}>
          {busy ? t('editor.noViews.creating') : t('editor.noViews.create')}
        </button>
      </div>
    </div>
  )
}
