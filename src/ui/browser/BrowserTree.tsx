import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useId, useRef, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react'
import type { State } from '../../model/project.ts'
import { ELEMENT_MIME } from '../editor/palette/paletteDrag.ts'
import { stateLabel } from '../editor/toolbar/stateLabel.ts'
import { useT } from '../i18n/locale.ts'
import { domainColor } from './browserTree.ts'
import { ElementRowView, GroupRowView, ROW_HEIGHT, type OnlyIn } from './BrowserRowView.tsx'
import type { BrowserRow } from './flattenTree.ts'
import { treeKeyAction } from './treeKeys.ts'

export interface BrowserTreeProps {
  readonly rows: readonly BrowserRow[]
  readonly label: string
  readonly activeKey: string | undefined
  readonly onActiveChange: (key: string) => void
  readonly onExpand: (groupId: string, open: boolean) => void
  /** An element row chosen (Enter or click): show it on the canvas. */
  readonly onShow: (elementId: string) => void
  /** Shift+Enter on an element row: place it in the current view. */
  readonly onPlace: (elementId: string) => void
  readonly selected: ReadonlySet<string>
  readonly inView: ReadonlySet<string>
  readonly states: readonly State[]
}

/** Rows drawn beyond the visible window on each side, so a fast wheel turn shows no blank rows. */
const OVERSCAN = 12

/**
 * The model tree, virtualised: only the rows in (and just around) the visible window are in the
 * DOM, so 10,000 elements scroll as smoothly as 100. Focus stays on the tree itself and
 * aria-activedescendant names the active row (WAI-ARIA tree: arrows, Home, End, Enter).
 */
export function BrowserTree({ rows, label, activeKey, onActiveChange, onExpand, onShow, onPlace, selected, inView, states }: BrowserTreeProps) {
  const t = useT()
  const baseId = useId()
  const scroller = useRef<HTMLDivElement>(null)
  const lastIndex = useRef(0)

  let active = activeKey === undefined ? -1 : rows.findIndex((r) => r.key === activeKey)
  // The active row vanished (its group was closed with the mouse): stay at the same height.
  if (active < 0 && activeKey !== undefined && rows.length > 0) active = Math.min(lastIndex.current, rows.length - 1)
  if (active >= 0) lastIndex.current = active

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (i) => rows[i]!.key,
  })

  // The active row must be rendered for aria-activedescendant to point at something.
  useEffect(() => {
    if (active >= 0) virtualizer.scrollToIndex(active, { align: 'auto' })
  }, [active, virtualizer])

  const moveTo = useCallback((index: number) => {
    const row = rows[index]
    if (row) onActiveChange(row.key)
  }, [rows, onActiveChange])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const action = treeKeyAction(rows, active < 0 ? 0 : active, event.key, event.shiftKey)
    if (!action) return
    event.preventDefault()
    // Handled here: the editor's document-level keys (nudging the selection ...) must not act too.
    event.stopPropagation()
    const row = rows[action.index]!
    if (action.type === 'move') moveTo(action.index)
    else if (row.type === 'group' && (action.type === 'expand' || action.type === 'collapse')) {
      moveTo(action.index)
      onExpand(row.group.id, action.type === 'expand')
    } else if (row.type === 'element') {
      moveTo(action.index)
      if (action.type === 'place') onPlace(row.element.id)
      else onShow(row.element.id)
    }
  }

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const index = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index)
    const row = rows[index]
    if (!row) return
    moveTo(index)
    if (row.type === 'group') onExpand(row.group.id, !row.expanded)
    else onShow(row.element.id)
  }

  const onDragStart = (event: DragEvent<HTMLDivElement>): void => {
    const elementId = (event.target as HTMLElement).closest<HTMLElement>('[data-element]')?.dataset.element
    if (!elementId) return
    event.dataTransfer.setData(ELEMENT_MIME, elementId)
    event.dataTransfer.effectAllowed = 'copy'
  }

  const onFocus = (): void => {
    if (active < 0 && rows[0]) onActiveChange(rows[0].key)
  }

  const asis = states.find((s) => s.role === 'asis')
  const target = states.find((s) => s.role === 'target')
  const asisName = asis ? stateLabel(asis, t) : ''
  const targetName = target ? stateLabel(target, t) : ''
  const onlyInText = {
    asis: { label: t('browser.state.asisOnly'), title: t('browser.state.asisOnlyTitle', { state: asisName, target: targetName }) },
    target: { label: t('browser.state.targetOnly'), title: t('browser.state.targetOnlyTitle', { state: targetName, asis: asisName }) },
  }
  const inViewLabel = t('browser.inView')
  const rowId = (index: number): string => `${baseId}-row-${index}`

  return (
    <div
      ref={scroller}
      className="browser-tree"
      role="tree"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={active >= 0 ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onDragStart={onDragStart}
      onFocus={onFocus}
    >
      <div className="browser-tree__space" role="presentation" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!
          const common = {
            domId: rowId(item.index), index: item.index, start: item.start, level: row.level, posinset: row.posinset, setsize: row.setsize, active: item.index === active,
          }
          if (row.type === 'group') {
            return <GroupRowView key={row.key} {...common} group={row.group} expanded={row.expanded} countLabel={t('browser.group.count', { count: row.group.count })} />
          }
          const e = row.element
          const onlyIn: OnlyIn = asis && target ? onlyInState(e.states, asis.id, target.id) : undefined
          return (
            <ElementRowView
              key={row.key}
              {...common}
              element={e}
              color={domainColor(e.kind)}
              selected={selected.has(e.id)}
              inView={inView.has(e.id)}
              onlyIn={onlyIn}
              onlyInLabel={onlyIn && onlyInText[onlyIn].label}
              onlyInTitle={onlyIn && onlyInText[onlyIn].title}
              inViewLabel={inViewLabel}
            />
          )
        })}
      </div>
    </div>
  )
}

/**
 * "as-is only" when the element leaves by the target (absent there, or stopped: dihentikan),
 * "target only" when it is new in the target; intermediate states do not change the tag.
 */
export function onlyInState(states: Readonly<Record<string, { readonly status?: string }>>, asisId: string, targetId: string): OnlyIn {
  const inAsis = states[asisId] !== undefined
  const inTarget = states[targetId] !== undefined && states[targetId]!.status !== 'dihentikan'
  if (inAsis && !inTarget) return 'asis'
  if (!inAsis && inTarget) return 'target'
  return undefined
}
