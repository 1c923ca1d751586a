import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { indicatorsOf, textIn, type EvaluationFramework, type Indicator } from '../../analysis/index/framework.ts'
import { useLocale, useT } from '../i18n/locale.ts'

interface IndicatorPickerProps {
  readonly framework: EvaluationFramework
  readonly value: number | undefined
  readonly onChange: (indicator: number) => void
  /** Indicators not to offer (already linked to this kegiatan). */
  readonly exclude?: ReadonlySet<number>
  readonly autoFocus?: boolean
}

const SHOWN = 8

/**
 * Finds an indicator of the framework by its number ("16") or words of its name ("pusat data"),
 * as a combobox: type, move with the arrow keys, Enter takes the highlighted one.
 */
export function IndicatorPicker({ framework, value, onChange, exclude, autoFocus }: IndicatorPickerProps) {
  const t = useT()
  const locale = useLocale()
  const id = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const all = useMemo(() => indicatorsOf(framework).filter((i) => !exclude?.has(i.number)), [framework, exclude])
  const matches = useMemo(() => filterIndicators(all, query, locale), [all, query, locale])
  const shown = matches.slice(0, SHOWN)
  const chosen = all.find((i) => i.number === value)

  const pick = (i: Indicator): void => {
    onChange(i.number)
    setQuery('')
    setActive(0)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((a) => (shown.length === 0 ? 0 : (a + step + shown.length) % shown.length))
    } else if (e.key === 'Enter' && shown[active]) {
      e.preventDefault()
      pick(shown[active])
    }
  }

  return (
    <div className="indicator-picker">
      <label className="prop-field__label" htmlFor={`${id}-search`}>{t('indexProjection.picker.label')}</label>
      <input
        id={`${id}-search`}
        type="search"
        className="prop-input"
        role="combobox"
        aria-expanded={query !== ''}
        aria-controls={`${id}-list`}
        aria-activedescendant={query !== '' && shown[active] ? `${id}-o${shown[active].number}` : undefined}
        autoComplete="off"
        placeholder={t('indexProjection.picker.placeholder')}
        value={query}
        autoFocus={autoFocus}
        onChange={(e) => { setQuery(e.target.value); setActive(0) }}
        onKeyDown={onKeyDown}
      />
      {chosen && query === '' && (
        <p className="indicator-picker__chosen" data-indicator={chosen.number}>
          <strong>{chosen.number}</strong> {textIn(chosen.name, locale)}
        </p>
      )}
      {query !== '' && (
        <ul id={`${id}-list`} role="listbox" className="indicator-picker__list" aria-label={t('indexProjection.picker.label')}>
          {shown.length === 0 && <li className="muted indicator-picker__none">{t('indexProjection.picker.none')}</li>}
          {shown.map((i, n) => (
            <li
              key={i.number}
              id={`${id}-o${i.number}`}
              role="option"
              aria-selected={n === active}
              className="indicator-picker__option"
              data-indicator={i.number}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(i)}
            >
              <strong>{i.number}</strong> {textIn(i.name, locale)} <span className="muted">({t('indexProjection.picker.weight', { weight: String(i.weight) })})</span>
            </li>
          ))}
          {matches.length > SHOWN && <li className="muted indicator-picker__none">{t('indexProjection.picker.more', { count: matches.length - SHOWN })}</li>}
        </ul>
      )}
    </div>
  )
}

/** A number matches its indicator exactly first; words match the name (either language) in any order. */
export function filterIndicators(all: readonly Indicator[], query: string, locale: 'id' | 'en'): Indicator[] {
  const q = query.trim().toLowerCase()
  if (!q) return [...all]
  if (/^\d+$/.test(q)) {
    const n = Number(q)
    return all.filter((i) => String(i.number).startsWith(q)).sort((a, b) => Number(b.number === n) - Number(a.number === n) || a.number - b.number)
  }
  const words = q.split(/\s+/)
  return all.filter((i) => {
    const text = `${textIn(i.name, locale)} ${i.name.id} ${i.name.en ?? ''}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
}
