import type * as Y from 'yjs'
import { EditButtons } from './EditButtons.tsx'
import { GapControls } from './GapControls.tsx'
import { HistoryButtons } from './HistoryButtons.tsx'
import { NewViewButton } from './NewViewButton.tsx'
import { StateManager } from './StateManager.tsx'
import { StateSwitcher } from './StateSwitcher.tsx'
import { ViewTabs } from './ViewTabs.tsx'

/**
 * The editor's top bar: the view tabs and "new view", then the state (and the intermediate
 * states), the gap overlay, copy / paste / duplicate and undo / redo. Actions on the shown view
 * (layout, fit, export) sit on the canvas itself.
 */
export function EditorToolbar({ undoManager }: { readonly undoManager: Y.UndoManager | undefined }) {
  return (
    <header className="editor-toolbar">
      <div className="editor-toolbar__row editor-toolbar__row--tabs">
        <ViewTabs />
        <NewViewButton />
      </div>
      <div className="editor-toolbar__row">
        <StateSwitcher />
        <StateManager />
        <GapControls />
        <div className="editor-toolbar__spacer" />
        <EditButtons />
        <HistoryButtons manager={undoManager} />
      </div>
    </header>
  )
}
