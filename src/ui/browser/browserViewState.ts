import type { Grouping } from './browserTree.ts'

/**
 * What the model browser remembers while the editor is open: grouping, filter, open groups and
 * the active row. It lives with the palette column, so switching to the Palette tab and back
 * keeps it, without the browser staying mounted (and subscribed to the model) while hidden.
 */
export interface BrowserViewState {
  readonly grouping: Grouping
  readonly filter: string
  /** Groups the user opened (ids are unique across groupings, so one set serves all three). */
  readonly expanded: ReadonlySet<string>
  /** While filtering every group is open unless closed here; forgotten whenever the filter changes. */
  readonly closedWhileFiltering: ReadonlySet<string>
  /** The row the keyboard is on, by key. */
  readonly activeKey?: string | undefined
}

export const INITIAL_BROWSER_STATE: BrowserViewState = {
  grouping: 'domain',
  filter: '',
  expanded: new Set(),
  closedWhileFiltering: new Set(),
}

export function isFiltering(state: BrowserViewState): boolean {
  return state.filter.trim() !== ''
}

export function withExpanded(state: BrowserViewState, groupId: string, open: boolean): BrowserViewState {
  if (isFiltering(state)) {
    const closed = new Set(state.closedWhileFiltering)
    if (open) closed.delete(groupId)
    else closed.add(groupId)
    return { ...state, closedWhileFiltering: closed }
  }
  const expanded = new Set(state.expanded)
  if (open) expanded.add(groupId)
  else expanded.delete(groupId)
  return { ...state, expanded }
}

export function withFilter(state: BrowserViewState, filter: string): BrowserViewState {
  return { ...state, filter, closedWhileFiltering: new Set() }
}

/** Closes every group (in the current mode). */
export function collapsedAll(state: BrowserViewState, allGroupIds: readonly string[]): BrowserViewState {
  return isFiltering(state) ? { ...state, closedWhileFiltering: new Set(allGroupIds) } : { ...state, expanded: new Set() }
}
