import type { Element } from '../../model/project.ts'
import type { BrowserGroup } from './browserTree.ts'

/**
 * The browser's tree as the list of rows on screen: every top group, and the contents of each
 * expanded group, depth-first. This flat list is what the virtualiser windows over; it is
 * rebuilt when the tree or the expansion changes, never while scrolling.
 */
interface RowBase {
  /** Unique among the rows: group id, or group id + element id (an element may sit in several groups). */
  readonly key: string
  /** 1 for top groups (aria-level). */
  readonly level: number
  /** Position among its siblings, from 1, and their number (aria-posinset, aria-setsize). */
  readonly posinset: number
  readonly setsize: number
  /** Index of the parent group's row; -1 at the top. */
  readonly parent: number
}

export interface GroupRow extends RowBase {
  readonly type: 'group'
  readonly group: BrowserGroup
  readonly expanded: boolean
}

export interface ElementRow extends RowBase {
  readonly type: 'element'
  readonly element: Element
}

export type BrowserRow = GroupRow | ElementRow

export function flattenTree(groups: readonly BrowserGroup[], isExpanded: (groupId: string) => boolean): BrowserRow[] {
  const rows: BrowserRow[] = []
  const walk = (g: BrowserGroup, level: number, posinset: number, setsize: number, parent: number): void => {
    const expanded = isExpanded(g.id)
    const index = rows.length
    rows.push({ type: 'group', key: g.id, group: g, expanded, level, posinset, setsize, parent })
    if (!expanded) return
    const size = g.groups.length + g.elements.length
    g.groups.forEach((child, i) => walk(child, level + 1, i + 1, size, index))
    const offset = g.groups.length
    g.elements.forEach((element, i) => {
      rows.push({ type: 'element', key: `${g.id}/${element.id}`, element, level: level + 1, posinset: offset + i + 1, setsize: size, parent: index })
    })
  }
  groups.forEach((g, i) => walk(g, 1, i + 1, groups.length, -1))
  return rows
}
