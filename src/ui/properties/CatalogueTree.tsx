import { useState, type KeyboardEvent } from 'react'
import type { Catalogue } from '../../model/reference/catalogue.ts'
import { CatalogueTreeNode } from './CatalogueTreeNode.tsx'

export interface CatalogueTreeProps {
  readonly id: string
  readonly label: string
  readonly catalogue: Catalogue
  /** The reference architecture shown (RAB, RAD ...): the tree's root. */
  readonly rootCode: string
  readonly selected: ReadonlySet<string>
  readonly onToggle: (code: string) => void
  /** Escape inside the tree. */
  readonly onClose: () => void
}

/** Codes whose subtree holds a chosen code: opened at first, so the user sees where each sits. */
function initiallyExpanded(catalogue: Catalogue, rootCode: string, selected: ReadonlySet<string>): Set<string> {
  const open = new Set([rootCode])
  for (const code of selected) {
    for (let parent = catalogue.get(code)?.parent; parent; parent = catalogue.get(parent)?.parent) open.add(parent)
  }
  return open
}

/**
 * The catalogue of one domain as an expandable tree. Every row is a button (Tab reaches it,
 * Enter or Space picks it); Up and Down move between rows, Escape closes the tree.
 */
export function CatalogueTree({ id, label, catalogue, rootCode, selected, onToggle, onClose }: CatalogueTreeProps) {
  const [expanded, setExpanded] = useState(() => initiallyExpanded(catalogue, rootCode, selected))
  const root = catalogue.get(rootCode)
  if (!root) return null

  const onExpand = (code: string, open: boolean): void => {
    setExpanded((prev) => {
      const next = new Set(prev)
      if (open) next.add(code)
      else next.delete(code)
      return next
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onClose()
      return
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const rows = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('.cat-tree__entry')]
    const at = rows.indexOf(document.activeElement as HTMLButtonElement)
    const next = rows[event.key === 'ArrowDown' ? Math.min(at + 1, rows.length - 1) : Math.max(at - 1, 0)]
    if (next) {
      event.preventDefault()
      next.focus()
    }
  }

  return (
    <div id={id} className="cat-tree" role="group" aria-label={label} onKeyDown={onKeyDown}>
      <ul className="cat-tree__children">
        <CatalogueTreeNode
          catalogue={catalogue}
          entry={root}
          depth={0}
          expanded={expanded}
          selected={selected}
          onExpand={onExpand}
          onToggle={onToggle}
        />
      </ul>
    </div>
  )
}
