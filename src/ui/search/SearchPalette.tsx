import './search.css'
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { useLocale, useT } from '../i18n/locale.ts'
import { elementSearchIndex, viewSearchIndex, type ElementHit, type ViewHit } from './projectSearch.ts'
import { createSearchIndex } from './searchIndex.ts'
import type { PaletteCommand } from './workspaceCommands.ts'

export interface SearchPaletteProps {
  readonly store: StoreApi<ProjectionState>
  readonly commands: readonly PaletteCommand[]
  readonly onElement: (elementId: string) => void
  readonly onView: (viewId: string) => void
  /** Called before the chosen item runs, so focus goes back first and the item may move it on. */
  readonly onClose: () => void
}

const ELEMENT_LIMIT = 50
const VIEW_LIMIT = 10

type Option =
  | { readonly type: 'element'; readonly hit: ElementHit }
  | { readonly type: 'view'; readonly hit: ViewHit }
  | { readonly type: 'command'; readonly command: PaletteCommand }

interface Section {
  readonly key: 'elements' | 'views' | 'commands'
  readonly options: readonly Option[]
  /** Matches beyond those shown. */
  readonly more: number
}

/**
 * Ctrl+K: one box that finds any element (by name, code, kind or OPD), any view, or a command of
 * the workspace, as you type. The index is built once per model change, so each keystroke is a
 * plain scan; results are capped, best first. Arrows move, Enter runs, Escape closes.
 */
