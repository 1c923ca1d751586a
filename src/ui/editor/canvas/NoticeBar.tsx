import { useEffect } from 'react'
import { useLocale, useT } from '../../i18n/locale.ts'
import { localized } from '../../i18n/translate.ts'
import { useEditorEnv, useUi } from '../EditorContext.tsx'
import { dismissNotice } from '../editorStore.ts'

const LIFETIME_MS = { info: 6000, error: 12000 } as const

/** The last notice over the bottom of the canvas: a refusal (alert) or what just happened (status). */
export function NoticeBar() {
  const env = useEditorEnv()
  const t = useT()
  const locale = useLocale()
  const notice = useUi((s) => s.notice)
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => dismissNotice(env.ui, notice.id), LIFETIME_MS[notice.tone])
    return () => clearTimeout(timer)
  }, [env, notice])
  return (
    <div className="editor-notice-region" aria-live="polite">
      {notice && (
        <div className={`editor-notice is-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-notice={notice.tone}>
          <span className="editor-notice__text">{localized(notice.text, locale)}</span>
          <button type="button" className="editor-notice__close" onClick={() => dismissNotice(env.ui, notice.id)} aria-label={t('editor.notice.close')}>
            ×
          </button>
        </div>
      )}
    </div>
  )
}
