import { useId } from 'react'
import { textIn, type EvaluationFramework } from '../../analysis/index/framework.ts'
import { useLocale } from '../i18n/locale.ts'

interface LevelSelectProps {
  readonly framework: EvaluationFramework
  readonly value: number | undefined
  /** Read by screen readers; shown only with `visibleLabel`. */
  readonly label: string
  readonly visibleLabel?: boolean
  readonly disabled?: boolean
  readonly onChange: (level: number) => void
}

/** A capability level of the framework, by number and name ("4 · Terpadu dan Terukur"). */
export function LevelSelect({ framework, value, label, visibleLabel, disabled, onChange }: LevelSelectProps) {
  const locale = useLocale()
  const id = useId()
  return (
    <span className="level-select">
      <label htmlFor={id} className={visibleLabel ? 'prop-field__label' : 'visually-hidden'}>{label}</label>
      <select id={id} className="prop-select" value={value ?? ''} disabled={disabled} onChange={(e) => onChange(Number(e.target.value))}>
        {value === undefined && <option value="" disabled>–</option>}
        {framework.levels.map((l) => (
          <option key={l.level} value={l.level}>{l.level} · {textIn(l.name, locale)}</option>
        ))}
      </select>
    </span>
  )
}
