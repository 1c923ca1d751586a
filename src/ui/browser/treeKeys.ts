import type { BrowserRow } from './flattenTree.ts'

/** What a key does in the tree (WAI-ARIA tree view pattern), worked out from the rows alone. */
export type TreeKeyAction =
  | { readonly type: 'move'; readonly index: number }
  | { readonly type: 'expand'; readonly index: number }
  | { readonly type: 'collapse'; readonly index: number }
  | { readonly type: 'activate'; readonly index: number }
  | { readonly type: 'place'; readonly index: number }

/**
 * Down / Up: next / previous row. Right: opens a closed group, or goes to the first child of an
 * open one. Left: closes an open group, or goes to the parent. Home / End: first / last row.
 * Enter and Space: open or close a group, show an element; Shift+Enter on an element: place it in
 * the current view (the keyboard's drag and drop). Other keys: undefined.
 */
export function treeKeyAction(rows: readonly BrowserRow[], active: number, key: string, shift = false): TreeKeyAction | undefined {
  if (rows.length === 0) return undefined
  const at = Math.min(Math.max(active, 0), rows.length - 1)
  const row = rows[at]!
  switch (key) {
    case 'ArrowDown':
      return { type: 'move', index: Math.min(at + 1, rows.length - 1) }
    case 'ArrowUp':
      return { type: 'move', index: Math.max(at - 1, 0) }
    case 'Home':
      return { type: 'move', index: 0 }
    case 'End':
      return { type: 'move', index: rows.length - 1 }
    case 'ArrowRight':
      if (row.type !== 'group') return undefined
      if (!row.expanded) return { type: 'expand', index: at }
      return rows[at + 1]?.parent === at ? { type: 'move', index: at + 1 } : undefined
    case 'ArrowLeft':
      if (row.type === 'group' && row.expanded) return { type: 'collapse', index: at }
      return row.parent >= 0 ? { type: 'move', index: row.parent } : undefined
    case 'Enter':
    case ' ':
      if (shift && key === 'Enter' && row.type === 'element') return { type: 'place', index: at }
      if (row.type === 'group') return { type: row.expanded ? 'collapse' : 'expand', index: at }
      return { type: 'activate', index: at }
    default:
      return undefined
  }
}
