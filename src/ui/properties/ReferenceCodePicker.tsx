import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { domainById } from '../../model/metamodel/domains.ts'
import type { DomainId } from '../../model/metamodel/types.ts'
import type { CatalogueExtension } from '../../model/project.ts'
import { catalogueWithExtensions, nationalCatalogue, type Catalogue, type CatalogueEntry } from '../../model/reference/catalogue.ts'
import { useT } from '../i18n/locale.ts'
import { CatalogueEntryText, isUnconfirmed } from './CatalogueEntryText.tsx'
import { CatalogueTree } from './CatalogueTree.tsx'
import type { FieldA11y } from './FieldRow.tsx'

/** How many matches the list shows; a domain has at most a few hundred codes. */
const RESULT_LIMIT = 50

export interface ReferenceCodePickerProps extends FieldA11y {
  /** The chosen codes, in the order the user picked them. */
  readonly value: readonly string[]
  readonly onChange: (codes: string[]) => void
  /** The element's domain: only its reference architecture (RAA for aplikasi ...) is offered. */
  readonly domain: DomainId
  /** The project's own catalogue levels 4 to 7; invalid ones are left out (validation reports them). */
  readonly extensions: readonly CatalogueExtension[]
  /** Id of the search box, for the field's label. */
  readonly id?: string
}

function matches(catalogue: Catalogue, ra: string, query: string): readonly CatalogueEntry[] {
  // search() spans all six architectures, so ask for everything and keep the domain's own.
  const pool = query.trim() === '' ? catalogue.entries() : catalogue.search(query, Number.MAX_SAFE_INTEGER)
  const out: CatalogueEntry[] = []
  for (const e of pool) {
    if (e.referenceArchitecture !== ra) continue
    out.push(e)
    if (out.length === RESULT_LIMIT) break
  }
  return out
}

/**
 * Chooses codes from the national reference catalogue (plus the project's extensions) for one
 * element: chosen codes as removable chips, a search box with a keyboard-driven result list
 * (combobox pattern: arrows move, Enter picks or unpicks, Escape closes), and a browsable tree.
 * Confidence is shown on every entry; inferred or unconfirmed codes carry a visible badge.
 */