export function SearchPalette({ store, commands, onElement, onView, onClose }: SearchPaletteProps) {
  const t = useT()
  const locale = useLocale()
  const baseId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)

  const elements = useStore(store, (s) => s.elements)
  const opd = useStore(store, (s) => s.opd)
  const views = useStore(store, (s) => s.views)
  const elementIndex = useMemo(() => elementSearchIndex(elements, opd, locale), [elements, opd, locale])
  const viewIndex = useMemo(() => viewSearchIndex(views, locale), [views, locale])
  const commandIndex = useMemo(() => createSearchIndex(commands.map((c) => ({ value: c, name: c.label, extra: c.keywords ? [c.keywords] : [] }))), [commands])

  const sections = useMemo<Section[]>(() => {
    // An empty box offers the views and commands, so the palette is useful before typing.
    const blank = query.trim() === ''
    const e = elementIndex.search(query, ELEMENT_LIMIT)
    const v = blank ? viewIndex.all(VIEW_LIMIT) : viewIndex.search(query, VIEW_LIMIT)
    const c = blank ? commandIndex.all(commands.length) : commandIndex.search(query, commands.length)
    const all: Section[] = [
      { key: 'elements', options: e.hits.map((hit) => ({ type: 'element', hit })), more: e.total - e.hits.length },
      { key: 'views', options: v.hits.map((hit) => ({ type: 'view', hit })), more: v.total - v.hits.length },
      { key: 'commands', options: c.hits.map((command) => ({ type: 'command', command })), more: 0 },
    ]
    return all.filter((s) => s.options.length > 0)
  }, [query, elementIndex, viewIndex, commandIndex, commands])
  const options = useMemo(() => sections.flatMap((s) => s.options), [sections])
  const current = Math.min(active, options.length - 1)
  const optionId = (i: number): string => `${baseId}-option-${i}`

  useLayoutEffect(() => input.current?.focus(), [])
  useEffect(() => {
    if (current >= 0) document.getElementById(`${baseId}-option-${current}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [current, baseId, sections])

  const run = (option: Option | undefined): void => {
    if (!option) return
    onClose()
    if (option.type === 'element') onElement(option.hit.id)
    else if (option.type === 'view') onView(option.hit.id)
    else option.command.run()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const last = options.length - 1
    let next: number | undefined
    if (event.key === 'ArrowDown') next = current >= last ? 0 : current + 1
    else if (event.key === 'ArrowUp') next = current <= 0 ? last : current - 1
    else if (event.key === 'PageDown') next = Math.min(current + 10, last)
    else if (event.key === 'PageUp') next = Math.max(current - 10, 0)
    else if (event.key === 'Enter') {
      event.preventDefault()
      run(options[current])
      return
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
      return
    } else if (event.key === 'Tab') {
      // The box is the dialog's only stop: Tab must not wander behind the backdrop.
      event.preventDefault()
      return
    }
    if (next === undefined || last < 0) return
    event.preventDefault()
    setActive(next)
  }

  let index = -1
  const renderOption = (option: Option): ReactNode => {
    const i = ++index
    return (
      <div
        key={`${option.type}:${option.type === 'command' ? option.command.id : option.hit.id}`}
        id={optionId(i)}
        role="option"
        aria-selected={i === current}
        className={`search-option search-option--${option.type}${i === current ? ' is-active' : ''}`}
        onMouseMove={() => i !== current && setActive(i)}
        onClick={() => run(option)}
        data-option={option.type === 'command' ? option.command.id : option.hit.id}
      >
        <OptionContent option={option} t={t} />
      </div>
    )
  }

  const blank = query.trim() === ''
  return (
    <div className="search-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="search-palette" role="dialog" aria-modal="true" aria-label={t('search.title')} onKeyDown={onKeyDown}>
        <div className="search-palette__box">
          <span className="search-palette__glass" aria-hidden="true" />
          <input
            ref={input}
            className="search-palette__input"
            type="text"
            role="combobox"
            aria-label={t('search.input')}
            aria-expanded={options.length > 0}
            aria-controls={`${baseId}-list`}
            aria-autocomplete="list"
            aria-activedescendant={current >= 0 ? optionId(current) : undefined}
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value)
              setActive(0)
            }}
            autoComplete="off"
            spellCheck={false}
          />
          <kbd className="search-palette__esc">Esc</kbd>
        </div>
        <div className="search-palette__results" id={`${baseId}-list`} role="listbox" aria-label={t('search.title')}>
          {blank && <p className="search-palette__note">{t('search.start', { count: elements.size, views: views.size })}</p>}
          {!blank && options.length === 0 && <p className="search-palette__note">{t('search.empty', { query: query.trim() })}</p>}
          {sections.map((section) => (
            <div key={section.key} role="group" aria-labelledby={`${baseId}-${section.key}`} className="search-palette__section">
              <div id={`${baseId}-${section.key}`} className="search-palette__heading" role="presentation">
                {t(`search.group.${section.key}`)}
              </div>
              {section.options.map(renderOption)}
              {section.more > 0 && (
                <div className="search-palette__more" role="presentation">
                  {t('search.more', { count: section.more })}
                </div>
              )}
            </div>
          ))}
        </div>
        <p className="search-palette__help" aria-hidden="true">
          {t('search.help')}
        </p>
      </div>
    </div>
  )
}

function OptionContent({ option, t }: { readonly option: Option; readonly t: ReturnType<typeof useT> }) {
  if (option.type === 'element') {
    const { hit } = option
    return (
      <>
        <span className="search-option__dot" style={{ '--dot': hit.color } as CSSProperties} aria-hidden="true" />
        <span className="search-option__main">
          <span className="search-option__name">{hit.name}</span>
          <span className="search-option__detail">
            {hit.kindLabel} · {hit.opd ?? t('search.element.noOpd')}
          </span>
        </span>
        {hit.code && <span className="search-option__code">{hit.code}</span>}
      </>
    )
  }
  if (option.type === 'view') {
    return (
      <>
        <span className="search-option__view" aria-hidden="true" />
        <span className="search-option__main">
          <span className="search-option__name">{option.hit.label}</span>
        </span>
        <span className="search-option__count">{t('search.view.count', { count: option.hit.count })}</span>
      </>
    )
  }
  return (
    <>
      <span className="search-option__command" aria-hidden="true">
        ›
      </span>
      <span className="search-option__main">
        <span className="search-option__name">{option.command.label}</span>
      </span>
    </>
  )
}
