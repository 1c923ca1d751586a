import { memo, type CSSProperties } from 'react'
import type { Element } from '../../model/project.ts'
import type { BrowserGroup } from './browserTree.ts'

/** Height of one row in pixels: fixed, so the virtualiser needs no measuring. */
export const ROW_HEIGHT = 28
const INDENT = 14

/** Whether an element lives in one of the two main states only (shown as a quiet tag). */
export type OnlyIn = 'asis' | 'target' | undefined

interface RowPlacement {
  readonly domId: string
  readonly index: number
  readonly start: number
  readonly level: number
  readonly posinset: number
  readonly setsize: number
  readonly active: boolean
}

function rowStyle(start: number, level: number, color: string | undefined): CSSProperties {
  return {
    transform: `translateY(${start}px)`,
    height: ROW_HEIGHT,
    paddingInlineStart: 6 + (level - 1) * INDENT,
    ...(color ? { '--row-color': color } : {}),
  } as CSSProperties
}

export interface GroupRowViewProps extends RowPlacement {
  readonly group: BrowserGroup
  readonly expanded: boolean
  readonly countLabel: string
}

/** A group row: chevron, colour, code, label and how many elements it holds. */
export const GroupRowView = memo(function GroupRowView(props: GroupRowViewProps) {
  const { domId, index, start, level, posinset, setsize, active, group, expanded, countLabel } = props
  return (
    <div
      id={domId}
      role="treeitem"
      className={`browser-row browser-row--group${active ? ' is-active' : ''}`}
      style={rowStyle(start, level, group.color)}
      aria-level={level}
      aria-posinset={posinset}
      aria-setsize={setsize}
      aria-expanded={expanded}
      aria-label={`${group.code ? group.code + ' ' : ''}${group.label}, ${countLabel}`}
      title={group.title ?? (group.code ? `${group.code} ${group.label}` : group.label)}
      data-index={index}
      data-group={group.id}
    >
      <span className="browser-row__chevron" aria-hidden="true" />
      {group.color && <span className="browser-row__swatch" aria-hidden="true" />}
      {group.code && <span className="browser-row__code">{group.code}</span>}
      <span className="browser-row__label">{group.label}</span>
      <span className="browser-row__count" aria-hidden="true">
        {group.count}
      </span>
    </div>
  )
})

export interface ElementRowViewProps extends RowPlacement {
  readonly element: Element
  readonly color: string
  readonly selected: boolean
  readonly inView: boolean
  readonly onlyIn: OnlyIn
  /** The quiet tag's text and its longer explanation. */
  readonly onlyInLabel?: string | undefined
  readonly onlyInTitle?: string | undefined
  readonly inViewLabel: string
}

/** An element row: its name and code, where it lives (as-is or target only), whether the view holds it. Draggable. */
export const ElementRowView = memo(function ElementRowView(props: ElementRowViewProps) {
  const { domId, index, start, level, posinset, setsize, active, element, color, selected, inView, onlyIn, onlyInLabel, onlyInTitle, inViewLabel } = props
  return (
    <div
      id={domId}
      role="treeitem"
      className={`browser-row browser-row--element${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      style={rowStyle(start, level, color)}
      aria-level={level}
      aria-posinset={posinset}
      aria-setsize={setsize}
      aria-selected={selected}
      aria-description={[onlyInTitle, inView ? inViewLabel : undefined].filter(Boolean).join('. ') || undefined}
      title={element.code ? `${element.name} (${element.code})` : element.name}
      draggable
      data-index={index}
      data-element={element.id}
    >
      <span className="browser-row__bar" aria-hidden="true" />
      <span className="browser-row__label">{element.name}</span>
      {element.code && <span className="browser-row__code browser-row__code--end">{element.code}</span>}
      {onlyIn && (
        <span className={`browser-row__state browser-row__state--${onlyIn}`} title={onlyInTitle}>
          {onlyInLabel}
        </span>
      )}
      {inView && <span className="browser-row__in-view" title={inViewLabel} aria-hidden="true" />}
    </div>
  )
})
