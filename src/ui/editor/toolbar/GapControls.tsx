import { memo, useId } from 'react'
import { useT } from '../../i18n/locale.ts'
import { useEditorEnv, useProjection, useUi } from '../EditorContext.tsx'
import { setGap } from '../editorStore.ts'
import { stateLabel } from './stateLabel.ts'

/** The gap overlay switch and the two states it compares. */
export const GapControls = memo(function GapControls() {
  const t = useT()
  const env = useEditorEnv()
  const states = useProjection((s) => s.states)
  const gap = useUi((s) => s.gap)
  const fromId = useId()
  const toId = useId()
  const same = gap.on && gap.from === gap.to
  const options = states.map((s) => (
    <option key={s.id} value={s.id}>
      {stateLabel(s, t)}
    </option>
  ))
  return (
    <div className={`gap-controls${gap.on ? ' is-on' : ''}`}>
      <button
        type="button"
        className="toggle"
        aria-pressed={gap.on}
        onClick={() => setGap(env.ui, { on: !gap.on })}
        title={t('editor.gap.toggleHelp')}
        data-gap-toggle
      >
        <span className="toggle__track" aria-hidden="true">
          <span className="toggle__thumb" />
        </span>
        {t('editor.gap.toggle')}
      </button>
      <label htmlFor={fromId} className="editor-toolbar__label">
        {t('editor.gap.from')}
      </label>
      <select id={fromId} value={gap.from} onChange={(e) => setGap(env.ui, { from: e.target.value })} disabled={!gap.on} data-gap-from>
        {options}
      </select>
      <label htmlFor={toId} className="editor-toolbar__label">
        {t('editor.gap.to')}
      </label>
      <select id={toId} value={gap.to} onChange={(e) => setGap(env.ui, { to: e.target.value })} disabled={!gap.on} data-gap-to>
        {options}
      </select>
      {same && (
        <span className="gap-controls__warning" role="status">
          {t('editor.gap.sameState')}
        </span>
      )}
    </div>
  )
})
