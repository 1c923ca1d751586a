import { useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { StoreApi } from 'zustand'
import type { ProjectionState } from '../../model/projection/projection.ts'
import { EditorPage } from '../editor/EditorPage.tsx'
import type { RightPanelRenderer } from '../editor/RightPanel.tsx'
import { useT } from '../i18n/locale.ts'
import { ProjectOverview } from '../overview/ProjectOverview.tsx'
import { PropertiesPanel } from '../properties/PropertiesPanel.tsx'
import { RoadmapPage } from '../roadmap/RoadmapPage.tsx'
import { CataloguePage } from '../catalogue/CataloguePage.tsx'
import { localUserId } from './localUser.ts'

export interface ProjectWorkspaceProps {
  /** The project's document: where commands write. */
  readonly doc: Y.Doc
  /** Its read-only projection: what components read. */
  readonly store: StoreApi<ProjectionState>
}

type Section = 'overview' | 'diagrams' | 'catalogue' | 'roadmap'

/** An opened project: its overview first (what a newcomer reads), the diagram editor with the properties panel, and the Peta Rencana. */
export function ProjectWorkspace({ doc, store }: ProjectWorkspaceProps) {
  const t = useT()
  const [section, setSection] = useState<Section>('overview')
  const userId = useMemo(localUserId, [])
  const rightPanel = useMemo<RightPanelRenderer>(
    () => (selection) => <PropertiesPanel doc={doc} store={store} elementId={selection.elementId} stateId={selection.stateId} userId={userId} />,
    [doc, store, userId],
  )
  return (
    <div className="workspace">
      <nav className="workspace__tabs" aria-label={t('projects.workspace.tabs')}>
        {(['overview', 'diagrams', 'catalogue', 'roadmap'] as const).map((s) => (
          <button key={s} type="button" className="workspace__tab" aria-pressed={section === s} onClick={() => setSection(s)}>
            {t(`projects.workspace.${s}`)}
          </button>
        ))}
      </nav>
      {section === 'diagrams' && (
        <div className="workspace__editor">
          <EditorPage doc={doc} store={store} userId={userId} rightPanel={rightPanel} />
        </div>
      )}
      {section === 'overview' && <ProjectOverview store={store} />}
      {section === 'catalogue' && <CataloguePage doc={doc} store={store} userId={userId} />}
      {section === 'roadmap' && <RoadmapPage doc={doc} store={store} userId={userId} />}
    </div>
  )
}
