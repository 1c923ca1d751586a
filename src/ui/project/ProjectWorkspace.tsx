import { useCallback, useMemo, useRef, useState } from 'react'
import type * as Y from 'yjs'
import type { StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { EditorPage } from '../editor/EditorPage.tsx'
import type { FocusRequest } from '../editor/focusRequest.ts'
import type { RightPanelRenderer } from '../editor/RightPanel.tsx'
import { useT } from '../i18n/locale.ts'
import { ProjectOverview } from '../overview/ProjectOverview.tsx'
import { PropertiesPanel } from '../properties/PropertiesPanel.tsx'
import { RoadmapPage } from '../roadmap/RoadmapPage.tsx'
import { CataloguePage } from '../catalogue/CataloguePage.tsx'
import { IndexPage } from '../index/IndexPage.tsx'
import { WORKSPACE_SECTIONS, type WorkspaceSection } from '../search/workspaceCommands.ts'
import { WorkspaceSearch } from '../search/WorkspaceSearch.tsx'
import { ExportMenu } from '../io/ExportMenu.tsx'
import { InventoryImportDialog } from '../io/InventoryImportDialog.tsx'
import { useReadOnly } from './readOnly.ts'
import { localUserId } from './localUser.ts'

export interface ProjectWorkspaceProps {
  /** The project's document: where commands write. */
  readonly doc: Y.Doc
  /** Its read-only projection: what components read. */
  readonly store: StoreApi<ProjectionState>
}

/**
 * An opened project: its overview first (what a newcomer reads), the diagram editor with the
 * properties panel, the catalogue and the Peta Rencana; Ctrl+K searches all of it from anywhere.
 * The tab bar also exports (reports, Peta Rencana, ArchiMate, Archi CSV, the project file) and
 * imports an inventory spreadsheet into the catalogue.
 */
export function ProjectWorkspace({ doc, store }: ProjectWorkspaceProps) {
  const t = useT()
  const [section, setSection] = useState<WorkspaceSection>('overview')
  // What the editor should show when it opens (from search): a new nonce per request.
  const [focus, setFocus] = useState<FocusRequest>()
  const [importing, setImporting] = useState(false)
  const readOnly = useReadOnly()
  const nonce = useRef(0)
  const userId = useMemo(localUserId, [])
  const rightPanel = useMemo<RightPanelRenderer>(
    () => (selection) => <PropertiesPanel doc={doc} store={store} elementId={selection.elementId} stateId={selection.stateId} userId={userId} />,
    [doc, store, userId],
  )
  const showSection = useCallback((s: WorkspaceSection) => {
    // A request already carried out must not run again when the editor is opened later.
    setFocus(undefined)
    setSection(s)
  }, [])
  const showElement = useCallback((elementId: string) => {
    setFocus({ elementIds: [elementId], nonce: ++nonce.current })
    setSection('diagrams')
  }, [])
  const showView = useCallback((viewId: string) => {
    setFocus({ elementIds: [], viewId, nonce: ++nonce.current })
    setSection('diagrams')
  }, [])
  // The catalogue is shown under the dialog, so its undo (Ctrl+Z) is live when the import applies.
  const startInventoryImport = useCallback(() => {
    showSection('catalogue')
    setImporting(true)
  }, [showSection])
  return (
    <div className="workspace">
      <nav className="workspace__tabs" aria-label={t('projects.workspace.tabs')}>
        {WORKSPACE_SECTIONS.map((s) => (
          <button key={s} type="button" className="workspace__tab" aria-pressed={section === s} onClick={() => showSection(s)}>
            {t(`projects.workspace.${s}`)}
          </button>
        ))}
        <WorkspaceSearch store={store} section={section} showSection={showSection} onElement={showElement} onView={showView} />
        {!readOnly && (
          <button type="button" className="io-inventory-button" title={t('io.inventory.openTitle')} aria-haspopup="dialog" onClick={startInventoryImport}>
            {t('io.inventory.open')}
          </button>
        )}
        <ExportMenu doc={doc} store={store} />
      </nav>
      {importing && <InventoryImportDialog doc={doc} store={store} userId={userId} onClose={() => setImporting(false)} />}
      {section === 'diagrams' && (
        <div className="workspace__editor">
          <EditorPage doc={doc} store={store} userId={userId} rightPanel={rightPanel} focus={focus} />
        </div>
      )}
      {section === 'overview' && <ProjectOverview store={store} />}
      {section === 'catalogue' && <CataloguePage doc={doc} store={store} userId={userId} />}
      {section === 'roadmap' && <RoadmapPage doc={doc} store={store} userId={userId} />}
      {section === 'index' && <IndexPage doc={doc} store={store} userId={userId} />}
    </div>
  )
}
