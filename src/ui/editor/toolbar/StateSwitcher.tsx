import { memo, useId } from 'react'
import { useT } from '../../i18n/locale.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { selectState } from '../editorStore.ts'
import { stateLabel } from './stateLabel.ts'

/** The project's states in order (as-is, intermediate years, target): which one the canvas shows. */
export const StateSwitcher = memo(function StateSwitcher() {
  const t = useT()
  const env = useEditorEnv()
  const states = useProjection((s) => s.states)
  const current = useUi((s) => s.stateId)
  const labelId = useId()
  return (
    <div className="state-switcher">
      <span id={labelId} className="editor-toolbar__label">
        {t('editor.state.label')}
      </span>
      <div className="segmented" role="radiogroup" aria-labelledby={labelId}>
        {states.map((s) => (
          <button
            key={s.id}
            type="button"
            role="radio"
            aria-checked={s.id === current}
            className={`segmented__option is-${s.role}`}
            data-state={s.id}
            onClick={() => selectState(env.ui, s.id)}
          >
            {stateLabel(s, t)}
          </button>
        ))}
      </div>
    </div>
  )
})