export function ReferenceCodePicker({ value, onChange, domain, extensions, id, ...a11y }: ReferenceCodePickerProps) {
  const t = useT()
  const ownId = useId()
  const inputId = id ?? `${ownId}-search`
  const listId = `${ownId}-list`
  const treeId = `${ownId}-tree`
  const hintId = `${ownId}-hint`
  const ra = domainById(domain).referenceArchitecture
  const catalogue = useMemo(() => catalogueWithExtensions(nationalCatalogue(), extensions).catalogue, [extensions])

  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [browsing, setBrowsing] = useState(false)
  const browseButton = useRef<HTMLButtonElement>(null)

  const results = useMemo(() => (open ? matches(catalogue, ra, query) : []), [open, catalogue, ra, query])
  const activeIndex = Math.min(active, results.length - 1)
  const activeId = activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined
  const selected = useMemo(() => new Set(value), [value])

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' })
  }, [activeId])

  const toggle = (code: string): void => {
    onChange(selected.has(code) ? value.filter((c) => c !== code) : [...value, code])
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        if (!open) {
          setOpen(true)
          setActive(0)
        } else setActive(Math.min(activeIndex + 1, results.length - 1))
        break
      case 'ArrowUp':
        event.preventDefault()
        setActive(Math.max(activeIndex - 1, 0))
        break
      case 'Home':
      case 'End':
        if (!open) return
        event.preventDefault()
        setActive(event.key === 'Home' ? 0 : results.length - 1)
        break
      case 'Enter': {
        event.preventDefault()
        const entry = open ? results[activeIndex] : undefined
        if (entry) toggle(entry.code)
        break
      }
      case 'Escape':
        // Close the list first, then clear the query; past that, Escape belongs to the editor.
        if (open) setOpen(false)
        else if (query !== '') setQuery('')
        else return
        event.preventDefault()
        event.stopPropagation()
        break
    }
  }

  return (
    <div className="ref-picker">
      {value.length === 0 ? (
        <p className="ref-picker__none">{t('properties.picker.none')}</p>
      ) : (
        <ul className="prop-chips">
          {value.map((code) => {
            const entry = catalogue.get(code)
            const flagged = !entry || isUnconfirmed(entry)
            const title = entry ? `${entry.code} ${entry.name}${isUnconfirmed(entry) ? ` (${t('properties.picker.unconfirmed')})` : ''}` : t('properties.picker.unknown')
            return (
              <li key={code} className="prop-chip ref-chip" title={title} data-unknown={entry ? undefined : true} data-unconfirmed={flagged || undefined}>
                <code className="ref-chip__code">{code}</code>
                {entry && <span className="prop-chip__label">{entry.name}</span>}
                {entry && isUnconfirmed(entry) && (
                  <span className="ref-chip__flag" title={t('properties.picker.unconfirmedHelp')}>
                    {t('properties.picker.unconfirmed')}
                  </span>
                )}
                <button type="button" className="prop-chip__remove" aria-label={t('properties.remove', { item: code })} onClick={() => toggle(code)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            )
          })}
        </ul>
      )}

      <div className="ref-picker__search">
        <input
          id={inputId}
          className="prop-input"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('properties.picker.search', { ra })}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? activeId : undefined}
          {...a11y}
          aria-describedby={[a11y['aria-describedby'], hintId].filter(Boolean).join(' ')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <button
          ref={browseButton}
          type="button"
          className="prop-button ref-picker__browse"
          aria-expanded={browsing}
          aria-controls={treeId}
          // The full name for screen readers and on hover; it starts with the visible word.
          aria-label={browsing ? t('properties.picker.closeBrowseLabel', { ra }) : t('properties.picker.browseLabel', { ra })}
          title={browsing ? t('properties.picker.closeBrowseLabel', { ra }) : t('properties.picker.browseLabel', { ra })}
          onClick={() => setBrowsing((b) => !b)}
        >
          {browsing ? t('properties.picker.closeBrowse') : t('properties.picker.browse')}
        </button>
      </div>
      <p id={hintId} className="props-sr-only">
        {t('properties.picker.hint')}
      </p>

      {/* In the flow rather than floating: a side panel scrolls, and a popover would be clipped. */}
      <ul id={listId} className="ref-picker__results" role="listbox" aria-multiselectable="true" aria-label={t('properties.picker.results', { ra })} hidden={!open}>
        {results.map((entry, i) => (
          <li
            key={entry.code}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={selected.has(entry.code)}
            data-active={i === activeIndex || undefined}
            className="ref-picker__option"
            // Keep the focus in the search box, so the list stays open for the next pick.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => toggle(entry.code)}
            onMouseMove={() => i !== activeIndex && setActive(i)}
          >
            <span className="ref-picker__check" aria-hidden="true">
              {selected.has(entry.code) ? '✓' : ''}
            </span>
            <CatalogueEntryText entry={entry} />
          </li>
        ))}
      </ul>
      {open && (
        <p className={results.length === 0 ? 'ref-picker__empty' : 'props-sr-only'} role="status">
          {results.length === 0 ? t('properties.picker.noResults', { ra, query: query.trim() }) : t('properties.picker.count', { count: results.length })}
        </p>
      )}

      {browsing && (
        <CatalogueTree
          id={treeId}
          label={t('properties.picker.tree', { ra })}
          catalogue={catalogue}
          rootCode={ra}
          selected={selected}
          onToggle={toggle}
          onClose={() => {
            setBrowsing(false)
            browseButton.current?.focus()
          }}
        />
      )}
    </div>
  )
}
